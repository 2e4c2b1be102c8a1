import type { Problem } from '../rules/outcome';
import type { Policy } from '../rules/policy';
import { type ProcedureResult, type ProcedureSettings, runProcedure } from '../rules/ranking/procedure';
import { RankingError } from '../rules/ranking/tiebreaks';
import { rubricFor } from '../rules/scoring/rubric-2021';
import type { Score } from '../rules/scoring/score';
import type { Application } from '../rules/application';
import type { EligibilityResult } from '../rules/outcome';
import { CliError } from './command';
import { loadApplicationsFromJson } from './load-applications';
import { policyFromOption } from './policy-option';
import { readOverrides, screen } from './read-overrides';
import { readConsensus, readScores } from './read-scores';

export interface SelectionRunOptions {
  aanvragen: string[];
  scores: string;
  beleid?: string;
  /** JSON list of overrides {aanvraag, checkId, status, reden, beoordelaar, rol, tijdstip}. */
  overrides?: string;
  /** CSV of consensus scores {aanvraag, item, score, motivatie, wie, rol}. */
  consensus?: string;
  instellingen: ProcedureSettings;
  wie: string;
  rol: string;
  tijdstip: string;
}

export interface SelectionRun {
  policy: Policy;
  aanvragen: Application[];
  toetsing: EligibilityResult[];
  scores: Score[];
  result: ProcedureResult;
  problemen: Problem[];
}

/** Reads, screens, scores and ranks: what `zk rangschik` and `zk selectie` share. */
export async function runSelection(options: SelectionRunOptions, cwd: string): Promise<SelectionRun> {
  const policy = policyFromOption(options.beleid, cwd);
  const read = loadApplicationsFromJson(options.aanvragen, cwd);
  const aanvragen = uniqueById(read.applications.map((a) => a.application), read.problems);
  const overrideLines = options.overrides ? readOverrides(options.overrides, cwd) : { overrides: [], problems: [] };
  read.problems.push(...overrideLines.problems);
  const toetsing = screen(aanvragen, policy, overrideLines.overrides, read.problems, options.overrides);
  const scoreImport = await readScores(options.scores, cwd, rubricFor(policy), policy.rollen);
  const consensus = options.consensus ? readConsensus(options.consensus, cwd, rubricFor(policy)) : { consensus: [], problemen: [] };
  scoreImport.problemen.push(...consensus.problemen);
  try {
    const result = runProcedure({
      policy,
      aanvragen,
      toetsing,
      scores: scoreImport.scores,
      consensus: consensus.consensus,
      instellingen: options.instellingen,
      tijdstip: options.tijdstip,
      wie: options.wie,
      rol: options.rol,
    });
    return { policy, aanvragen, toetsing, scores: scoreImport.scores, result, problemen: [...read.problems, ...scoreImport.problemen] };
  } catch (error) {
    if (error instanceof RankingError) throw new CliError(error.message);
    throw error;
  }
}

export function formatProblem(p: Problem): string {
  return `${p.ernst === 'waarschuwing' ? 'waarschuwing' : 'fout'}: ${[p.bestand, p.plaats].filter(Boolean).join(', ')}${p.veld ? ` (${p.veld})` : ''}: ${p.melding}`;
}

/** A second application with an id already seen is reported and left out (ids key scores and letters). */
export function uniqueById(aanvragen: readonly Application[], problems: Problem[]): Application[] {
  const seen = new Set<string>();
  return aanvragen.filter((a) => {
    if (!seen.has(a.id)) return seen.add(a.id);
    problems.push({ bestand: '', plaats: `aanvraag ${a.id}`, veld: 'id', melding: `aanvraag ${a.id} komt meer dan één keer voor; alleen de eerste telt`, ernst: 'fout' });
    return false;
  });
}
