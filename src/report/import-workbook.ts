/**
 * The import workbook: the tables Aanvragen, Deelnemers and Begroting of the one schema
 * (src/workbook/applications.ts), written with exceljs exactly as the add-in writes them. Empty it
 * is the template (`zk template`); filled it is what `zk import -o x.xlsx` writes, and `zk import`,
 * the add-in and =ZK.ELIGIBLE read it back to the same applications. Applicant text is written as
 * text cells (number format "@"), so a value like `=HYPERLINK(…)` never becomes a formula; the
 * only formula is the verdict column's =ZK.ELIGIBLE.
 */
import type ExcelJS from 'exceljs';
import type { Application } from '../rules/application';
import type { EligibilityResult } from '../rules/outcome';
import { APPLICATION_COLUMNS, COST_COLUMNS, PARTICIPANT_COLUMNS, type Column } from '../import/columns';
import { applicationTables } from '../workbook/applications';
import { SHEETS } from '../workbook/names';
import { sheetFromSpec } from './workbook-model';
import { buildExcelWorkbook } from './write-xlsx';

export const SHEET_APPLICATIONS = SHEETS.aanvragen;
export const SHEET_PARTICIPANTS = SHEETS.deelnemers;
export const SHEET_BUDGET = SHEETS.begroting;

const KEY_COLUMN: Column = { path: ['aanvraagId'], kind: 'text', beschrijving: 'id van de aanvraag op het blad Aanvragen' };
const BUDGET_KIND_COLUMN: Column = { path: ['soort'], kind: 'text', beschrijving: 'kosten (een kostenpost) of inkomsten (gevraagd bij een andere bron)' };

/** The import columns per sheet, with their descriptions (the template's Toelichting sheet). */
export const SHEET_COLUMNS: Record<string, readonly Column[]> = {
  [SHEET_APPLICATIONS]: APPLICATION_COLUMNS,
  [SHEET_PARTICIPANTS]: [KEY_COLUMN, ...PARTICIPANT_COLUMNS],
  [SHEET_BUDGET]: [KEY_COLUMN, BUDGET_KIND_COLUMN, ...COST_COLUMNS],
};

/** The import workbook holding these applications (none: the empty template). `toetsing` gives the verdict column its cached value. */
export function buildImportWorkbook(applications: readonly Application[] = [], toetsing: readonly EligibilityResult[] = []): ExcelJS.Workbook {
  return buildExcelWorkbook({
    titel: 'Aanvragen',
    maker: 'ZK Beoordeling',
    gemaakt: '',
    bladen: applicationTables(applications, toetsing).map((spec) => sheetFromSpec(spec, { leegTekst: '' })),
  });
}
