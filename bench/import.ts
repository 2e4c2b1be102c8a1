/**
 * Import speed: 10,000 applications from CSV and from the import workbook (.xlsx). Prints our
 * time next to the bare parse of the same file by papaparse / exceljs in this process, and the
 * ratio (our overhead for header matching, value parsing, validation and problem reporting).
 * Run with `npx tsx bench/import.ts [aantal]`.
 */
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { decodeText, importCsv } from '../src/import/csv';
import { importXlsx } from '../src/import/xlsx';
import { applicationsToCsv } from '../src/report/applications-csv';
import { buildImportWorkbook } from '../src/report/import-workbook';
import { makeApplications } from './fixtures';

const COUNT = Number(process.argv[2] ?? 10_000);

/**
 * Runs baseline and ours alternately (after one warm-up each) and keeps the fastest time of each,
 * so garbage collection and a busy machine hit both alike.
 */
async function compare<A, B>(runs: number, baseline: [string, () => Promise<A> | A], ours: [string, () => Promise<B> | B]): Promise<{ base: A; ours: B }> {
  let base = await baseline[1]();
  let own = await ours[1]();
  let bestBase = Infinity;
  let bestOurs = Infinity;
  for (let i = 0; i < runs; i++) {
    let start = performance.now();
    base = await baseline[1]();
    bestBase = Math.min(bestBase, performance.now() - start);
    start = performance.now();
    own = await ours[1]();
    bestOurs = Math.min(bestOurs, performance.now() - start);
  }
  const line = (label: string, ms: number) => process.stdout.write(`  ${label.padEnd(34)} ${ms.toFixed(0).padStart(7)} ms\n`);
  line(baseline[0], bestBase);
  line(ours[0], bestOurs);
  process.stdout.write(`  ${'verhouding (onze tijd / basis)'.padEnd(34)} ${(bestOurs / bestBase).toFixed(1).padStart(7)} ×\n`);
  return { base, ours: own };
}

async function main(): Promise<void> {
  const apps = makeApplications(COUNT);
  const csvBytes = new TextEncoder().encode(applicationsToCsv(apps));
  const xlsxBytes = new Uint8Array(await buildImportWorkbook(apps).xlsx.writeBuffer());
  process.stdout.write(`${COUNT} aanvragen — CSV ${(csvBytes.length / 1e6).toFixed(1)} MB, XLSX ${(xlsxBytes.length / 1e6).toFixed(1)} MB\n\nCSV\n`);
  const csv = await compare(
    5,
    ['papaparse (alleen parsen)', () => Papa.parse<string[]>(decodeText(csvBytes).text, { delimiter: ';' })],
    ['importCsv (alles)', () => importCsv('bench.csv', csvBytes)],
  );
  check(csv.ours.applications.length, csv.base.data.filter((row) => row.length > 1).length - 1);

  process.stdout.write('\nXLSX\n');
  const xlsx = await compare(
    3,
    [
      'exceljs load (alleen parsen)',
      async () => {
        const wb = new ExcelJS.Workbook();
        await wb.xlsx.load(xlsxBytes.buffer.slice(xlsxBytes.byteOffset, xlsxBytes.byteOffset + xlsxBytes.byteLength) as ArrayBuffer);
        return wb;
      },
    ],
    ['importXlsx (alles, incl. exceljs)', () => importXlsx('bench.xlsx', xlsxBytes)],
  );
  check(xlsx.ours.applications.length, xlsx.base.getWorksheet('Aanvragen')!.actualRowCount - 1);
}

function check(got: number, expected: number): void {
  if (got !== expected) throw new Error(`ingelezen ${got} aanvragen, verwacht ${expected}`);
}

if (require.main === module) void main();
