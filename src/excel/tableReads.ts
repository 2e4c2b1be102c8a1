/** Queued reads of the tables several actions need (score sheets, Consensus, whole tables), parsed by the schema. */
import { BELANGEN_TABLE, parseDeclarations } from '../workbook/conflicts';
import { parseConsensus } from '../workbook/consensus';
import { SCORE_SHEET_PREFIX, SCORE_TABLE_PREFIX, TABLES } from '../workbook/names';
import { parseScores, scale } from '../workbook/scores';
import type { RubricShape } from '../workbook/types';
import type { ScoresRead } from './contract';
import type { WorkbookInspection } from './inspect';
import { queueTableRead } from './readTable';
import type { XlContext } from './office-api';

/** Queues the load of a table's values, header row included. */
export function queueValues(context: XlContext, name: string): { readonly values: unknown[][] } {
  const range = context.workbook.tables.getItem(name).getRange();
  range.load('values');
  return range;
}

/** Queues a read of every assessor's score table (tblScores_*). */
export function queueScoreReads(context: XlContext, inspection: WorkbookInspection): ReturnType<typeof queueTableRead>[] {
  return inspection.tables.filter((t) => t.toLowerCase().startsWith(SCORE_TABLE_PREFIX.toLowerCase())).map((name) => queueTableRead(context, name));
}

/** Queues a read of the Consensus table when the workbook has one. */
export function queueConsensusRead(context: XlContext, inspection: WorkbookInspection): ReturnType<typeof queueTableRead> | null {
  return inspection.hasTable(TABLES.consensus) ? queueTableRead(context, TABLES.consensus) : null;
}

/** Queues a read of the Belangen table when the workbook has one. */
export function queueBelangenRead(context: XlContext, inspection: WorkbookInspection): ReturnType<typeof queueTableRead> | null {
  return inspection.hasTable(BELANGEN_TABLE) ? queueTableRead(context, BELANGEN_TABLE) : null;
}

/** The declarations of interest in a read Belangen table (none without one); `tijdstip` stands in for a row without time. */
export function belangenFrom(reader: ReturnType<typeof queueTableRead> | null, tijdstip: string): ReturnType<typeof parseDeclarations> {
  return reader ? parseDeclarations(reader.read(), { tijdstip }) : { belangen: [], problems: [] };
}

/**
 * The scores typed in the read score tables (and the consensus scores); unusable cells become
 * problems naming the cell. A score typed by an assessor with a declared conflict for that
 * application is refused with a problem naming the cell, and does not count.
 */
export function scoresFrom(
  readers: readonly ReturnType<typeof queueTableRead>[],
  rubric?: RubricShape,
  consensusReader?: ReturnType<typeof queueTableRead> | null,
  declarations: ReturnType<typeof parseDeclarations> = { belangen: [], problems: [] },
): ScoresRead {
  const range = rubric ? scale(rubric) : { min: 1, max: 5 };
  const agreed = consensusReader ? parseConsensus(consensusReader.read(), rubric) : { consensus: [], problems: [] };
  const out: ScoresRead = { scores: [], problems: [...agreed.problems], consensus: agreed.consensus, belangen: declarations.belangen, belangProblemen: declarations.problems };
  for (const reader of readers) {
    const sheet = reader.sheet();
    const role = sheet.startsWith(SCORE_SHEET_PREFIX) ? sheet.slice(SCORE_SHEET_PREFIX.length) : sheet;
    const parsed = parseScores(reader.read(), sheet, role, range, declarations.belangen);
    out.scores.push(...parsed.scores);
    out.problems.push(...parsed.problems);
  }
  return out;
}

