/** Adds decimal som amounts from the API exactly, in tyiyn ("1082469.50" + "10.00" = "1082479.50"). */
export function sumAmounts(amounts: readonly string[]): string {
  let tyiyn = 0n;
  for (const amount of amounts) {
    const negative = amount.startsWith('-');
    const [whole = '0', fraction = ''] = amount.replace(/^-/, '').split('.');
    const value = BigInt(whole || '0') * 100n + BigInt(`${fraction}00`.slice(0, 2));
    tyiyn += negative ? -value : value;
  }
  const sign = tyiyn < 0n ? '-' : '';
  const abs = tyiyn < 0n ? -tyiyn : tyiyn;
  return `${sign}${abs / 100n}.${String(abs % 100n).padStart(2, '0')}`;
}
