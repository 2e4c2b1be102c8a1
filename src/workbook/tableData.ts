/** A table as read from either host: header → value records, empty rows left out. */
import type { CellValue, TableData } from './types';

export function toTableData(values: readonly (readonly unknown[])[]): TableData {
  const [headerRow = [], ...body] = values;
  const headers = headerRow.map((h) => String(h ?? ''));
  const numbered = body
    .map((row, i) => ({ row: row.map(cellValueOf), number: i + 2 }))
    .filter(({ row }) => row.some((v) => v !== ''));
  const rows = numbered.map((n) => n.row);
  const records = rows.map((row) => Object.fromEntries(headers.map((h, i) => [h, row[i] ?? ''])));
  return { headers, rows, records, rowNumbers: numbered.map((n) => n.number) };
}

/** A cell as the workbook layer sees it: text, number or boolean; empty (and anything else) as ''. */
function cellValueOf(value: unknown): CellValue {
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return value === null || value === undefined ? '' : String(value);
}

/** Index of a header, case- and space-insensitive; -1 when absent. */
export function headerIndex(headers: readonly string[], header: string): number {
  const wanted = header.trim().toLowerCase();
  return headers.findIndex((h) => h.trim().toLowerCase() === wanted);
}
