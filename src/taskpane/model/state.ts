import type { FieldChange, MergeResult } from '../../import/merge';
import type { Application } from '../../rules/application';
import type { EligibilityResult, Override, Problem } from '../../rules/outcome';
import type { ConsensusInput, Score } from '../../rules/scoring/score';
import type { TeamDecision } from '../../rules/team-decision';
import type { BiResult } from '../../rules/bi/behandelindex';
import type { ModuleOutcome, ModuleTeamFile, RankingConstraints, RankingOutcome } from '../services';

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
};

export type PaneAction =
  | { type: 'imported'; files: string[]; merge: MergeResult; problems: Problem[] }
  /** The workbook already held applications (written by `zk` or an earlier session): carry on with them. */
  | { type: 'restored'; applications: Application[]; problems: Problem[] }
  | { type: 'screened'; eligibility: EligibilityResult[]; overrides: Record<string, Override[]>; problems: Problem[] }
  | { type: 'scoreSheetsCreated' }
  | { type: 'scoresRead'; scores: Score[]; problems: Problem[] }
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
      return { ...state, scores: action.scores, sheetProblems: action.problems };
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
