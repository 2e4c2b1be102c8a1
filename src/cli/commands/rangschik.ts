import { parseArgs } from 'node:util';
import { type Command, CliError } from '../command';
import { rankingSummary } from '../ranking-summary';
import { SELECTION_OPTIONS, SELECTION_USAGE, settingsFrom } from '../selection-options';
import { formatProblem, runSelection } from '../selection-run';

const usage = `Gebruik: zk rangschik <aanvragen>… <scores> [--seed N] [--json] [opties]

Toetst de aanvragen (JSON-bestanden of een map), leest de scores (CSV of XLSX met de kolommen
aanvraag, beoordelaar, rol, item, score, toelichting) en toont de ranglijst met de top 6.

Opties:
  --json              {"seed", "gewichten", "ranglijst": [{"positie", "id", "totaal", "geselecteerd", "reden"}], "uitgesloten": […]}
${SELECTION_USAGE}`;

export const rangschik: Command = {
  name: 'rangschik',
  aliases: ['rank'],
  summary: 'geschikte aanvragen rangschikken op hun scores en de top 6 kiezen',
  usage,
  async run(args, io) {
    let parsed;
    try {
      parsed = parseArgs({ args, allowPositionals: true, options: { ...SELECTION_OPTIONS, json: { type: 'boolean' } } });
    } catch (error) {
      throw new CliError(`${(error as Error).message}\n${usage}`);
    }
    const aanvragen = parsed.positionals.slice(0, -1);
    const scores = parsed.positionals[parsed.positionals.length - 1];
    if (!aanvragen.length) throw new CliError(`geef een of meer aanvragen (bestand of map) en als laatste het scorebestand.\n${usage}`);
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
        tijdstip: new Date().toISOString(),
      },
      io.cwd,
    );
    for (const p of run.problemen) io.err(formatProblem(p) + '\n');
    const r = run.result;
    if (parsed.values.json) {
      const json = {
        seed: r.instellingen.seed,
        gewichten: r.instellingen.gewichten,
        ranglijst: r.ranglijst.map((e) => ({ positie: e.positie, id: e.id, totaal: e.totaal, geselecteerd: e.geselecteerd, reden: e.reden })),
        uitgesloten: [
          ...r.onvolledig.map((v) => ({ id: v.aanvraag, status: 'onvolledig gescoord', reden: v.melding })),
          ...r.uitgesloten.map((u) => ({ id: u.id, status: u.status, reden: u.redenen.join(' ') })),
        ],
        ...(r.watAls ? { watAls: { erbij: r.watAls.erbij, eraf: r.watAls.eraf } } : {}),
      };
      io.out(JSON.stringify(json, null, 2) + '\n');
    } else io.out(rankingSummary(r, run.aanvragen));
    return 0;
  },
};
