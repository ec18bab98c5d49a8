import { FAMILY_DEGREES, type FamilyDegree } from './types.ts';

/**
 * Family degrees say what `to` is to `from`. Read from the other end, each has an inverse:
 * my parent sees me as their child; spouse, sibling and the vague `other` read the same both ways.
 */
const INVERSE: Record<FamilyDegree, FamilyDegree> = {
  spouse: 'spouse',
  parent: 'child',
  child: 'parent',
  sibling: 'sibling',
  grandparent: 'grandchild',
  grandchild: 'grandparent',
  parent_in_law: 'child_in_law',
  child_in_law: 'parent_in_law',
  sibling_in_law: 'sibling_in_law',
  other: 'other',
};

const KNOWN: ReadonlySet<string> = new Set(FAMILY_DEGREES);

/** A degree the engine knows; anything else (missing, misspelt) is a relative of some other kind. */
export const degreeOf = (raw: unknown): FamilyDegree =>
  typeof raw === 'string' && KNOWN.has(raw) ? (raw as FamilyDegree) : 'other';

export const inverseDegree = (degree: FamilyDegree): FamilyDegree => INVERSE[degree];

/** `to` is an ancestor of `from`: the direction kinship cycles are followed in. */
export const isAncestor = (degree: FamilyDegree) => degree === 'parent' || degree === 'grandparent';

export const isDescendant = (degree: FamilyDegree) => degree === 'child' || degree === 'grandchild';
