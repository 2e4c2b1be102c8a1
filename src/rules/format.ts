/** Dutch number formats for reasons and messages, independent of the machine's locale. */

/** `€ 12.345,67`; negative amounts as `-€ 1,00`. */
export function formatEuro(amount: number): string {
  const cents = Math.round(Math.abs(amount) * 100);
  const euros = Math.floor(cents / 100).toString().replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  const rest = (cents % 100).toString().padStart(2, '0');
  return `${amount < 0 && cents > 0 ? '-' : ''}€ ${euros},${rest}`;
}

/** ISO `2022-12-31` → `31-12-2022`, `2021-04-01` → `1-4-2021` (the seed writes dates this way). */
export function formatDateNl(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return match ? `${Number(match[3])}-${Number(match[2])}-${match[1]}` : iso;
}
