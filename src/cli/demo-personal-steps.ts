/**
 * The demo's independent scoring: hand out one personal file per assessor (the declarations in
 * samples/beoordeling/belangen.csv keep Ruud Hoekstra away from A-2021-102), let the four assessors
 * type their scores from samples/scores/scores.csv into their own file, read the four files back.
 * The scores read back are the ones the ranking uses.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { applicationCheckValues } from '../import/application-hash';
import { readPersonalFile } from '../import/personal-file';
import { combinePersonalFiles } from '../import/personal-scores';
import { fillPersonalFile } from '../report/personal-fill';
import { handOut } from '../report/personal-workbook';
import { assessorLabel } from '../rules/scoring/panel';
import { rubricFor } from '../rules/scoring/rubric-2021';
import { type DemoContext, type DemoStep, need, report } from './demo-context';
import { readDeclarations } from './read-declarations';
import { readPanel } from './read-panel';

export const DEMO_PANEL = path.join('beoordeling', 'beoordelaars.csv');
export const DEMO_DECLARATIONS = path.join('beoordeling', 'belangen.csv');
/** Under the output folder: the files handed out, and the same files as the assessors return them. */
export const DEMO_HANDOUT_DIR = 'beoordeling';
export const DEMO_FILLED_DIR = path.join('beoordeling', 'ingevuld');

const state = (ctx: DemoContext) => need(ctx.persoonlijk, 'de uitgedeelde scorebestanden');
const shown = (ctx: DemoContext, file: string) => path.relative(ctx.io.cwd, file) || file;

export const DEMO_PERSONAL_STEPS: DemoStep[] = [
  {
    label: 'Persoonlijke scorebestanden uitdelen',
    async run(ctx) {
      const policy = need(ctx.policy, 'het beleid');
      // Both read before the first file is written: an unreadable one stops the demo with nothing in out/.
      const panel = await readPanel(path.join(ctx.samples, DEMO_PANEL), ctx.io.cwd, policy);
      const declared = await readDeclarations(path.join(ctx.samples, DEMO_DECLARATIONS), ctx.io.cwd, ctx.tijdstip);
      ctx.belangen = declared.belangen;
      ctx.scoreMomenten = declared.momenten;
      const eligible = new Set(need(ctx.toetsing, 'de toetsing').filter((r) => r.status === 'geschikt').map((r) => r.id));
      const files = await handOut({ policy, aanvragen: need(ctx.aanvragen, 'de aanvragen').filter((a) => eligible.has(a.id)), panel: panel.panel, belangen: declared.belangen, tijdstip: ctx.tijdstip });
      const dir = path.join(ctx.uit, DEMO_HANDOUT_DIR);
      await fs.mkdir(dir, { recursive: true });
      for (const f of files) await fs.writeFile(path.join(dir, f.bestandsnaam), f.bytes);
      (ctx.bestanden ??= []).push(dir);
      ctx.persoonlijk = { panel: panel.panel, uitgedeeld: files, ingevuld: [] };
      const left = files.flatMap((f) => f.uitgesloten.map((u) => `${assessorLabel(f.beoordelaar)} scoort ${u.aanvraag} niet: belang gemeld`));
      return `${files.length} bestanden in ${shown(ctx, dir)}, elk ${eligible.size} aanvragen${left.length ? ` (${left.join('; ')})` : ''}` + report(ctx, [...panel.problemen, ...declared.problems]);
    },
  },
  {
    label: 'Scorebestanden invullen, zoals de beoordelaars dat doen (uit samples/scores/scores.csv)',
    async run(ctx) {
      const demo = state(ctx);
      const scores = need(ctx.scores, 'de scores');
      const dir = path.join(ctx.uit, DEMO_FILLED_DIR);
      await fs.mkdir(dir, { recursive: true });
      let withoutRow = 0;
      for (const file of demo.uitgedeeld) {
        const own = scores.filter((s) => s.beoordelaar === file.beoordelaar.beoordelaar && s.rol === file.beoordelaar.rol);
        const filled = await fillPersonalFile(file.bytes, own, { opgeslagen: ctx.tijdstip });
        // A score for an application the assessor declared a conflict for has no row to type it in.
        withoutRow += filled.nietGevonden.length;
        const target = path.join(dir, file.bestandsnaam);
        await fs.writeFile(target, filled.bytes);
        demo.ingevuld.push(await readPersonalFile(filled.bytes, shown(ctx, target)));
      }
      return `${demo.ingevuld.length} bestanden in ${shown(ctx, dir)}${withoutRow ? `; ${withoutRow} scores zonder rij in het bestand (belang)` : ''}`;
    },
  },
  {
    label: 'Ingevulde scorebestanden inlezen',
    async run(ctx) {
      const demo = state(ctx);
      const policy = need(ctx.policy, 'het beleid');
      const result = combinePersonalFiles(demo.ingevuld, {
        rubric: rubricFor(policy),
        panel: demo.panel,
        belangen: ctx.belangen ?? [],
        controlegetallen: await applicationCheckValues(need(ctx.aanvragen, 'de aanvragen')),
        tijdstip: ctx.tijdstip,
      });
      ctx.scores = result.scores;
      ctx.scoreMomenten = [...(ctx.scoreMomenten ?? []), ...result.momenten];
      const open = result.ontbrekend.reduce((n, m) => n + m.items.length, 0);
      const assessors = new Set(result.scores.map((s) => `${s.rol}\u0000${s.beoordelaar}`)).size;
      // What is not scored yet shows in the summary ("Nog niet volledig beoordeeld"); refusals are reported here.
      return `${result.scores.length} scores van ${assessors} beoordelaars${open ? `, ${open} nog niet gescoord` : ''}` + report(ctx, result.problemen.filter((p) => p.ernst !== 'waarschuwing'));
    },
  },
];
