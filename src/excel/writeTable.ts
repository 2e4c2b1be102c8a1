/**
 * Writes a model table as an Excel table: text format before values (applicant text stays text;
 * the format comes from a cell style per column kind, set on the whole column first),
 * € and date formats, frozen header, widths, data validation, conditional formatting; data in
 * chunks whose requests stay under the 5 MB limit; the number of syncs does not depend on the
 * number of rows, only (through the limit) on the bytes.
 */
import { ACTION_OVERHEAD_BYTES, RequestBudget, jsonBytes, payloadBytes } from './budget';
import { type Cell, numberFormatFor, styleFor, toCell } from '../workbook/cells';
import { inspectWorkbook, type WorkbookInspection } from './inspect';
import type { CellInput, ColumnKind, ColumnSpec, Highlight, TableSpec, Validation } from '../workbook/types';
import type { XlContext, XlRange, XlWorksheet } from './office-api';

/** Rows are sent in pieces of about this size, so a flush never has to split a piece. */
const CHUNK_TARGET_BYTES = 512 * 1024;
const POINTS_PER_CHARACTER = 7;
const TABLE_STYLE = 'TableStyleMedium2';

export interface TableWriteResult {
  rows: number;
  truncatedCells: number;
}

export function getOrAddSheet(context: XlContext, inspection: WorkbookInspection, name: string): XlWorksheet {
  if (inspection.hasSheet(name)) return context.workbook.worksheets.getItem(name);
  inspection.sheetCreated(name);
  return context.workbook.worksheets.add(name);
}

/** Removes content, formats, validation and conditional formats of a sheet we own entirely. */
export function queueSheetReset(context: XlContext, inspection: WorkbookInspection, sheet: string, tables: readonly string[]): void {
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
  /** Cells whose value needs another format than the column's style (e.g. text in a date column). */
  exceptions: { row: number; col: number; numberFormat: string }[];
  bytes: number;
}

function* chunks(columns: readonly ColumnSpec[], rows: readonly (readonly CellInput[])[], counter: { truncated: number }): Generator<Chunk> {
  const empty = (start: number): Chunk => ({ start, values: [], exceptions: [], bytes: ACTION_OVERHEAD_BYTES });
  const columnFormats = columns.map((c) => numberFormatFor(c.kind));
  let current = empty(0);
  for (let i = 0; i < rows.length; i++) {
    const cells = cellsOf(columns, rows[i]);
    const values = cells.map((c) => c.value);
    let bytes = jsonBytes(values) + 1;
    if (current.values.length > 0 && current.bytes + bytes > CHUNK_TARGET_BYTES) {
      yield current;
      current = empty(i);
    }
    cells.forEach((cell, col) => {
      if (cell.truncated) counter.truncated += 1;
      if (cell.numberFormat !== columnFormats[col]) {
        current.exceptions.push({ row: i, col, numberFormat: cell.numberFormat });
        bytes += ACTION_OVERHEAD_BYTES;
      }
    });
    current.values.push(values);
    current.bytes += bytes;
  }
  if (current.values.length > 0) yield current;
}

/**
 * Makes sure the "ZK <kind>" cell styles exist and carry only their number format (a user may
 * have changed one: the format is set again every time; it is a few bytes).
 */
export function queueStyles(context: XlContext, inspection: WorkbookInspection, kinds: readonly ColumnKind[]): void {
  for (const kind of new Set(kinds)) {
    const name = styleFor(kind);
    if (inspection.stylesConfigured.has(name)) continue;
    inspection.stylesConfigured.add(name);
    if (!inspection.hasStyle(name)) {
      context.workbook.styles.add(name);
      inspection.styleCreated(name);
    }
    const style = context.workbook.styles.getItem(name);
    style.includeNumber = true;
    style.includeFont = false;
    style.includePatterns = false;
    style.includeBorder = false;
    style.includeAlignment = false;
    style.includeProtection = false;
    style.numberFormat = numberFormatFor(kind);
  }
}

/** Queues one chunk: exceptional formats, then values (formats are always set before values). */
function queueChunk(sheet: XlWorksheet, chunk: Chunk, firstRow: number, c0: number, width: number): void {
  for (const cell of chunk.exceptions) {
    sheet.getRangeByIndexes(firstRow + cell.row, c0 + cell.col, 1, 1).numberFormat = [[cell.numberFormat]];
  }
  sheet.getRangeByIndexes(firstRow + chunk.start, c0, chunk.values.length, width).values = chunk.values;
}

/** Sets each column's style over `rows` rows starting at `firstRow`: one action per column. */
function queueColumnStyles(sheet: XlWorksheet, columns: readonly ColumnSpec[], firstRow: number, c0: number, rows: number): void {
  columns.forEach((column, i) => {
    sheet.getRangeByIndexes(firstRow, c0 + i, rows, 1).style = styleFor(column.kind);
  });
}

function validationRule(validation: Validation): Excel.DataValidationRule {
  if (validation.type === 'wholeNumber') {
    return { wholeNumber: { formula1: validation.min, formula2: validation.max, operator: 'Between' as Excel.DataValidationOperator } };
  }
  if (validation.type === 'decimal') {
    return { decimal: { formula1: validation.min, formula2: validation.max, operator: 'Between' as Excel.DataValidationOperator } };
  }
  if (validation.type === 'date') {
    return { date: { formula1: validation.after, operator: 'GreaterThan' as Excel.DataValidationOperator } };
  }
  return { list: { inCellDropDown: true, source: validation.values.join(',') } };
}

function queueHighlight(range: XlRange, highlight: Highlight): void {
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
  context: XlContext,
  inspection: WorkbookInspection,
  spec: TableSpec,
  budget: RequestBudget,
): Promise<TableWriteResult> {
  const { row: r0, col: c0 } = spec.origin ?? { row: 0, col: 0 };
  const width = spec.columns.length;
  const sheet = getOrAddSheet(context, inspection, spec.sheet);
  const headers = spec.columns.map((c) => c.header);
  const bodyRows = Math.max(spec.rows.length, 1);
  await budget.reserve(payloadBytes(headers) + (width + 10) * 2 * 1_000);
  queueStyles(context, inspection, ['text', ...spec.columns.map((c) => c.kind)]);
  const headerRange = sheet.getRangeByIndexes(r0, c0, 1, width);
  headerRange.style = styleFor('text');
  headerRange.values = [headers];
  // Formats first: a text-styled cell keeps "=HYPERLINK(…)", "+31…", "-…", "@…" as text.
  // (Excel gives an empty new table one data row; it gets the column formats too.)
  queueColumnStyles(sheet, spec.columns, r0 + 1, c0, bodyRows);

  const counter = { truncated: 0 };
  // A formula column gets its formula below; the value a file would carry is not written.
  const formulaColumns = (spec.formulas ?? []).map((f) => ({ at: headers.indexOf(f.header), formula: f.formula })).filter((f) => f.at >= 0);
  const rows = formulaColumns.length ? spec.rows.map((row) => row.map((v, i) => (formulaColumns.some((f) => f.at === i) ? null : v))) : spec.rows;
  for (const chunk of chunks(spec.columns, rows, counter)) {
    await budget.reserve(chunk.bytes);
    queueChunk(sheet, chunk, r0 + 1, c0, width);
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
  for (const { at, formula } of formulaColumns) {
    if (spec.rows.length === 0) continue;
    await budget.reserve(ACTION_OVERHEAD_BYTES + (jsonBytes(formula) + 3) * spec.rows.length);
    sheet.getRangeByIndexes(r0 + 1, c0 + at, spec.rows.length, 1).formulas = spec.rows.map(() => [formula]);
  }
  if (spec.freezeHeader ?? r0 === 0) sheet.freezePanes.freezeRows(r0 + 1);
  return { rows: spec.rows.length, truncatedCells: counter.truncated };
}

/**
 * Appends rows under an existing table (formats first, then values) and resizes the table over
 * them. `dataRows` is the table's current number of data rows (read in an earlier sync).
 */
export async function queueAppendRows(
  context: XlContext,
  inspection: WorkbookInspection,
  spec: TableSpec,
  dataRows: number,
  budget: RequestBudget,
): Promise<TableWriteResult> {
  const { row: r0, col: c0 } = spec.origin ?? { row: 0, col: 0 };
  const width = spec.columns.length;
  const sheet = context.workbook.worksheets.getItem(spec.sheet);
  const counter = { truncated: 0 };
  if (spec.rows.length === 0) return { rows: 0, truncatedCells: 0 };
  await budget.reserve((width + 10) * 2 * 1_000);
  queueStyles(context, inspection, spec.columns.map((c) => c.kind));
  queueColumnStyles(sheet, spec.columns, r0 + 1 + dataRows, c0, spec.rows.length);
  for (const chunk of chunks(spec.columns, spec.rows, counter)) {
    await budget.reserve(chunk.bytes);
    queueChunk(sheet, chunk, r0 + 1 + dataRows, c0, width);
  }
  await budget.reserve(1_000);
  context.workbook.tables.getItem(spec.table).resize(sheet.getRangeByIndexes(r0, c0, 1 + dataRows + spec.rows.length, width));
  return { rows: spec.rows.length, truncatedCells: counter.truncated };
}

/** Replaces whole sheets by the given tables: one inspection sync, the writes, one closing sync. */
export async function writeTables(
  context: XlContext,
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
export async function writeTable(context: XlContext, spec: TableSpec): Promise<TableWriteResult> {
  const [result] = await writeTables(context, [spec]);
  return result;
}
