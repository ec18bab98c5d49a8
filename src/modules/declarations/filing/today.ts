/** The calendar date in Asia/Bishkek (UTC+6 all year, no daylight saving), yyyy-mm-dd. */
export function bishkekDate(at: Date): string {
  return new Date(at.getTime() + 6 * 3600_000).toISOString().slice(0, 10);
}
