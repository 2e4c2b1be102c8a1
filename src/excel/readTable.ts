/** Reading tables back through Office.js; the pure part (values → records) is src/workbook's. */
import { toTableData } from '../workbook/tableData';
import type { TableData } from '../workbook/types';
import type { XlContext } from './office-api';

export { toTableData };

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
