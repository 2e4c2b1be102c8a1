/** Reading tables back: header → value records, empty rows left out. */
import type { CellValue, TableData } from './types';
import type { XlContext } from './office-api';

export function toTableData(values: readonly (readonly unknown[])[]): TableData {
  const [headerRow = [], ...body] = values;
  const headers = headerRow.map((h) => String(h ?? ''));
  const numbered = body
    .map((row, i) => ({ row: row.map((v) => (v === null || v === undefined ? '' : (v as CellValue))), number: i + 2 }))
    .filter(({ row }) => row.some((v) => v !== ''));
  const rows = numbered.map((n) => n.row);
  const records = rows.map((row) => Object.fromEntries(headers.map((h, i) => [h, row[i] ?? ''])));
  return { headers, rows, records, rowNumbers: numbered.map((n) => n.number) };
}

/** Queues the load of an existing table's values (and its sheet's name); read after the next sync. */
export function queueTableRead(context: XlContext, name: string): { read(): TableData; sheet(): string } {
  const table = context.workbook.tables.getItem(name);
  const range = table.getRange();
  range.load('values');
  // A navigation property, not a value: it needs no load of its own.
  // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read
  const worksheet = table.worksheet;
  worksheet.load('name');
  // read() and sheet() are called after the caller's sync, which the rule cannot see.
  // eslint-disable-next-line office-addins/call-sync-after-load, office-addins/call-sync-before-read
  return { read: () => toTableData(range.values), sheet: () => worksheet.name };
}

/** Index of a header, case- and space-insensitive; -1 when absent. */
export function headerIndex(headers: readonly string[], header: string): number {
  const wanted = header.trim().toLowerCase();
  return headers.findIndex((h) => h.trim().toLowerCase() === wanted);
}
