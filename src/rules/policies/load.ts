import { DUTCH_PARSE, dutchIssueMessage, formatPath } from '../issues';
import { nameKey } from '../names';
import type { Problem } from '../outcome';
import { policySchema, type Policy } from '../policy';

function problem(bestand: string, path: ReadonlyArray<PropertyKey>, melding: string): Problem {
  const veld = formatPath(path);
  return { bestand, plaats: veld, veld, melding: `${veld}: ${melding}`, ernst: 'fout' };
}

/** Checks a schema cannot express: references between parts of the policy. */
function consistencyProblems(policy: Policy, bestand: string): Problem[] {
  const problems: Problem[] = [];
  const ids = new Map<string, number>();
  policy.criteria.forEach((c, i) => {
    if (ids.has(c.id)) problems.push(problem(bestand, ['criteria', i, 'id'], `criterium-id '${c.id}' komt al voor bij criteria[${ids.get(c.id)}]`));
    else ids.set(c.id, i);
  });
  policy.criteria.forEach((c, i) => {
    if (c.herhaaltVan && !ids.has(c.herhaaltVan)) problems.push(problem(bestand, ['criteria', i, 'herhaaltVan'], `verwijst naar onbekend criterium '${c.herhaaltVan}'`));
    if (c.herhaaltVan === c.id) problems.push(problem(bestand, ['criteria', i, 'herhaaltVan'], 'een criterium kan zichzelf niet herhalen'));
  });
  const seen = new Map<string, string>();
  policy.regios.forEach((region, r) => {
    region.gemeenten.forEach((gemeente, g) => {
      const key = nameKey(gemeente);
      const earlier = seen.get(key);
      if (earlier) problems.push(problem(bestand, ['regios', r, 'gemeenten', g], `'${gemeente}' staat ook al bij regio ${earlier}`));
      else seen.set(key, region.naam);
    });
  });
  if (policy.looptijd && policy.looptijd.van > policy.looptijd.tot) {
    problems.push(problem(bestand, ['looptijd'], `begint (${policy.looptijd.van}) na het einde (${policy.looptijd.tot})`));
  }
  return problems;
}

/**
 * Reads a policy a team wrote as JSON. Returns the policy when it is valid, and every problem
 * with a Dutch message naming the JSON path (e.g. `regios[2].gemeenten`). Never throws.
 */
export function loadPolicy(json: unknown, bestand: string): { policy?: Policy; problems: Problem[] } {
  const parsed = policySchema.safeParse(json, DUTCH_PARSE);
  if (!parsed.success) {
    return { problems: parsed.error.issues.map((issue) => problem(bestand, issue.path, dutchIssueMessage(issue))) };
  }
  const problems = consistencyProblems(parsed.data, bestand);
  return problems.length ? { problems } : { policy: parsed.data, problems };
}

