/**
 * The Audit sheet only grows: every action appends its rows under the existing table (read its
 * row count in the preparing sync, then write and resize), never rewriting earlier entries.
 */
import { AUDIT_COLUMNS, type AuditRow } from '../workbook/audit';
import { rowsOf, specsOf } from '../workbook/columns';
import { SHEETS, TABLES } from '../workbook/names';
import type { TableSpec } from '../workbook/types';
import type { RequestBudget } from './budget';
import type { WorkbookInspection } from './inspect';
import { queueAppendRows, queueTable } from './writeTable';
import type { XlContext } from './office-api';

export interface AuditAppend {
  /** Queues the row count load when the table exists; true when a sync is needed before `write`. */
  prepare(context: XlContext, inspection: WorkbookInspection): boolean;
  write(context: XlContext, inspection: WorkbookInspection, budget: RequestBudget, rows: readonly AuditRow[]): Promise<void>;
}

export function auditAppender(): AuditAppend {
  let count: { readonly count: number } | null = null;
  return {
    prepare(context, inspection) {
      if (!inspection.hasTable(TABLES.audit)) return false;
      const rows = context.workbook.tables.getItem(TABLES.audit).rows;
      rows.load('count');
      count = rows;
      return true;
    },
    async write(context, inspection, budget, rows) {
      if (rows.length === 0) return;
      const spec: TableSpec = { sheet: SHEETS.audit, table: TABLES.audit, columns: specsOf(AUDIT_COLUMNS), rows: rowsOf(AUDIT_COLUMNS, rows) };
      if (count) await queueAppendRows(context, inspection, spec, count.count, budget);
      else await queueTable(context, inspection, spec, budget);
    },
  };
}
