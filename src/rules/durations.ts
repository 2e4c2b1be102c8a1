/**
 * "Beoogde looptijd" as applicants write it (Bijlage 3 leaves it free text): a duration
 * ("21 maanden", "1,5 jaar", "anderhalf jaar", "21 mnd"), an end ("tot en met december 2022",
 * "t/m eind 2022", "t/m 31-12-2022") or a period ("april 2021 t/m december 2022"). Pure: no clock,
 * no locale. Anything it cannot read with certainty is `undefined`, never a guess: "1,5 jaar" is
 * eighteen months, not five years, and "21" without a unit is unreadable.
 */
import { readDecimal } from './dutch-number';
import { BoundedCache } from './bounded-cache';

export type Looptijd =
  | { soort: 'duur'; maanden: number }
  | { soort: 'einde'; tot: string }
  | { soort: 'periode'; van: string; tot: string };

const MONTHS: Readonly<Record<string, number>> = {
  januari: 1, jan: 1, februari: 2, feb: 2, maart: 3, mrt: 3, mar: 3, april: 4, apr: 4, mei: 5, juni: 6, jun: 6,
  juli: 7, jul: 7, augustus: 8, aug: 8, september: 9, sep: 9, sept: 9, oktober: 10, okt: 10, oct: 10,
  november: 11, nov: 11, december: 12, dec: 12,
};

/** Number words up to two years in months, as they occur in durations. */
const NUMBER_WORDS: Readonly<Record<string, number>> = {
  een: 1, één: 1, twee: 2, drie: 3, vier: 4, vijf: 5, zes: 6, zeven: 7, acht: 8, negen: 9, tien: 10, elf: 11, twaalf: 12,
  dertien: 13, veertien: 14, vijftien: 15, zestien: 16, zeventien: 17, achttien: 18, negentien: 19, twintig: 20,
  eenentwintig: 21, éénentwintig: 21, tweeëntwintig: 22, tweeentwintig: 22, drieëntwintig: 23, drieentwintig: 23,
  vierentwintig: 24, dertig: 30, zesendertig: 36, anderhalf: 1.5, anderhalve: 1.5, half: 0.5, halve: 0.5,
};

const UNIT = String.raw`(jaar|jaren|jr|maand|maanden|mnd|mnden|mndn|mndn|md)\.?`;
const AMOUNT = String.raw`(\d+(?:[.,]\d+)?|\d*\s*½|[a-zëé]+)`;
const DURATION = new RegExp(String.raw`(?:^|[^\w,.])${AMOUNT}\s*${UNIT}(?![a-z])`, 'g');

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

function lastDay(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function iso(year: number, month: number, day: number): string | undefined {
  if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1 || day > lastDay(year, month)) return undefined;
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

function amount(raw: string): number | undefined {
  const text = raw.replace(/\s+/g, '');
  // The pattern around it reads no sign, so a decimal here is never negative.
  const n = readDecimal(text);
  if (n !== undefined) return n;
  const half = /^(\d*)½$/.exec(text);
  if (half) return Number(half[1] || 0) + 0.5;
  return NUMBER_WORDS[text];
}

/** A duration in whole months ("1,5 jaar" → 18), or undefined when not exactly one can be read. */
export function parseDuration(text: string): number | undefined {
  const lower = normalise(text);
  // "een half jaar", "anderhalf jaar": the word before the unit carries the amount.
  // Days and weeks are not counted: "21 maanden en 1 dag" is not 21 months.
  if (/\d\s*(dag|dagen|week|weken|wk)\b|\b(dag|dagen|week|weken)\b/.test(lower)) return undefined;
  const matches = [...lower.replace(/\been half\b/g, 'half').matchAll(DURATION)];
  // One amount, or "1 jaar en 9 maanden": years and months joined by "en".
  const joined = matches.length === 2 && matches[0][2].startsWith('j') && !matches[1][2].startsWith('j') && /^\s*en\s*$/.test(lower.slice(matches[0].index! + matches[0][0].length, matches[1].index! + 1).replace(/[^a-z ]/g, ''));
  if (matches.length !== 1 && !joined) return undefined;
  let months = 0;
  for (const match of matches) {
    const value = amount(match[1]);
    if (value === undefined || value <= 0) return undefined;
    months += match[2].startsWith('j') ? value * 12 : value;
  }
  // Half months and the like are not a period anyone plans in; read them as unreadable.
  return Number.isInteger(months) && months <= 240 ? months : undefined;
}

function normalise(text: string): string {
  return text.toLowerCase().normalize('NFC').replace(/\s+/g, ' ').trim();
}

/**
 * A date as written, as the first (`begin`) or last (`eind`) day it can mean: "31-12-2022",
 * "2022-12-31", "31 december 2022", "december 2022" (first or last of the month), "eind 2022",
 * "eind december 2022", "2022" (1 January or 31 December).
 */
export function parseDutchDate(text: string, side: 'begin' | 'eind'): string | undefined {
  const s = normalise(text).replace(/[.,]$/, '');
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  if (m) return iso(+m[1], +m[2], +m[3]);
  m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(s);
  if (m) return iso(+m[3], +m[2], +m[1]);
  m = /^(\d{1,2})[-/](\d{4})$/.exec(s);
  if (m) return iso(+m[2], +m[1], side === 'eind' ? lastDay(+m[2], +m[1] || 1) : 1);
  m = /^(\d{1,2}) ([a-z]+)\.? (\d{4})$/.exec(s);
  if (m && MONTHS[m[2]]) return iso(+m[3], MONTHS[m[2]], +m[1]);
  m = /^(?:(eind|einde|begin|start) )?(?:([a-z]+)\.? )?(\d{4})$/.exec(s);
  if (m && (m[2] === undefined || MONTHS[m[2]])) {
    const edge = m[1] ? (m[1].startsWith('eind') ? 'eind' : 'begin') : side;
    // "eind 2022" says which end; a bare "december 2022" takes the side asked for.
    if (m[1] && edge !== side && m[2] === undefined) return undefined;
    const year = +m[3];
    const month = m[2] ? MONTHS[m[2]] : edge === 'eind' ? 12 : 1;
    return iso(year, month, edge === 'eind' ? lastDay(year, month) : 1);
  }
  return undefined;
}

const UNTIL = String.raw`(?:tot en met|t\/m|tm|t\.m\.|tot|until)`;

const PERIOD = new RegExp(String.raw`^(?:van(?:af)? )?(.+?) (?:-|–|${UNTIL}) (.+)$`);
const UNTIL_END = new RegExp(String.raw`(?:^|[\s(,])${UNTIL} (.+?)\)?$`);

/** Answers for texts read before: a column of durations repeats a few wordings ("21 maanden"). */
const LOOPTIJD_ANSWERS = 2000;
const looptijdAnswers = new BoundedCache<string, Readonly<Looptijd> | undefined>(LOOPTIJD_ANSWERS);

/**
 * Reads "Beoogde looptijd". A text that holds both a duration and an end ("21 maanden, t/m
 * december 2022") is read by its end; a text with nothing certain is undefined.
 */
export function parseLooptijd(text: string): Looptijd | undefined {
  if (looptijdAnswers.has(text)) {
    const known = looptijdAnswers.get(text);
    // Each caller gets its own object.
    return known && { ...known };
  }
  const answer = readLooptijd(text);
  looptijdAnswers.set(text, answer && Object.freeze({ ...answer }));
  return answer;
}

function readLooptijd(text: string): Looptijd | undefined {
  const s = normalise(text).replace(/–/g, '-');
  if (!s) return undefined;
  const period = PERIOD.exec(s);
  if (period) {
    const van = parseDutchDate(period[1], 'begin');
    const tot = parseDutchDate(period[2], 'eind');
    if (van && tot) return { soort: 'periode', van, tot };
  }
  // "2021-2022", "april 2021–december 2022": a dash without spaces, at whichever dash both sides read.
  for (let i = s.indexOf('-'); i > 0; i = s.indexOf('-', i + 1)) {
    const van = parseDutchDate(s.slice(0, i).replace(/^van(?:af)? /, ''), 'begin');
    const tot = parseDutchDate(s.slice(i + 1), 'eind');
    if (van && tot) return { soort: 'periode', van, tot };
  }
  const until = UNTIL_END.exec(s);
  if (until) {
    const tot = parseDutchDate(until[1], 'eind');
    if (tot) return { soort: 'einde', tot };
  }
  const maanden = parseDuration(s);
  return maanden === undefined ? undefined : { soort: 'duur', maanden };
}

/**
 * `startdatum` + n months → the last day of the period: the day before the same day n months
 * later (2021-04-01 + 21 months → 2022-12-31), or the last day of that month when it has no
 * such day (2021-01-31 + 1 month → 2021-02-28).
 */
export function endAfterMonths(startdatum: string, maanden: number): string | undefined {
  // Memoised by start and months: a file's applications share a few of each, and the Date
  // arithmetic below is dear next to a lookup.
  const key = `${startdatum}|${maanden}`;
  if (endAnswers.has(key)) return endAnswers.get(key);
  return endAnswers.set(key, computeEndAfterMonths(startdatum, maanden));
}

const endAnswers = new BoundedCache<string, string | undefined>(LOOPTIJD_ANSWERS);

function computeEndAfterMonths(startdatum: string, maanden: number): string | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(startdatum);
  if (!m || !Number.isInteger(maanden) || maanden <= 0) return undefined;
  const months = +m[1] * 12 + (+m[2] - 1) + maanden;
  const year = Math.floor(months / 12);
  const month = (months % 12) + 1;
  const day = +m[3];
  if (day > lastDay(year, month)) return iso(year, month, lastDay(year, month));
  const end = new Date(Date.UTC(year, month - 1, day) - 86_400_000);
  return end.toISOString().slice(0, 10);
}
