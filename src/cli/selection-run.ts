import type { Problem } from '../rules/outcome';
import type { Policy } from '../rules/policy';
import { type ProcedureResult, type ProcedureSettings, runProcedure } from '../rules/ranking/procedure';
import { RankingError } from '../rules/ranking/tiebreaks';
import { rubricFor } from '../rules/scoring/rubric-2021';
import type { ConsensusInput, Score } from '../rules/scoring/score';
import type { Application } from '../rules/application';
import type { EligibilityResult } from '../rules/outcome';
import { CliError } from './command';
import { loadApplications } from './load-applications';
import { policyFromOption } from './policy-option';
import { readOverrides, screen } from './read-overrides';
import { readConsensus, readScores } from './read-scores';
import { readWorkbookInput } from './read-workbook';

export interface SelectionRunOptions {
  aanvragen: string[];
  scores: string;
  beleid?: string;
  /** JSON list of overrides {aanvraag, checkId, status, reden, beoordelaar, rol, tijdstip}. */
  overrides?: string;
  /** CSV or .xlsx of consensus scores {aanvraag, item, score, motivatie, wie, rol}. */
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
  /** The consensus scores read (the procedure refuses those without a motivation). */
  consensus: ConsensusInput[];
  result: ProcedureResult;
  problemen: Problem[];
}

/**
 * Every import format → applications. A file that cannot be read at all stops the run (a ranking
 * without some applications would mislead); wrong values inside a file are problems, not stops.
 */
export async function readApplicationsOrFail(paths: readonly string[], cwd: string): Promise<{ applications: Application[]; problems: Problem[] }> {
  const read = await loadApplications(paths, cwd);
  if (read.unreadable.length) {
    const why = read.problems.filter((p) => read.unreadable.includes(p.bestand)).map((p) => `kan '${p.bestand}' niet lezen: ${p.melding}`);
    throw new CliError(why.join('\n') || `kan ${read.unreadable.map((f) => `'${f}'`).join(', ')} niet lezen`);
  }
  return { applications: read.applications, problems: read.problems };
}

/** Reads, screens, scores and ranks: what `zk rangschik` and `zk selectie` share. */
export async function runSelection(options: SelectionRunOptions, cwd: string): Promise<SelectionRun> {
  const policy = policyFromOption(options.beleid, cwd);
  const read = await readApplicationsOrFail(options.aanvragen, cwd);
  const aanvragen = uniqueById(read.applications, read.problems);
  const rubric = rubricFor(policy);
  const overrideLines = options.overrides ? readOverrides(options.overrides, cwd) : { overrides: [], problems: [] };
  read.problems.push(...overrideLines.problems);
  // A workbook saved from the add-in (or written by zk selectie) brings its typed judgements,
  // score sheets and consensus scores along with its applications.
  const byFile = new Map<string, NonNullable<Awaited<ReturnType<typeof readWorkbookInput>>>>();
  for (const file of new Set([...options.aanvragen, options.scores])) {
    const input = await readWorkbookInput(file, cwd, rubric, options.tijdstip);
    if (input) byFile.set(file, input);
  }
  const workbooks = [...byFile.values()];
  for (const w of workbooks) read.problems.push(...w.problems);
  const typed = workbooks.flatMap((w) => Object.entries(w.overrides).flatMap(([aanvraag, list]) => list.map((o) => ({ aanvraag, ...o }))));
  const toetsing = screen(aanvragen, policy, [...typed, ...overrideLines.overrides], read.problems, options.overrides);
  const scoreBook = byFile.get(options.scores);
  const fromWorkbook = scoreBook?.has.scores ? scoreBook : undefined;
  const scoreImport = fromWorkbook ? { scores: fromWorkbook.scores, problemen: [] } : await readScores(options.scores, cwd, rubric, policy.rollen);
  const consensus = options.consensus ? await readConsensus(options.consensus, cwd, rubric) : { consensus: workbooks.flatMap((w) => w.consensus), problemen: [] };
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
    return { policy, aanvragen, toetsing, scores: scoreImport.scores, consensus: consensus.consensus, result, problemen: [...read.problems, ...scoreImport.problemen] };
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
