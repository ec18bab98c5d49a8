/** The four registers the Plan names, in the Plan's order: each has its own address and tab. */
export const REGISTERS = [
  { slug: 'council-meetings', tab: 'meetings', item: 9 },
  { slug: 'public-councils', tab: 'councils', item: 10 },
  { slug: 'reporting-timeliness', tab: 'timeliness', item: 11 },
  { slug: 'budget', tab: 'budget', item: 20 },
] as const;

export type Register = (typeof REGISTERS)[number];
export type RegisterSlug = Register['slug'];

/** The register at this address segment; none given means the first. Unknown: undefined. */
export function registerOf(slug: string | undefined): Register | undefined {
  if (slug === undefined) return REGISTERS[0];
  return REGISTERS.find((r) => r.slug === slug);
}

export const registerPath = (slug: RegisterSlug) => `/strategy/registers/${slug}`;
