import { writeFile } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import type { Application } from '../../rules/application';
import { mergeApplications } from '../../import/merge';
import { importJsonText } from '../../import/json';
import { formatProblem } from '../../import/result';
import { CliError, type CliIo, type Command } from '../command';
import { loadApplications } from '../load-applications';
import { readInput } from '../read-input';
import { formatTable } from '../text-table';
import { parseCommandArgs } from '../parse-command-args';

const usage = `Gebruik: zk import <bestand|map>… [--json] [-o aanvragen.json|aanvragen.xlsx] [--bij aanvragen.json]

Leest aanvragen uit JSON, CSV (; of ,), Excel (.xlsx: bladen Aanvragen, Deelnemers, Begroting)
en Word (.docx: het ingevulde format van Bijlage 3) en toont de aanvragen en elk gevonden probleem.
Een map wordt gelezen als alle .json-, .csv-, .xlsx- en .docx-bestanden erin.

  --json            alles als JSON op de uitvoer: { aanvragen, herkomst, problemen, wijzigingen }
  -o, --uitvoer     schrijf de aanvragen naar dit bestand: .json (de genormaliseerde aanvragen) of
                    .xlsx (de tabellen Aanvragen, Deelnemers en Begroting zoals de
                    invoegtoepassing ze schrijft, met =ZK.ELIGIBLE per aanvraag)
  --bij <bestand>   opnieuw inlezen: voeg de aanvragen samen met die in dit JSON-bestand. Een
                    nieuwere versie (zelfde id, of zelfde KvK-nummer en naam initiatief) werkt de
                    bestaande bij en houdt haar id, zodat scores en opmerkingen gekoppeld blijven;
                    elke wijziging wordt per veld gemeld.

Voorbeeld: zk import nieuwe-versie.docx --bij aanvragen.json -o aanvragen.json

Uitgangscode: 0 alles ingelezen zonder fouten, 1 ingelezen met fouten (aanvragen gemarkeerd als
onvolledig), 2 een bestand kon niet worden gelezen of verkeerd gebruik.`;

function readExisting(path: string, io: CliIo): Application[] {
  const { bestand, opened } = readInput(path, io.cwd, 'de lijst van --bij', ['json']);
  const existing = importJsonText(bestand, opened.kind === 'json' ? opened.text : '');
  const refusal = existing.problems.find((p) => p.ernst !== 'waarschuwing' && p.plaats === 'bestand');
  if (refusal) throw new CliError(`kan de lijst van --bij '${bestand}' niet lezen: ${refusal.melding}`);
  return existing.applications;
}

/** `-o` writes JSON or the workbook; any other extension is refused before anything is read. */
function outputFormat(file: string): 'json' | 'xlsx' {
  const extension = extname(file).toLowerCase();
  if (extension === '.json') return 'json';
  if (extension === '.xlsx') return 'xlsx';
  throw new CliError(`-o '${file}': kies een bestand dat eindigt op .json (de aanvragen als JSON) of .xlsx (de werkmap met de tabellen Aanvragen, Deelnemers en Begroting)${extension ? `, niet ${extension}` : ''}.`);
}

const plural = (n: number, one: string, more: string) => `${n} ${n === 1 ? one : more}`;

export const importCommand: Command = {
  name: 'import',
  aliases: ['inlezen'],
  summary: 'aanvragen inlezen uit JSON, CSV, Excel of Word, met een lijst van problemen',
  usage,
  async run(args, io) {
    const parsed = parseCommandArgs({ args, allowPositionals: true, options: { json: { type: 'boolean' }, uitvoer: { type: 'string', short: 'o' }, bij: { type: 'string' } } }, usage);
    if (!parsed.positionals.length) throw new CliError(`geen bestand opgegeven.\n${usage}`);
    const format = parsed.values.uitvoer ? outputFormat(parsed.values.uitvoer) : undefined;
    const existing = parsed.values.bij ? readExisting(parsed.values.bij, io) : undefined;
    const result = await loadApplications(parsed.positionals, io.cwd);
    const merged = existing ? mergeApplications(existing, result.applications) : undefined;
    const output = merged ? merged.applications : result.applications;
    // Every message on stderr, naming its file; a file that could not be read is said first.
    for (const p of result.problems) {
      if (result.unreadable.includes(p.bestand) && p.plaats === 'bestand') io.err(`zk import: kan '${p.bestand}' niet lezen: ${p.melding}\n`);
    }
    for (const p of result.problems) {
      if (!(result.unreadable.includes(p.bestand) && p.plaats === 'bestand')) io.err(`${p.ernst === 'waarschuwing' ? 'let op' : 'fout  '}  ${p.bestand}  ${formatProblem(p)}\n`);
    }
    const incomplete = result.records.filter((r) => r.onvolledig).length;
    const errors = result.problems.some((p) => p.ernst !== 'waarschuwing');
    const count = result.applications.length;
    const exitCode = result.unreadable.length ? 2 : errors || count === 0 ? 1 : 0;

    // Nothing is written when a file could not be read: a list without it would look complete.
    if (parsed.values.uitvoer && exitCode < 2) {
      const target = resolve(io.cwd, parsed.values.uitvoer);
      // exceljs is loaded only for a workbook, so `zk import … -o x.json` stays light.
      const bytes = format === 'xlsx' ? Buffer.from(await (await import('../../report/import-workbook')).buildImportWorkbook(output).xlsx.writeBuffer()) : JSON.stringify(output, null, 2) + '\n';
      try {
        await writeFile(target, bytes);
      } catch (error) {
        throw new CliError(`kan '${parsed.values.uitvoer}' niet schrijven: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
      }
    }
    if (parsed.values.json) {
      const wijzigingen = merged ? { idMap: merged.idMap, toegevoegd: merged.added, bijgewerkt: merged.updated, velden: merged.changes } : undefined;
      io.out(JSON.stringify({ aanvragen: output, herkomst: result.records, problemen: result.problems, wijzigingen }, null, 2) + '\n');
    } else {
      const rows = result.applications.map((app, i) => {
        const record = result.records[i];
        const id = merged && merged.idMap[app.id] !== app.id ? `${app.id} → ${merged.idMap[app.id]}` : app.id;
        return [id, app.naamInitiatief ?? '', record.bestand, record.plaats, String(app.deelnemers?.length ?? 0), record.onvolledig ? 'onvolledig' : 'ingelezen'];
      });
      io.out(`${count} aanvra${count === 1 ? 'ag' : 'gen'} ingelezen\n\n${formatTable(['id', 'naam initiatief', 'bestand', 'plaats', 'deelnemers', 'status'], rows)}\n`);
      if (merged) {
        io.out(`\nSamengevoegd met ${parsed.values.bij}: ${merged.updated.length} bijgewerkt, ${merged.added.length} nieuw, ${merged.changes.length} wijziging(en)\n`);
        for (const change of merged.changes) io.out(`  ${change.melding}\n`);
      }
      if (parsed.values.uitvoer && exitCode < 2) io.out(`\nGeschreven: ${parsed.values.uitvoer}\n`);
    }
    const summary = [`${plural(count, 'aanvraag', 'aanvragen')} ingelezen`];
    if (incomplete) summary.push(`waarvan ${incomplete} onvolledig`);
    if (result.unreadable.length) summary.push(`${plural(result.unreadable.length, 'bestand', 'bestanden')} niet te lezen (${result.unreadable.map((f) => `'${f}'`).join(', ')})${parsed.values.uitvoer ? `; ${parsed.values.uitvoer} is niet geschreven` : ''}`);
    else if (count === 0) summary.push('er is niets om in te lezen');
    if (exitCode) io.err(`zk import: ${summary.join(', ')}\n`);
    return exitCode;
  },
};
