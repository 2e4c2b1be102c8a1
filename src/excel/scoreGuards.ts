/**
 * What Office.js can do to keep a conflicted assessor out of an application's score row in a
 * shared workbook: the row's score cells get a data validation that refuses every typed value
 * (custom formula =FALSE, "Stop" alert naming the declaration) and a grey fill. Excel does not
 * apply validation to pasted values, so this is a guard for typing only; the read-back
 * (scoresFrom with the declarations) refuses any score that is there anyway, naming the cell.
 */
import { type Belangverklaring, ConflictIndex } from '../rules/scoring/conflicts';
import { SCORE_ID_HEADER, itemIdOf, scale } from '../workbook/scores';
import { scoreSheetName, scoreTableName } from '../workbook/names';
import type { RubricShape } from '../workbook/types';
import type { RequestBudget } from './budget';
import type { WorkbookInspection } from './inspect';
import type { XlContext, XlRange, XlWorksheet } from './office-api';

/** Grey of a cell that is not to be filled in (Excel's "White, Background 1, Darker 25%"). */
export const LOCKED_FILL = '#BFBFBF';

/** A (role, application) pair whose score cells are closed: the role declared a conflict of interest there. */
export interface ClosedRow {
  rol: string;
  aanvraag: string;
  /** Shown in the refusal when someone types there anyway. */
  reden?: string;
}

/** The rows to close: every current conflict of a role's assessor (the score sheets are per role). */
export function closedRows(belangen: readonly Belangverklaring[], roles: readonly string[]): ClosedRow[] {
  const index = new ConflictIndex(belangen);
  const ids = [...new Set(belangen.map((b) => b.aanvraag.trim()))];
  return roles.flatMap((rol) =>
    ids.flatMap((aanvraag) => {
      const belang = index.conflict(aanvraag, { beoordelaar: rol, rol });
      return belang ? [{ rol, aanvraag, reden: belang.reden.trim() }] : [];
    }),
  );
}

export interface ScoreTablePosition {
  rol: string;
  sheet: string;
  range: XlRange;
}

/** Queues the load of each role's score table (values and where it starts); roles without a table are left out. */
export function queueScoreTablePositions(context: XlContext, inspection: WorkbookInspection, roles: readonly string[]): ScoreTablePosition[] {
  return roles
    .filter((rol) => inspection.hasTable(scoreTableName(rol)))
    .map((rol) => {
      const range = context.workbook.tables.getItem(scoreTableName(rol)).getRange();
      range.load(['values', 'rowIndex', 'columnIndex']);
      return { rol, sheet: scoreSheetName(rol), range };
    });
}

/** Consecutive runs of row indexes for which `pick` holds: [start, count]. */
function runs(count: number, pick: (i: number) => boolean): [number, number][] {
  const out: [number, number][] = [];
  for (let i = 0; i < count; i++) {
    if (!pick(i)) continue;
    const last = out[out.length - 1];
    if (last && last[0] + last[1] === i) last[1] += 1;
    else out.push([i, 1]);
  }
  return out;
}

const stop = 'Stop' as Excel.DataValidationAlertStyle;

/**
 * Queues, for every loaded score table, the validation and fill of its score cells: open rows get
 * the scale's whole-number rule, closed rows (a declared conflict) a rule that refuses everything
 * and the grey fill. Rewritten whole each time, so a withdrawn declaration opens its row again.
 * Returns how many rows were closed per role.
 */
export async function queueScoreGuards(
  context: XlContext,
  positions: readonly ScoreTablePosition[],
  closed: readonly ClosedRow[],
  rubric: RubricShape,
  budget: RequestBudget,
): Promise<Record<string, number>> {
  const { min, max } = scale(rubric);
  const counts: Record<string, number> = {};
  for (const { rol, sheet, range } of positions) {
    const [header = [], ...body] = range.values;
    const headers = header.map((h) => String(h ?? ''));
    const idAt = headers.findIndex((h) => h.trim().toLowerCase() === SCORE_ID_HEADER.toLowerCase());
    const itemCols = headers.map((h, c) => (itemIdOf(h) !== null ? c : -1)).filter((c) => c >= 0);
    counts[rol] = 0;
    if (idAt < 0 || itemCols.length === 0 || body.length === 0) continue;
    const reasons = new Map(closed.filter((c) => c.rol === rol).map((c) => [c.aanvraag, c.reden ?? '']));
    const isClosed = (r: number) => reasons.has(String(body[r][idAt] ?? '').trim());
    counts[rol] = body.filter((_, r) => isClosed(r)).length;
    const worksheet: XlWorksheet = context.workbook.worksheets.getItem(sheet);
    const top = range.rowIndex + 1;
    const first = range.columnIndex + Math.min(...itemCols);
    const width = Math.max(...itemCols) - Math.min(...itemCols) + 1;
    await budget.reserve(2_000 + body.length * 400);
    const block = worksheet.getRangeByIndexes(top, first, body.length, width);
    block.dataValidation.clear();
    block.format.fill.clear();
    for (const [start, count] of runs(body.length, (r) => !isClosed(r))) {
      const open = worksheet.getRangeByIndexes(top + start, first, count, width);
      open.dataValidation.rule = { wholeNumber: { formula1: min, formula2: max, operator: 'Between' as Excel.DataValidationOperator } };
      open.dataValidation.errorAlert = { showAlert: true, style: stop, title: 'Ongeldige invoer', message: `Vul een geheel getal van ${min} tot en met ${max} in.` };
    }
    for (const [start, count] of runs(body.length, isClosed)) {
      for (let r = start; r < start + count; r++) {
        const aanvraag = String(body[r][idAt] ?? '').trim();
        const reden = reasons.get(aanvraag);
        const row = worksheet.getRangeByIndexes(top + r, first, 1, width);
        row.dataValidation.rule = { custom: { formula: '=FALSE' } };
        row.dataValidation.errorAlert = {
          showAlert: true,
          style: stop,
          title: 'Belang gemeld',
          message: `De ${rol} heeft een belang gemeld bij ${aanvraag}${reden ? ` (${reden})` : ''} en scoort deze aanvraag niet.`.slice(0, 255),
        };
        row.format.fill.color = LOCKED_FILL;
      }
    }
  }
  return counts;
}
