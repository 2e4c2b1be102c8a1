import * as path from 'node:path';
import { RankingError } from '../../rules/ranking/tiebreaks';
import { parseCommandArgs } from '../parse-command-args';
import { projectRoot } from '../project-root';
import { type Command, CliError } from '../command';
import { DEMO_STEPS, type DemoContext, demoSummary } from '../demo-steps';
import { SELECTION_OPTIONS, SELECTION_USAGE, settingsFrom } from '../selection-options';

const usage = `Gebruik: zk demo [--samples MAP] [--uit MAP] [opties]

Draait de hele procedure op de voorbeelden in samples/: aanvragen inlezen, toetsen aan bijlage 1,
de scores van de vier beoordelaars (samples/scores/scores.csv), een persoonlijk scorebestand per
beoordelaar uitdelen (out/beoordeling/, met de belangen uit samples/beoordeling/belangen.csv),
invullen met die scores en teruglezen, rangschikken, de top 6 kiezen, en schrijft
out/selectie.xlsx en out/brieven/*.docx.

Opties:
  --samples MAP       map met aanvragen/ en scores/ (standaard de samples/ van dit project)
  --uit MAP           uitvoermap (standaard out)
${SELECTION_USAGE}`;

export const demo: Command = {
  name: 'demo',
  summary: 'hele procedure op samples/: toetsing, scores, ranglijst, werkmap en brieven in out/',
  usage,
  async run(args, io) {
    const parsed = parseCommandArgs({ args, allowPositionals: false, options: { ...SELECTION_OPTIONS, samples: { type: 'string' }, uit: { type: 'string' } } }, usage);
    const ctx: DemoContext = {
      io,
      samples: path.resolve(io.cwd, parsed.values.samples ?? path.join(projectRoot(), 'samples')),
      uit: path.resolve(io.cwd, parsed.values.uit ?? 'out'),
      tijdstip: new Date().toISOString(),
      instellingen: settingsFrom(parsed.values),
      wie: parsed.values.wie ?? 'demo',
      rol: parsed.values.rol ?? 'beoordelingsteam',
      beleid: parsed.values.beleid,
    };
    for (const step of DEMO_STEPS) {
      io.out(`${step.label}… `);
      try {
        io.out(`${await step.run(ctx)}\n`);
      } catch (error) {
        io.out('mislukt\n');
        if (error instanceof RankingError) throw new CliError(error.message);
        throw error;
      }
    }
    io.out(`\n${demoSummary(ctx)}`);
    return 0;
  },
};
