/**
 * Hostile and broken files, per entry point of `zk`, run as a user runs it (`node bin/zk.js` in a
 * child process): the exit code, the Dutch message on stderr naming the file, what was still
 * read, and the peak memory of the process (process.resourceUsage().maxRSS, see rss-probe.js).
 * Every file is generated at run time into a temp folder.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { MAX_BI_FILE_BYTES, MAX_BI_ROWS, MAX_COLUMNS, MAX_JSON_DEPTH, MAX_UNPACKED_BYTES } from '../../../src/import/limits';
import { bombXlsx, deepJson, randomBytes, sample, SAMPLES, utf16, wideCsv, writeBiCsv } from './files';
import { zkProcess, type ZkRun } from './spawn';

jest.setTimeout(120_000);

/**
 * The documented memory bound (docs/import.md, "Grenzen"): a refused file, however it lies about
 * its size, keeps `zk` under this many MB; so does an accepted file within the limits.
 */
const MAX_RSS_MB = 600;
/** The bound for the largest BehandelIndex `zk bi -o` accepts: the styled workbook of every row. */
const MAX_RSS_BI_WORKBOOK_MB = 1024;

let biRows = 0;

let dir: string;
const measured: { name: string; code: number | null; rss: number }[] = [];

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'zk-hostile-'));
  const put = (name: string, bytes: Uint8Array | string) => writeFileSync(path.join(dir, name), bytes);
  put('leeg.csv', new Uint8Array(0));
  put('leeg.json', '   \n');
  for (const ext of ['csv', 'json', 'xlsx', 'docx', 'txt']) put(`ruis.${ext}`, randomBytes(64 * 1024));
  const workbook = sample('import', 'importwerkmap.xlsx');
  put('afgebroken.xlsx', workbook.subarray(0, Math.floor(workbook.length / 2)));
  put('word-als.xlsx', sample('import', 'bijlage3-zeist-samen-sterk.docx'));
  put('tekst-als.xlsx', 'id;naamInitiatief\nT-1;Tekst\n');
  // Declares 200 MB, holds a few kB: refused on the headers.
  put('bom-te-veel.xlsx', bombXlsx(1, 200 * 1024 * 1024));
  // Declares 1 kB, unpacks to 300 MB: refused while inflating, at the budget.
  put('bom-te-weinig.xlsx', bombXlsx(300, 1000));
  // Declares 2 GiB (negative as a signed 32-bit number).
  put('bom-2gib.xlsx', bombXlsx(1, 2 ** 31));
  const csv = 'id;naamInitiatief;kvkNummer\nU-1;Samen in Utrecht;12345678\n';
  put('utf16-bom.csv', utf16(csv, 'LE', true));
  put('utf16-zonder-bom.csv', utf16(csv, 'LE', false));
  put('utf16-be.csv', utf16(csv, 'BE', true));
  put('diep.json', deepJson(100_000));
  put('breed.csv', wideCsv(200_000));
  put('proto.csv', 'id;naamInitiatief;__proto__;constructor;prototype\nP-1;Proto;een;twee;drie\n');
  put('proto.json', '{"id":"P-2","naamInitiatief":"Proto","__proto__":"vier","constructor":"vijf"}');
  put('goed.json', JSON.stringify({ id: 'G-1', naamInitiatief: 'Goed' }));
  mkdirSync(path.join(dir, 'lege-map'));
  const scores = new TextDecoder().decode(sample('scores', 'scores.csv'));
  put('scores-utf16.csv', utf16(scores, 'LE', true));
  put('scores-onbekend.csv', scores + 'X-999,Sanne de Boer,inkoper,smart,4,bestaat niet\n');
  put('consensus-onbekend.csv', 'aanvraag,item,score,motivatie,wie,rol\nX-998,smart,4,overlegd,Anna,analist\n');
  put('scores-kop.csv', 'aanvraag,beoordelaar,rol,item,score,toelichting\n');
  put('bi-binair.csv', randomBytes(4096, 7));
  put('bi-bom.xlsx', bombXlsx(300, 1000));
  biRows = await writeBiCsv(path.join(dir, 'bi-1mb.csv'), 1);
  await writeBiCsv(path.join(dir, 'bi-7mb.csv'), 7);
  await writeBiCsv(path.join(dir, 'bi-60mb.csv'), 60);
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  // The table of the report: case, exit code, peak memory.
  console.log(measured.map((m) => `${m.name.padEnd(58)} exit ${m.code}  ${m.rss.toFixed(0).padStart(4)} MB`).join('\n'));
});

const APPS = [path.join(SAMPLES, 'aanvragen'), path.join(SAMPLES, 'beoordeling', 'aanvragen')];
const SCORES = path.join(SAMPLES, 'scores', 'scores.csv');

interface Case {
  name: string;
  args: () => string[];
  code: number;
  /** What stderr must say (the file's name is checked separately). */
  err: RegExp;
  /** The file the message must name. */
  file: string;
  /** What was still read, or what must not have been written. */
  then?: (run: ZkRun) => void;
  /** Peak memory bound in MB, when not MAX_RSS_MB. */
  rss?: number;
}

const noStack = (run: ZkRun) => {
  expect(run.err).not.toMatch(/\n\s+at .+:\d+:\d+/);
  expect(run.err).not.toMatch(/onverwachte fout/);
};

const IMPORT: Case[] = [
  { name: 'zk import: empty file', args: () => ['import', 'leeg.csv'], code: 2, file: 'leeg.csv', err: /het bestand is leeg \(0 bytes\)/ },
  { name: 'zk import: only white space', args: () => ['import', 'leeg.json'], code: 2, file: 'leeg.json', err: /het bestand is leeg/ },
  { name: 'zk import: random bytes .csv', args: () => ['import', 'ruis.csv'], code: 2, file: 'ruis.csv', err: /geen tekstbestand/ },
  { name: 'zk import: random bytes .json', args: () => ['import', 'ruis.json'], code: 2, file: 'ruis.json', err: /geen tekstbestand/ },
  { name: 'zk import: random bytes .txt', args: () => ['import', 'ruis.txt'], code: 2, file: 'ruis.txt', err: /geen tekstbestand/ },
  { name: 'zk import: random bytes .xlsx', args: () => ['import', 'ruis.xlsx'], code: 2, file: 'ruis.xlsx', err: /heet \.xlsx maar is geen Excel-werkmap \(geen zip-archief; afgebroken, of een ander soort bestand\)/ },
  { name: 'zk import: random bytes .docx', args: () => ['import', 'ruis.docx'], code: 2, file: 'ruis.docx', err: /heet \.docx maar is geen Word-document/ },
  { name: 'zk import: truncated .xlsx', args: () => ['import', 'afgebroken.xlsx'], code: 2, file: 'afgebroken.xlsx', err: /geen geldig zip-archief \(afgebroken of beschadigd\)/ },
  { name: 'zk import: a .docx renamed .xlsx', args: () => ['import', 'word-als.xlsx'], code: 2, file: 'word-als.xlsx', err: /heet \.xlsx maar is een Word-document \(\.docx\)/ },
  { name: 'zk import: CSV text renamed .xlsx', args: () => ['import', 'tekst-als.xlsx'], code: 2, file: 'tekst-als.xlsx', err: /het lijkt tekst: is het een CSV- of JSON-bestand met de verkeerde extensie\?/ },
  { name: 'zk import: zip bomb declaring too much', args: () => ['import', 'bom-te-veel.xlsx'], code: 2, file: 'bom-te-veel.xlsx', err: /zegt uit te pakken tot 200 MB, meer dan de grens van 100 MB/ },
  { name: 'zk import: zip bomb declaring too little (300 MB real)', args: () => ['import', 'bom-te-weinig.xlsx'], code: 2, file: 'bom-te-weinig.xlsx', err: new RegExp(`pakt uit tot meer dan ${MAX_UNPACKED_BYTES / 1024 / 1024} MB, de grens`) },
  { name: 'zk import: zip bomb declaring 2 GiB', args: () => ['import', 'bom-2gib.xlsx'], code: 2, file: 'bom-2gib.xlsx', err: /zegt uit te pakken tot 2\.048 MB/ },
  { name: 'zk import: deep JSON', args: () => ['import', 'diep.json'], code: 2, file: 'diep.json', err: new RegExp(`dieper genest dan ${MAX_JSON_DEPTH} niveaus`) },
  { name: 'zk import --bij: deep JSON', args: () => ['import', 'goed.json', '--bij', 'diep.json', '-o', 'uit.json'], code: 2, file: 'diep.json', err: /kan de lijst van --bij 'diep\.json' niet lezen: de JSON is dieper genest/, then: () => expect(existsSync(path.join(dir, 'uit.json'))).toBe(false) },
  { name: 'zk import: 200,000 columns', args: () => ['import', 'breed.csv'], code: 2, file: 'breed.csv', err: new RegExp(`het bestand heeft 200000 kolommen, meer dan de grens van ${MAX_COLUMNS}`) },
  { name: 'zk import: empty folder', args: () => ['import', 'lege-map'], code: 2, file: 'lege-map', err: /de map bevat geen bestanden om in te lezen/ },
  {
    name: 'zk import: missing path, next to a good file; -o not written',
    args: () => ['import', 'bestaat-niet.csv', 'goed.json', '-o', 'half.json'],
    code: 2,
    file: 'bestaat-niet.csv',
    err: /kan 'bestaat-niet\.csv' niet lezen: het bestand bestaat niet[\s\S]*1 aanvraag ingelezen, 1 bestand niet te lezen \('bestaat-niet\.csv'\); half\.json is niet geschreven/,
    then: (run) => {
      expect(run.out).toMatch(/G-1\s+Goed\s+goed\.json/);
      expect(run.out).not.toContain('bestaat niet');
      expect(existsSync(path.join(dir, 'half.json'))).toBe(false);
    },
  },
  {
    name: 'zk import: unreadable file in a list is not skipped',
    args: () => ['import', 'goed.json', 'ruis.docx'],
    code: 2,
    file: 'ruis.docx',
    err: /kan 'ruis\.docx' niet lezen/,
    then: (run) => expect(run.out).toContain('1 aanvraag ingelezen'),
  },
];

const ENCODINGS: Case[] = (['utf16-bom.csv', 'utf16-zonder-bom.csv', 'utf16-be.csv'] as const).map((file) => ({
  name: `zk import: ${file} is decoded`,
  args: () => ['import', file, '--json'],
  code: 0,
  file: '',
  err: /^$/,
  then: (run: ZkRun) => {
    const json = JSON.parse(run.out);
    expect(json.aanvragen[0]).toMatchObject({ id: 'U-1', naamInitiatief: 'Samen in Utrecht', kvkNummer: '12345678' });
    expect(run.out).not.toContain('\\u0000');
  },
}));

const KEYS: Case[] = [
  {
    name: 'zk import: __proto__/constructor/prototype columns are kept as data',
    args: () => ['import', 'proto.csv', 'proto.json', '--json'],
    // Unknown columns are warnings: everything was read.
    code: 0,
    file: 'proto.csv',
    err: /proto\.csv\s+kopregel \(__proto__\): onbekende kolom '__proto__'/,
    then: (run) => {
      const json = JSON.parse(run.out);
      const byId = new Map(json.aanvragen.map((a: { id: string }) => [a.id, a]));
      expect(byId.get('P-1')).toMatchObject({ extra: { ['__proto__']: 'een', constructor: 'twee', prototype: 'drie' } });
      expect(Object.keys((byId.get('P-1') as { extra: object }).extra)).toEqual(['__proto__', 'constructor', 'prototype']);
      expect(Object.keys((byId.get('P-2') as { extra: object }).extra)).toEqual(['__proto__', 'constructor']);
    },
  },
];

const notWritten = (...names: string[]) => () => {
  for (const name of names) expect(existsSync(path.join(dir, name))).toBe(false);
};

const RANKING: Case[] = [
  ...(['ruis.csv', 'leeg.csv', 'afgebroken.xlsx', 'word-als.xlsx', 'bom-te-weinig.xlsx', 'scores-kop.csv'] as const).map((file) => ({
    name: `zk rangschik: scores ${file}`,
    args: () => ['rangschik', ...APPS, file, '--steekproeven', '0'],
    code: 2,
    file,
    err: new RegExp(`kan scorebestand '${file.replace('.', '\\.')}' niet lezen: `),
    then: (run: ZkRun) => expect(run.out).toBe(''),
  })),
  {
    name: 'zk selectie: unreadable scores, nothing written',
    args: () => ['selectie', ...APPS, 'ruis.csv', '-o', 'uit/selectie.xlsx', '--brieven', 'uit/brieven', '--steekproeven', '0'],
    code: 2,
    file: 'ruis.csv',
    err: /kan scorebestand 'ruis\.csv' niet lezen: geen tekstbestand/,
    then: notWritten('uit'),
  },
  {
    name: 'zk selectie: unreadable applications file in the list, nothing written',
    args: () => ['selectie', ...APPS, 'ruis.docx', SCORES, '-o', 'uit2/selectie.xlsx', '--steekproeven', '0'],
    code: 2,
    file: 'ruis.docx',
    err: /kan 'ruis\.docx' niet lezen: het bestand heet \.docx maar is geen Word-document/,
    then: notWritten('uit2'),
  },
  {
    name: 'zk rangschik: UTF-16 scores are read',
    args: () => ['rangschik', ...APPS, 'scores-utf16.csv', '--json', '--steekproeven', '0'],
    code: 0,
    file: '',
    err: /^$/,
    then: (run) => expect(JSON.parse(run.out).ranglijst.filter((e: { geselecteerd: boolean }) => e.geselecteerd)).toHaveLength(6),
  },
  {
    name: 'zk rangschik: a score row for an unknown application',
    args: () => ['rangschik', ...APPS, 'scores-onbekend.csv', '--json', '--steekproeven', '0'],
    code: 1,
    file: 'scores-onbekend.csv',
    err: /scores-onbekend\.csv, rij 360 \(aanvraag\): aanvraag 'X-999' is niet ingelezen; deze score telt niet mee[\s\S]*358 van 359 rijen ingelezen/,
    then: (run) => expect(JSON.parse(run.out).ranglijst.length).toBeGreaterThan(6),
  },
  {
    name: 'zk rangschik --consensus: a line for an unknown application',
    args: () => ['rangschik', ...APPS, SCORES, '--consensus', 'consensus-onbekend.csv', '--json', '--steekproeven', '0'],
    code: 1,
    file: 'consensus-onbekend.csv',
    err: /consensus-onbekend\.csv, rij 2 \(aanvraag\): aanvraag 'X-998' is niet ingelezen[\s\S]*0 van 1 rijen ingelezen/,
  },
  { name: 'zk rangschik --consensus: random bytes', args: () => ['rangschik', ...APPS, SCORES, '--consensus', 'ruis.csv'], code: 2, file: 'ruis.csv', err: /kan consensusbestand 'ruis\.csv' niet lezen: geen tekstbestand/ },
  { name: 'zk rangschik --overschrijvingen: deep JSON', args: () => ['rangschik', ...APPS, SCORES, '--overschrijvingen', 'diep.json'], code: 2, file: 'diep.json', err: /kan overschrijvingen 'diep\.json' niet lezen: de JSON is dieper genest/ },
  { name: 'zk rangschik --beleid: random bytes', args: () => ['rangschik', ...APPS, SCORES, '--beleid', 'ruis.json'], code: 2, file: 'ruis.json', err: /kan beleid 'ruis\.json' niet lezen: geen tekstbestand/ },
  {
    name: 'zk toets: one unreadable file among good ones',
    args: () => ['toets', 'goed.json', 'bom-te-weinig.xlsx', '--json'],
    code: 2,
    file: 'bom-te-weinig.xlsx',
    err: /zk toets: kan 'bom-te-weinig\.xlsx' niet lezen: het archief pakt uit tot meer dan/,
    then: (run) => expect(JSON.parse(run.out).map((r: { id: string }) => r.id)).toEqual(['G-1']),
  },
];

const BI: Case[] = [
  { name: 'zk bi: random bytes', args: () => ['bi', 'bi-binair.csv', '--contractjaar', '2025'], code: 2, file: 'bi-binair.csv', err: /kan BehandelIndex-bestand 'bi-binair\.csv' niet lezen: .*geen tekstbestand/ },
  { name: 'zk bi: empty file', args: () => ['bi', 'leeg.csv', '--contractjaar', '2025'], code: 2, file: 'leeg.csv', err: /kan BehandelIndex-bestand 'leeg\.csv' niet lezen: .*leeg/ },
  { name: 'zk bi: zip bomb declaring too little', args: () => ['bi', 'bi-bom.xlsx', '--contractjaar', '2025'], code: 2, file: 'bi-bom.xlsx', err: /pakt uit tot meer dan 100 MB/ },
  { name: 'zk bi: a Word document renamed .xlsx', args: () => ['bi', 'word-als.xlsx', '--contractjaar', '2025'], code: 2, file: 'word-als.xlsx', err: /heet \.xlsx maar is een Word-document/ },
  {
    name: 'zk bi: 1 MB (about 27,000 practices) is read, with -o',
    args: () => ['bi', 'bi-1mb.csv', '--contractjaar', '2025', '--json', '-o', 'bi.xlsx'],
    code: 0,
    file: '',
    err: /^Werkmap geschreven: bi\.xlsx\n$/,
    rss: MAX_RSS_BI_WORKBOOK_MB,
    then: (run) => {
      expect(JSON.parse(run.out).praktijken).toHaveLength(biRows);
      expect(existsSync(path.join(dir, 'bi.xlsx'))).toBe(true);
    },
  },
  { name: 'zk bi: 7 MB (190,000 rows), over the row limit', args: () => ['bi', 'bi-7mb.csv', '--contractjaar', '2025', '-o', 'bi7.xlsx'], code: 2, file: 'bi-7mb.csv', err: new RegExp(`meer dan de grens van ${MAX_BI_ROWS}`), then: notWritten('bi7.xlsx') },
  { name: 'zk bi: 60 MB, over the size limit', args: () => ['bi', 'bi-60mb.csv', '--contractjaar', '2025'], code: 2, file: 'bi-60mb.csv', err: new RegExp(`groter dan de grens van ${MAX_BI_FILE_BYTES / 1024 / 1024} MB`) },
];

describe.each([
  ['import', IMPORT],
  ['encodings', ENCODINGS],
  ['keys as data', KEYS],
  ['scores, consensus, overrides, policy', RANKING],
  ['BehandelIndex', BI],
])('hostile files: %s', (_group, cases) => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const run = await zkProcess(c.args(), dir);
    measured.push({ name: c.name, code: run.code, rss: run.maxRssMb });
    expect({ code: run.code, err: run.err }).toEqual({ code: c.code, err: expect.stringMatching(c.err) });
    if (c.file) expect(run.err).toContain(c.file);
    noStack(run);
    expect(run.maxRssMb).toBeLessThan(c.rss ?? MAX_RSS_MB);
    c.then?.(run);
  });
});
