import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { CliError, type Command } from '../command';
import { buildCsvTemplate, buildImportTemplate } from '../../report/import-template';

const usage = `Gebruik: zk template [-o bestand.xlsx] [--csv]

Schrijft de lege importwerkmap (bladen Aanvragen, Deelnemers, Begroting en Toelichting, met
keuzelijsten en uitleg per kolom). Met --csv een CSV-bestand met alleen de kopregel
(deelnemers en kosten als genummerde kolommen: deelnemer1_praktijknaam, kosten1_bedrag, …).

  -o, --uitvoer   bestandsnaam (standaard aanvragen-sjabloon.xlsx of aanvragen-sjabloon.csv)
  --csv           CSV in plaats van Excel`;

export const templateCommand: Command = {
  name: 'template',
  aliases: ['sjabloon'],
  summary: 'lege importwerkmap (of CSV) met uitleg per kolom',
  usage,
  async run(args, io) {
    let parsed;
    try {
      parsed = parseArgs({ args, options: { uitvoer: { type: 'string', short: 'o' }, csv: { type: 'boolean' } } });
    } catch (error) {
      throw new CliError(`${error instanceof Error ? error.message : String(error)}\n${usage}`);
    }
    const csv = parsed.values.csv ?? parsed.values.uitvoer?.toLowerCase().endsWith('.csv') ?? false;
    const name = parsed.values.uitvoer ?? (csv ? 'aanvragen-sjabloon.csv' : 'aanvragen-sjabloon.xlsx');
    const bytes = csv ? buildCsvTemplate() : new Uint8Array(await buildImportTemplate().xlsx.writeBuffer());
    try {
      await writeFile(resolve(io.cwd, name), bytes);
    } catch (error) {
      throw new CliError(`kan ${name} niet schrijven (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
    }
    io.out(`Geschreven: ${name}\n`);
    return 0;
  },
};
