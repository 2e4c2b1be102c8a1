import { DECISION_LABELS } from '../../rules/ranking/decisions';
import { parseCommandArgs } from '../parse-command-args';
import { type Command } from '../command';
import { rankingSummary } from '../ranking-summary';
import { SELECTION_OPTIONS, SELECTION_USAGE, selectionRunFrom } from '../selection-options';
import { formatProblem, runSelection } from '../selection-run';

const usage = `Gebruik: zk rangschik <aanvragen>… <scores> [--seed N] [--json] [opties]

Toetst de aanvragen (JSON-bestanden of een map), leest de scores (CSV of XLSX met de kolommen
aanvraag, beoordelaar, rol, item, score, toelichting) en toont de ranglijst met de top 6.

Opties:
  --json              {"seed", "gewichten", "ranglijst": [{"positie", "id", "totaal", "geselecteerd", "reden"}], "uitgesloten": […],
                      "belangen": [{"aanvraag", "beoordelaar", "rol", "reden", "tijdstip", "laat"}],
                      "volledigheid": [{"id", "compleet", "nodig", "volledig", "metBelang"}]}
${SELECTION_USAGE}`;

export const rangschik: Command = {
  name: 'rangschik',
  aliases: ['rank'],
  summary: 'geschikte aanvragen rangschikken op hun scores en de top 6 kiezen',
  usage,
  async run(args, io) {
    const parsed = parseCommandArgs({ args, allowPositionals: true, options: { ...SELECTION_OPTIONS, json: { type: 'boolean' } } }, usage);
    const run = await runSelection(selectionRunFrom(parsed, usage, new Date().toISOString()), io.cwd);
    for (const p of run.problemen) io.err(formatProblem(p) + '\n');
    for (const line of run.samenvatting ?? []) io.err(`zk rangschik: ${line}\n`);
    const r = run.result;
    if (parsed.values.json) {
      const json = {
        seed: r.instellingen.seed,
        gewichten: r.instellingen.gewichten,
        ranglijst: r.ranglijst.map((e) => ({ positie: e.positie, id: e.id, totaal: e.totaal, geselecteerd: e.geselecteerd, reden: e.reden })),
        // Not ranked: not completely scored yet (no decision), or stopped at screening.
        uitgesloten: [
          ...r.onvolledig.map((v) => ({ id: v.aanvraag, status: 'onvolledig gescoord', besluit: DECISION_LABELS.nietVolledigBeoordeeld, reden: v.melding })),
          ...r.uitgesloten.map((u) => ({ id: u.id, status: u.status, besluit: r.besluiten.find((b) => b.id === u.id)?.besluit ?? DECISION_LABELS.afgewezen, reden: u.redenen.join(' ') })),
        ],
        ...(r.watAls ? { watAls: { erbij: r.watAls.erbij, eraf: r.watAls.eraf } } : {}),
        // Declared conflicts: these assessors' scores for that application do not count.
        belangen: r.belangen.verklaringen
          .filter((b) => b.belang === 'conflict')
          .map((b) => ({ aanvraag: b.aanvraag, beoordelaar: b.beoordelaar, rol: b.rol, reden: b.reden, tijdstip: b.tijdstip, laat: r.belangen.laat.some((l) => l.verklaring === b) })),
        volledigheid: r.volledigheid.map((v) => ({ id: v.aanvraag, compleet: v.compleet, nodig: v.nodig, volledig: v.volledigeBeoordelaars, metBelang: v.metBelang.map((m) => m.beoordelaar) })),
      };
      io.out(JSON.stringify(json, null, 2) + '\n');
    } else io.out(rankingSummary(r, run.aanvragen));
    // 1: the ranking stands, but rows of an input were left out (each one is reported above).
    return run.samenvatting?.length ? 1 : 0;
  },
};
