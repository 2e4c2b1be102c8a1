/**
 * Import speed: 10,000 applications from CSV and from the import workbook (.xlsx). Prints our
 * time next to the bare parse of the same file by papaparse / exceljs in this process, and the
 * ratio (our overhead for header matching, value parsing, validation and problem reporting).
 * Run with `npx tsx bench/import.ts [aantal]`.
 */
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import type { Application } from '../src/rules/application';
import { decodeText, importCsv } from '../src/import/csv';
import { importXlsx } from '../src/import/xlsx';
import { applicationsToCsv } from '../src/report/applications-csv';
import { buildImportWorkbook } from '../src/report/import-workbook';

const COUNT = Number(process.argv[2] ?? 10_000);

/** Deterministic fictional applications: two participants and two cost lines each (the workbook's Deelnemers sheet stays within the 20,000-row limit). */
function makeApplications(n: number): Application[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `SR-${String(i + 1).padStart(5, '0')}`,
    naamInitiatief: `Initiatief ${i + 1}`,
    naamSamenwerkingsverband: `Coöperatie Zorg ${i % 97} U.A.`,
    samenwerkingsvorm: i % 3 ? 'Coöperatie' : 'Stichting',
    kvkNummer: String(10_000_000 + i * 7),
    deelnemers: [
      { praktijknaam: `Fysio ${i}`, postcode: '3511 AB', plaats: 'Utrecht', agb: String(4_000_000 + i).padStart(8, '0'), telefoon: '030-1234567', email: `fysio${i}@voorbeeld.nl`, zkContract2021: true, zkContract2022: i % 5 !== 0 },
      { praktijknaam: `Huisarts ${i}`, plaats: 'Zeist', agb: String(1_000_000 + i).padStart(8, '0'), discipline: 'huisartsenzorg' },
    ],
    achtergrond: 'Kwetsbare ouderen; "valpreventie" en =ZORG in de wijk.',
    startdatum: '2021-04-01',
    einddatum: '2022-12-31',
    begroting: {
      kosten: [
        { omschrijving: 'Coördinatie', bedrag: 12500.5 + i, categorie: 'coördinatie' },
        { omschrijving: 'Scholing', bedrag: 7500, categorie: 'scholing' },
      ],
      gevraagdBedrag: 20000.5 + i,
    },
    klantgroepen: ['kwetsbare ouderen', 'COPD'],
    aantalZkKlanten: 700 + (i % 900),
    mdoPerJaar: 4,
    intervisie: true,
    samenwerkingsprotocol: i % 7 !== 0,
  }));
}

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

void main();
