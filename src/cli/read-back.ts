/**
 * `zk beoordeling inlezen`: personal scoring files (or folders of them) back into scores, in the
 * score-file format `zk rangschik` and `zk selectie` read. Every file is opened before anything is
 * written: one that is not a readable personal scoring file stops the command with exit 2.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { applicationCheckValues } from '../import/application-hash';
import { readPersonalFile, type PersonalFileRead } from '../import/personal-file';
import { combinePersonalFiles, describeChange, type ReadBackResult } from '../import/personal-scores';
import type { Problem } from '../rules/outcome';
import type { Policy } from '../rules/policy';
import { assessorLabel } from '../rules/scoring/panel';
import { rubricFor } from '../rules/scoring/rubric-2021';
import { scoresToCsv, scoresWorkbookModel } from '../report/score-file';
import { buildExcelWorkbook } from '../report/write-xlsx';
import { personalFileName } from '../workbook/personal';
import { CliError } from './command';
import { policyFromOption } from './policy-option';
import { readDeclarations } from './read-declarations';
import { fsReason, readInput, shownName } from './read-input';
import { readPanel } from './read-panel';
import { readApplicationsOrFail, uniqueById } from './selection-run';
import { formatTable } from './text-table';

export interface ReadBackOptions {
  bestanden: string[];
  uit?: string;
  beleid?: string;
  beoordelaars?: string;
  belangen?: string;
  /** Applications as they are now: a score on a text changed since the hand-out does not count. */
  aanvragen?: string[];
  tijdstip: string;
}

export interface ReadBackRun extends ReadBackResult {
  policy: Policy;
  /** False when no --aanvragen were given: changed applications could not be detected. */
  gecontroleerd: boolean;
  geschreven?: string;
}

/** The .xlsx files of a folder (not Excel's `~$` lock files), or the file itself. */
async function personalFiles(given: string, cwd: string): Promise<string[]> {
  const full = path.resolve(cwd, given);
  let info;
  try {
    info = await fs.stat(full);
  } catch (error) {
    throw new CliError(`kan scorebestand '${given}' niet lezen: ${fsReason(error)}`);
  }
  if (!info.isDirectory()) return [full];
  const names = (await fs.readdir(full)).filter((n) => /\.xlsx$/i.test(n) && !n.startsWith('~$')).sort();
  if (!names.length) throw new CliError(`de map '${given}' bevat geen scorebestanden (.xlsx)`);
  return names.map((n) => path.join(full, n));
}

export async function runReadBack(options: ReadBackOptions, cwd: string): Promise<ReadBackRun> {
  const policy = policyFromOption(options.beleid, cwd);
  const problemen: Problem[] = [];
  const panel = await readPanel(options.beoordelaars, cwd, policy);
  problemen.push(...panel.problemen);
  const declarations = options.belangen ? await readDeclarations(options.belangen, cwd, options.tijdstip) : { belangen: [], problems: [] };
  problemen.push(...declarations.problems);
  let controlegetallen: Map<string, string> | undefined;
  if (options.aanvragen?.length) {
    const read = await readApplicationsOrFail(options.aanvragen, cwd);
    problemen.push(...read.problems);
    controlegetallen = await applicationCheckValues(uniqueById(read.applications, problemen));
  }
  const reads: PersonalFileRead[] = [];
  for (const given of options.bestanden) {
    for (const file of await personalFiles(given, cwd)) {
      // The one opener: size, kind by content and the archive budget before exceljs unpacks anything.
      const { bestand, opened } = readInput(file, cwd, 'scorebestand', ['xlsx']);
      // A file under the name it was handed out with (beoordeling-inkoper.xlsx) is expected from that assessor.
      const verwacht = panel.panel.find((p) => personalFileName(p, panel.panel).toLowerCase() === path.basename(file).toLowerCase());
      const read = await readPersonalFile(opened.kind === 'xlsx' ? opened.archive.bytes : new Uint8Array(), bestand, verwacht ? { verwacht } : {});
      if (!read.leesbaar) throw new CliError(`kan scorebestand '${bestand}' niet lezen: ${read.problemen.map((p) => p.melding).join('; ')}`);
      reads.push(read);
    }
  }
  const result = combinePersonalFiles(reads, { rubric: rubricFor(policy), panel: panel.panel, belangen: declarations.belangen, tijdstip: options.tijdstip, beleid: { id: policy.id, versie: policy.versie }, ...(controlegetallen ? { controlegetallen } : {}) });
  const run: ReadBackRun = { ...result, problemen: [...problemen, ...result.problemen], policy, gecontroleerd: controlegetallen !== undefined };
  if (options.uit) {
    const target = path.resolve(cwd, options.uit);
    await fs.mkdir(path.dirname(target), { recursive: true });
    if (/\.xlsx$/i.test(target)) await fs.writeFile(target, new Uint8Array(await buildExcelWorkbook(scoresWorkbookModel(run.scores, options.tijdstip)).xlsx.writeBuffer()));
    else await fs.writeFile(target, scoresToCsv(run.scores), 'utf8');
    run.geschreven = shownName(target, cwd);
  }
  return run;
}

/** What `zk beoordeling inlezen` prints: per file what counted, the replacements with their changes, what is missing. */
export function readBackSummary(run: ReadBackRun): string {
  const rubric = rubricFor(run.policy);
  const status = { gebruikt: 'telt', vervangen: 'vervangen door een nieuwere versie', geweigerd: 'geweigerd' } as const;
  const rows = run.bestanden.map((f) => [f.bestand, f.beoordelaar ? assessorLabel(f.beoordelaar) : '', status[f.status], String(f.scores), f.ontbrekend ? String(f.ontbrekend) : '']);
  const lines = [formatTable(['Bestand', 'Beoordelaar', 'Stand', 'Scores', 'Ontbreekt'], rows)];
  for (const v of run.vervangingen) {
    lines.push('', `${v.door} vervangt ${v.vervangen} (${assessorLabel(v.beoordelaar)}): ${v.wijzigingen.length ? `${v.wijzigingen.length} wijziging${v.wijzigingen.length === 1 ? '' : 'en'}` : 'niets gewijzigd'}`);
    for (const c of v.wijzigingen) lines.push(`  ${describeChange(c, rubric)}`);
  }
  const total = run.ontbrekend.reduce((n, m) => n + m.items.length, 0);
  lines.push('', `${run.scores.length} scores van ${new Set(run.scores.map((s) => `${s.rol}\u0000${s.beoordelaar}`)).size} beoordelaars ingelezen${total ? `; ${total} nog niet gescoord` : ''}.`);
  if (!run.gecontroleerd) lines.push('Niet gecontroleerd of aanvragen sinds het uitdelen zijn gewijzigd: geef de aanvragen mee met --aanvragen.');
  if (run.geschreven) lines.push(`Geschreven: ${run.geschreven}`);
  return lines.join('\n') + '\n';
}
