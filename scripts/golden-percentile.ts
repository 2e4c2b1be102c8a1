/**
 * Golden values for PERCENTILE.INC and PERCENTILE.EXC from a real spreadsheet program.
 * Builds fixed data sets, writes them with the formulas to an .xlsx, lets LibreOffice Calc
 * (headless) recalculate it, reads the cached results back and stores data + values in
 * test/golden/percentile.json. CI does not run this (no LibreOffice there); tests read the JSON.
 *
 * Run: apt-get install -y libreoffice-calc && npx tsx scripts/golden-percentile.ts
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { parseBiCsv } from '../src/import/bi';
import { computeBehandelIndex, settingsFromRule } from '../src/rules/bi/behandelindex';
import { VOORTDUREND_VERBETEREN_2024 } from '../src/rules/policies/voortdurend-verbeteren-2024';
import { mulberry32, normal, SAMPLE_PATH } from './generate-bi-sample';

export const GOLDEN_PATH = join(__dirname, '..', 'test', 'golden', 'percentile.json');

interface DataSet {
  naam: string;
  omschrijving: string;
  data: number[];
}

function sampleSets(): DataSet[] {
  const parsed = parseBiCsv(readFileSync(SAMPLE_PATH, 'utf8'), { bestand: 'behandelindex-2022-2023.csv' });
  const firstBis = parsed.rows.filter((r) => r.bi !== null).slice(0, 9800).map((r) => r.bi as number);
  const result = computeBehandelIndex(parsed.rows, settingsFromRule(VOORTDUREND_VERBETEREN_2024.behandelIndex!, { contractjaar: 2025 }));
  const population = result.praktijken.filter((p) => p.deciel !== null).map((p) => p.bi as number);
  return [
    { naam: 'sample-9800', omschrijving: 'de eerste 9.800 BI-waarden van samples/bi/behandelindex-2022-2023.csv, in bestandsvolgorde', data: firstBis },
    { naam: 'sample-populatie-2023', omschrijving: 'populatie voor contractjaar 2025 (BI 2023, ≥ 10 patiënten, dubbele AGB eruit) uit het voorbeeldbestand', data: population },
  ];
}

function fixedSets(): DataSet[] {
  const random = mulberry32(101);
  const n101 = Array.from({ length: 101 }, () => Math.round(1000 * Math.exp(0.17 * normal(random))) / 10);
  return [
    { naam: 'n1', omschrijving: 'één waarde', data: [42] },
    { naam: 'n2', omschrijving: 'twee waarden', data: [7, 3] },
    { naam: 'n10', omschrijving: 'tien BI-achtige waarden met decimalen en één gelijke stand', data: [12.5, 3.25, 99.9, 100, 101.7, 87.4, 150.2, 64.1, 100, 118.3] },
    { naam: 'n11', omschrijving: 'elf gehele getallen, ongesorteerd', data: [15, 2, 8, 11, 4, 23, 16, 42, 7, 19, 3] },
    { naam: 'n101', omschrijving: '101 log-normale BI-waarden (zaad 101), één decimaal', data: n101 },
    { naam: 'gelijke-standen', omschrijving: 'veel gelijke waarden', data: [100, 100, 100, 100, 95, 95, 120, 120, 120, 80] },
    { naam: 'negatief', omschrijving: 'negatieve waarden, nul en decimalen', data: [-5.5, -1.25, 0, 2.75, -10, 3.5, -0.001, 7.125, -3.3] },
    { naam: 'decimalen', omschrijving: 'breuken die binair niet exact zijn', data: [0.1, 0.2, 0.3, 1 / 3, 2 / 3, 1e-7, 123.456789, 98.7654321, 1e6 + 0.5] },
  ];
}

/** k values per set: the deciles, the quartiles, the ends, EXC's limits 1/(n+1) and n/(n+1), and two invalid ones. */
function kValues(n: number): number[] {
  const deciles = Array.from({ length: 9 }, (_, i) => (i + 1) / 10);
  return [...new Set([0, 0.05, ...deciles, 0.95, 1, 0.25, 0.75, 1 / 3, 1 / (n + 1), n / (n + 1), -0.1, 1.1])];
}

type Value = number | string;

async function computeWithLibreOffice(sets: DataSet[]): Promise<Array<{ inc: Value[]; exc: Value[] }>> {
  const dir = mkdtempSync(join(tmpdir(), 'zk-golden-'));
  const input = join(dir, 'percentile.xlsx');
  const workbook = new ExcelJS.Workbook();
  sets.forEach((set, s) => {
    const sheet = workbook.addWorksheet(`s${s}`);
    set.data.forEach((v, i) => (sheet.getCell(i + 1, 1).value = v));
    const range = `$A$1:$A$${set.data.length}`;
    kValues(set.data.length).forEach((k, i) => {
      sheet.getCell(i + 1, 2).value = k;
      sheet.getCell(i + 1, 3).value = { formula: `_xlfn.PERCENTILE.INC(${range},B${i + 1})` } as ExcelJS.CellFormulaValue;
      sheet.getCell(i + 1, 4).value = { formula: `_xlfn.PERCENTILE.EXC(${range},B${i + 1})` } as ExcelJS.CellFormulaValue;
    });
  });
  await workbook.xlsx.writeFile(input);
  const out = join(dir, 'out');
  execFileSync('soffice', [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--convert-to', 'xlsx', '--outdir', out, input], { stdio: 'pipe' });
  return readResults(readFileSync(join(out, 'percentile.xlsx')), sets);
}

/**
 * Cached results straight from the sheet XML: exceljs drops a cached formula result of 0, so the
 * `<v>` elements are read directly. `t="e"` marks an error value.
 */
async function readResults(xlsx: Buffer, sets: DataSet[]): Promise<Array<{ inc: Value[]; exc: Value[] }>> {
  const zip = await JSZip.loadAsync(xlsx);
  return Promise.all(
    sets.map(async (set, s) => {
      const xml = await zip.file(`xl/worksheets/sheet${s + 1}.xml`)!.async('string');
      const cells = new Map<string, Value>();
      for (const match of xml.matchAll(/<c r="([A-Z]+\d+)"([^>]*)>(?:<f[^>]*>[^<]*<\/f>)?<v>([^<]*)<\/v><\/c>/g)) {
        cells.set(match[1], /t="e"/.test(match[2]) ? match[3] : Number(match[3]));
      }
      const read = (ref: string): Value => {
        const value = cells.get(ref);
        if (value === undefined || (typeof value === 'number' && Number.isNaN(value))) throw new Error(`geen resultaat in ${set.naam} ${ref}`);
        return value;
      };
      const ks = kValues(set.data.length);
      return { inc: ks.map((_, i) => read(`C${i + 1}`)), exc: ks.map((_, i) => read(`D${i + 1}`)) };
    }),
  );
}

async function main(): Promise<void> {
  const sets = [...fixedSets(), ...sampleSets()];
  const version = execFileSync('soffice', ['--version'], { encoding: 'utf8' }).trim();
  const results = await computeWithLibreOffice(sets);
  const golden = {
    bron: `${version}, headless: PERCENTILE.INC en PERCENTILE.EXC in een .xlsx herberekend (scripts/golden-percentile.ts)`,
    opmerking: 'Foutwaarden zoals LibreOffice ze in .xlsx schrijft (#VALUE! = Err:502); Excel geeft hier #NUM!.',
    sets: sets.map((set, s) => ({ ...set, k: kValues(set.data.length), inc: results[s].inc, exc: results[s].exc })),
  };
  writeFileSync(GOLDEN_PATH, JSON.stringify(golden) + '\n');
  process.stdout.write(`Geschreven: ${GOLDEN_PATH} (${sets.length} sets, ${version})\n`);
}

if (require.main === module) {
  main().catch((error) => {
    process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
    process.exitCode = 1;
  });
}
