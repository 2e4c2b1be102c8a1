/**
 * Numbers as Dutch spreadsheets and exports write them. A decimal comma is read as a decimal
 * separator ("101,5"); a single dot too ("101.5"); grouped thousands only in whole numbers
 * ("1.234" as an integer field, "1.234,5" always). Returns `null` for an empty cell and
 * `undefined` for text that is not a number.
 */
export function parseDutchNumber(raw: unknown, options: { integer?: boolean } = {}): number | null | undefined {
  if (raw === null || raw === undefined) return null;
  if (typeof raw === 'number') return Number.isFinite(raw) ? raw : undefined;
  if (typeof raw !== 'string') return undefined;
  const text = raw.replace(/[\s\u00a0\u202f]/g, '');
  if (text === '') return null;
  if (/^[-+]?\d+([.,]\d+)?$/.test(text)) {
    if (options.integer && /^\d{1,3}\.\d{3}$/.test(text)) return Number(text.replace('.', ''));
    return Number(text.replace(',', '.'));
  }
  if (/^[-+]?\d{1,3}(\.\d{3})+(,\d+)?$/.test(text)) return Number(text.replace(/\./g, '').replace(',', '.'));
  if (/^[-+]?\d{1,3}(,\d{3})+(\.\d+)?$/.test(text)) return Number(text.replace(/,/g, ''));
  return undefined;
}
