/** The calendar date in Asia/Bishkek (UTC+6 all year, no daylight saving), yyyy-mm-dd. */
export { bishkekDay as bishkekDate } from '../../../platform/bishkek-time.ts';
