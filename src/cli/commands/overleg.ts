import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { parseCommandArgs } from '../parse-command-args';
import { type Command, CliError } from '../command';
import { SELECTION_OPTIONS, SELECTION_USAGE, selectionRunFrom } from '../selection-options';
import { formatProblem, runSelection } from '../selection-run';
import { conflictLines } from '../ranking-summary';
import { formatTable } from '../text-table';
import { effectText, meetingFromProcedure, type MeetingItem } from '../../rules/scoring/meeting';
import { formatNumber } from '../../rules/scoring/numbers';
import { buildMeetingWorkbook } from '../../report/meeting-workbook';
import { writeWorkbook } from '../../report/write-xlsx';

const usage = `Gebruik: zk overleg <aanvragen>… <scores> [--belangen B.csv] [--consensus C.csv] [--json] [-o overleg.xlsx]

Voor het consensusoverleg: de onderdelen waarop de beoordelaars het oneens zijn (spreiding vanaf
de drempel van de rubric), grootste spreiding eerst, met de score en toelichting van elke
beoordelaar naast elkaar, wat nu meetelt en wat een consensusscore verandert aan de top 6.
Een beoordelaar met een belang bij een aanvraag staat er als "belang", zonder score.

Opties:
  -o, --uit BESTAND   werkmap (.xlsx) met de bladen Overleg, Consensus (een open rij per onderdeel) en Belangen;
                      vul Consensus in en geef hem terug met zk selectie --consensus overleg.xlsx
  --json              {"seed", "n", "onderdelen": [{"aanvraag", "item", "spreiding", "waarde", "positie", "geselecteerd",
                      "scores": [{"beoordelaar", "rol", "score", "toelichting", "belang"}], "effecten": […]}], "belangen": […]}
${SELECTION_USAGE}`;

export const overleg: Command = {
  name: 'overleg',
  aliases: ['consensusoverleg'],
  summary: 'onenigheid tussen beoordelaars naast elkaar, met het gevolg van een consensusscore voor de top 6',
  usage,
  async run(args, io) {
    const parsed = parseCommandArgs({ args, allowPositionals: true, options: { ...SELECTION_OPTIONS, json: { type: 'boolean' }, uit: { type: 'string', short: 'o' } } }, usage);
    const tijdstip = new Date().toISOString();
    // The meeting view needs no stability resampling unless asked for.
    const options = selectionRunFrom(parsed, usage, tijdstip);
    if (parsed.values.steekproeven === undefined) options.instellingen.resamples = 0;
    const run = await runSelection(options, io.cwd);
    for (const p of run.problemen) io.err(formatProblem(p) + '\n');
    for (const line of run.samenvatting ?? []) io.err(`zk overleg: ${line}\n`);
    const r = run.result;
    const belangen = run.belangen ?? [];
    const items = meetingFromProcedure(r, r.scores, belangen);
    if (parsed.values.uit) {
      const file = path.resolve(io.cwd, parsed.values.uit);
      try {
        await fs.mkdir(path.dirname(file), { recursive: true });
        await fs.writeFile(file, await writeWorkbook(buildMeetingWorkbook({ result: r, aanvragen: run.aanvragen, belangen, tijdstip })));
      } catch (error) {
        throw new CliError(`kan '${parsed.values.uit}' niet schrijven: ${(error as NodeJS.ErrnoException).code ?? (error instanceof Error ? error.message : String(error))}`);
      }
    }
    if (parsed.values.json) {
      const json = {
        seed: r.instellingen.seed,
        n: r.instellingen.n,
        spreidingsDrempel: r.rubric.spreidingsDrempel,
        onderdelen: items.map((m) => ({
          aanvraag: m.aanvraag,
          item: m.item,
          label: m.label,
          spreiding: m.spreiding,
          gemiddelde: m.gemiddelde,
          mediaan: m.mediaan,
          waarde: m.waarde,
          ...(m.consensus ? { consensus: m.consensus } : {}),
          positie: m.positie,
          geselecteerd: m.geselecteerd,
          scores: m.scores,
          effecten: m.effecten,
        })),
        belangen: belangen.filter((b) => b.belang === 'conflict'),
      };
      io.out(JSON.stringify(json, null, 2) + '\n');
    } else {
      io.out(meetingText(items, r.instellingen.n, r.rubric.spreidingsDrempel));
      io.out(conflictLines(r).join('\n') + (conflictLines(r).length ? '\n' : ''));
      if (parsed.values.uit) io.out(`\nWerkmap geschreven: ${path.relative(io.cwd, path.resolve(io.cwd, parsed.values.uit)) || parsed.values.uit}\n`);
    }
    return run.samenvatting?.length ? 1 : 0;
  },
};

/** The disputed items as a terminal table, then what a consensus score would change per item. */
export function meetingText(items: readonly MeetingItem[], n: number, drempel: number): string {
  if (!items.length) return `Geen onenigheid: op geen onderdeel is de spreiding ${formatNumber(drempel)} of meer.\n`;
  const scores = (m: MeetingItem) => m.scores.map((s) => `${s.beoordelaar} ${s.belang !== undefined ? 'belang' : s.score ?? '-'}`).join(' · ');
  const rows = items.map((m) => [formatNumber(m.spreiding), m.aanvraag, m.label, scores(m), formatNumber(m.waarde), `${m.positie}${m.geselecteerd ? ` (top ${n})` : ''}`]);
  const lines = [
    formatTable(['Spreiding', 'Aanvraag', 'Onderdeel', 'Scores', 'Telt nu', 'Plaats'], rows),
    '',
    `Gevolg van een consensusscore voor de top ${n}:`,
    ...items.map((m) => `  ${m.aanvraag} ${m.label}: ${effectText(m.effecten)}`),
  ];
  const notes = items.flatMap((m) => m.scores.filter((s) => s.toelichting.trim()).map((s) => `  ${m.aanvraag} ${m.label}, ${s.beoordelaar}: ${s.toelichting.trim()}`));
  if (notes.length) lines.push('', 'Toelichtingen:', ...notes);
  return lines.join('\n') + '\n';
}
