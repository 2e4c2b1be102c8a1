/**
 * Parsing of single cell values the way Dutch teams write them: decimal comma, thousands dots,
 * euro signs, Dutch dates, Excel serial dates, ja/nee. Every parser returns a value or a Dutch
 * message that quotes the input; none throws. A blank input is `{ ok: true, value: undefined }`.
 */
import { readAmount } from '../rules/dutch-number';
import { isIsoDateShape } from '../rules/validators';

export type Parsed<T> = { ok: true; value: T | undefined } | { ok: false; melding: string; partial?: T };

const ok = <T>(value: T | undefined): Parsed<T> => ({ ok: true, value });
const fail = <T>(melding: string): Parsed<T> => ({ ok: false, melding });
const failWith = <T>(partial: T | undefined, melding: string): Parsed<T> => (partial === undefined ? { ok: false, melding } : { ok: false, melding, partial });

/** Answers that mean "nothing filled in" in forms and lists. */
const NOT_APPLICABLE = new Set(['', 'nvt', 'nvt.', 'n.v.t', 'n.v.t.', 'niet van toepassing', 'n/a']);

/** A cell the reader could not turn into a value (an error cell, a formula without result). */
export class UnreadableCell {
  constructor(
    readonly melding: string,
    readonly shown: string,
  ) {}
  toJSON(): string {
    return this.shown;
  }
}

/** The value as a person would read it in a cell, for messages and `raw`. */
export function show(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof UnreadableCell) return value.shown;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'ongeldige datum' : value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    try {
      return JSON.stringify(value);
    } catch {
      return String(value);
    }
  }
  return String(value);
}

const quote = (value: unknown): string => `'${show(value).slice(0, 80)}'`;

export function isBlank(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value === 'string') {
    if (value.length === 0) return true;
    // Fast path for most cells: every "not applicable" spelling starts with n, so a value whose
    // first character is printable ASCII (no space) other than n/N is filled in.
    const first = value.charCodeAt(0);
    if (first > 0x20 && first < 0x7f && first !== 0x6e && first !== 0x4e) return false;
    // Every "not applicable" spelling is short; a long string is blank only when it is all white space.
    return value.length > 24 ? value.trim() === '' : NOT_APPLICABLE.has(value.trim().toLowerCase());
  }
  return false;
}

/** Text stays the literal string: `=SUM(A1)`, `+31…`, `-1` are applicant text, not formulas or numbers. */
export function parseText(value: unknown): Parsed<string> {
  if (isBlank(value)) return ok(undefined);
  if (typeof value === 'string') return ok(value.trim());
  if (typeof value === 'number') return Number.isFinite(value) ? ok(numberToText(value)) : fail(`${quote(value)} is geen tekst`);
  if (typeof value === 'boolean') return ok(value ? 'ja' : 'nee');
  if (value instanceof Date) return ok(show(value));
  return fail(`${quote(value)} is geen tekst`);
}

/** Integers without exponent notation (an 8-digit KvK number typed in Excel is a number cell). */
function numberToText(n: number): string {
  return Number.isInteger(n) && Math.abs(n) < 1e21 ? n.toFixed(0) : String(n);
}

/**
 * The number a plain amount cell ("12500", "12500,5") holds, or undefined for any other value
 * (which then goes through readAmount). parseAmount asks it first; readers that skip the Parsed
 * object ask it directly. It reads these cells as readAmount does.
 */
export function plainAmount(value: string): number | undefined {
  // What /^\d{1,15}(,\d{1,15})?$/ matches, read from the character codes: a whole number (the usual cell) is
  // summed exactly (15 digits stay below 2^53) without a regex or a string; a decimal comma leaves
  // the digits to Number, whose rounding is the one parseAmount gives.
  const n = value.length;
  let whole = 0;
  let i = 0;
  for (; i < n; i++) {
    const d = value.charCodeAt(i) - 48;
    if (d < 0 || d > 9) break;
    whole = whole * 10 + d;
  }
  if (i === 0 || i > 15) return undefined;
  if (i === n) return whole;
  const decimals = n - i - 1;
  if (value.charCodeAt(i) !== 0x2c || decimals < 1 || decimals > 15) return undefined;
  for (let j = i + 1; j < n; j++) {
    const d = value.charCodeAt(j) - 48;
    if (d < 0 || d > 9) return undefined;
  }
  return Number(value.replace(',', '.'));
}

/** The number the `length` digits of `text` from `from` on write (the caller has checked they are digits). */
function digitsAt(text: string, from: number, length: number): number {
  let n = 0;
  for (let i = from; i < from + length; i++) n = n * 10 + text.charCodeAt(i) - 48;
  return n;
}

/**
 * True for an ISO date cell (2021-04-01) that parseDate accepts as written; any other value goes
 * through parseDate. The shape is the rules' own test (isIsoDateShape), then the day is read from
 * the character codes: a large import has tens of thousands of date cells, and slicing each into
 * three strings was garbage.
 */
export function plainIsoDate(value: string): boolean {
  return isIsoDateShape(value) && isCalendarDay(digitsAt(value, 0, 4), digitsAt(value, 5, 2), digitsAt(value, 8, 2));
}

/** Euro amounts: "€ 12.500,00", "12500", "-1.250,50", "(750)", "12.500,-" (read by `readAmount`). */
export function parseAmount(value: unknown): Parsed<number> {
  if (isBlank(value)) return ok(undefined);
  if (typeof value === 'number') return Number.isFinite(value) ? ok(value) : fail(`${quote(value)} is geen bedrag`);
  if (typeof value !== 'string') return fail(`${quote(value)} is geen bedrag`);
  // Most cells are plain digits with at most a decimal comma ("12500", "12500,5").
  const plain = plainAmount(value);
  if (plain !== undefined) return ok(plain);
  const number = readAmount(value);
  if (number === undefined) return fail(`${quote(value)} is geen bedrag (verwacht bijvoorbeeld € 12.500,00)`);
  return ok(number);
}

/** A count: a whole number, not negative ("1.250" is twelve hundred and fifty). */
export function parseCount(value: unknown): Parsed<number> {
  const parsed = parseAmount(value);
  if (!parsed.ok || parsed.value === undefined) return parsed.ok ? parsed : fail(`${quote(value)} is geen aantal`);
  if (!Number.isInteger(parsed.value) || parsed.value < 0) return fail(`${quote(value)} is geen heel, niet-negatief aantal`);
  return parsed;
}

/** A non-negative number that may have decimals (e.g. MDO's per jaar). */
export function parseNonNegative(value: unknown): Parsed<number> {
  const parsed = parseAmount(value);
  if (!parsed.ok) return fail(`${quote(value)} is geen getal`);
  if (parsed.value !== undefined && parsed.value < 0) return fail(`${quote(value)} is negatief, verwacht 0 of meer`);
  return parsed;
}

const MONTHS: Record<string, number> = {
  januari: 1, jan: 1, februari: 2, feb: 2, maart: 3, mrt: 3, mar: 3, april: 4, apr: 4, mei: 5, juni: 6, jun: 6,
  juli: 7, jul: 7, augustus: 8, aug: 8, september: 9, sep: 9, sept: 9, oktober: 10, okt: 10, oct: 10,
  november: 11, nov: 11, december: 12, dec: 12,
};

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** A day of the calendar between the years 1900 and 2200, the range every date reader accepts. */
function isCalendarDay(year: number, month: number, day: number): boolean {
  if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= (month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1]);
}

function isoFromParts(year: number, month: number, day: number): string | undefined {
  return isCalendarDay(year, month, day) ? `${pad(year, 4)}-${pad(month)}-${pad(day)}` : undefined;
}

/**
 * Excel's 1900 date system: serial 1 is 1900-01-01 and serial 60 is the non-existent 1900-02-29
 * (kept from Lotus 1-2-3), so from serial 61 on the day count starts at 1899-12-30.
 */
export function excelSerialToIso(serial: number): string | undefined {
  if (!Number.isFinite(serial) || serial < 1 || serial >= 2958466) return undefined;
  const whole = Math.floor(serial);
  if (whole === 60) return undefined;
  const days = whole < 60 ? whole - 1 : whole - 2;
  const date = new Date(Date.UTC(1900, 0, 1) + days * 86400000);
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

/** Dates: 2021-04-01, 1-4-2021, 01/04/2021, 1 april 2021, 1 apr. 2021, Excel serial numbers, Date cells. */
export function parseDate(value: unknown): Parsed<string> {
  if (isBlank(value)) return ok(undefined);
  const bad = () => fail<string>(`${quote(value)} is geen geldige datum (verwacht bijvoorbeeld 1-4-2021 of 2021-04-01)`);
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return bad();
    return orBad(isoFromParts(value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate()), bad);
  }
  if (typeof value === 'number') {
    const iso = excelSerialToIso(value);
    return iso ? ok(iso) : bad();
  }
  if (typeof value !== 'string') return bad();
  // Most cells already hold an ISO date (2021-04-01): checked for the calendar, kept as written.
  if (ISO_DATE.test(value)) return orBad(isoFromParts(+value.slice(0, 4), +value.slice(5, 7), +value.slice(8, 10)), bad);
  const s = value.trim().toLowerCase().replace(/\s+/g, ' ');
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[t ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:z|[+-]\d{2}:?\d{2})?)?$/.exec(s);
  if (m) return orBad(isoFromParts(+m[1], +m[2], +m[3]), bad);
  m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4}|\d{2})$/.exec(s);
  if (m) return orBad(isoFromParts(fullYear(m[3]), +m[2], +m[1]), bad);
  m = /^(?:[a-z]+dag,? )?(\d{1,2})[ -]([a-z]+)\.?[ -](\d{4})$/.exec(s);
  if (m && MONTHS[m[2]]) return orBad(isoFromParts(+m[3], MONTHS[m[2]], +m[1]), bad);
  if (/^\d{5}(\.\d+)?$/.test(s)) return orBad(excelSerialToIso(Number(s)), bad);
  return bad();
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const fullYear = (y: string): number => (y.length === 2 ? 2000 + Number(y) : Number(y));
const orBad = (iso: string | undefined, bad: () => Parsed<string>): Parsed<string> => (iso ? ok(iso) : bad());

const TRUE_WORDS = new Set(['ja', 'j', 'x', 'waar', 'true', 'yes', 'y', '1', 'wel', 'ja.', '☒', '✓', '✔', 'v']);
const FALSE_WORDS = new Set(['nee', 'n', 'onwaar', 'false', 'no', '0', 'niet', 'nee.', '☐', 'geen']);

/** Yes/no: ja/nee, j/n, x, waar/onwaar, TRUE/FALSE (Excel), 1/0. */
export function parseYesNo(value: unknown): Parsed<boolean> {
  if (isBlank(value)) return ok(undefined);
  if (typeof value === 'boolean') return ok(value);
  if (typeof value === 'number' && (value === 0 || value === 1)) return ok(value === 1);
  if (typeof value === 'string') {
    const s = value.trim().toLowerCase();
    if (TRUE_WORDS.has(s)) return ok(true);
    if (FALSE_WORDS.has(s)) return ok(false);
  }
  return fail(`${quote(value)} is geen ja of nee`);
}

/** Folds case, accents and punctuation away so "Coöperatie U.A." and "cooperatie ua" compare equal. */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '');
}

export interface Choice<T extends string> {
  value: T;
  /** Other spellings, folded before comparison. */
  aliases?: readonly string[];
}

/** One value out of a fixed list, matched tolerantly. */
export function parseChoice<T extends string>(value: unknown, choices: readonly Choice<T>[], what: string): Parsed<T> {
  if (isBlank(value)) return ok(undefined);
  const text = typeof value === 'string' ? value : show(value);
  const found = matchChoice(text, choices);
  return found ? ok(found) : fail(`${quote(value)} is geen bekende ${what} (kies uit: ${choices.map((c) => c.value).join(', ')})`);
}

/** Per list of choices: folded spelling → choice, and the answers for texts seen before. */
interface ChoiceIndex {
  folded: Map<string, string>;
  seen: Map<string, string | undefined>;
}
const choiceIndexes = new WeakMap<readonly Choice<string>[], ChoiceIndex>();
/** A column repeats a few spellings thousands of times; folding (Unicode normalisation) is the cost. */
const SEEN_LIMIT = 2000;

function matchChoice<T extends string>(text: string, choices: readonly Choice<T>[]): T | undefined {
  let index = choiceIndexes.get(choices);
  if (!index) {
    index = { folded: new Map(), seen: new Map() };
    for (const choice of choices) for (const name of [choice.value, ...(choice.aliases ?? [])]) if (!index.folded.has(fold(name))) index.folded.set(fold(name), choice.value);
    choiceIndexes.set(choices, index);
  }
  if (index.seen.has(text)) return index.seen.get(text) as T | undefined;
  const found = index.folded.get(fold(text));
  if (index.seen.size >= SEEN_LIMIT) index.seen.clear();
  index.seen.set(text, found);
  return found as T | undefined;
}

/** A list such as "kwetsbare ouderen; COPD" (separated by ; , | / or new lines). */
/** Per list of choices and name of the item: text → answer. */
const listAnswers = new WeakMap<readonly Choice<string>[], Map<string, Map<string, Parsed<string[]>>>>();

export function parseChoiceList<T extends string>(value: unknown, choices: readonly Choice<T>[], what: string): Parsed<T[]> {
  if (typeof value !== 'string') return readChoiceList(value, choices, what);
  // The same few lists ("kwetsbare ouderen; COPD") fill a whole column: split and matched once.
  let byWhat = listAnswers.get(choices);
  if (!byWhat) listAnswers.set(choices, (byWhat = new Map()));
  let answers = byWhat.get(what);
  if (!answers) byWhat.set(what, (answers = new Map()));
  let answer = answers.get(value) as Parsed<T[]> | undefined;
  if (!answer) {
    answer = readChoiceList(value, choices, what);
    if (answers.size >= SEEN_LIMIT) answers.clear();
    answers.set(value, answer);
  }
  // Each application gets its own list.
  if (answer.ok) return answer.value ? ok([...answer.value]) : answer;
  return answer.partial ? { ...answer, partial: [...answer.partial] } : answer;
}

function readChoiceList<T extends string>(value: unknown, choices: readonly Choice<T>[], what: string): Parsed<T[]> {
  if (isBlank(value)) return ok(undefined);
  // "geen" is the written form of an empty list ("none of these"), as the exports write it.
  if (!Array.isArray(value) && /^geen( van (deze|alle))?$/.test(fold(show(value)))) return ok([]);
  const items = Array.isArray(value) ? value.map(show) : show(value).split(/[;,|/\n]| en /);
  const result: T[] = [];
  const unknown: string[] = [];
  for (const item of items.map((i) => i.trim()).filter((i) => i && !isBlank(i))) {
    const found = matchChoice(item, choices);
    if (!found) unknown.push(item);
    else if (!result.includes(found)) result.push(found);
  }
  if (unknown.length) {
    return failWith(result.length ? result : undefined, `${unknown.map((u) => `'${u}'`).join(', ')} ${unknown.length === 1 ? 'is geen bekende' : 'zijn geen bekende'} ${what} (kies uit: ${choices.map((c) => c.value).join(', ')})`);
  }
  // An explicit empty list (all boxes left empty on a form) is an answer: "none of these".
  return ok(result.length || Array.isArray(value) ? result : undefined);
}
