import type { FieldChange, MergeResult } from '../../import/merge';
import type { Application } from '../../rules/application';
import type { EligibilityResult, Override, Problem } from '../../rules/outcome';
import type { ConsensusInput, Score } from '../../rules/scoring/score';
import type { TeamDecision } from '../../rules/team-decision';
import type { BiResult } from '../../rules/bi/behandelindex';
import type { Declaration, DeclarationsRead, ImportFile, MeetingView, ModuleOutcome, ModuleTeamFile, RankingConstraints, RankingOutcome, ReadBackOutcome } from '../services';

/** What the last import changed: new ids, updated ids and every changed field. */
export interface ImportChanges {
  added: string[];
  updated: string[];
  changes: FieldChange[];
}

/** Only UI state: what the user has done in this session. The workbook holds the data. */
export interface PaneState {
  applications: Application[];
  problems: Problem[];
  files: string[];
  /** Set after a re-import (there were applications before). */
  lastImport: ImportChanges | null;
  eligibility: EligibilityResult[];
  /** The judgements as the Toetsing sheet held them at the last screening (the sheet is the source of truth). */
  overrides: Record<string, Override[]>;
  scoreSheetsCreated: boolean;
  scores: Score[];
  /** Consensus scores read from the Consensus sheet with the last ranking. */
  consensus: ConsensusInput[];
  ranking: RankingOutcome | null;
  constraints: RankingConstraints;
  /** Application id → chance of being selected when assessors are resampled. */
  stability: Record<string, number> | null;
  selectionWritten: boolean;
  /** What was wrong in cells typed in the sheets (overrides, scores), from the last read. */
  sheetProblems: Problem[];
  /** The team's decisions on incomplete applications, as saved on the Besluiten sheet. */
  teamDecisions: TeamDecision[];
  /** True once the Besluiten sheet was read in this session (the sheet is the source of truth). */
  teamDecisionsRead: boolean;
  /** The module checklists of the last check (Modules step); the sheets hold them once written. */
  modules: ModuleOutcome | null;
  /** The BehandelIndex computed in the BI step this session (the Modules step links its rows). */
  bi: BiResult | null;
  /** The team's module settings file loaded in the Modules step. */
  moduleTeam: ModuleTeamFile | null;
  /** Declarations of interest as the Belangen sheet holds them. */
  declarations: Declaration[];
  /** Declarations made after scores were entered (flagged). */
  lateDeclarations: DeclarationsRead['late'];
  /** Unusable rows of the Belangen sheet. */
  declarationProblems: Problem[];
  /** True once the Belangen sheet was read in this session (with the scores, or by saving a declaration). */
  declarationsRead: boolean;
  /** The assessors' returned files read so far in this session (a later version replaces an earlier one). */
  returnedFiles: ImportFile[];
  readBack: ReadBackOutcome | null;
  /** Shared-workbook mode: other assessors' score sheets hidden until each has completed their own. */
  hideScoreSheets: boolean;
  /** The consensus meeting's view as last prepared (the Overleg sheet holds the same). */
  meeting: MeetingView | null;
}

/** The "file" the restored applications come from: the workbook's own Aanvragen sheet. */
export const SHEET_SOURCE = 'Aanvragen (werkmap)';

export const initialState: PaneState = {
  applications: [],
  problems: [],
  files: [],
  lastImport: null,
  eligibility: [],
  overrides: {},
  scoreSheetsCreated: false,
  scores: [],
  consensus: [],
  ranking: null,
  constraints: {},
  stability: null,
  selectionWritten: false,
  sheetProblems: [],
  teamDecisions: [],
  teamDecisionsRead: false,
  modules: null,
  bi: null,
  moduleTeam: null,
  declarations: [],
  lateDeclarations: [],
  declarationProblems: [],
  declarationsRead: false,
  returnedFiles: [],
  readBack: null,
  hideScoreSheets: false,
  meeting: null,
};

export type PaneAction =
  | { type: 'imported'; files: string[]; merge: MergeResult; problems: Problem[] }
  /** The workbook already held applications (written by `zk` or an earlier session): carry on with them. */
  | { type: 'restored'; applications: Application[]; problems: Problem[] }
  | { type: 'screened'; eligibility: EligibilityResult[]; overrides: Record<string, Override[]>; problems: Problem[] }
  | { type: 'scoreSheetsCreated' }
  | { type: 'scoresRead'; scores: Score[]; problems: Problem[]; consensus?: ConsensusInput[] }
  | { type: 'declarationsRead'; read: DeclarationsRead }
  | { type: 'returnedRead'; files: ImportFile[]; readBack: ReadBackOutcome }
  | { type: 'hideScoreSheets'; hide: boolean }
  | { type: 'consensusSaved'; consensus: ConsensusInput }
  | { type: 'meetingPrepared'; meeting: MeetingView; scores: Score[]; consensus: ConsensusInput[] }
  | { type: 'ranked'; ranking: RankingOutcome; scores: Score[]; problems: Problem[]; consensus?: ConsensusInput[] }
  | { type: 'constraints'; constraints: RankingConstraints }
  | { type: 'stability'; stability: Record<string, number> }
  | { type: 'selectionWritten' }
  | { type: 'teamDecided'; decisions: TeamDecision[] }
  | { type: 'teamDecisionsRead'; decisions: TeamDecision[]; problems: Problem[] }
  | { type: 'modulesChecked'; outcome: ModuleOutcome }
  | { type: 'biComputed'; result: BiResult }
  | { type: 'moduleTeamLoaded'; file: ModuleTeamFile };

export function paneReducer(state: PaneState, action: PaneAction): PaneState {
  switch (action.type) {
    case 'imported': {
      const importedFiles = new Set(action.files);
      const { merge } = action;
      return {
        ...state,
        applications: merge.applications,
        // Problems of a file imported again are replaced by the new ones.
        problems: [...state.problems.filter((p) => !importedFiles.has(p.bestand)), ...action.problems],
        files: [...new Set([...state.files, ...action.files])],
        lastImport: state.applications.length > 0 ? { added: merge.added, updated: merge.updated, changes: merge.changes } : null,
        // Overrides are held by application id; the merge keeps existing ids, so they stay attached.
        ranking: null,
        selectionWritten: false,
      };
    }
    case 'restored':
      return state.applications.length > 0 ? state : { ...state, applications: action.applications, problems: action.problems, files: [SHEET_SOURCE] };
    case 'screened':
      return { ...state, eligibility: action.eligibility, overrides: action.overrides, sheetProblems: action.problems, ranking: null };
    case 'scoreSheetsCreated':
      return { ...state, scoreSheetsCreated: true };
    case 'scoresRead':
      return { ...state, scores: action.scores, sheetProblems: action.problems, ...(action.consensus ? { consensus: action.consensus } : {}) };
    case 'declarationsRead':
      // When who may score what changed, a ranking made before is stale.
      return {
        ...state,
        declarations: action.read.declarations,
        lateDeclarations: action.read.late,
        declarationProblems: action.read.problems,
        declarationsRead: true,
        ...(JSON.stringify(action.read.declarations) !== JSON.stringify(state.declarations) ? { ranking: null, selectionWritten: false } : {}),
      };
    case 'returnedRead':
      return { ...state, returnedFiles: action.files, readBack: action.readBack, scores: mergeScores(state.scores, action.readBack.scores), ranking: null, selectionWritten: false };
    case 'meetingPrepared':
      return { ...state, meeting: action.meeting, scores: action.scores, consensus: action.consensus };
    case 'hideScoreSheets':
      return { ...state, hideScoreSheets: action.hide };
    case 'consensusSaved':
      return {
        ...state,
        consensus: [...state.consensus.filter((c) => c.aanvraag !== action.consensus.aanvraag || c.item !== action.consensus.item), action.consensus],
        ranking: null,
        selectionWritten: false,
      };
    case 'ranked':
      return { ...state, ranking: action.ranking, scores: action.scores, consensus: action.consensus ?? [], sheetProblems: action.problems, stability: null, selectionWritten: false };
    case 'constraints':
      return { ...state, constraints: action.constraints };
    case 'stability':
      return { ...state, stability: action.stability };
    case 'selectionWritten':
      return { ...state, selectionWritten: true };
    case 'modulesChecked':
      return { ...state, modules: action.outcome };
    case 'biComputed':
      return { ...state, bi: action.result };
    case 'moduleTeamLoaded':
      return { ...state, moduleTeam: action.file, modules: null };
    case 'teamDecided':
      // A decision changes the outcome of an incomplete application: the ranking so far is stale.
      return { ...state, teamDecisions: action.decisions, teamDecisionsRead: true, ranking: null, selectionWritten: false };
    case 'teamDecisionsRead':
      // What the sheet holds wins over nothing; a decision made in this session was saved there too.
      return {
        ...state,
        teamDecisions: action.decisions,
        teamDecisionsRead: true,
        sheetProblems: [...state.sheetProblems, ...action.problems],
        // A ranking made without these decisions is stale.
        ...(JSON.stringify(action.decisions) !== JSON.stringify(state.teamDecisions) ? { ranking: null, selectionWritten: false } : {}),
      };
  }
}

/** One override per check per application: a newer one replaces the earlier one. */
export function withOverride(all: Record<string, Override[]>, aanvraag: string, override: Override): Record<string, Override[]> {
  const kept = (all[aanvraag] ?? []).filter((o) => o.checkId !== override.checkId);
  return { ...all, [aanvraag]: [...kept, override] };
}

/** Scores read back from the assessors' files replace the same (application, role, item) scores. */
export function mergeScores(existing: readonly Score[], incoming: readonly Score[]): Score[] {
  const key = (s: Score) => `${s.aanvraag}\u0000${s.rol}\u0000${s.item}`;
  const replaced = new Set(incoming.map(key));
  return [...existing.filter((s) => !replaced.has(key(s))), ...incoming];
}
