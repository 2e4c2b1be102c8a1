import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { type Command, CliError } from '../command';
import { rankingSummary } from '../ranking-summary';
import { SELECTION_OPTIONS, SELECTION_USAGE, settingsFrom } from '../selection-options';
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
    let parsed;
    try {
      parsed = parseArgs({ args, allowPositionals: true, options: { ...SELECTION_OPTIONS, uit: { type: 'string', short: 'o' }, brieven: { type: 'string' } } });
    } catch (error) {
      throw new CliError(`${(error as Error).message}\n${usage}`);
    }
    const aanvragen = parsed.positionals.slice(0, -1);
    const scores = parsed.positionals[parsed.positionals.length - 1];
    if (!aanvragen.length) throw new CliError(`geef een of meer aanvragen (bestand of map) en als laatste het scorebestand.\n${usage}`);
    if (!parsed.values.uit) throw new CliError(`geef met -o aan waar de werkmap moet komen.\n${usage}`);
    const tijdstip = new Date().toISOString();
    const run = await runSelection(
      {
        aanvragen,
        scores,
        beleid: parsed.values.beleid,
        overrides: parsed.values.overschrijvingen,
        consensus: parsed.values.consensus,
        instellingen: settingsFrom(parsed.values),
        wie: parsed.values.wie ?? 'opdrachtregel',
        rol: parsed.values.rol ?? 'beoordelingsteam',
        tijdstip,
      },
      io.cwd,
    );
    for (const p of run.problemen) io.err(formatProblem(p) + '\n');
    const file = path.resolve(io.cwd, parsed.values.uit);
    await writeSelectionWorkbook(run, file, tijdstip);
    io.out(rankingSummary(run.result, run.aanvragen));
    io.out(`\nWerkmap geschreven: ${path.relative(io.cwd, file) || file}\n`);
    if (parsed.values.brieven) {
      const dir = path.resolve(io.cwd, parsed.values.brieven);
      const letters = await writeLetters(run, dir, tijdstip);
      const waiting = run.result.onvolledig.length;
      io.out(`${letters.length} besluitbrieven geschreven in ${path.relative(io.cwd, dir) || dir}` + (waiting ? ` (nog geen brief voor ${waiting} niet volledig gescoorde aanvraag/aanvragen)` : '') + '\n');
    }
    return 0;
  },
};
