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

const MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];

/** ISO `2021-04-01` → `1 april 2021`. */
export function formatDateLong(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const month = match ? MONTHS[Number(match[2]) - 1] : undefined;
  return match && month ? `${Number(match[3])} ${month} ${match[1]}` : iso;
}
