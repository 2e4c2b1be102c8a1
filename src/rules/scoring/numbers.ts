/** Dutch decimal notation for scores and totals in messages: `36`, `30,25`. */
const decimal = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 2, useGrouping: false });

export function formatNumber(n: number): string {
  return decimal.format(n);
}

const fixed2 = new Intl.NumberFormat('nl-NL', { minimumFractionDigits: 2, maximumFractionDigits: 2, useGrouping: false });

/** Always two decimals, as a score table shows them: `3,75`, `4,00`, `36,00`. */
export function formatFixed2(n: number): string {
  return fixed2.format(n);
}
