import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { CliError, type Command } from '../command';
import { buildCsvTemplate, buildImportTemplate } from '../../report/import-template';
import { parseCommandArgs } from '../parse-command-args';

const usage = `Gebruik: zk template [-o bestand.xlsx] [--csv] [--module vv]

Schrijft de lege importwerkmap (bladen Aanvragen, Deelnemers, Begroting en Toelichting, met
keuzelijsten en uitleg per kolom). Met --csv een CSV-bestand met alleen de kopregel
(deelnemers en kosten als genummerde kolommen: deelnemer1_praktijknaam, kosten1_bedrag, …).

  -o, --uitvoer   bestandsnaam (standaard aanvragen-sjabloon.xlsx of aanvragen-sjabloon.csv)
  --csv           CSV in plaats van Excel
  --module vv     het invoersjabloon van de modules Voortdurend Verbeteren en Verdiepen &
                  Specialiseren (vs geeft hetzelfde): bladen Praktijken, Therapeuten en
                  Toelichting (standaard modules-sjabloon.xlsx); met --csv twee bestanden,
                  <naam>-praktijken.csv en <naam>-therapeuten.csv (standaard modules-sjabloon-…)`;

async function write(cwd: string, name: string, bytes: Uint8Array | string): Promise<void> {
  try {
    await writeFile(resolve(cwd, name), bytes);
  } catch (error) {
    throw new CliError(`kan ${name} niet schrijven (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
}

export const templateCommand: Command = {
  name: 'template',
  aliases: ['sjabloon'],
  summary: 'lege importwerkmap (of CSV) met uitleg per kolom',
  usage,
  async run(args, io) {
    const parsed = parseCommandArgs({ args, options: { uitvoer: { type: 'string', short: 'o' }, csv: { type: 'boolean' }, module: { type: 'string' } } }, usage);
    const csv = parsed.values.csv ?? parsed.values.uitvoer?.toLowerCase().endsWith('.csv') ?? false;
    const module = parsed.values.module;
    if (module !== undefined) {
      if (module !== 'vv' && module !== 'vs') throw new CliError(`onbekende module '${module}'; kies vv of vs.\n${usage}`);
      const { moduleTemplateCsv, moduleTemplateXlsx } = await import('../module-template');
      if (csv) {
        const stem = (parsed.values.uitvoer ?? 'modules-sjabloon').replace(/\.csv$/i, '');
        const files = moduleTemplateCsv();
        const names = [`${stem}-praktijken.csv`, `${stem}-therapeuten.csv`];
        await write(io.cwd, names[0]!, files.praktijken);
        await write(io.cwd, names[1]!, files.therapeuten);
        io.out(`Geschreven: ${names.join(', ')}\n`);
        return 0;
      }
      const name = parsed.values.uitvoer ?? 'modules-sjabloon.xlsx';
      await write(io.cwd, name, await moduleTemplateXlsx(new Date().toISOString()));
      io.out(`Geschreven: ${name}\n`);
      return 0;
    }
    const name = parsed.values.uitvoer ?? (csv ? 'aanvragen-sjabloon.csv' : 'aanvragen-sjabloon.xlsx');
    const bytes = csv ? buildCsvTemplate() : new Uint8Array(await buildImportTemplate().xlsx.writeBuffer());
    await write(io.cwd, name, bytes);
    io.out(`Geschreven: ${name}\n`);
    return 0;
  },
};
