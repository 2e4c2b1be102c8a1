/** What exists in the workbook before an action writes: sheet and table names (one sync). */
import type { XlContext } from './office-api';
export interface WorkbookInspection {
  hasSheet(name: string): boolean;
  hasTable(name: string): boolean;
  /** Table names as Excel spells them. */
  tables: string[];
  hasStyle(name: string): boolean;
  styleCreated(name: string): void;
  /** Styles already (re)configured in this action, so each is set once per action. */
  readonly stylesConfigured: Set<string>;
  /** Records a sheet made during this action, so later steps reuse it. */
  sheetCreated(name: string): void;
}

export async function inspectWorkbook(context: XlContext): Promise<WorkbookInspection> {
  const sheets = context.workbook.worksheets;
  const tables = context.workbook.tables;
  const styles = context.workbook.styles;
  sheets.load('items/name');
  tables.load('items/name');
  styles.load('items/name');
  await context.sync();
  const styleNames = new Set(styles.items.map((s) => s.name.toLowerCase()));
  const sheetNames = new Set(sheets.items.map((s) => s.name.toLowerCase()));
  const tableNames = tables.items.map((t) => t.name);
  const tableSet = new Set(tableNames.map((t) => t.toLowerCase()));
  return {
    hasSheet: (name) => sheetNames.has(name.toLowerCase()),
    hasTable: (name) => tableSet.has(name.toLowerCase()),
    tables: tableNames,
    sheetCreated: (name) => {
      sheetNames.add(name.toLowerCase());
    },
    stylesConfigured: new Set<string>(),
    hasStyle: (name) => styleNames.has(name.toLowerCase()),
    styleCreated: (name) => {
      styleNames.add(name.toLowerCase());
    },
  };
}
