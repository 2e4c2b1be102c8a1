/** Dutch decimal notation for scores and totals in messages: `36`, `30,25`. */
const decimal = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 2, useGrouping: false });

export function formatNumber(n: number): string {
  return decimal.format(n);
}
