/** Every notification query starts with this key, so one invalidation refreshes the bell and the list. */
export const NOTIFICATIONS_KEY = ['notifications'] as const;
