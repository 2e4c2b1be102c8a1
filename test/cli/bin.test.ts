/**
 * The compiled `zk` (bin/zk.js → build/cli, see scripts/build-cli.js), started as a user starts
 * it. The build runs first, so these tests always exercise the current source. What it prints
 * must equal what the same command prints in-process from src/cli; and a command loads the heavy
 * libraries only when it reads or writes such a file.
 */
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { COMMANDS } from '../../src/cli/commands';
import { ROOT, zk } from './io';

const { buildCli } = require('../../scripts/build-cli.js') as { buildCli: (o?: { quiet?: boolean }) => Promise<string> };

const HEAVY = ['exceljs', 'mammoth', 'docx', 'jszip'];
const TIMEOUT = 120_000;

function startZk(args: string[]): { code: number | null; out: string; err: string } {
  const run = spawnSync(process.execPath, [path.join(ROOT, 'bin/zk.js'), ...args], { cwd: ROOT, encoding: 'utf8', timeout: TIMEOUT });
  return { code: run.status, out: run.stdout, err: run.stderr };
}

/** Runs one command in the compiled CLI and lists which heavy libraries it loaded. */
function heavyLoadedBy(args: string[]): string[] {
  const script = `
    import { createRequire } from 'node:module';
    import { pathToFileURL } from 'node:url';
    const { main } = await import(pathToFileURL(${JSON.stringify(path.join(ROOT, 'build/cli/main.mjs'))}).href);
    const code = await main(${JSON.stringify(args)}, { out: () => {}, err: (t) => process.stderr.write(t), cwd: ${JSON.stringify(ROOT)} });
    const loaded = Object.keys(createRequire(import.meta.url).cache);
    process.stdout.write(JSON.stringify({ code, heavy: ${JSON.stringify(HEAVY)}.filter((name) => loaded.some((file) => file.includes('/node_modules/' + name + '/'))) }));
  `;
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8', timeout: TIMEOUT });
  if (run.status !== 0) throw new Error(run.stderr);
  const { code, heavy } = JSON.parse(run.stdout) as { code: number; heavy: string[] };
  expect(code).toBe(0);
  return heavy;
}

beforeAll(async () => {
  await buildCli({ quiet: true });
}, TIMEOUT);

describe('the compiled zk', () => {
  it.each([
    [['help']],
    [['help', 'toets']],
    [['regio', 'Utrecht', 'Utreht', '--json']],
    [['toets', 'samples/aanvragen/01-geschikt-utrecht.json', 'samples/aanvragen/10-onvolledig.json']],
    [['import', 'samples/import/importwerkmap.xlsx', '--json']],
  ])('zk %j prints what the source prints', async (args) => {
    const compiled = startZk(args);
    const source = await zk(args);
    expect(compiled).toEqual({ code: source.code, out: source.out, err: source.err });
    expect(compiled.out).not.toBe('');
  }, TIMEOUT);

  it('reports an unknown command with exit code 2 on stderr', () => {
    const run = startZk(['bestaatniet']);
    expect(run.code).toBe(2);
    expect(run.out).toBe('');
    expect(run.err).toMatch(/^zk: onbekende opdracht 'bestaatniet'/);
  }, TIMEOUT);

  it('loads no heavy library for help, regio or toets on JSON, and exceljs for an .xlsx file', () => {
    expect(heavyLoadedBy(['help'])).toEqual([]);
    expect(heavyLoadedBy(['regio', 'Utrecht'])).toEqual([]);
    expect(heavyLoadedBy(['toets', 'samples/aanvragen/01-geschikt-utrecht.json'])).toEqual([]);
    expect(heavyLoadedBy(['toets', 'samples/import/importwerkmap.xlsx'])).toEqual(expect.arrayContaining(['exceljs']));
    expect(heavyLoadedBy(['import', 'samples/import/bijlage3-zeist-samen-sterk.docx'])).toEqual(expect.arrayContaining(['mammoth']));
  }, TIMEOUT);
});

describe('the command list', () => {
  it('names, aliases and summaries equal those of the commands it loads', async () => {
    for (const entry of COMMANDS) {
      const command = await entry.load();
      expect({ name: command.name, aliases: command.aliases, summary: command.summary }).toEqual({ name: entry.name, aliases: entry.aliases, summary: entry.summary });
    }
  });
});
