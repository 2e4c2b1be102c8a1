/** Reading tables back through Office.js; the pure part (values → records) is src/workbook's. */
import { toTableData } from '../workbook/tableData';
import type { TableData } from '../workbook/types';

export { toTableData };

/** Queues the load of an existing table's values (and its sheet's name); read after the next sync. */
export function queueTableRead(context: Excel.RequestContext, name: string): { read(): TableData; sheet(): string } {
  const table = context.workbook.tables.getItem(name);
  const range = table.getRange();
  range.load('values');
  const worksheet = table.worksheet;
  worksheet.load('name');
  return { read: () => toTableData(range.values), sheet: () => worksheet.name };
}
