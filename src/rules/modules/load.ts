import { DUTCH_PARSE, dutchIssueMessage, formatPath } from '../issues';
import type { Problem } from '../outcome';
import { modulePolicySchema, type ModulePolicy } from './policy-schema';

/**
 * Reads a module policy a team wrote as JSON (its own conditions or settings). Returns the policy
 * when valid and every problem with a Dutch message naming the JSON path. Never throws.
 */
export function loadModulePolicy(json: unknown, bestand: string): { policy?: ModulePolicy; problems: Problem[] } {
  const parsed = modulePolicySchema.safeParse(json, DUTCH_PARSE);
  const problem = (path: ReadonlyArray<PropertyKey>, melding: string): Problem => {
    const veld = formatPath(path);
    return { bestand, plaats: veld, veld, melding: `${veld}: ${melding}`, ernst: 'fout' };
  };
  if (!parsed.success) return { problems: parsed.error.issues.map((issue) => problem(issue.path, dutchIssueMessage(issue))) };
  const problems: Problem[] = [];
  const ids = new Map<string, number>();
  parsed.data.voorwaarden.forEach((v, i) => {
    if (ids.has(v.id)) problems.push(problem(['voorwaarden', i, 'id'], `voorwaarde-id '${v.id}' komt al voor bij voorwaarden[${ids.get(v.id)}]`));
    else ids.set(v.id, i);
    if (v.niveau === 'therapeut' && !v.geldtVoor) problems.push(problem(['voorwaarden', i, 'geldtVoor'], "kies 'fysiotherapeuten' of 'medewerkers' voor een voorwaarde per persoon"));
  });
  return problems.length ? { problems } : { policy: parsed.data, problems };
}

/**
 * A team's file over a built-in module policy, as `zk module --beleid` and the pane's Modules step
 * read it: a file with only settings (no `voorwaarden`) changes the `keuzes` of the built-in
 * policy and may rename or re-version it; a whole policy replaces it.
 */
export function loadTeamModulePolicy(builtIn: ModulePolicy, json: unknown, bestand: string): { policy?: ModulePolicy; problems: Problem[] } {
  const onlySettings = typeof json === 'object' && json !== null && !Array.isArray(json) && !('voorwaarden' in json);
  if (!onlySettings) return loadModulePolicy(json, bestand);
  const keuzes = (json as { keuzes?: object }).keuzes ?? {};
  return loadModulePolicy({ ...builtIn, ...json, keuzes: { ...builtIn.keuzes, ...keuzes } }, bestand);
}
