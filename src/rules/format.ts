/** Dutch number formats for messages (reports format cells themselves). */
const euro = new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 });
const decimal = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 2 });

export function formatEuro(n: number): string {
  return euro.format(n);
}

export function formatNumber(n: number): string {
  return decimal.format(n);
}
