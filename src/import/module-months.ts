/**
 * The months in which a practice delivered data, as teams write them: `2024-03; 2024-04`,
 * `3-2024`, `maart 2024`, `mrt 2024`, ranges `2024-03 t/m 2025-02`, and `geen` for none.
 * Returns ISO months (`2024-03`) in calendar order, or a Dutch message quoting what was not read.
 */
import { isBlank, show, type Parsed } from './values';

const MONTH_NAMES: Record<string, number> = {
  januari: 1, jan: 1, februari: 2, feb: 2, maart: 3, mrt: 3, mar: 3, april: 4, apr: 4, mei: 5, juni: 6, jun: 6,
  juli: 7, jul: 7, augustus: 8, aug: 8, september: 9, sep: 9, sept: 9, oktober: 10, okt: 10, oct: 10,
  november: 11, nov: 11, december: 12, dec: 12,
};

const pad = (n: number): string => String(n).padStart(2, '0');

/** One month: `2024-03`, `2024-3`, `3-2024`, `03/2024`, `maart 2024`, `mrt. 2024`. */
export function parseMonth(text: string): string | undefined {
  const s = text.trim().toLowerCase().replace(/\s+/g, ' ');
  let m = /^(\d{4})[-/.](\d{1,2})$/.exec(s);
  if (m) return valid(+m[1], +m[2]);
  m = /^(\d{1,2})[-/.](\d{4})$/.exec(s);
  if (m) return valid(+m[2], +m[1]);
  m = /^([a-z]+)\.? (\d{4})$/.exec(s);
  if (m && MONTH_NAMES[m[1]!]) return valid(+m[2]!, MONTH_NAMES[m[1]!]!);
  return undefined;
}

function valid(year: number, month: number): string | undefined {
  return year >= 1900 && year <= 2200 && month >= 1 && month <= 12 ? `${year}-${pad(month)}` : undefined;
}

function range(from: string, to: string): string[] {
  const out: string[] = [];
  let y = Number(from.slice(0, 4));
  let m = Number(from.slice(5, 7));
  const end = to;
  while (`${y}-${pad(m)}` <= end && out.length < 600) {
    out.push(`${y}-${pad(m)}`);
    if (++m > 12) {
      m = 1;
      y++;
    }
  }
  return out;
}

export function parseMonthList(value: unknown): Parsed<string[]> {
  if (isBlank(value)) return { ok: true, value: undefined };
  const text = show(value).trim();
  if (/^(geen|nee|0)$/i.test(text)) return { ok: true, value: [] };
  const months = new Set<string>();
  const unread: string[] = [];
  for (const part of text.split(/[;,|\n]+/).map((p) => p.trim()).filter(Boolean)) {
    const span = /^(.+?)\s*(?:t\/m|tot en met|–|—| - )\s*(.+)$/i.exec(part);
    if (span) {
      const from = parseMonth(span[1]!);
      const to = parseMonth(span[2]!);
      if (from && to && from <= to) range(from, to).forEach((m) => months.add(m));
      else unread.push(part);
      continue;
    }
    const month = parseMonth(part);
    if (month) months.add(month);
    else unread.push(part);
  }
  const sorted = [...months].sort();
  if (unread.length) {
    const melding = `${unread.map((u) => `'${u.slice(0, 40)}'`).join(', ')} ${unread.length === 1 ? 'is geen maand' : 'zijn geen maanden'} (verwacht bijvoorbeeld 2024-03; 2024-04 of 2024-03 t/m 2025-02)`;
    return sorted.length ? { ok: false, melding, partial: sorted } : { ok: false, melding };
  }
  return { ok: true, value: sorted };
}
