/**
 * Reads one value of a given kind (see columns.ts). Identifiers (KvK, AGB, postcode, e-mail,
 * phone) are text: a wrong one is kept as written and gets a message, so nothing is lost.
 */
import { validateAgb, validateEmail, validateKvk, validatePhone, validatePostcode, type Validation } from '../rules/validators';
import { CATEGORY_CHOICES, CLIENT_GROUP_CHOICES, JZOJP_CHOICES, LEGAL_FORM_CHOICES, type ValueKind } from './columns';
import { UnreadableCell, parseAmount, parseChoice, parseChoiceList, parseCount, parseDate, parseNonNegative, parseText, parseYesNo, type Parsed } from './values';

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
