/**
 * Numbers as Dutch people, spreadsheets and exports write them. Three readers, one per kind of
 * field; each returns the number or `undefined` for text that is not one (an empty text too), never
 * NaN, and never throws. Callers say what was wrong in their own words.
 *
 * The one ambiguous shape is a single separator followed by exactly three digits ("12,345",
 * "12.345"). Each reader settles it by what its field can hold:
 * - `readDecimal`: a decimal (12,345 → 12.345, 12.345 → 12.345). A score or weight is small and
 *   has decimals; nobody groups thousands in it.
 * - `readAmount`: a comma alone is the Dutch decimal comma (12,345 → 12.345), a dot alone before
 *   three digits is a thousands dot (12.345 → 12345), as Dutch spreadsheets show euro amounts.
 * - `readInteger`: a dot before groups of three digits is a thousands dot (12.345 → 12345); a comma
 *   is a decimal comma, so "12,345" is no whole number and is refused.
 */

/**
 * "3,5", "3.5", "-2", "+7": digits with at most one decimal comma or dot, no grouping. Scientific
 * notation ("1,5E-7" as Excel shows it, "5e-324" as a number written as text) reads too, so a very
 * small weight written to a sheet reads back.
 */
const DECIMAL = /^[-+]?\d+(?:[.,]\d+)?(?:[eE][-+]?\d+)?$/;

export function readDecimal(text: string): number | undefined {
  const s = text.trim();
  if (!DECIMAL.test(s)) return undefined;
  const n = Number(s.replace(',', '.'));
  return Number.isFinite(n) ? n : undefined;
}

/** "12", "-3", "1.250" (thousands dots in groups of three). */
const INTEGER = /^[-+]?\d+$/;
const INTEGER_GROUPED = /^[-+]?\d{1,3}(?:\.\d{3})+$/;

export function readInteger(text: string): number | undefined {
  const s = text.trim();
  let n: number;
  if (INTEGER.test(s)) n = Number(s);
  else if (INTEGER_GROUPED.test(s)) n = Number(s.replace(/\./g, ''));
  else return undefined;
  return Number.isSafeInteger(n) ? n : undefined;
}

/** Most amount cells are plain digits with at most a decimal comma ("12500", "12500,5"). */
const PLAIN_AMOUNT = /^\d{1,15}(,\d{1,15})?$/;
const DUTCH_GROUPED = /^\d{1,3}(\.\d{3})+$/;
const DUTCH_GROUPED_DECIMAL = /^\d{1,3}(\.\d{3})*,\d*$/;
const ENGLISH_GROUPED = /^\d{1,3}(,\d{3})+(\.\d+)?$/;
const ENGLISH_GROUPED_WHOLE = /^\d{1,3}(,\d{3}){2,}$/;

/**
 * Euro amounts: "€ 12.500,00", "12500", "-1.250,50", "(750)" (negative, as bookkeeping writes it),
 * "12.500,-", "EUR 12,345.67". With both separators the last one is the decimal separator; the
 * groups before it must be of three digits.
 */
export function readAmount(text: string): number | undefined {
  // The fast path reads the same as the general path below, without its clean-up.
  if (PLAIN_AMOUNT.test(text)) return Number(text.replace(',', '.'));
  let s = text.trim().replace(/[\s\u00a0\u202f]/g, '').replace(/^eur(o)?/i, '').replace(/€/g, '').replace(/eur(o)?$/i, '');
  let negative = false;
  if (/^\(.*\)$/.test(s)) {
    negative = true;
    s = s.slice(1, -1);
  }
  if (/^[-\u2212]/.test(s)) {
    negative = !negative;
    s = s.slice(1).replace(/^€/, '');
  } else if (s.startsWith('+')) {
    s = s.slice(1);
  }
  s = s.replace(/,-{1,2}$/, '').replace(/\.-{1,2}$/, '');
  const n = readUnsigned(s);
  return n === undefined ? undefined : negative ? -n : n;
}

function readUnsigned(s: string): number | undefined {
  if (!/^[\d.,]+$/.test(s) || !/\d/.test(s)) return undefined;
  const lastDot = s.lastIndexOf('.');
  const lastComma = s.lastIndexOf(',');
  let normalised: string;
  if (lastDot >= 0 && lastComma >= 0) {
    if (lastComma > lastDot) {
      if (!DUTCH_GROUPED_DECIMAL.test(s)) return undefined;
      normalised = s.replace(/\./g, '').replace(',', '.');
    } else {
      if (!ENGLISH_GROUPED.test(s)) return undefined;
      normalised = s.replace(/,/g, '');
    }
  } else if (lastComma >= 0) {
    // A comma alone is the decimal comma; several commas only as English thousands ("1,234,567").
    if (ENGLISH_GROUPED_WHOLE.test(s)) normalised = s.replace(/,/g, '');
    else if (s.indexOf(',') !== lastComma) return undefined;
    else normalised = s.replace(',', '.');
  } else if (lastDot >= 0) {
    if (DUTCH_GROUPED.test(s)) normalised = s.replace(/\./g, '');
    else if (/^\d*\.\d+$/.test(s)) normalised = s;
    else return undefined;
  } else {
    normalised = s;
  }
  // "12," (a decimal comma with nothing after it) is twelve.
  if (normalised.endsWith('.')) normalised = normalised.slice(0, -1);
  if (normalised === '' || normalised === '.') return undefined;
  const n = Number(normalised);
  return Number.isFinite(n) ? n : undefined;
}
