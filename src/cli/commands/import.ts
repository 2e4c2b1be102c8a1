import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { CliError, type Command } from '../command';
import { loadApplications } from '../load-applications';
import { formatProblem } from '../../import/result';

const usage = `Gebruik: zk import <bestand>… [--json] [-o aanvragen.json]

Leest aanvragen uit JSON, CSV (; of ,), Excel (.xlsx: bladen Aanvragen, Deelnemers, Begroting)
en Word (.docx: het ingevulde format van Bijlage 3) en toont de aanvragen en elk gevonden probleem.

  --json            alles als JSON op de uitvoer: { aanvragen, herkomst, problemen }
  -o, --uitvoer     schrijf de genormaliseerde aanvragen als JSON naar dit bestand

Uitgangscode: 0 alles ingelezen zonder fouten, 1 ingelezen met fouten (aanvragen gemarkeerd als
onvolledig), 2 een bestand kon niet worden gelezen of verkeerd gebruik.`;

function table(rows: string[][]): string {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  return rows.map((r) => r.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd()).join('\n');
}

export const importCommand: Command = {
  name: 'import',
  aliases: ['inlezen'],
  summary: 'aanvragen inlezen uit JSON, CSV, Excel of Word, met een lijst van problemen',
  usage,
  async run(args, io) {
    let parsed;
    try {
      parsed = parseArgs({ args, allowPositionals: true, options: { json: { type: 'boolean' }, uitvoer: { type: 'string', short: 'o' } } });
    } catch (error) {
      throw new CliError(`${error instanceof Error ? error.message : String(error)}\n${usage}`);
    }
    if (!parsed.positionals.length) throw new CliError(`geen bestand opgegeven.\n${usage}`);
    const result = await loadApplications(parsed.positionals, io.cwd);
    if (parsed.values.uitvoer) {
      await writeFile(resolve(io.cwd, parsed.values.uitvoer), JSON.stringify(result.applications, null, 2) + '\n', 'utf8');
    }
    if (parsed.values.json) {
      io.out(JSON.stringify({ aanvragen: result.applications, herkomst: result.records, problemen: result.problems }, null, 2) + '\n');
    } else {
      const rows = [['id', 'naam initiatief', 'bestand', 'plaats', 'deelnemers', 'status']];
      result.applications.forEach((app, i) => {
        const record = result.records[i];
        rows.push([app.id, app.naamInitiatief ?? '', record.bestand, record.plaats, String(app.deelnemers?.length ?? 0), record.onvolledig ? 'onvolledig' : 'ingelezen']);
      });
      io.out(`${result.applications.length} aanvra${result.applications.length === 1 ? 'ag' : 'gen'} ingelezen\n\n${table(rows)}\n`);
      if (result.problems.length) {
        io.out(`\nProblemen (${result.problems.length}):\n`);
        for (const p of result.problems) io.out(`  ${p.ernst === 'waarschuwing' ? 'let op' : 'fout  '}  ${p.bestand}  ${formatProblem(p)}\n`);
      }
      if (parsed.values.uitvoer) io.out(`\nGeschreven: ${parsed.values.uitvoer}\n`);
    }
    if (result.unreadable.length) return 2;
    return result.problems.some((p) => p.ernst !== 'waarschuwing') ? 1 : 0;
  },
};
