/** The server's limits on a remark and an answer (routes/tenders.ts): trimmed, 10 to 4000 characters. */
export const TEXT_MIN = 10;
export const TEXT_MAX = 4000;

export const tooShort = (text: string) => text.trim().length < TEXT_MIN;
