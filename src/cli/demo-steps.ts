import * as path from 'node:path';
import { runProcedure } from '../rules/ranking/procedure';
import { rubricFor } from '../rules/scoring/rubric-2021';
import { formatNumber } from '../rules/scoring/numbers';
import { policyFromOption } from './policy-option';
import { readOverrides, screen } from './read-overrides';
import { readConsensus, readScores } from './read-scores';
import { readTeamDecisions } from './read-team-decisions';
import { readApplicationsOrFail, type SelectionRun, uniqueById } from './selection-run';
import { formatTable } from './text-table';
import { undecided } from './ranking-summary';
import { writeLetters, writeSelectionWorkbook } from './write-outputs';
import { promises as fs } from 'node:fs';
import { parseBiBytes } from '../import/bi';
import { MAX_BI_FILE_BYTES } from '../import/limits';
import { CliError } from './command';
import { readInputBytes } from './read-input';
import { buildBiWorkbook } from '../report/bi-workbook';
import { biXlsx } from '../report/workbook-charts';
import { computeBehandelIndex, settingsFromRule } from '../rules/bi/behandelindex';
import { formatDutch } from '../rules/bi/messages';
import { VOORTDUREND_VERBETEREN_2024 } from '../rules/policies/voortdurend-verbeteren-2024';
import { type DemoContext, type DemoStep, need, report } from './demo-context';
import { DEMO_PERSONAL_STEPS } from './demo-personal-steps';

export type { DemoContext, DemoStep } from './demo-context';

function selectionRun(ctx: DemoContext): SelectionRun {
  return {
    policy: need(ctx.policy, 'het beleid'),
    aanvragen: need(ctx.aanvragen, 'de aanvragen'),
    toetsing: need(ctx.toetsing, 'de toetsing'),
    scores: need(ctx.scores, 'de scores'),
    consensus: [],
    ...(ctx.belangen ? { belangen: ctx.belangen } : {}),
    result: need(ctx.result, 'de ranglijst'),
    problemen: [],
  };
}

/** Under the samples folder: the screening samples and the extra eligible applications for the ranking. */
export const DEMO_APPLICATION_FOLDERS = ['aanvragen', path.join('beoordeling', 'aanvragen')];
export const DEMO_OVERRIDES = path.join('beoordeling', 'overschrijvingen.json');
export const DEMO_SCORES = path.join('scores', 'scores.csv');
export const DEMO_CONSENSUS = path.join('beoordeling', 'consensus.csv');
/** The team's decisions on incomplete applications (A-2021-010: a verzoek om aanvulling). */
export const DEMO_TEAM_DECISIONS = path.join('beoordeling', 'besluiten.csv');
export const DEMO_BI = path.join('bi', 'behandelindex-2022-2023.csv');
/** The demo's BehandelIndex step checks the practices for this contract year (BI of 2023). */
export const DEMO_CONTRACT_YEAR = 2025;

/** The demo pipeline, in order. Add a step by adding an entry here. */
export const DEMO_STEPS: DemoStep[] = [
  {
    label: 'Beleid laden',
    async run(ctx) {
      ctx.policy = policyFromOption(ctx.beleid, ctx.io.cwd);
      return `${ctx.policy.naam} (versie ${ctx.policy.versie})`;
    },
  },
  {
    label: 'Aanvragen inlezen',
    async run(ctx) {
      const read = await readApplicationsOrFail(DEMO_APPLICATION_FOLDERS.map((f) => path.join(ctx.samples, f)), ctx.io.cwd);
      ctx.aanvragen = uniqueById(read.applications, read.problems);
      return `${ctx.aanvragen.length} gelezen` + report(ctx, read.problems);
    },
  },
  {
    label: 'Toetsen aan bijlage 1 en de voorwaarden',
    async run(ctx) {
      const file = path.join(ctx.samples, DEMO_OVERRIDES);
      const { overrides, problems } = readOverrides(file, ctx.io.cwd);
      ctx.toetsing = screen(need(ctx.aanvragen, 'de aanvragen'), need(ctx.policy, 'het beleid'), overrides, problems, path.relative(ctx.io.cwd, file));
      report(ctx, problems);
      const overridden = ctx.toetsing.filter((r) => r.checks.some((c) => c.override)).length;
      const count = (s: string) => ctx.toetsing!.filter((r) => r.status === s).length;
      return `${count('geschikt')} geschikt, ${count('niet geschikt')} niet geschikt, ${count('onvolledig')} onvolledig (${overridden} met een overschrijving door een beoordelaar)`;
    },
  },
  {
    label: 'Scores van de beoordelaars inlezen',
    async run(ctx) {
      const policy = need(ctx.policy, 'het beleid');
      const imported = await readScores(path.join(ctx.samples, DEMO_SCORES), ctx.io.cwd, rubricFor(policy), policy.rollen);
      ctx.scores = imported.scores;
      const agreed = await readConsensus(path.join(ctx.samples, DEMO_CONSENSUS), ctx.io.cwd, rubricFor(policy));
      ctx.consensus = agreed.consensus;
      imported.problemen.push(...agreed.problemen);
      const panel = new Set(imported.scores.map((s) => s.beoordelaar));
      return `${imported.scores.length} scores van ${panel.size} beoordelaars, ${agreed.consensus.length} consensusscore(s)` + report(ctx, imported.problemen);
    },
  },
  {
    label: 'Besluiten van het team over onvolledige aanvragen inlezen',
    async run(ctx) {
      const policy = need(ctx.policy, 'het beleid');
      const read = await readTeamDecisions(path.join(ctx.samples, DEMO_TEAM_DECISIONS), ctx.io.cwd, { datum: policy.besluitDatum ?? ctx.tijdstip, tijdstip: ctx.tijdstip });
      ctx.teamBesluiten = read.besluiten;
      const kinds = (k: string) => read.besluiten.filter((b) => b.besluit === k).length;
      return `${kinds('aanvulling')} verzoek(en) om aanvulling, ${kinds('afwijzen')} afwijzing(en)` + report(ctx, read.problems);
    },
  },
  {
    // Read with the other inputs, so an unreadable file stops the demo before out/ is written.
    label: 'BehandelIndex inlezen',
    async run(ctx) {
      const { bestand, bytes } = readInputBytes(path.join(ctx.samples, DEMO_BI), ctx.io.cwd, 'BehandelIndex-bestand', { maxBytes: MAX_BI_FILE_BYTES });
      const parsed = await parseBiBytes(bytes, { bestand });
      if (!parsed.leesbaar) throw new CliError(`kan BehandelIndex-bestand '${bestand}' niet lezen: ${parsed.problemen.map((p) => p.melding).join('; ')}`);
      ctx.bi = { bestand, parsed };
      return `${parsed.rows.length} van ${parsed.aantalRijen ?? parsed.rows.length} rijen gelezen`;
    },
  },
  ...DEMO_PERSONAL_STEPS,
  {
    label: 'Rangschikken, selecteren en stabiliteit bepalen',
    async run(ctx) {
      const result = runProcedure({
        policy: need(ctx.policy, 'het beleid'),
        aanvragen: need(ctx.aanvragen, 'de aanvragen'),
        toetsing: need(ctx.toetsing, 'de toetsing'),
        scores: need(ctx.scores, 'de scores'),
        consensus: ctx.consensus ?? [],
        teamBesluiten: ctx.teamBesluiten ?? [],
        belangen: ctx.belangen ?? [],
        scoreMomenten: ctx.scoreMomenten ?? [],
        instellingen: ctx.instellingen,
        tijdstip: ctx.tijdstip,
        wie: ctx.wie,
        rol: ctx.rol,
      });
      ctx.result = result;
      for (const m of result.meldingen) ctx.io.err(m + '\n');
      const chosen = result.ranglijst.filter((e) => e.geselecteerd).length;
      return `${result.ranglijst.length} gerangschikt, ${chosen} geselecteerd (seed ${result.instellingen.seed}, ${result.instellingen.resamples} steekproeven)`;
    },
  },
  {
    label: 'Selectiewerkmap schrijven',
    async run(ctx) {
      const file = path.join(ctx.uit, 'selectie.xlsx');
      await writeSelectionWorkbook(selectionRun(ctx), file, ctx.tijdstip);
      (ctx.bestanden ??= []).push(file);
      return path.relative(ctx.io.cwd, file) || file;
    },
  },
  {
    label: 'Besluitbrieven schrijven',
    async run(ctx) {
      const dir = path.join(ctx.uit, 'brieven');
      const letters = await writeLetters(selectionRun(ctx), dir, ctx.tijdstip);
      (ctx.bestanden ??= []).push(dir);
      return `${letters.length} brieven in ${path.relative(ctx.io.cwd, dir) || dir}`;
    },
  },
  {
    label: 'BehandelIndex toetsen (module Voortdurend Verbeteren)',
    async run(ctx) {
      const { bestand, parsed } = need(ctx.bi, 'het BehandelIndex-bestand');
      const policy = VOORTDUREND_VERBETEREN_2024;
      const rule = policy.behandelIndex!;
      const result = computeBehandelIndex(parsed.rows, settingsFromRule(rule, { contractjaar: DEMO_CONTRACT_YEAR }), bestand);
      const target = path.join(ctx.uit, 'behandelindex.xlsx');
      const workbook = buildBiWorkbook(result, { beleid: policy, criteria: policy.criteria.map((c) => c.tekst), bestand, problemen: parsed.problemen, tijdstip: ctx.tijdstip });
      await fs.mkdir(ctx.uit, { recursive: true });
      await fs.writeFile(target, await biXlsx(workbook, result));
      (ctx.bestanden ??= []).push(target);
      const { voldoet, voldoetNiet, onbekend } = result.aantallen;
      const drempel = result.drempel === null ? 'geen drempel' : `drempel ${formatDutch(result.drempel)}`;
      const meldingen = parsed.problemen.length + result.problemen.length;
      return `contractjaar ${DEMO_CONTRACT_YEAR} (BI ${result.referentiejaar}): ${drempel}; ${voldoet} voldoen, ${voldoetNiet} niet, ${onbekend} onbekend; ${meldingen} meldingen in de gegevens`;
    },
  },
];

/** One line per application: screening, place, total and decision; then what has no decision yet and why. */
export function demoSummary(ctx: DemoContext): string {
  const result = need(ctx.result, 'de ranglijst');
  const toetsing = new Map(need(ctx.toetsing, 'de toetsing').map((r) => [r.id, r]));
  const ranked = new Map(result.ranglijst.map((e) => [e.id, e]));
  const besluiten = new Map(result.besluiten.map((b) => [b.id, b]));
  const rows = need(ctx.aanvragen, 'de aanvragen').map((a) => {
    const e = ranked.get(a.id);
    const kans = e && result.stabiliteit ? `${Math.round((result.stabiliteit.kans.get(a.id) ?? 0) * 100)}%` : '';
    return [a.id, (a.naamInitiatief ?? '').slice(0, 34), toetsing.get(a.id)?.status ?? '—', e?.kandidaat.regio ?? toetsing.get(a.id)?.regio ?? '', e ? String(e.positie) : '', e ? formatNumber(e.totaal) : '', kans, besluiten.get(a.id)?.besluit ?? ''];
  });
  rows.sort((x, y) => (Number(x[4]) || 99) - (Number(y[4]) || 99));
  const ties = result.gelijkspelen.map((t) => `Gelijke stand ${t.boven} en ${t.onder} (${formatNumber(t.totaal)}): beslist door ${t.label}.`);
  const files = (ctx.bestanden ?? []).map((f) => `Geschreven: ${path.relative(ctx.io.cwd, f) || f}`);
  return [formatTable(['Aanvraag', 'Initiatief', 'Toetsing', 'Kernregio', 'Plaats', 'Totaal', `Kans top ${result.instellingen.n}`, 'Besluit'], rows), ...undecided(result), '', ...ties, ...files].join('\n') + '\n';
}
