/**
 * The region an address lies in, from the names of Bishkek, Osh and the seven oblasts in Kyrgyz,
 * Russian and English. Published declarations show only this, never the exact address; an
 * address naming none of them is published as unknown rather than guessed.
 */
const REGIONS: ReadonlyArray<{ code: string; names: readonly string[] }> = [
  { code: 'bishkek', names: ['бишкек', 'bishkek'] },
  { code: 'osh-city', names: ['ош шаары', 'г. ош', 'город ош', 'osh city'] },
  { code: 'chuy', names: ['чүй', 'чуй', 'chui', 'chuy'] },
  { code: 'osh', names: ['ош облус', 'ошская', 'osh region', 'ош'] },
  { code: 'jalal-abad', names: ['жалал-абад', 'джалал-абад', 'jalal-abad'] },
  { code: 'batken', names: ['баткен', 'batken'] },
  { code: 'naryn', names: ['нарын', 'naryn'] },
  { code: 'talas', names: ['талас', 'talas'] },
  { code: 'issyk-kul', names: ['ысык-көл', 'иссык-куль', 'issyk-kul', 'каракол', 'чолпон-ата'] },
];

export function regionOf(address: string, country: string): string | null {
  if (country !== 'KG') return null;
  const text = address.toLowerCase();
  for (const region of REGIONS) {
    if (region.names.some((n) => text.includes(n))) return region.code;
  }
  return null;
}
