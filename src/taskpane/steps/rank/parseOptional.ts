/** "" → undefined (no limit); a decimal comma is accepted. */
export function parseOptional(value: string): number | undefined {
  const n = Number(value.replace(',', '.'));
  return value.trim() === '' || !Number.isFinite(n) ? undefined : n;
}
