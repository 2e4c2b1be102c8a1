import type { BiParseResult } from '../import/bi';
import type { Application } from '../rules/application';
import type { EligibilityResult, Problem } from '../rules/outcome';
import type { Policy } from '../rules/policy';
import type { ProcedureResult, ProcedureSettings } from '../rules/ranking/procedure';
import type { Belangverklaring, ScoreMoment } from '../rules/scoring/conflicts';
import type { ConsensusInput, Score } from '../rules/scoring/score';
import type { TeamDecision } from '../rules/team-decision';
import type { PersonalFileRead } from '../import/personal-file';
import type { PersonalFile } from '../report/personal-workbook';
import type { AssessorRef } from '../rules/scoring/panel';
import type { CliIo } from './command';
import { formatProblem } from './selection-run';

/** What the demo's steps read and write; each step fills in its part. */
export interface DemoContext {
  io: CliIo;
  samples: string;
  uit: string;
  tijdstip: string;
  instellingen: ProcedureSettings;
  wie: string;
  rol: string;
  beleid?: string;
  policy?: Policy;
  aanvragen?: Application[];
  toetsing?: EligibilityResult[];
  scores?: Score[];
  consensus?: ConsensusInput[];
  teamBesluiten?: TeamDecision[];
  /** Declarations of interest (samples/beoordeling/belangen.csv) and when scores were known to exist. */
  belangen?: Belangverklaring[];
  scoreMomenten?: ScoreMoment[];
  /** Independent scoring: the panel, the files handed out, and the same files filled in and read. */
  persoonlijk?: { panel: AssessorRef[]; uitgedeeld: PersonalFile[]; ingevuld: PersonalFileRead[] };
  result?: ProcedureResult;
  bestanden?: string[];
  /** The BehandelIndex file, read before anything is written. */
  bi?: { bestand: string; parsed: BiParseResult };
}

export interface DemoStep {
  /** Shown as a progress line: `Aanvragen inlezen… 10 gelezen`. */
  label: string;
  /** Does the work and returns the short result for the progress line. */
  run(ctx: DemoContext): Promise<string>;
}

export function need<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`demo: ${what} ontbreekt; een eerdere stap is niet gedaan`);
  return value;
}

export function report(ctx: DemoContext, problems: readonly Problem[]): string {
  for (const p of problems) ctx.io.err(formatProblem(p) + '\n');
  return problems.length ? ` (${problems.length} meldingen)` : '';
}
