import { type ConsensusImport, parseConsensusCsv, parseConsensusXlsx } from '../import/consensus';
import { readPersonalFile } from '../import/personal-file';
import { parseScoresCsv, parseScoresXlsx, type ScoreImport } from '../import/scores';
import type { Problem } from '../rules/outcome';
import type { Rubric } from '../rules/policy';
import { CliError } from './command';
import { readInput } from './read-input';

/** A table refused whole (unreadable, a column missing, over a limit, no rows): the run stops. */
function stopWhenUnreadable(what: string, bestand: string, imported: { leesbaar: boolean; rijen: number; problemen: Problem[] }): void {
  if (!imported.leesbaar) {
    const why = imported.problemen.filter((p) => p.ernst !== 'waarschuwing').map((p) => (p.plaats && p.plaats !== 'bestand' ? `${p.plaats}: ${p.melding}` : p.melding));
    throw new CliError(`kan ${what} '${bestand}' niet lezen: ${why.join('; ') || 'onbekende reden'}`);
  }
  if (imported.rijen === 0) throw new CliError(`kan ${what} '${bestand}' niet lezen: het bestand heeft geen rijen onder de kopregel`);
}

/** Reads a score file (CSV in any encoding open.ts knows, or .xlsx); an unreadable one is a CliError (exit 2). */
export async function readScores(file: string, cwd: string, rubric: Rubric, rollen: readonly string[]): Promise<ScoreImport & { bestand: string }> {
  const { bestand, opened } = readInput(file, cwd, 'scorebestand', ['csv', 'xlsx']);
  const imported = opened.kind === 'xlsx' ? await parseScoresXlsx(opened.archive.bytes, bestand, rubric, { rollen }) : parseScoresCsv(opened.kind === 'csv' ? opened.text : '', bestand, rubric, { rollen });
  // A personal scoring file has no beoordelaar or rol column (its Bestand sheet says whose it is): say what to do with it.
  if (!imported.leesbaar && opened.kind === 'xlsx' && (await readPersonalFile(opened.archive.bytes, bestand)).leesbaar) {
    throw new CliError(`'${bestand}' is een persoonlijk scorebestand; lees de ingevulde bestanden eerst samen in met zk beoordeling inlezen <bestanden of map> -o scores.csv, en rangschik met dat scorebestand`);
  }
  stopWhenUnreadable('scorebestand', bestand, imported);
  return { ...imported, bestand };
}

/** Reads consensus scores (aanvraag, item, score, motivatie, wie, rol) the same way: `.xlsx` or CSV. */
export async function readConsensus(file: string, cwd: string, rubric: Rubric): Promise<ConsensusImport & { bestand: string }> {
  const { bestand, opened } = readInput(file, cwd, 'consensusbestand', ['csv', 'xlsx']);
  const imported = opened.kind === 'xlsx' ? await parseConsensusXlsx(opened.archive.bytes, bestand, rubric) : parseConsensusCsv(opened.kind === 'csv' ? opened.text : '', bestand, rubric);
  // A meeting's file with only open rows is readable: nothing has been decided yet.
  if (imported.leesbaar && imported.rijen === 0 && imported.open) return { ...imported, bestand };
  stopWhenUnreadable('consensusbestand', bestand, imported);
  return { ...imported, bestand };
}

/** "scorebestand 'scores.csv': 40 van 44 rijen ingelezen; 4 met een fout niet meegeteld" — or undefined when all were kept. */
export function keptSummary(what: string, imported: { bestand: string; rijen: number }, kept: number): string | undefined {
  if (kept === imported.rijen) return undefined;
  const left = imported.rijen - kept;
  return `${what} '${imported.bestand}': ${kept} van ${imported.rijen} rijen ingelezen; ${left} ${left === 1 ? 'rij telt' : 'rijen tellen'} niet mee (zie de meldingen hierboven)`;
}
