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

async function time<T>(label: string, runs: number, fn: () => Promise<T> | T): Promise<{ ms: number; result: T }> {
  let result = await fn(); // warm-up
  const start = performance.now();
  for (let i = 0; i < runs; i++) result = await fn();
  const ms = (performance.now() - start) / runs;
  process.stdout.write(`  ${label.padEnd(34)} ${ms.toFixed(0).padStart(7)} ms\n`);
  return { ms, result };
}

async function main(): Promise<void> {
  const apps = makeApplications(COUNT);
  const csvBytes = new TextEncoder().encode(applicationsToCsv(apps));
  const xlsxBytes = new Uint8Array(await buildImportWorkbook(apps).xlsx.writeBuffer());
  process.stdout.write(`${COUNT} aanvragen — CSV ${(csvBytes.length / 1e6).toFixed(1)} MB, XLSX ${(xlsxBytes.length / 1e6).toFixed(1)} MB\n\nCSV\n`);

  const papa = await time('papaparse (alleen parsen)', 3, () => Papa.parse<string[]>(decodeText(csvBytes).text, { delimiter: ';' }));
  const ours = await time('importCsv (alles)', 3, () => importCsv('bench.csv', csvBytes));
  check(ours.result.applications.length, papa.result.data.filter((row) => row.length > 1).length - 1);
  process.stdout.write(`  verhouding                         ${(ours.ms / papa.ms).toFixed(1).padStart(7)} ×\n\nXLSX\n`);

  const excel = await time('exceljs load (alleen parsen)', 2, async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsxBytes.buffer.slice(xlsxBytes.byteOffset, xlsxBytes.byteOffset + xlsxBytes.byteLength) as ArrayBuffer);
    return wb;
  });
  const oursX = await time('importXlsx (alles)', 2, () => importXlsx('bench.xlsx', xlsxBytes));
  check(oursX.result.applications.length, excel.result.getWorksheet('Aanvragen')!.actualRowCount - 1);
  process.stdout.write(`  verhouding                         ${(oursX.ms / excel.ms).toFixed(1).padStart(7)} ×\n`);
}

function check(got: number, expected: number): void {
  if (got !== expected) throw new Error(`ingelezen ${got} aanvragen, verwacht ${expected}`);
}

void main();
