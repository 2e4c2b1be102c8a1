import { readAmount, readDecimal, readInteger } from '../rules/dutch-number';

/**
 * A BI export cell as a number. A plain decimal ("101,5", "101.5") is read as a decimal, so BI
 * "1.234" is 1.234; in an integer field (patients) a thousands dot wins ("1.234" is 1234);
 * grouped amounts ("1.234,5", "1,234.5") are read in both. Returns `null` for an empty cell and
 * `undefined` for text that is not a number.
 */
export function parseDutchNumber(raw: unknown, options: { integer?: boolean } = {}): number | null | undefined {
  if (raw === null || raw === undefined) return null;
  if (typeof raw === 'number') return Number.isFinite(raw) ? raw : undefined;
  if (typeof raw !== 'string') return undefined;
  const text = raw.replace(/[\s\u00a0\u202f]/g, '');
  if (text === '') return null;
  return (options.integer ? readInteger(text) : undefined) ?? readDecimal(text) ?? readAmount(text);
}
