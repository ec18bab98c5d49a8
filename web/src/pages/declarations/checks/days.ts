/** The date in Bishkek (today by default) as YYYY-MM-DD: the server judges deadlines by it. */
export function bishkekDate(at = new Date()): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Bishkek',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(at);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/** The day after a YYYY-MM-DD date, for the earliest deadline a request may have. */
export function dayAfter(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** A declarant filed late if the first submission's Bishkek day is after the deadline. */
export const filedLate = (firstSubmittedAt: string, deadline: string) =>
  bishkekDate(new Date(firstSubmittedAt)) > deadline;
