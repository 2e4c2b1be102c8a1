/** What the task pane asks of the workbook: one method per user action (src/excel/service.ts implements it). */
import type { ImportResult } from '../import/result';
import type { Application } from '../rules/application';
import type { EligibilityResult, Problem } from '../rules/outcome';
import type { TeamDecision } from '../rules/team-decision';
import type { Belangverklaring } from '../rules/scoring/conflicts';
import type { AuditEntry } from '../workbook/audit';
import type { ModuleChecklist } from '../workbook/module-checklist';
import type { ExplicitOverride, OverridesRead } from '../workbook/screening';
import type { ApplicationRef, BiSheetModel, ConsensusEntry, RubricShape, ScoreEntry, SelectionModel, SettingRow, TableData, TableInfo, WriteReport } from '../workbook/types';

import type { ExcelRunner } from './office-api';
import type { ScoringActions } from './scoringActions';

export type { ExcelRunner };

export interface ExcelServiceOptions {
  /** Defaults to the global `Excel.run`; tests pass the fake's. */
  run?: ExcelRunner;
  /** "Now" as ISO date-time, for audit rows (passed in so tests are deterministic). */
  now?: () => string;
  /** Name shown in the audit's "Wie" column. */
  user?: () => string;
}

export interface ScoresRead {
  scores: ScoreEntry[];
  problems: Problem[];
  /** Consensus scores from the Consensus sheet (empty when there is none). */
  consensus: ConsensusEntry[];
  /** Declarations of interest from the Belangen sheet (empty when there is none); they already kept conflicted scores out. */
  belangen?: Belangverklaring[];
  /** Unusable rows of the Belangen sheet. */
  belangProblemen?: Problem[];
}

export interface ConsensusRead {
  consensus: ConsensusEntry[];
  problems: Problem[];
}

export interface ExcelService extends ScoringActions {
  /** The tables Aanvragen, Deelnemers and Begroting; `toetsing` gives the verdict column its first value. */
  writeApplications(applications: readonly Application[], problems: readonly Problem[], toetsing?: readonly EligibilityResult[]): Promise<WriteReport>;
  /** The applications in the workbook's tables (written by the add-in or by `zk`); null when it has none. */
  readApplications(): Promise<ImportResult | null>;
  /**
   * `results` may be a function of the judgements typed in Toetsing: the pane then reads them, screens
   * and writes in one Excel.run (the function runs between the read and the write).
   */
  writeScreening(
    results: readonly EligibilityResult[] | ((typed: OverridesRead) => readonly EligibilityResult[]),
    applications?: readonly ApplicationRef[],
    options?: { overrides?: readonly ExplicitOverride[] },
  ): Promise<WriteReport>;
  readOverrides(): Promise<OverridesRead>;
  ensureScoreSheets(roles: readonly string[], applications: readonly ApplicationRef[], rubric: RubricShape): Promise<WriteReport>;
  readScores(rubric?: RubricShape): Promise<ScoresRead>;
  /** `audit`: extra Audit rows written in the same request (e.g. the ranking procedure's events). */
  /**
   * `model` may be a function of the scores in the score sheets: then the sheets are read, the
   * function ranks, and the Selectie sheet is written in one Excel.run (`rubric` gives the scale).
   */
  writeSelection(
    model: SelectionModel | ((scores: ScoresRead) => SelectionModel),
    options?: { final?: boolean; audit?: readonly AuditEntry[]; rubric?: RubricShape },
  ): Promise<WriteReport>;
  /**
   * Stores one consensus score on the Consensus sheet (a newer one for the same application and
   * item replaces the row; every other row stays as it is), with an audit row. Refused without a
   * written motivation, a name, a known item or a score on the rubric's scale.
   */
  saveConsensus(entry: ConsensusEntry, rubric: RubricShape): Promise<WriteReport>;
  readConsensus(rubric?: RubricShape): Promise<ConsensusRead>;
  /** Stores the team's decision on an incomplete application on the Besluiten sheet, with an audit row; refused without what it needs. */
  saveTeamDecision(besluit: TeamDecision, datum?: string): Promise<WriteReport>;
  readTeamDecisions(options?: { datum?: string }): Promise<{ besluiten: TeamDecision[]; problems: Problem[] }>;
  writeBehandelIndex(model: BiSheetModel): Promise<WriteReport>;
  /**
   * The checklist, details and summary sheets of each module (with the summary's bar chart),
   * replacing what was there, with an audit row per module.
   */
  writeModuleChecklists(lists: readonly ModuleChecklist[]): Promise<WriteReport>;
  writeSettings(rows: readonly SettingRow[]): Promise<WriteReport>;
  readSettings(): Promise<SettingRow[]>;
  appendAudit(entries: readonly AuditEntry[]): Promise<WriteReport>;
  readTableNames(): Promise<TableInfo[]>;
  readTable(name: string): Promise<TableData>;
  /** Several tables in one request; a table the workbook does not have is null. */
  readTables(names: readonly string[]): Promise<Record<string, TableData | null>>;
}


