/**
 * Writes a model table as an Excel table: text format before values (applicant text stays text),
 * € and date formats, frozen header, widths, data validation, conditional formatting; data in
 * chunks whose requests stay under the 5 MB limit; the number of syncs does not depend on the
 * number of rows, only (through the limit) on the bytes.
 */
import { ACTION_OVERHEAD_BYTES, RequestBudget, jsonBytes, payloadBytes } from './budget';
import { type Cell, toCell, TEXT_FORMAT } from './cells';
import { inspectWorkbook, type WorkbookInspection } from './inspect';
import type { CellInput, ColumnSpec, Highlight, TableSpec, Validation } from './types';

/** Rows are sent in pieces of about this size, so a flush never has to split a piece. */
const CHUNK_TARGET_BYTES = 512 * 1024;
const POINTS_PER_CHARACTER = 7;
const TABLE_STYLE = 'TableStyleMedium2';

export interface TableWriteResult {
  rows: number;
  truncatedCells: number;
}

export function getOrAddSheet(context: Excel.RequestContext, inspection: WorkbookInspection, name: string): Excel.Worksheet {
  if (inspection.hasSheet(name)) return context.workbook.worksheets.getItem(name);
  inspection.sheetCreated(name);
  return context.workbook.worksheets.add(name);
}

/** Removes content, formats, validation and conditional formats of a sheet we own entirely. */
export function queueSheetReset(context: Excel.RequestContext, inspection: WorkbookInspection, sheet: string, tables: readonly string[]): void {
  for (const table of tables) {
    if (inspection.hasTable(table)) context.workbook.tables.getItem(table).delete();
  }
  if (!inspection.hasSheet(sheet)) return;
  const all = context.workbook.worksheets.getItem(sheet).getRange();
  all.conditionalFormats.clearAll();
  all.dataValidation.clear();
  all.clear('All' as Excel.ClearApplyTo);
}

function cellsOf(columns: readonly ColumnSpec[], row: readonly CellInput[]): Cell[] {
  return columns.map((column, i) => toCell(column.kind, row[i]));
}

interface Chunk {
  start: number;
  values: (string | number)[][];
  formats: string[][];
  bytes: number;
}

function* chunks(columns: readonly ColumnSpec[], rows: readonly (readonly CellInput[])[], counter: { truncated: number }): Generator<Chunk> {
  const empty = (start: number): Chunk => ({ start, values: [], formats: [], bytes: 2 * ACTION_OVERHEAD_BYTES });
  let current = empty(0);
  for (let i = 0; i < rows.length; i++) {
    const cells = cellsOf(columns, rows[i]);
    counter.truncated += cells.filter((c) => c.truncated).length;
    const values = cells.map((c) => c.value);
    const formats = cells.map((c) => c.numberFormat);
    const bytes = jsonBytes(values) + jsonBytes(formats) + 2;
    if (current.values.length > 0 && current.bytes + bytes > CHUNK_TARGET_BYTES) {
      yield current;
      current = empty(i);
    }
    current.values.push(values);
    current.formats.push(formats);
    current.bytes += bytes;
  }
  if (current.values.length > 0) yield current;
}

function validationRule(validation: Validation): Excel.DataValidationRule {
  if (validation.type === 'wholeNumber') {
    return { wholeNumber: { formula1: validation.min, formula2: validation.max, operator: 'Between' as Excel.DataValidationOperator } };
  }
  return { list: { inCellDropDown: true, source: validation.values.join(',') } };
}

function queueHighlight(range: Excel.Range, highlight: Highlight): void {
  const format = range.conditionalFormats.add('CellValue' as Excel.ConditionalFormatType);
  format.cellValue.format.fill.color = highlight.fill;
  if (highlight.font) format.cellValue.format.font.color = highlight.font;
  format.cellValue.rule =
    'equals' in highlight
      ? { formula1: `="${highlight.equals.replace(/"/g, '""')}"`, operator: 'EqualTo' }
      : { formula1: String(highlight.atLeast), operator: 'GreaterThanOrEqual' };
}

/** Queues the header, the data (flushing through `budget` when needed), the table and its formatting. */
export async function queueTable(
  context: Excel.RequestContext,
  inspection: WorkbookInspection,
  spec: TableSpec,
  budget: RequestBudget,
): Promise<TableWriteResult> {
  const { row: r0, col: c0 } = spec.origin ?? { row: 0, col: 0 };
  const width = spec.columns.length;
  const sheet = getOrAddSheet(context, inspection, spec.sheet);
  const headers = spec.columns.map((c) => c.header);
  await budget.reserve(payloadBytes(headers) * 2);
  const headerRange = sheet.getRangeByIndexes(r0, c0, 1, width);
  headerRange.numberFormat = [headers.map(() => TEXT_FORMAT)];
  headerRange.values = [headers];

  const counter = { truncated: 0 };
  for (const chunk of chunks(spec.columns, spec.rows, counter)) {
    await budget.reserve(chunk.bytes);
    const range = sheet.getRangeByIndexes(r0 + 1 + chunk.start, c0, chunk.values.length, width);
    // Format first: a text-formatted cell keeps "=HYPERLINK(…)", "+31…", "-…", "@…" as text.
    range.numberFormat = chunk.formats;
    range.values = chunk.values;
  }

  const bodyRows = Math.max(spec.rows.length, 1);
  if (spec.rows.length === 0) {
    // Excel gives a new table one empty data row; format it like the column so typing is safe.
    const formats = [spec.columns.map((c) => toCell(c.kind, null).numberFormat)];
    await budget.reserve(payloadBytes(formats));
    sheet.getRangeByIndexes(r0 + 1, c0, 1, width).numberFormat = formats;
  }
  await budget.reserve(2_000 + width * 600);
  const table = sheet.tables.add(sheet.getRangeByIndexes(r0, c0, 1 + bodyRows, width), true);
  table.name = spec.table;
  table.style = TABLE_STYLE;
  spec.columns.forEach((column, i) => {
    if (column.width) sheet.getRangeByIndexes(r0, c0 + i, 1, 1).format.columnWidth = column.width * POINTS_PER_CHARACTER;
    const body = sheet.getRangeByIndexes(r0 + 1, c0 + i, bodyRows, 1);
    if (column.validation) {
      body.dataValidation.rule = validationRule(column.validation);
      body.dataValidation.errorAlert = { showAlert: true, style: 'Stop' as Excel.DataValidationAlertStyle, title: 'Ongeldige invoer', message: column.validation.message };
    }
    for (const highlight of column.highlights ?? []) queueHighlight(body, highlight);
  });
  if (spec.freezeHeader ?? r0 === 0) sheet.freezePanes.freezeRows(r0 + 1);
  return { rows: spec.rows.length, truncatedCells: counter.truncated };
}

/**
 * Appends rows under an existing table (formats first, then values) and resizes the table over
 * them. `dataRows` is the table's current number of data rows (read in an earlier sync).
 */
export async function queueAppendRows(
  context: Excel.RequestContext,
  spec: TableSpec,
  dataRows: number,
  budget: RequestBudget,
): Promise<TableWriteResult> {
  const { row: r0, col: c0 } = spec.origin ?? { row: 0, col: 0 };
  const width = spec.columns.length;
  const sheet = context.workbook.worksheets.getItem(spec.sheet);
  const counter = { truncated: 0 };
  for (const chunk of chunks(spec.columns, spec.rows, counter)) {
    await budget.reserve(chunk.bytes);
    const range = sheet.getRangeByIndexes(r0 + 1 + dataRows + chunk.start, c0, chunk.values.length, width);
    range.numberFormat = chunk.formats;
    range.values = chunk.values;
  }
  if (spec.rows.length > 0) {
    await budget.reserve(1_000);
    context.workbook.tables.getItem(spec.table).resize(sheet.getRangeByIndexes(r0, c0, 1 + dataRows + spec.rows.length, width));
  }
  return { rows: spec.rows.length, truncatedCells: counter.truncated };
}

/** Replaces whole sheets by the given tables: one inspection sync, the writes, one closing sync. */
export async function writeTables(
  context: Excel.RequestContext,
  specs: readonly TableSpec[],
  options: { inspection?: WorkbookInspection; budget?: RequestBudget } = {},
): Promise<TableWriteResult[]> {
  const inspection = options.inspection ?? (await inspectWorkbook(context));
  const budget = options.budget ?? new RequestBudget(context, undefined, () => context.application.suspendApiCalculationUntilNextSync());
  const sheets = [...new Set(specs.map((s) => s.sheet))];
  for (const sheet of sheets) {
    await budget.reserve(1_000);
    queueSheetReset(context, inspection, sheet, specs.filter((s) => s.sheet === sheet).map((s) => s.table));
  }
  const results: TableWriteResult[] = [];
  for (const spec of specs) results.push(await queueTable(context, inspection, spec, budget));
  await budget.sync();
  return results;
}

/** The generic writer for one table on a sheet of its own. */
export async function writeTable(context: Excel.RequestContext, spec: TableSpec): Promise<TableWriteResult> {
  const [result] = await writeTables(context, [spec]);
  return result;
}
