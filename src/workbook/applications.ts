/**
 * The tables Aanvragen, Deelnemers and Begroting: one row per application, per participant and
 * per budget line, with the columns of the import (src/import/columns.ts, headers as in the import
 * template). The add-in, `zk import -o x.xlsx` and `zk template` write them alike, and every
 * reader (the add-in, `zk`, =ZK.ELIGIBLE) reads them through the import's one column mapping.
 * The table names are short because assessors type them in formulas.
 */
import { COST_CATEGORIES, type Application } from '../rules/application';
import type { EligibilityResult } from '../rules/outcome';
import { COMPUTED_HEADERS, COST_COLUMNS, LEGAL_FORM_CHOICES, APPLICATION_COLUMNS as IMPORT_COLUMNS, PARTICIPANT_COLUMNS as IMPORT_PARTICIPANT_COLUMNS, headerOf, type Column, type ValueKind } from '../import/columns';
import { KIND_NAMES, applicationToRecord, type FlatValue } from '../import/flat';
import type { ImportResult } from '../import/result';
import { assembleSheets, type Sheet } from '../import/tables';
import { ELIGIBILITY_HIGHLIGHTS } from './colours';
import { SHEETS, TABLES } from './names';
import type { CellInput, ColumnKind, ColumnSpec, TableSpec, Validation } from './types';

/** The header of the verdict column (a formula; every reader skips it). */
export const VERDICT_HEADER = COMPUTED_HEADERS[0];
export const KEY_HEADER = 'aanvraagId';
export const BUDGET_KIND_HEADER = 'soort';
export const BUDGET_KINDS = ['kosten', 'inkomsten'] as const;

const KIND_OF: Record<ValueKind, ColumnKind> = {
  text: 'text',
  kvk: 'text',
  agb: 'text',
  postcode: 'text',
  email: 'text',
  phone: 'text',
  clientGroups: 'text',
  jzojpAims: 'text',
  legalForm: 'text',
  category: 'text',
  amount: 'euro',
  count: 'number',
  number: 'decimal4',
  yesNo: 'boolean',
  date: 'date',
};

const list = (values: readonly string[]): Validation => ({ type: 'list', values, message: `Kies een van: ${values.join(', ')}.` });
const VALIDATION_OF: Partial<Record<ValueKind, Validation>> = {
  legalForm: list(LEGAL_FORM_CHOICES.map((c) => c.value)),
  yesNo: list(['ja', 'nee']),
  category: list(COST_CATEGORIES),
  date: { type: 'date', after: '1999-12-31', message: 'Vul een datum in, bijvoorbeeld 1-4-2021.' },
  count: { type: 'wholeNumber', min: 0, max: 1e9, message: 'Vul een heel getal van 0 of meer in.' },
  amount: { type: 'decimal', min: -1e12, max: 1e12, message: 'Vul een bedrag in euro in.' },
};

function specOf(column: Column): ColumnSpec {
  const header = headerOf(column);
  const validation = VALIDATION_OF[column.kind];
  return {
    header,
    kind: KIND_OF[column.kind],
    width: Math.min(40, Math.max(12, header.length + 2)),
    owner: 'invoer',
    description: `${column.beschrijving} (${KIND_NAMES[column.kind]})`,
    ...(validation ? { validation } : {}),
  };
}

const keyColumn: ColumnSpec = { header: KEY_HEADER, kind: 'text', width: 14, owner: 'invoer', description: 'id van de aanvraag op het blad Aanvragen (tekst)' };
export const PARTICIPANT_COLUMNS: readonly ColumnSpec[] = [keyColumn, ...IMPORT_PARTICIPANT_COLUMNS.map(specOf)];
export const BUDGET_COLUMNS: readonly ColumnSpec[] = [keyColumn, { header: BUDGET_KIND_HEADER, kind: 'text', width: 12, owner: 'invoer', validation: list(BUDGET_KINDS), description: 'kosten (een kostenpost) of inkomsten (gevraagd bij een andere bron)' }, ...COST_COLUMNS.map(specOf)];

/** The live verdict: =ZK.ELIGIBLE over the row, its participants and its budget lines. */
const VERDICT_COLUMN: ColumnSpec = { header: VERDICT_HEADER, kind: 'formula', width: 14, owner: 'programma', highlights: ELIGIBILITY_HIGHLIGHTS };

/** The Aanvragen columns: every import column, then the extra keys the applications carry, then the verdict. */
export function applicationColumns(extraHeaders: readonly string[] = []): ColumnSpec[] {
  return [...IMPORT_COLUMNS.map(specOf), ...extraHeaders.map((header): ColumnSpec => ({ header, kind: 'text', width: Math.min(30, Math.max(12, header.length + 2)), owner: 'invoer' })), VERDICT_COLUMN];
}

/** A name in a structured reference: `[`, `]`, `#` and `'` are escaped with `'`. */
const refName = (header: string): string => header.replace(/['[\]#]/g, (c) => `'${c}`);

/**
 * =ZK.ELIGIBLE for this row, in Excel's invariant form. The row's range stops before the verdict
 * column itself (a formula reading its own cell would be circular).
 */
export function verdictFormula(columns: readonly ColumnSpec[]): string {
  const first = refName(columns[0].header);
  const last = refName(columns[columns.length - 2].header);
  const span = `[${first}]:[${last}]`;
  return `=ZK.ELIGIBLE(${TABLES.aanvragen}[[#Headers],${span}],${TABLES.aanvragen}[[#This Row],${span}],${TABLES.deelnemers}[#All],${TABLES.begroting}[#All])`;
}

const cell = (value: FlatValue | undefined): CellInput => (value === undefined ? null : value);

const VERDICT_RESULT: Record<EligibilityResult['status'], CellInput> = { geschikt: true, 'niet geschikt': false, onvolledig: '#N/A' };

/**
 * The three tables holding these applications. `toetsing` (when known) gives the verdict column
 * the value a file shows before Excel recalculates: WAAR, ONWAAR or #N/B, as =ZK.ELIGIBLE gives.
 */
export function applicationTables(applications: readonly Application[], toetsing: readonly EligibilityResult[] = []): TableSpec[] {
  const extras = [...new Set(applications.flatMap((a) => Object.keys(a.extra ?? {})))];
  const columns = applicationColumns(extras);
  const headers = columns.slice(0, -1).map((c) => c.header);
  const verdicts = new Map(toetsing.map((r) => [r.id, VERDICT_RESULT[r.status]]));
  const rows = applications.map((a) => [...applicationToRecord(a, headers).values.map(cell), verdicts.get(a.id) ?? null]);
  const participants = applications.flatMap((a) => (a.deelnemers ?? []).map((d) => [a.id, ...IMPORT_PARTICIPANT_COLUMNS.map((c) => cell(lineValue(d, c)))]));
  const budget = applications.flatMap((a) => [
    ...(a.begroting?.kosten ?? []).map((k) => [a.id, 'kosten', ...COST_COLUMNS.map((c) => cell(lineValue(k, c)))]),
    ...(a.begroting?.andereBronnen ?? []).map((b) => [a.id, 'inkomsten', ...COST_COLUMNS.map((c) => cell(lineValue(b, c)))]),
  ]);
  return [
    { sheet: SHEETS.aanvragen, table: TABLES.aanvragen, columns, rows, formulas: [{ header: VERDICT_HEADER, formula: verdictFormula(columns) }] },
    { sheet: SHEETS.deelnemers, table: TABLES.deelnemers, columns: PARTICIPANT_COLUMNS, rows: participants },
    { sheet: SHEETS.begroting, table: TABLES.begroting, columns: BUDGET_COLUMNS, rows: budget },
  ];
}

function lineValue(line: object, column: Column): FlatValue | undefined {
  const value = (line as Record<string, unknown>)[column.path[column.path.length - 1]];
  if (value === undefined || value === null) return undefined;
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? value : String(value);
}

/** A table as read from a sheet: its rows of cell values, the header row first. */
export type SheetValues = readonly (readonly unknown[])[];

const asSheet = (bestand: string, blad: string, values: SheetValues): Sheet => ({ bestand, blad, rows: values.map((row, i) => ({ rij: i + 1, values: [...row] })) });

/**
 * Applications from the three tables as read from a workbook (either host): the Aanvragen rows,
 * with the participants and budget lines that name their id. Problems name sheet, row and field.
 */
export function applicationsFromTables(bestand: string, tables: { aanvragen: SheetValues; deelnemers?: SheetValues; begroting?: SheetValues }): ImportResult {
  const sheets = [asSheet(bestand, SHEETS.aanvragen, tables.aanvragen)];
  if (tables.deelnemers) sheets.push(asSheet(bestand, SHEETS.deelnemers, tables.deelnemers));
  if (tables.begroting) sheets.push(asSheet(bestand, SHEETS.begroting, tables.begroting));
  return assembleSheets(sheets);
}

/**
 * One application from its row (with the header row) and the participants and budget tables
 * (with their headers): what =ZK.ELIGIBLE reads. Only the lines with this row's id are taken.
 */
export function applicationFromRow(headers: readonly unknown[], row: readonly unknown[], deelnemers: SheetValues = [], begroting: SheetValues = []): ImportResult {
  const id = (values: SheetValues): ((line: readonly unknown[]) => boolean) => {
    const at = (values[0] ?? []).findIndex((h) => String(h ?? '').trim().toLowerCase() === KEY_HEADER.toLowerCase());
    const own = String(row[headers.findIndex((h) => ['id', 'aanvraag', 'aanvraagid'].includes(String(h ?? '').trim().toLowerCase()))] ?? '').trim();
    return (line) => at >= 0 && String(line[at] ?? '').trim() === own;
  };
  const ownLines = (values: SheetValues): SheetValues => (values.length ? [values[0], ...values.slice(1).filter(id(values))] : []);
  return applicationsFromTables('werkblad', { aanvragen: [headers, row], deelnemers: ownLines(deelnemers), begroting: ownLines(begroting) });
}
