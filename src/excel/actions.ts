/**
 * The shape every workbook action shares: one `Excel.run`, errors turned into Dutch
 * `ExcelActionError`s, and for writes: inspect (sync 1) → loads it needs plus the audit's row count
 * (sync 2, skipped when nothing to load) → loads that depend on those (sync 3, only when needed) →
 * write everything with its audit rows (last sync, plus one per ~4 MB of data).
 */
import { type AuditEntry, type AuditRow, auditRow } from '../workbook/audit';
import { rowsOf, specsOf, type ColumnDef } from '../workbook/columns';
import type { TableSpec, WriteReport } from '../workbook/types';
import { auditAppender } from './audit';
import { RequestBudget } from './budget';
import type { ExcelRunner } from './contract';
import { actionRefused, toExcelActionError } from './errors';
import { inspectWorkbook, type WorkbookInspection } from './inspect';
import type { XlContext } from './office-api';
import { queueSheetReset, queueTable } from './writeTable';

export interface WriteSteps {
  /** Queue loads after the inspection; true when they need a sync. */
  prepare?: (context: XlContext, inspection: WorkbookInspection) => boolean;
  /** Queue loads that depend on the first ones (e.g. columns found by header); true when a sync is needed. */
  prepareMore?: () => boolean;
  write: (context: XlContext, inspection: WorkbookInspection, budget: RequestBudget) => Promise<{ rows: Record<string, number>; audit: AuditEntry[]; meldingen?: string[] }>;
}

export interface ActionRunner {
  /** One Excel.run; any error becomes an ExcelActionError naming `actie`. */
  action<T>(actie: string, batch: (context: XlContext) => Promise<T>): Promise<T>;
  writeAction(actie: string, steps: WriteSteps): Promise<WriteReport>;
  /** Clears the sheets of `specs` and writes their tables; the notes say which cells were shortened. */
  replaceSheet(context: XlContext, inspection: WorkbookInspection, budget: RequestBudget, specs: readonly TableSpec[]): Promise<string[]>;
  now(): string;
}

function defaultRunner(): ExcelRunner {
  return (batch) => {
    if (typeof Excel === 'undefined') throw actionRefused('Excel openen', 'Excel is niet beschikbaar; open dit taakvenster in Excel.');
    return Excel.run(batch);
  };
}

export function specOf<T>(sheet: string, table: string, defs: readonly ColumnDef<T>[], items: readonly T[], origin?: TableSpec['origin']): TableSpec {
  return { sheet, table, columns: specsOf(defs), rows: rowsOf(defs, items), origin };
}

export function createActionRunner(options: { run?: ExcelRunner; now?: () => string; user?: () => string } = {}): ActionRunner {
  const run = options.run ?? defaultRunner();
  const now = options.now ?? (() => new Date().toISOString());
  const user = options.user ?? (() => '');

  async function action<T>(actie: string, batch: (context: XlContext) => Promise<T>): Promise<T> {
    try {
      return await run(batch);
    } catch (error) {
      throw toExcelActionError(actie, error);
    }
  }

  function auditRows(entries: readonly AuditEntry[]): AuditRow[] {
    const at = now();
    return entries.map((e) => auditRow(e, at, user()));
  }

  return {
    action,
    now,
    writeAction(actie, steps) {
      return action(actie, async (context) => {
        const inspection = await inspectWorkbook(context);
        const audit = auditAppender();
        const needsPrepared = [steps.prepare?.(context, inspection) ?? false, audit.prepare(context, inspection)].some(Boolean);
        if (needsPrepared) await context.sync();
        if (steps.prepareMore?.()) await context.sync();
        const budget = new RequestBudget(context, undefined, () => context.application.suspendApiCalculationUntilNextSync());
        const written = await steps.write(context, inspection, budget);
        await audit.write(context, inspection, budget, auditRows(written.audit));
        await budget.sync();
        return { rijen: written.rows, meldingen: written.meldingen ?? [] };
      });
    },
    async replaceSheet(context, inspection, budget, specs) {
      const meldingen: string[] = [];
      for (const sheet of new Set(specs.map((s) => s.sheet))) {
        await budget.reserve(1_000);
        queueSheetReset(context, inspection, sheet, specs.filter((s) => s.sheet === sheet).map((s) => s.table));
      }
      for (const spec of specs) {
        const result = await queueTable(context, inspection, spec, budget);
        if (result.truncatedCells > 0) {
          meldingen.push(`${result.truncatedCells} cel(len) in ${spec.sheet} ingekort tot 32.767 tekens (de grens van Excel); de volledige tekst staat in het bronbestand.`);
        }
      }
      return meldingen;
    },
  };
}
