import { validAt } from '../dates.ts';
import type { GraphIndex } from '../graph-index.ts';
import { dealingStep, relationStep } from '../steps.ts';
import type { Dealing, DetectionSettings, Finding, PathStep, RelationEdge } from '../types.ts';
import type { RuleContext } from './context.ts';
import { finding } from './finding.ts';
import { closeRelatives } from './relatives.ts';

/** How a party is tied to the official: the official themselves, a close relative, an associate. */
type Tie = 'self' | 'family' | 'association';

/** An edge that can tie a party to the official. */
interface Link {
  edge: RelationEdge;
  reversed: boolean;
  tie: Tie;
}
/** A party's links: family before association, each by id. */
type Links = Link[];

interface Candidate {
  dealing: Dealing;
  role: RelationEdge | null;
  /** None when the party is the official. */
  link: Link | undefined;
  /** The official's post at the dealing organisation; none when they decided it themselves. */
  post: RelationEdge | undefined;
}

/** The strongest hold on a company, for the path's wording; any of them makes the party related. */
const ROLE_ORDER: Record<string, number> = { director: 0, owner: 1, founder: 2 };

/**
 * Dealings of a state body with a party related to the official: the official, a close relative
 * or (when the settings say so) a declared associate, as the counterparty themselves or through a
 * company they direct, founded or own. Every edge must hold on the dealing's date.
 *
 * - `decided_related_party`: the official decided or signed it (high; medium through an associate).
 * - `agency_deals_with_related_party`: otherwise, the official worked at the dealing organisation
 *   that day (high when heading it, medium otherwise, low through an associate).
 *
 * One finding per (dealing, party, company): the same contract through two relatives is two
 * findings, a relative who both directs and owns the company is one.
 */
export function relatedPartyDealings(cx: RuleContext, officialId: string): Finding[] {
  const { ix, settings } = cx;
  // The official is a party of their own, tied by no edge.
  const parties = new Map<string, Links>([[officialId, []]]);
  for (const [id, links] of closeRelatives(cx, officialId)) {
    parties.set(
      id,
      links.map((l) => ({ ...l, tie: 'family' as const })),
    );
  }
  if (settings.includeAssociations) {
    for (const link of ix.associates.get(officialId) ?? []) {
      const links = parties.get(link.other) ?? [];
      links.push({ ...link, tie: 'association' });
      parties.set(link.other, links);
    }
  }

  // Only dealings the official decided, or of an organisation they worked at that day, can be
  // findings: checked first, before any path is drawn.
  const chosen = new Map<string, Candidate>();
  const consider = (dealing: Dealing, partyId: string, role: RelationEdge | null, day: string) => {
    const decided = dealing.decidedByPersonId === officialId;
    const post = decided ? undefined : postAt(ix, officialId, dealing.organisationId, day);
    if (!decided && !post) return;
    const link = parties.get(partyId)!.find((l) => validAt(l.edge, day));
    if (partyId !== officialId && !link) return;
    const unit = `${dealing.id}\u0000${partyId}\u0000${role?.to.id ?? ''}`;
    const before = chosen.get(unit);
    if (before?.role && role && !betterRole(role, before.role)) return;
    chosen.set(unit, { dealing, role, link, post });
  };
  for (const [partyId] of parties) {
    for (const dealing of ix.dealingsWithPerson.get(partyId) ?? []) {
      consider(dealing, partyId, null, dayOf(dealing, settings));
    }
    for (const role of ix.roles.get(partyId) ?? []) {
      if (ix.organisations.get(role.to.id)?.kind !== 'company') continue;
      for (const dealing of ix.dealingsWithOrganisation.get(role.to.id) ?? []) {
        const day = dayOf(dealing, settings);
        if (validAt(role, day)) consider(dealing, partyId, role, day);
      }
    }
  }

  const found: Finding[] = [];
  for (const { dealing, role, link, post } of chosen.values()) {
    const tie: Tie = link?.tie ?? 'self';
    const path: PathStep[] = [];
    if (link) path.push(relationStep(ix, link.edge, link.reversed));
    if (role) path.push(relationStep(ix, role));
    path.push(dealingStep(ix, dealing));
    if (!post) {
      const severity = tie === 'association' ? 'medium' : 'high';
      found.push(finding('decided_related_party', severity, officialId, path));
    } else {
      path.push(relationStep(ix, post));
      const severity = tie === 'association' ? 'low' : post.head === true ? 'high' : 'medium';
      found.push(finding('agency_deals_with_related_party', severity, officialId, path));
    }
  }
  return found;
}

/** A dealing is judged on its own date; `asOf` only stands in when the source gave none. */
const dayOf = (dealing: Dealing, settings: DetectionSettings) =>
  typeof dealing.date === 'string' && dealing.date !== '' ? dealing.date : settings.asOf;

const betterRole = (a: RelationEdge, b: RelationEdge) => {
  const rank = (ROLE_ORDER[a.kind] ?? 3) - (ROLE_ORDER[b.kind] ?? 3);
  return rank < 0 || (rank === 0 && a.id < b.id);
};

/** The official's post at that organisation on that day: heading it first, then by id. */
function postAt(ix: GraphIndex, officialId: string, organisationId: string, day: string) {
  let best: RelationEdge | undefined;
  for (const post of ix.employments.get(officialId) ?? []) {
    if (post.to.id !== organisationId || !validAt(post, day)) continue;
    if (!best || (post.head === true && best.head !== true)) best = post;
  }
  return best;
}
