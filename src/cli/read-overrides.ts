import { z } from 'zod';
import type { Application } from '../rules/application';
import { evaluateEligibility, overrideProblem } from '../rules/eligibility';
import { CHECK_STATUSES, type EligibilityResult, type Override, type Problem } from '../rules/outcome';
import type { Policy } from '../rules/policy';
import { DUTCH_PARSE, dutchIssueMessage, formatPath } from '../rules/issues';
import { CliError } from './command';
import { readJsonInput } from './read-input';

/** One line of an overrides file: an assessor's written decision on one check of one application. */
const overrideLineSchema = z.object({
  aanvraag: z.string().min(1),
  checkId: z.string().min(1),
  status: z.enum(CHECK_STATUSES),
  reden: z.string(),
  beoordelaar: z.string().min(1),
  rol: z.string().optional(),
  tijdstip: z.string().min(1),
});
export type OverrideLine = z.infer<typeof overrideLineSchema>;

/** Reads a JSON array of overrides; a wrong line is a problem (file, line, field) and is left out. */
export function readOverrides(file: string, cwd: string): { overrides: OverrideLine[]; problems: Problem[] } {
  const { json } = readJsonInput(file, cwd, 'overschrijvingen');
  if (!Array.isArray(json)) throw new CliError(`overschrijvingen '${file}': verwacht een JSON-lijst van overschrijvingen`);
  const overrides: OverrideLine[] = [];
  const problems: Problem[] = [];
  json.forEach((line, i) => {
    const parsed = overrideLineSchema.safeParse(line, DUTCH_PARSE);
    if (parsed.success) overrides.push(parsed.data);
    else for (const issue of parsed.error.issues) problems.push({ bestand: file, plaats: `overschrijving ${i + 1}`, veld: formatPath(issue.path), melding: `${formatPath(issue.path)}: ${dutchIssueMessage(issue)}; overschrijving genegeerd`, ernst: 'fout' });
  });
  return { overrides, problems };
}

/** Screens every application, with the assessors' overrides; a refused override is reported, not applied. */
export function screen(aanvragen: readonly Application[], policy: Policy, lines: readonly OverrideLine[], problems: Problem[], bestand = ''): EligibilityResult[] {
  const byApp = new Map<string, Override[]>();
  lines.forEach((line, i) => {
    const { aanvraag, ...override } = line;
    const refused = overrideProblem(override, policy);
    if (refused) {
      problems.push({ bestand, plaats: `overschrijving ${i + 1}`, veld: 'reden', melding: refused, ernst: 'fout' });
      return;
    }
    if (!aanvragen.some((a) => a.id === aanvraag)) {
      problems.push({ bestand, plaats: `overschrijving ${i + 1}`, veld: 'aanvraag', melding: `aanvraag '${aanvraag}' is niet ingelezen; overschrijving genegeerd`, ernst: 'waarschuwing' });
      return;
    }
    byApp.set(aanvraag, [...(byApp.get(aanvraag) ?? []), override]);
  });
  return aanvragen.map((a) => evaluateEligibility(a, policy, { overrides: byApp.get(a.id) ?? [] }));
}
