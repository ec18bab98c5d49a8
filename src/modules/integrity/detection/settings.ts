import type { DetectionSettings } from './types.ts';

const today = () => new Date().toISOString().slice(0, 10);

/**
 * Close relatives as the Law on Conflict of Interest counts them: spouse, parents, children,
 * siblings, grandparents, grandchildren, and the spouse's parents and siblings (and the
 * children's spouses). `other` relatives are not close unless a setting says so. Associations
 * stay off by default: declared friendships are weaker evidence and would flood the queue.
 * `asOf` is read each time (a getter), so a long-running server never judges at a stale day;
 * spreading the object takes today's value.
 */
export const DEFAULT_DETECTION_SETTINGS: DetectionSettings = {
  closeDegrees: [
    'spouse',
    'parent',
    'child',
    'sibling',
    'grandparent',
    'grandchild',
    'parent_in_law',
    'child_in_law',
    'sibling_in_law',
  ],
  includeAssociations: false,
  get asOf() {
    return today();
  },
};
