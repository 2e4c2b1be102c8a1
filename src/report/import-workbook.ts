/**
 * The import workbook: sheets Aanvragen, Deelnemers and Begroting with the columns of
 * src/import/columns.ts. Empty it is the template (`zk template`); filled it is an export that
 * `zk import` reads back to the same applications. Applicant text is written as text cells
 * (number format "@"), so a value like `=HYPERLINK(…)` never becomes a formula.
 */
import ExcelJS from 'exceljs';
import { COST_CATEGORIES, type Application } from '../rules/application';
import { APPLICATION_COLUMNS, COST_COLUMNS, LEGAL_FORM_CHOICES, PARTICIPANT_COLUMNS, headerOf, type Column, type ValueKind } from '../import/columns';
import { applicationToRecord, KIND_NAMES } from '../import/flat';

export const SHEET_APPLICATIONS = 'Aanvragen';
export const SHEET_PARTICIPANTS = 'Deelnemers';
export const SHEET_BUDGET = 'Begroting';
const ROWS_WITH_VALIDATION = 1000;

const KEY_COLUMN: Column = { path: ['aanvraagId'], kind: 'text', beschrijving: 'id van de aanvraag op het blad Aanvragen' };
const BUDGET_KIND_COLUMN: Column = { path: ['soort'], kind: 'text', beschrijving: 'kosten (een kostenpost) of inkomsten (gevraagd bij een andere bron)' };

export const SHEET_COLUMNS: Record<string, readonly Column[]> = {
  [SHEET_APPLICATIONS]: APPLICATION_COLUMNS,
  [SHEET_PARTICIPANTS]: [KEY_COLUMN, ...PARTICIPANT_COLUMNS],
  [SHEET_BUDGET]: [KEY_COLUMN, BUDGET_KIND_COLUMN, ...COST_COLUMNS],
};

const list = (values: readonly string[]): ExcelJS.DataValidation => ({
  type: 'list',
  allowBlank: true,
  formulae: [`"${values.join(',')}"`],
  showErrorMessage: true,
  errorTitle: 'Kies uit de lijst',
  error: `Kies een van: ${values.join(', ')}`,
});

const VALIDATIONS: Partial<Record<ValueKind, ExcelJS.DataValidation>> = {
  legalForm: list(LEGAL_FORM_CHOICES.map((c) => c.value)),
  yesNo: list(['ja', 'nee']),
  category: list(COST_CATEGORIES),
  date: { type: 'date', operator: 'greaterThan', allowBlank: true, formulae: [new Date(Date.UTC(1999, 11, 31))], showErrorMessage: true, errorTitle: 'Datum', error: 'Vul een datum in, bijvoorbeeld 1-4-2021' },
  count: { type: 'whole', operator: 'greaterThanOrEqual', allowBlank: true, formulae: [0], showErrorMessage: true, errorTitle: 'Aantal', error: 'Vul een heel getal van 0 of meer in' },
  amount: { type: 'decimal', operator: 'between', allowBlank: true, formulae: [-1e12, 1e12], showErrorMessage: true, errorTitle: 'Bedrag', error: 'Vul een bedrag in euro in' },
};

const TEXT_KINDS = new Set<ValueKind>(['text', 'kvk', 'agb', 'postcode', 'email', 'phone', 'clientGroups', 'jzojpAims']);

function numberFormat(kind: ValueKind): string | undefined {
  if (TEXT_KINDS.has(kind)) return '@';
  if (kind === 'date') return 'dd-mm-yyyy';
  if (kind === 'amount') return '€ #,##0.00';
  return undefined;
}

/** exceljs writes range validations (`D2:D1001`) but its typings only know the per-cell form. */
const rangeValidations = (sheet: ExcelJS.Worksheet) =>
  (sheet as unknown as { dataValidations: { add(range: string, validation: ExcelJS.DataValidation): void } }).dataValidations;

function addSheet(workbook: ExcelJS.Workbook, name: string, columns: readonly Column[], extraHeaders: readonly string[]): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  const headers = [...columns.map(headerOf), ...extraHeaders];
  sheet.columns = headers.map((header, i) => {
    const kind = columns[i]?.kind ?? 'text';
    const numFmt = numberFormat(kind);
    return { header, key: header, width: Math.min(40, Math.max(12, header.length + 2)), style: numFmt ? { numFmt } : {} };
  });
  const headerRow = sheet.getRow(1);
  headerRow.font = { bold: true };
  columns.forEach((column, i) => {
    const cell = headerRow.getCell(i + 1);
    cell.numFmt = '@';
    cell.note = `${column.beschrijving} (${KIND_NAMES[column.kind]})`;
    const validation = VALIDATIONS[column.kind] ?? (column === BUDGET_KIND_COLUMN ? list(['kosten', 'inkomsten']) : undefined);
    const letter = sheet.getColumn(i + 1).letter;
    if (validation) rangeValidations(sheet).add(`${letter}2:${letter}${ROWS_WITH_VALIDATION + 1}`, validation);
  });
  return sheet;
}

/** A cell value for exceljs: dates as dates, yes/no as ja/nee, text always as a string. */
function cellValue(kind: ValueKind, value: unknown): ExcelJS.CellValue {
  if (value === undefined || value === null) return null;
  if (kind === 'date' && typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return new Date(`${value}T00:00:00Z`);
  if (typeof value === 'boolean') return value ? 'ja' : 'nee';
  // An empty list is an answer ("none of these"), not an empty cell (src/import reads "geen" as []).
  if (Array.isArray(value)) return value.length ? value.join('; ') : 'geen';
  if (typeof value === 'number') return value;
  return String(value);
}

function addRow(sheet: ExcelJS.Worksheet, columns: readonly Column[], values: Record<string, unknown>, extra: Record<string, string> = {}): void {
  const row: ExcelJS.CellValue[] = columns.map((column) => cellValue(column.kind, values[headerOf(column)]));
  const extraHeaders = (sheet.getRow(1).values as ExcelJS.CellValue[]).slice(columns.length + 1).map(String);
  for (const header of extraHeaders) row.push(extra[header] ?? null);
  sheet.addRow(row);
}

/** The import workbook holding these applications (none: the empty template). */
export function buildImportWorkbook(applications: readonly Application[] = []): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'ZK Beoordeling';
  const extraHeaders = [...new Set(applications.flatMap((app) => Object.keys(app.extra ?? {})))];
  const main = addSheet(workbook, SHEET_APPLICATIONS, APPLICATION_COLUMNS, extraHeaders);
  const participants = addSheet(workbook, SHEET_PARTICIPANTS, SHEET_COLUMNS[SHEET_PARTICIPANTS], []);
  const budget = addSheet(workbook, SHEET_BUDGET, SHEET_COLUMNS[SHEET_BUDGET], []);
  const mainHeaders = APPLICATION_COLUMNS.map(headerOf);
  for (const app of applications) {
    const { values } = applicationToRecord(app, mainHeaders);
    addRow(main, APPLICATION_COLUMNS, Object.fromEntries(mainHeaders.map((h, i) => [h, unflat(app, h, values[i])])), app.extra);
    for (const d of app.deelnemers ?? []) addRow(participants, SHEET_COLUMNS[SHEET_PARTICIPANTS], { aanvraagId: app.id, ...d });
    for (const k of app.begroting?.kosten ?? []) addRow(budget, SHEET_COLUMNS[SHEET_BUDGET], { aanvraagId: app.id, soort: 'kosten', ...k });
    for (const b of app.begroting?.andereBronnen ?? []) addRow(budget, SHEET_COLUMNS[SHEET_BUDGET], { aanvraagId: app.id, soort: 'inkomsten', ...b });
  }
  return workbook;
}

/** Lists stay lists so cellValue can join them; everything else is the flat value. */
function unflat(app: Application, header: string, flat: unknown): unknown {
  if (header === 'klantgroepen') return app.klantgroepen;
  if (header === 'jzojpDoelen') return app.jzojpDoelen;
  return flat;
}
