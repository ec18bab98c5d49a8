/** "1 500 000,50" or "1500000.5" -> "1500000.50"-style decimal for the API; null if not an amount. */
export function parseAmount(text: string): string | null {
  const plain = text.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.');
  if (!/^\d{1,16}(\.\d{1,2})?$/.test(plain)) return null;
  return plain;
}
