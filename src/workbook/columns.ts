/**
 * A column of a sheet and how to get its value from the model: sheets and readers are derived
 * from one list per sheet, so a header is spelled once.
 */
import type { CellInput, ColumnSpec } from './types';

export interface ColumnDef<T> extends ColumnSpec {
  value: (item: T) => CellInput;
}

export function specsOf<T>(defs: readonly ColumnDef<T>[]): ColumnSpec[] {
  return defs.map(({ value: _value, ...spec }) => spec);
}

export function rowsOf<T>(defs: readonly ColumnDef<T>[], items: readonly T[]): CellInput[][] {
  return items.map((item) => defs.map((d) => d.value(item)));
}

export const join = (values: readonly string[] | undefined): string => (values ?? []).join('; ');
