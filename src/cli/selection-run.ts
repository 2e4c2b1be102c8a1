import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { evaluateEligibility } from '../rules/eligibility';
import type { Problem } from '../rules/outcome';
import type { Policy } from '../rules/policy';
import { loadPolicy } from '../rules/policies/load';
import { samenwerken2021 } from '../rules/policies/samenwerken-2021';
import { type ProcedureResult, type ProcedureSettings, runProcedure } from '../rules/ranking/procedure';
import { RankingError } from '../rules/ranking/tiebreaks';
import { rubricFor } from '../rules/scoring/rubric-2021';
import type { Score } from '../rules/scoring/score';
import type { Application } from '../rules/application';
import type { EligibilityResult } from '../rules/outcome';
import { CliError } from './command';
import { readApplications } from './read-applications';
import { readScores } from './read-scores';

export interface SelectionRunOptions {
  aanvragen: string[];
  scores: string;
  beleid?: string;
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

export async function readPolicy(file: string | undefined, cwd: string): Promise<Policy> {
  if (!file) return samenwerken2021;
  const text = await fs.readFile(path.resolve(cwd, file), 'utf8').catch(() => {
    throw new CliError(`kan beleid '${file}' niet lezen.`);
  });
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new CliError(`beleid '${file}' is geen leesbare JSON: ${(error as Error).message}`);
  }
  const { policy, problems } = loadPolicy(json, file);
  if (!policy) throw new CliError(`beleid '${file}' is ongeldig:\n${problems.map((p) => `  ${p.melding}`).join('\n')}`);
  return policy;
}

/** Reads, screens, scores and ranks: what `zk rangschik` and `zk selectie` share. */
export async function runSelection(options: SelectionRunOptions, cwd: string): Promise<SelectionRun> {
  const policy = await readPolicy(options.beleid, cwd);
  const read = await readApplications(options.aanvragen, cwd);
  const toetsing = read.aanvragen.map((a) => evaluateEligibility(a, policy));
  const scoreImport = await readScores(options.scores, cwd, rubricFor(policy), policy.rollen);
  try {
    const result = runProcedure({
      policy,
      aanvragen: read.aanvragen,
      toetsing,
      scores: scoreImport.scores,
      instellingen: options.instellingen,
      tijdstip: options.tijdstip,
      wie: options.wie,
      rol: options.rol,
    });
    return { policy, aanvragen: read.aanvragen, toetsing, scores: scoreImport.scores, result, problemen: [...read.problemen, ...scoreImport.problemen] };
  } catch (error) {
    if (error instanceof RankingError) throw new CliError(error.message);
    throw error;
  }
}

export function formatProblem(p: Problem): string {
  return `${p.ernst === 'waarschuwing' ? 'waarschuwing' : 'fout'}: ${[p.bestand, p.plaats].filter(Boolean).join(', ')}${p.veld ? ` (${p.veld})` : ''}: ${p.melding}`;
}
