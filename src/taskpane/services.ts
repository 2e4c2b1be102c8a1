import type { BiColumnMap } from '../import/bi-columns';
import type { MergeResult } from '../import/merge';
import type { BiResult } from '../rules/bi/behandelindex';
import type { Application } from '../rules/application';
import type { EligibilityResult, Override, Problem } from '../rules/outcome';
import type { Policy, Rubric } from '../rules/policy';
import type { ProcedureResult } from '../rules/ranking/procedure';
import type { ConsensusInput, Score } from '../rules/scoring/score';
import type { Belangverklaring, LateDeclaration } from '../rules/scoring/conflicts';
import type { Aanwezige, MeetingItem } from '../rules/scoring/meeting';
import type { TeamDecision } from '../rules/team-decision';
import type { ZkSettings } from '../shared/settings';
import type { SettingRow } from './model/settingRows';
import type { ConsensusEntry, ExplicitOverride, ModuleChecklist, TableData, TableInfo } from '../workbook';
import type { Language } from './i18n';

/**
 * What the task pane needs from the rest of the add-in, as small interfaces. Components get these
 * through `ServicesContext`, so they render and are tested without Office; `adapters/` wires the
 * real implementations (src/import, src/rules, src/report, src/excel).
 */

export interface ImportOutcome {
  applications: Application[];
  problems: Problem[];
}

export interface ImportFile {
  name: string;
  bytes: Uint8Array;
}

export interface ImportService {
  /**
   * Parses files (.json/.csv/.xlsx/.docx) together (a Deelnemers CSV joins its Aanvragen CSV).
   * Never throws for bad content: problems instead.
   */
  importFiles(files: readonly ImportFile[]): Promise<ImportOutcome>;
  /** Re-import: newer versions (same id, or same KvK + initiative name) update the existing ones. */
  merge(existing: readonly Application[], incoming: readonly Application[]): Promise<MergeResult>;
}

/** Judgements typed in the Toetsing sheet, as overrides per application id, and problems with the unusable ones. */
export interface TypedJudgements {
  overrides: Record<string, Override[]>;
  problems: Problem[];
}

/** Scores typed in the score sheets (empty cells are not scores) and problems with unusable cells. */
export interface TypedScores {
  scores: Score[];
  problems: Problem[];
  /** Consensus scores from the Consensus sheet (read with the scores when ranking). */
  consensus?: ConsensusInput[];
  /** The declarations of interest, read in the same batch (a conflicted assessor's scores are already left out). */
  declarations?: DeclarationsRead;
}

/** A consensus score as stored on the Consensus sheet, and an override made in the pane: the schema's. */
export type { ConsensusEntry, ExplicitOverride };

/** Assessors' overrides per application id. */
export type OverridesByApplication = Readonly<Record<string, readonly Override[]>>;

export interface PolicyLoad {
  policy?: Policy;
  problems: Problem[];
}

export interface ScreeningService {
  defaultPolicy(): Policy;
  /** Parses and validates a team's policy JSON; problems name the path in the file. */
  loadPolicy(fileName: string, text: string): Promise<PolicyLoad>;
  screen(applications: readonly Application[], policy: Policy, overrides: OverridesByApplication): EligibilityResult[];
  /** The rubric the policy scores with (its own, else the 2021 default). */
  rubric(policy: Policy): Rubric;
}

export interface RankingConstraints {
  /** At most this many per core region (undefined = no limit). */
  maxPerRegio?: number;
  /** Cap on the sum of requested amounts (euros). */
  budget?: number;
}

export interface RankingInput {
  applications: readonly Application[];
  eligibility: readonly EligibilityResult[];
  scores: readonly Score[];
  policy: Policy;
  weights: Record<string, number>;
  seed: number;
  aggregation: ZkSettings['aggregation'];
  normalise: boolean;
  constraints: RankingConstraints;
  /** Consensus scores that replace an item's aggregate (only with a written motivation). */
  consensus?: readonly ConsensusInput[];
  /** Declarations of interest: a conflicted assessor's scores for that application never count. */
  belangen?: readonly Belangverklaring[];
  /** Resamples of assessors for stability; 0 skips it. */
  resamples: number;
  /** The team's decisions on incomplete applications (ask for the missing items, or reject with a motivation). */
  teamBesluiten?: readonly TeamDecision[];
  /** ISO time of the decision, and who takes it (for the audit). */
  tijdstip: string;
}

/** The ranking is the rules' whole procedure result: ranking, ties, selection, audit. */
export type RankingOutcome = ProcedureResult;

export interface RankingService {
  rank(input: RankingInput): RankingOutcome;
}

export interface LetterFile {
  fileName: string;
  blob: Blob;
}

export interface LetterService {
  letters(outcome: RankingOutcome, policy: Policy, applications: readonly Application[], date: string): Promise<LetterFile[]>;
  /** A short letter per practice on the module's conditions it does not meet (none for a practice that meets all). */
  moduleLetters(list: ModuleChecklist, date: string): Promise<LetterFile[]>;
}

export interface BiService {
  guessColumns(headers: readonly string[]): BiColumnMap;
  /** `records` = header row + data rows, as read from an Excel table. */
  compute(table: string, records: readonly (readonly unknown[])[], columns: BiColumnMap, settings: ZkSettings['bi'], policy: Policy): Promise<BiResult>;
}

export type { TableData, TableInfo };

/** The workbook's tables the module checklists read (null: the workbook has no such table). */
export type ModuleTables = Record<string, TableData | null>;

/** One row of the BehandelIndex sheet, to link the BI condition of a practice to it. */
export interface LinkedBiRow {
  /** Sheet row (the header is row 1). */
  rij: number;
  bi: string;
  deciel: string;
  uitkomst: string;
  reden: string;
}

export interface ModuleOutcome {
  /** Voortdurend Verbeteren, then Verdiepen & Specialiseren. */
  lists: ModuleChecklist[];
  problems: Problem[];
  /** The BehandelIndex sheet's row per AGB code; empty when the workbook has no BI result. */
  biRows: Record<string, LinkedBiRow>;
  /** The threshold and reference year the BI sheet holds, when it has them. */
  bi: { drempel?: string; referentiejaar?: string } | null;
}

/** A team's module policy file (its own settings, or its own conditions), as loaded in the Modules step. */
export interface ModuleTeamFile {
  bestand: string;
  json: unknown;
}

export interface ModuleCheckOptions {
  contractjaar: number;
  /** The month of entry, `JJJJ-MM`; its first day is the check date. Left out: the first month of the contract year. */
  maand?: string;
  taal: Language;
  /** The BI step's result of this session; without it the BehandelIndex sheet is read back. */
  bi?: BiResult | null;
  /** The team's settings (or policy) for the modules; without it the built-in defaults. */
  team?: ModuleTeamFile | null;
}

export interface ModuleService {
  /** The tables the checklists read: the practices, the therapists and the BehandelIndex result. */
  tableNames(): readonly string[];
  /** Reads a team's module policy file (JSON): the file when it is valid, else problems naming the JSON path. */
  loadTeamFile(bestand: string, text: string): Promise<{ file?: ModuleTeamFile; problems: Problem[] }>;
  /** Both module checklists from the tables read; never throws for bad content (problems instead). */
  check(tables: ModuleTables, options: ModuleCheckOptions): Promise<ModuleOutcome>;
}

export interface SelectionWrite {
  outcome: RankingOutcome;
  policy: Policy;
  applications: readonly Application[];
  eligibility: readonly EligibilityResult[];
  scores: readonly Score[];
  tijdstip: string;
}

/** The workbook, as the pane sees it. Every method is one user action (one workbook batch (Excel run)). */
export interface WorkbookService {
  writeApplications(applications: readonly Application[], problems: readonly Problem[]): Promise<void>;
  /** The applications in the workbook's tables (written by the add-in or by `zk`); null when there are none. */
  readApplications(): Promise<ImportOutcome | null>;
  /**
   * Screening as one action: reads the judgements typed in the Toetsing sheet (and what was wrong
   * with any), lets `screen` compute the results from them, and writes the sheet — one workbook batch (Excel run).
   * Typed judgements are kept in the sheet; an `explicit` override (made in the pane) is first
   * written over its own check's judgement cells, so `screen` sees it as typed, with an audit row.
   */
  screen(screen: (typed: TypedJudgements) => readonly EligibilityResult[], applications: readonly Application[], explicit?: readonly ExplicitOverride[]): Promise<void>;
  createScoreSheets(roles: readonly string[], applications: readonly Application[], rubric: Rubric): Promise<void>;
  /** Scores typed in the score sheets (empty cells are not scores); invalid cells come back as problems. */
  readScores(rubric: Rubric): Promise<TypedScores>;
  /**
   * Ranking as one action: reads the score sheets, lets `rank` rank with those scores, and writes
   * the ranking so far (not final) on the Selectie sheet with its chart — one workbook batch (Excel run).
   */
  rank(rank: (typed: TypedScores) => RankingOutcome, applications: readonly Application[], rubric: Rubric): Promise<void>;
  writeSelection(input: SelectionWrite): Promise<void>;
  /**
   * Stores one consensus score on the Consensus sheet with an audit row (one workbook batch (Excel run)). Refused
   * (an error with a Dutch message) without a written motivation.
   */
  saveConsensus(entry: ConsensusEntry, rubric: Rubric): Promise<void>;
  /**
   * Stores the team's decision on an incomplete application on the Besluiten sheet with an audit
   * row (one workbook batch). Refused (a Dutch message) without a motivation for a rejection or a
   * reply date after `datum` for a request.
   */
  saveTeamDecision(besluit: TeamDecision, datum: string): Promise<void>;
  /** The decisions on the Besluiten sheet (empty when there is none); unusable rows come back as problems. */
  readTeamDecisions(datum: string): Promise<{ besluiten: TeamDecision[]; problems: Problem[] }>;
  listTables(): Promise<TableInfo[]>;
  readTable(name: string): Promise<TableData>;
  writeBiResult(result: BiResult): Promise<void>;
  /** Several tables in one workbook batch; a missing table is null. */
  readTables(names: readonly string[]): Promise<ModuleTables>;
  /** The module checklist, details and summary sheets (with the summary's chart), one workbook batch. */
  writeModuleChecklists(lists: readonly ModuleChecklist[]): Promise<void>;
  /** The settings, the policy's id/version and the weight of every rubric item, on the Instellingen sheet. */
  writeSettings(settings: ZkSettings, policy: Policy, weights: Record<string, number>): Promise<void>;
  /** The Instellingen sheet's rows (empty when there is none yet). */
  readSettings(): Promise<SettingRow[]>;
  /** The declarations of interest on the Belangen sheet (empty when there is none). */
  readDeclarations(): Promise<DeclarationsRead>;
  /**
   * Stores one declaration (a newer one for the same application and role replaces it) with an
   * audit row, and closes or opens that role's score row for the application — one workbook batch.
   * Refused without a reason for a conflict.
   */
  saveDeclaration(declaration: Declaration, rubric: Rubric, roles: readonly string[], naamInitiatief?: string): Promise<DeclarationsRead>;
  /** Shows or hides the roles' score sheets (a convenience, not security). */
  setScoreSheetVisibility(plan: readonly { rol: string; zichtbaar: boolean }[]): Promise<void>;
  /** Writes scores read back from the assessors' files into their score sheets (creating a missing sheet). */
  writeReturnedScores(scores: readonly Score[], applications: readonly Application[], rubric: Rubric, roles: readonly string[], bron: string): Promise<void>;
  /**
   * The meeting as one action: reads scores, consensus and declarations, lets `meet` build the view
   * (it ranks), and writes the Overleg sheet — one workbook batch.
   */
  prepareMeeting(meet: (typed: TypedScores) => MeetingView, applications: readonly Application[], rubric: Rubric, n: number): Promise<void>;
  /** Stores a meeting decision on the Consensus sheet (with who was present), audited, and rewrites the Overleg sheet with `meet`. */
  saveMeetingDecision(decision: MeetingDecision, rubric: Rubric, meet: (typed: TypedScores) => MeetingView, applications: readonly Application[], n: number): Promise<void>;
}

/** One assessor's declaration for one application: "geen" belang, or a conflict with a short reason (the rules' type). */
export type Declaration = Belangverklaring;

/** The Belangen sheet as read: the declarations, unusable rows, and conflicts declared after the scores. */
export interface DeclarationsRead {
  declarations: Belangverklaring[];
  problems: Problem[];
  late: LateDeclaration[];
}

/** A personal scoring workbook, ready to download. */
export interface HandoutFile {
  rol: string;
  fileName: string;
  blob: Blob;
}

export interface HandoutInput {
  roles: readonly string[];
  applications: readonly Application[];
  rubric: Rubric;
  policy: Policy;
  declarations: readonly Declaration[];
  tijdstip: string;
}

/** What reading the assessors' files back gave: the scores per role, and what was wrong, file by file. */
export interface ReadBackOutcome {
  scores: Score[];
  problems: Problem[];
  /** A later version of an assessor's file replaced an earlier one: which, and what changed. */
  replacements: { rol: string; vervangen: string; door: string; wijzigingen: string[] }[];
  /** Per file: whose it is and how many scores it gave. */
  files: { bestand: string; rol: string | null; scores: number; status: 'gebruikt' | 'vervangen' | 'geweigerd' }[];
}

export interface HandoutService {
  /** One workbook per assessor: only their rows, the applications' data and the rubric. */
  makeFiles(input: HandoutInput): Promise<HandoutFile[]>;
  /** Reads the files back (any order; a later version of the same assessor's file replaces the earlier). */
  readBack(files: readonly ImportFile[], input: HandoutInput): Promise<ReadBackOutcome>;
}

/** A decision of the consensus meeting: a consensus score, why, and who was there. */
export interface MeetingDecision extends ConsensusEntry {
  aanwezig: readonly Aanwezige[];
}

/** The meeting view: the disputed items (largest spread first) with the panel they show. */
export interface MeetingView {
  items: MeetingItem[];
  panel: { beoordelaar: string; rol: string }[];
}

export interface PaneServices {
  handout: HandoutService;
  importer: ImportService;
  screening: ScreeningService;
  ranking: RankingService;
  letters: LetterService;
  bi: BiService;
  modules: ModuleService;
  workbook: WorkbookService;
  /** "Now" as an ISO date-time; passed in so tests are deterministic. */
  now(): string;
  /**
   * When the services' code arrives after the pane's first step is on screen (the add-in:
   * adapters/lazy.ts), resolves once it is there; until then the pane shows only its first step
   * and calls no service synchronously. Absent: everything is there from the start.
   */
  ready?(): Promise<void>;
}
