/**
 * The module input tables Praktijken and Therapeuten: one row per practice and one per person,
 * with the columns of the import (src/import/module-columns.ts). `zk template --module vv` writes
 * them empty, the add-in's Modules step and `=ZK.VV.ELIGIBLE` read them, and every reader goes
 * through the import's one column mapping. The table names equal the sheet names because
 * analysts type them in formulas (=ZK.VV.ELIGIBLE(Praktijken[#Headers]; …)).
 */
import { MODULE_SHEETS, PRAKTIJK_COLUMNS, THERAPEUT_COLUMNS, type ModuleColumn, type ModuleValueKind } from '../import/module-columns';
import { readModuleSheet } from '../import/modules';
import type { Sheet } from '../import/tables';
import type { Praktijk, Therapeut } from '../rules/modules/records';
import type { Problem } from '../rules/outcome';
import type { SheetValues } from './applications';
import type { CellInput, ColumnKind, ColumnSpec, TableSpec, Validation } from './types';

export const MODULE_INPUT_SHEETS = MODULE_SHEETS;
export const MODULE_INPUT_TABLES = { praktijken: 'Praktijken', therapeuten: 'Therapeuten' } as const;

const KIND_OF: Record<ModuleValueKind, ColumnKind> = { agb: 'text', text: 'text', date: 'date', yesNo: 'boolean', count: 'number', choice: 'text', months: 'text' };

/** What each kind of value looks like, for the header note and the template's Toelichting. */
export const MODULE_KIND_NAMES: Record<ModuleValueKind, string> = {
  agb: 'AGB-code, 8 cijfers',
  text: 'tekst',
  date: 'datum, bijvoorbeeld 1-3-2024',
  yesNo: 'ja of nee',
  count: 'heel getal',
  choice: 'keuze uit de lijst',
  months: 'maanden, bijvoorbeeld 2024-03; 2024-04 of 2024-03 t/m 2025-02',
};

const list = (values: readonly string[]): Validation => ({ type: 'list', values, message: `Kies een van: ${values.join(', ')}.` });

function validationOf(column: ModuleColumn): Validation | undefined {
  if (column.kind === 'yesNo') return list(['ja', 'nee']);
  if (column.kind === 'choice') return list((column.choices ?? []).map((c) => c.value));
  if (column.kind === 'count') return { type: 'wholeNumber', min: 0, max: 1000, message: 'Vul een heel getal van 0 of meer in.' };
  if (column.kind === 'date') return { type: 'date', after: '1999-12-31', message: 'Vul een datum in, bijvoorbeeld 1-3-2024.' };
  return undefined;
}

function specOf(column: ModuleColumn): ColumnSpec {
  const validation = validationOf(column);
  return {
    header: column.header,
    kind: KIND_OF[column.kind],
    width: Math.min(40, Math.max(12, column.header.length + 2)),
    owner: 'invoer',
    description: `${column.beschrijving} (${MODULE_KIND_NAMES[column.kind]})`,
    ...(validation ? { validation } : {}),
  };
}

export const PRAKTIJK_INPUT_COLUMNS: readonly ColumnSpec[] = PRAKTIJK_COLUMNS.map(specOf);
export const THERAPEUT_INPUT_COLUMNS: readonly ColumnSpec[] = THERAPEUT_COLUMNS.map(specOf);

function cellOf(column: ModuleColumn, value: unknown): CellInput {
  if (value === null || value === undefined) return null;
  if (column.kind === 'months' && Array.isArray(value)) return value.length ? value.join('; ') : 'geen';
  if (typeof value === 'boolean') return value;
  if (typeof value === 'string' || typeof value === 'number') return value;
  return String(value);
}

/** The two input tables holding these records (empty for the template). */
export function moduleInputTables(praktijken: readonly Praktijk[] = [], therapeuten: readonly Therapeut[] = []): TableSpec[] {
  return [
    {
      sheet: MODULE_INPUT_SHEETS.praktijken,
      table: MODULE_INPUT_TABLES.praktijken,
      columns: PRAKTIJK_INPUT_COLUMNS,
      rows: praktijken.map((p) => PRAKTIJK_COLUMNS.map((c) => cellOf(c, p[c.field]))),
    },
    {
      sheet: MODULE_INPUT_SHEETS.therapeuten,
      table: MODULE_INPUT_TABLES.therapeuten,
      columns: THERAPEUT_INPUT_COLUMNS,
      rows: therapeuten.map((t) => THERAPEUT_COLUMNS.map((c) => cellOf(c, t[c.field]))),
    },
  ];
}

const asSheet = (bestand: string, blad: string, values: SheetValues): Sheet => ({ bestand, blad, rows: values.map((row, i) => ({ rij: i + 1, values: [...row] })) });

/** The records of the two tables as read from a workbook (either host); problems name sheet, cell and column. */
export function moduleInputFromTables(
  bestand: string,
  tables: { praktijken?: SheetValues; therapeuten?: SheetValues },
): { praktijken: Praktijk[]; therapeuten: Therapeut[]; problemen: Problem[] } {
  const p = tables.praktijken ? readModuleSheet('praktijken', asSheet(bestand, MODULE_INPUT_SHEETS.praktijken, tables.praktijken)) : undefined;
  const t = tables.therapeuten ? readModuleSheet('therapeuten', asSheet(bestand, MODULE_INPUT_SHEETS.therapeuten, tables.therapeuten)) : undefined;
  return { praktijken: p?.praktijken ?? [], therapeuten: t?.therapeuten ?? [], problemen: [...(p?.problemen ?? []), ...(t?.problemen ?? [])] };
}

/**
 * One practice from its row (with the header row) and the people of the Therapeuten table
 * (header row first) that name its AGB code: what =ZK.VV.ELIGIBLE reads.
 */
export function praktijkFromRow(
  headers: readonly unknown[],
  row: readonly unknown[],
  therapeuten: SheetValues = [],
): { praktijk?: Praktijk; therapeuten: Therapeut[]; problemen: Problem[] } {
  const read = moduleInputFromTables('werkblad', { praktijken: [headers, row], ...(therapeuten.length ? { therapeuten } : {}) });
  const praktijk = read.praktijken[0];
  return { ...(praktijk ? { praktijk } : {}), therapeuten: praktijk ? read.therapeuten.filter((t) => t.praktijkAgb === praktijk.agb) : [], problemen: read.problemen };
}
