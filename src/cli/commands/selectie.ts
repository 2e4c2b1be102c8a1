import * as path from 'node:path';
import { parseCommandArgs } from '../parse-command-args';
import { type Command, CliError } from '../command';
import { rankingSummary } from '../ranking-summary';
import { SELECTION_OPTIONS, SELECTION_USAGE, selectionRunFrom } from '../selection-options';
import { formatProblem, runSelection } from '../selection-run';
import { writeLetters, writeSelectionWorkbook } from '../write-outputs';

const usage = `Gebruik: zk selectie <aanvragen>… <scores> -o selectie.xlsx [--brieven map/] [--seed N] [--max-per-regio K] [--budget B]

Schrijft de selectiewerkmap (bladen Selectie, Toetsing, Scores, Aggregatie, Gevoeligheid, Audit,
Instellingen) en desgewenst een besluitbrief (.docx) per aanvraag.

Opties:
  -o, --uit BESTAND   de werkmap (.xlsx) die wordt geschreven
  --brieven MAP       map voor de besluitbrieven
${SELECTION_USAGE}`;

export const selectie: Command = {
  name: 'selectie',
  aliases: ['select'],
  summary: 'selectiewerkmap (.xlsx) en besluitbrieven (.docx) schrijven',
  usage,
  async run(args, io) {
    const parsed = parseCommandArgs({ args, allowPositionals: true, options: { ...SELECTION_OPTIONS, uit: { type: 'string', short: 'o' }, brieven: { type: 'string' } } }, usage);
    const tijdstip = new Date().toISOString();
    const options = selectionRunFrom(parsed, usage, tijdstip);
    if (!parsed.values.uit) throw new CliError(`geef met -o aan waar de werkmap moet komen.\n${usage}`);
    const run = await runSelection(options, io.cwd);
    for (const p of run.problemen) io.err(formatProblem(p) + '\n');
    for (const line of run.samenvatting ?? []) io.err(`zk selectie: ${line}\n`);
    // Every input has been read (runSelection stops with exit 2 otherwise); only now is anything written.
    const file = path.resolve(io.cwd, parsed.values.uit);
    await written(parsed.values.uit, () => writeSelectionWorkbook(run, file, tijdstip));
    io.out(rankingSummary(run.result, run.aanvragen));
    io.out(`\nWerkmap geschreven: ${path.relative(io.cwd, file) || file}\n`);
    if (parsed.values.brieven) {
      const dir = path.resolve(io.cwd, parsed.values.brieven);
      const letters = await written(parsed.values.brieven, () => writeLetters(run, dir, tijdstip));
      const waiting = run.result.onvolledig.length;
      io.out(`${letters.length} besluitbrieven geschreven in ${path.relative(io.cwd, dir) || dir}` + (waiting ? ` (nog geen brief voor ${waiting} aanvraag/aanvragen die nog niet volledig beoordeeld zijn)` : '') + '\n');
    }
    return run.samenvatting?.length ? 1 : 0;
  },
};

/** A write that fails names its target instead of ending in an unexpected error. */
async function written<T>(target: string, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    throw new CliError(`kan '${target}' niet schrijven: ${(error as NodeJS.ErrnoException).code ?? (error instanceof Error ? error.message : String(error))}`);
  }
}
