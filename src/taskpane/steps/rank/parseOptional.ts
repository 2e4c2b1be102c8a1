import { readDecimal } from '../../../rules/dutch-number';

/** "" → undefined (no limit); a decimal comma is accepted. */
export function parseOptional(value: string): number | undefined {
  return readDecimal(value);
}
