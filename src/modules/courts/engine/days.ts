// The courts' day boundary is the platform's Bishkek day (kept pure for the browser verifier).
export {
  addDays,
  bishkekDay,
  isDay,
  startOfBishkekDay as dayStart,
} from '../../../platform/bishkek-time.ts';
