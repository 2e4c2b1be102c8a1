/**
 * Reads some columns of an existing table by header, in two steps: the header row first, then
 * only the columns found. A column a user renamed or deleted is reported as missing instead of
 * failing the whole action, and nothing else of the table travels over the wire.
 */
import { headerIndex } from '../workbook/tableData';
import type { XlContext, XlRange } from './office-api';

export interface ColumnRead {
  /** Values per requested header, as text exactly as typed; null when the table has no such column. */
  columns: Record<string, string[] | null>;
  missing: string[];
}

export interface ColumnReader {
  /** After the first sync: queue the loads of the columns found. */
  loadColumns(): void;
  /** After the second sync. */
  read(): ColumnRead;
}

export function columnReader(context: XlContext, table: string, headers: readonly string[]): ColumnReader {
  const target = context.workbook.tables.getItem(table);
  const headerRow = target.getHeaderRowRange();
  headerRow.load('values');
  const body = target.getDataBodyRange();
  let ranges: (XlRange | null)[] = [];
  return {
    loadColumns() {
      const present = (headerRow.values[0] ?? []).map((h) => String(h));
      ranges = headers.map((header) => {
        const at = headerIndex(present, header);
        if (at < 0) return null;
        const range = body.getColumn(at);
        range.load('values');
        return range;
      });
    },
    read() {
      const columns: Record<string, string[] | null> = {};
      const missing: string[] = [];
      headers.forEach((header, i) => {
        const range = ranges[i];
        if (!range) missing.push(header);
        columns[header] = range ? range.values.map((row) => String(row[0] ?? '')) : null;
      });
      return { columns, missing };
    },
  };
}
