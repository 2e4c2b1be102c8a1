/**
 * Calendar arithmetic for the module conditions ("12 maanden ingeschreven", "1 keer per 2 jaar",
 * "maandelijks"): whole calendar months on ISO dates, independent of time zones.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_MONTH = /^(\d{4})-(\d{2})$/;

export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const month = Number(m[2]);
  const day = Number(m[3]);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(Number(m[1]), month);
}

export function isIsoMonth(value: string): boolean {
  const m = ISO_MONTH.exec(value);
  return m !== null && Number(m[2]) >= 1 && Number(m[2]) <= 12;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** `2024-01-31` + 1 month → `2024-02-29`: the day is clamped to the end of a shorter month. */
export function addMonths(iso: string, months: number): string {
  const m = ISO_DATE.exec(iso);
  if (!m) throw new Error(`geen ISO-datum: ${iso}`);
  const total = Number(m[1]) * 12 + (Number(m[2]) - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const day = Math.min(Number(m[3]), daysInMonth(year, month));
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** The `count` calendar months before the month of `iso`, oldest first: (`2025-03-01`, 2) → `2025-01`, `2025-02`. */
export function monthsBefore(iso: string, count: number): string[] {
  const first = addMonths(`${iso.slice(0, 7)}-01`, -count);
  const out: string[] = [];
  for (let i = 0; i < count; i++) out.push(addMonths(first, i).slice(0, 7));
  return out;
}

/** `2025-03` → `maart 2025`. */
export function formatMonthNl(month: string): string {
  const names = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
  const m = ISO_MONTH.exec(month);
  return m ? `${names[Number(m[2]) - 1]} ${m[1]}` : month;
}
