/**
 * A workbook the add-in saved (or `zk selectie` wrote) as input to `zk rangschik` and `zk
 * selectie`: the typed judgements of Toetsing become overrides, the score sheets (`Scores <rol>`)
 * scores, the Consensus sheet consensus scores, all through the schema's readers (src/workbook),
 * the same the add-in uses. Applications come from its Aanvragen, Deelnemers and Begroting tables
 * through the ordinary import.
 */
import ExcelJS from 'exceljs';
import { plainCellValue } from '../import/xlsx';
import type { Override, Problem } from '../rules/outcome';
import type { Rubric } from '../rules/policy';
import type { ConsensusInput, Score } from '../rules/scoring/score';
import type { TeamSettings } from '../rules/team-settings';
import { settingRowsFromTable, teamSettingsFromRows } from '../workbook/settings';
import { parseConsensus } from '../workbook/consensus';
import { parseDeclarations, scoreMomentsFromAudit } from '../workbook/conflicts';
import type { Belangverklaring, ScoreMoment } from '../rules/scoring/conflicts';
import { SCORE_SHEET_PREFIX, SHEETS } from '../workbook/names';
import { overridesFrom } from '../workbook/screening';
import { parseScores, scale } from '../workbook/scores';
import { toTableData } from '../workbook/tableData';
import type { TableData } from '../workbook/types';
import { CliError } from './command';
import { readInput } from './read-input';

export interface WorkbookInput {
  /** Overrides typed in Toetsing, by application id. */
  overrides: Record<string, Override[]>;
  scores: Score[];
  consensus: ConsensusInput[];
  /** Team settings of its Instellingen sheet (as the add-in saved them, or as a person changed them there). */
  teamkeuzes: Partial<TeamSettings>;
  /** Declarations of interest (sheet Belangen); a conflicted assessor's typed scores are refused. */
  belangen: Belangverklaring[];
  /** When scores entered the workbook (Audit rows `scores ingelezen`), for the late-declaration flag. */
  momenten: ScoreMoment[];
  /** Sheets found: which kinds of input this workbook holds. */
  has: { toetsing: boolean; scores: boolean; consensus: boolean; belangen: boolean };
  problems: Problem[];
}

/** A cell as the add-in reads it: a date as its serial day number, like Excel's `values`. */
function cell(value: ExcelJS.CellValue): unknown {
  const plain = plainCellValue(value);
  if (plain instanceof Date) return Math.round(plain.getTime() / 86_400_000 + 25_569);
  return typeof plain === 'object' && plain !== null ? '' : plain;
}

function sheetTable(ws: ExcelJS.Worksheet): TableData {
  const rows: unknown[][] = [];
  const width = ws.columnCount;
  ws.eachRow({ includeEmpty: true }, (row, n) => {
    rows[n - 1] = Array.from({ length: width }, (_, c) => cell(row.getCell(c + 1).value));
  });
  return toTableData(Array.from(rows, (r) => r ?? []));
}

/** True when the file is a workbook (by extension) that holds at least one of the add-in's input sheets. */
export async function readWorkbookInput(file: string, cwd: string, rubric: Rubric, fallbackTime: string, what = 'werkmap'): Promise<WorkbookInput | null> {
  if (!/\.xlsx$/i.test(file)) return null;
  // The one opener (read-input.ts): size, kind by content and the archive byte budget before exceljs unpacks anything.
  const { bestand, opened } = readInput(file, cwd, what, ['xlsx']);
  if (opened.kind !== 'xlsx') throw new CliError(`kan ${what} '${bestand}' niet lezen: verwacht een Excel-werkmap (.xlsx)`);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(opened.archive.bytes as unknown as ArrayBuffer);
  } catch {
    throw new CliError(`kan ${what} '${bestand}' niet lezen: het bestand is geen geldige Excel-werkmap`);
  }
  const out: WorkbookInput = { overrides: {}, scores: [], consensus: [], teamkeuzes: {}, belangen: [], momenten: [], has: { toetsing: false, scores: false, consensus: false, belangen: false }, problems: [] };
  const named = (p: Problem): Problem => ({ ...p, bestand: `${bestand} (${p.bestand})` });
  // Declarations first: the score sheets refuse what a conflicted assessor typed.
  const declarations = workbook.getWorksheet(SHEETS.belangen);
  if (declarations) {
    const read = parseDeclarations(sheetTable(declarations), { tijdstip: fallbackTime });
    out.has.belangen = true;
    out.belangen.push(...read.belangen);
    out.problems.push(...read.problems.map(named));
  }
  const audit = workbook.getWorksheet(SHEETS.audit);
  if (audit) out.momenten.push(...scoreMomentsFromAudit(sheetTable(audit)));
  for (const ws of workbook.worksheets) {
    if (ws.name === SHEETS.toetsing) {
      const read = overridesFrom(sheetTable(ws), fallbackTime);
      out.has.toetsing = true;
      for (const [id, list] of Object.entries(read.overrides)) (out.overrides[id] ??= []).push(...list);
      out.problems.push(...read.problems.map(named));
    } else if (ws.name === SHEETS.instellingen) {
      // Only the team settings: seed, weights and method are the command's own options.
      const read = teamSettingsFromRows(settingRowsFromTable(sheetTable(ws)));
      out.teamkeuzes = read.teamkeuzes;
      out.problems.push(...read.problems.map(named));
    } else if (ws.name === SHEETS.consensus) {
      const read = parseConsensus(sheetTable(ws), { schaal: rubric.schaal, items: rubric.items });
      out.has.consensus = true;
      out.consensus.push(...read.consensus.map(({ tijdstip: _tijdstip, ...c }) => c));
      out.problems.push(...read.problems.map(named));
    } else if (ws.name.startsWith(SCORE_SHEET_PREFIX)) {
      const role = ws.name.slice(SCORE_SHEET_PREFIX.length);
      const read = parseScores(sheetTable(ws), ws.name, role, scale({ schaal: rubric.schaal, items: rubric.items }), out.belangen);
      out.has.scores = true;
      // Empty cells are not scores; the add-in names the assessor by the role of the sheet.
      out.scores.push(...read.scores.flatMap((s) => (s.score === null ? [] : [{ ...s, score: s.score, toelichting: s.toelichting ?? '' }])));
      out.problems.push(...read.problems.map(named));
    }
  }
  return out.has.toetsing || out.has.scores || out.has.consensus || out.has.belangen ? out : null;
}
