/**
 * Reads one value of a given kind (see columns.ts). Identifiers (KvK, AGB, postcode, e-mail,
 * phone) are text: a wrong one is kept as written and gets a message, so nothing is lost.
 */
import { isDigits, validateAgb, validateEmail, validateKvk, validatePhone, validatePostcode, type Validation } from '../rules/validators';
import { CATEGORY_CHOICES, CLIENT_GROUP_CHOICES, JZOJP_CHOICES, LEGAL_FORM_CHOICES, type ValueKind } from './columns';
import { UnreadableCell, isBlank, parseAmount, parseChoice, parseChoiceList, parseCount, parseDate, parseNonNegative, parseText, parseYesNo, plainAmount, plainIsoDate, type Parsed } from './values';

export interface KindResult {
  /** Parsed value; undefined when blank or unreadable. */
  value: unknown;
  /** Dutch message when the value is wrong (the value may still be kept, e.g. a 7-digit KvK). */
  melding?: string;
}

/** A list with one unknown item keeps the known items next to the message. */
// A successful parse already has the shape of a KindResult (a value, no melding): no copy per cell.
const fromParsed = (parsed: Parsed<unknown>): KindResult => (parsed.ok ? parsed : { value: parsed.partial, melding: parsed.melding });

/** Validated text: kept as written (or normalised when valid) with the validator's message. */
function identifier(value: unknown, validate: (raw: string) => Validation, keepWritten: boolean): KindResult {
  const text = parseText(value);
  if (!text.ok || text.value === undefined) return fromParsed(text);
  const checked = validate(text.value);
  if (checked.ok) return { value: keepWritten ? text.value : checked.value };
  return { value: text.value, melding: checked.melding };
}

const READERS: Record<ValueKind, (value: unknown) => KindResult> = {
  text: (v) => fromParsed(parseText(v)),
  amount: (v) => fromParsed(parseAmount(v)),
  count: (v) => fromParsed(parseCount(v)),
  number: (v) => fromParsed(parseNonNegative(v)),
  yesNo: (v) => fromParsed(parseYesNo(v)),
  date: (v) => fromParsed(parseDate(v)),
  legalForm: (v) => fromParsed(parseChoice(v, LEGAL_FORM_CHOICES, 'samenwerkingsvorm')),
  category: (v) => fromParsed(parseChoice(v, CATEGORY_CHOICES, 'kostencategorie')),
  clientGroups: (v) => fromParsed(parseChoiceList(v, CLIENT_GROUP_CHOICES, 'klantgroep')),
  jzojpAims: (v) => fromParsed(parseChoiceList(v, JZOJP_CHOICES, 'JZOJP-doel')),
  kvk: (v) => identifier(v, validateKvk, false),
  agb: (v) => identifier(v, validateAgb, false),
  postcode: (v) => identifier(v, validatePostcode, false),
  email: (v) => identifier(v, validateEmail, false),
  // The phone number stays as the applicant wrote it ("+31 30 …"); only its form is checked.
  phone: (v) => identifier(v, validatePhone, true),
};

/** Every kind a column can have. */
export const VALUE_KINDS = Object.keys(READERS) as ValueKind[];

const unreadable = (cell: UnreadableCell): KindResult => ({ value: undefined, melding: cell.melding });

/** The reader of one kind, for a caller that reads many values of the same column. */
const CELL_READERS = Object.fromEntries(
  (Object.keys(READERS) as ValueKind[]).map((kind) => {
    const read = READERS[kind];
    return [kind, (value: unknown): KindResult => (value instanceof UnreadableCell ? unreadable(value) : read(value))];
  }),
) as Record<ValueKind, (value: unknown) => KindResult>;

export const readerOf = (kind: ValueKind): ((value: unknown) => KindResult) => CELL_READERS[kind];

export function readKind(kind: ValueKind, value: unknown): KindResult {
  return CELL_READERS[kind](value);
}

/**
 * A value that comes with a message (wrong, or kept as written next to one). A value reader returns
 * the value bare when there is no message, and this only when there is one: a 10,000-row import
 * reads a million cells, and a result object per cell was a large share of its garbage.
 */
export class KindProblem {
  constructor(
    readonly value: unknown,
    readonly melding: string,
  ) {}
}

/** A reader that answers the value itself (undefined when blank or unreadable), or a KindProblem. */
export type ValueReader = (value: unknown) => unknown;

const bare = (read: KindResult): unknown => (read.melding ? new KindProblem(read.value, read.melding) : read.value);

/**
 * Validated text read as `identifier` does, without its intermediate objects. `asIs` is true only
 * for text the validator accepts and gives back unchanged (`12345678` for a KvK number): such a
 * cell, the usual one, skips the validator's normalising and its result object.
 */
function identifierValue(validate: (raw: string) => Validation, keepWritten: boolean, kind: ValueKind, asIs: (text: string) => boolean = () => false): ValueReader {
  return (value) => {
    if (typeof value !== 'string') return bare(CELL_READERS[kind](value));
    if (asIs(value)) return value;
    if (isBlank(value)) return undefined;
    const text = value.trim();
    const checked = validate(text);
    if (checked.ok) return keepWritten ? text : checked.value;
    return new KindProblem(text, checked.melding);
  };
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isCapital = (c: number): boolean => c >= 65 && c <= 90;

/** `3511 AB` as validatePostcode writes it: first digit not 0, a space, two capitals other than SA, SD, SS. */
function isNormalPostcode(t: string): boolean {
  if (t.length !== 7 || t.charCodeAt(4) !== 0x20) return false;
  const c0 = t.charCodeAt(0);
  const l1 = t.charCodeAt(5);
  const l2 = t.charCodeAt(6);
  if (c0 < 49 || c0 > 57 || !isDigit(t.charCodeAt(1)) || !isDigit(t.charCodeAt(2)) || !isDigit(t.charCodeAt(3))) return false;
  if (!isCapital(l1) || !isCapital(l2)) return false;
  return !(l1 === 83 && (l2 === 65 || l2 === 68 || l2 === 83));
}

/** Ten digits with at most one hyphen after the second, starting with 0 but not 00 (`030-1234567`): valid as written. */
function isPlainPhone(t: string): boolean {
  if (t.length < 10 || t.length > 11 || t.charCodeAt(0) !== 48 || t.charCodeAt(1) === 48) return false;
  let digits = 0;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (isDigit(c)) digits++;
    else if (c !== 0x2d || i < 2 || i === t.length - 1 || digits !== i) return false;
  }
  return digits === 10;
}

/**
 * An address validateEmail accepts and gives back unchanged: printable ASCII without capitals (so
 * lowercasing changes nothing) and without spaces, one @ after the first character, no "..", and a
 * last dot at least one character after the @ with two or more characters after it. Anything else,
 * capitals or a non-ASCII character included, goes through the validator's regex.
 */
function isPlainEmail(t: string): boolean {
  const n = t.length;
  let at = -1;
  let dot = -1;
  for (let i = 0; i < n; i++) {
    const c = t.charCodeAt(i);
    if (c <= 0x20 || c >= 0x7f || isCapital(c)) return false;
    if (c === 0x40) {
      if (at >= 0) return false;
      at = i;
    } else if (c === 0x2e) {
      if (dot === i - 1) return false;
      dot = i;
    }
  }
  return at > 0 && dot > at + 1 && dot <= n - 3;
}

/**
 * Per kind, the common cell (a string as Excel and CSV give it) read on the spot the way its
 * parser in values.ts reads it; every other value goes through the full reader above. The
 * property test in test/import/kinds.test.ts holds the two to the same answers.
 */
const VALUE_READERS: Record<ValueKind, ValueReader> = {
  ...(Object.fromEntries((Object.keys(READERS) as ValueKind[]).map((kind) => [kind, (value: unknown) => bare(CELL_READERS[kind](value))])) as Record<ValueKind, ValueReader>),
  text: (v) => (typeof v === 'string' ? (isBlank(v) ? undefined : v.trim()) : bare(CELL_READERS.text(v))),
  amount: (v) => {
    const n = typeof v === 'string' ? plainAmount(v) : undefined;
    return n !== undefined ? n : bare(CELL_READERS.amount(v));
  },
  count: (v) => {
    const n = typeof v === 'string' ? plainAmount(v) : undefined;
    // A plain amount has no sign: only a fraction makes it no count.
    return n !== undefined && Number.isInteger(n) ? n : bare(CELL_READERS.count(v));
  },
  number: (v) => {
    const n = typeof v === 'string' ? plainAmount(v) : undefined;
    return n !== undefined ? n : bare(CELL_READERS.number(v));
  },
  yesNo: (v) => (v === 'ja' ? true : v === 'nee' ? false : bare(CELL_READERS.yesNo(v))),
  // parseDate answers a valid ISO date with the same text rebuilt from its parts.
  date: (v) => (typeof v === 'string' && plainIsoDate(v) ? v : bare(CELL_READERS.date(v))),
  kvk: identifierValue(validateKvk, false, 'kvk', (t) => isDigits(t, 8)),
  agb: identifierValue(validateAgb, false, 'agb', (t) => isDigits(t, 8)),
  postcode: identifierValue(validatePostcode, false, 'postcode', isNormalPostcode),
  email: identifierValue(validateEmail, false, 'email', isPlainEmail),
  phone: identifierValue(validatePhone, true, 'phone', isPlainPhone),
};

/** The value reader of one kind (see KindProblem), for the row importer's million cells. */
export const valueReaderOf = (kind: ValueKind): ValueReader => VALUE_READERS[kind];
