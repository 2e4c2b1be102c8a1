import ExcelJS from 'exceljs';
import type { BiResult } from '../rules/bi/behandelindex';
import type { Problem } from '../rules/outcome';

/**
 * The BehandelIndex result as a workbook: sheet BehandelIndex (a real Excel table, status coloured),
 * Samenvatting (policy, reference year, method, boundaries, threshold, counts) and Problemen.
 * Every value from input is written as a plain string or number, never as a formula.
 */
export interface BiWorkbookMeta {
  beleid: { id: string; versie: string; naam: string; bron: string };
  /** The seed's wording of the criterion, quoted in the summary. */
  criteria: string[];
  bestand: string;
  /** Problems from reading the input; the result's own problems are added. */
  problemen: readonly Problem[];
}

const STATUS_STYLES: ReadonlyArray<{ status: string; fill: string; font: string }> = [
  { status: 'voldoet', fill: 'FFC6EFCE', font: 'FF006100' },
  { status: 'voldoet niet', fill: 'FFFFC7CE', font: 'FF9C0006' },
  { status: 'onbekend', fill: 'FFE7E6E6', font: 'FF404040' },
];

const PRACTICE_COLUMNS = [
  { name: 'AGB-code', width: 12, numFmt: '@' },
  { name: 'Praktijknaam', width: 48, numFmt: '@' },
  { name: 'BehandelIndex', width: 14, numFmt: '0.0' },
  { name: 'BI-ondergrens', width: 14, numFmt: '0.0' },
  { name: 'Deciel', width: 8, numFmt: '0' },
  { name: 'Status', width: 14, numFmt: '@' },
  { name: 'Reden', width: 80, numFmt: '@' },
] as const;

const STATUS_COLUMN = 'F';

function addPracticeSheet(workbook: ExcelJS.Workbook, result: BiResult): void {
  const sheet = workbook.addWorksheet('BehandelIndex', { views: [{ state: 'frozen', ySplit: 1 }] });
  PRACTICE_COLUMNS.forEach((c, i) => {
    const column = sheet.getColumn(i + 1);
    column.width = c.width;
    column.numFmt = c.numFmt;
  });
  const rows = result.praktijken.map((p) => [p.agb, p.naam, p.bi, p.ondergrens, p.deciel, p.status, p.reden]);
  if (rows.length === 0) {
    sheet.addRow(PRACTICE_COLUMNS.map((c) => c.name));
    sheet.addRow(['Geen praktijken in het referentiejaar.']);
    return;
  }
  sheet.addTable({
    name: 'BehandelIndexTabel',
    ref: 'A1',
    headerRow: true,
    style: { theme: 'TableStyleMedium2', showRowStripes: true },
    columns: PRACTICE_COLUMNS.map((c) => ({ name: c.name, filterButton: true })),
    rows,
  });
  const last = rows.length + 1;
  sheet.addConditionalFormatting({
    ref: `${STATUS_COLUMN}2:${STATUS_COLUMN}${last}`,
    rules: STATUS_STYLES.map((s, i) => ({
      type: 'cellIs',
      operator: 'equal',
      priority: i + 1,
      formulae: [`"${s.status}"`],
      style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: s.fill } }, font: { color: { argb: s.font } } },
    })),
  });
}

function addSummarySheet(workbook: ExcelJS.Workbook, result: BiResult, meta: BiWorkbookMeta, problems: number): void {
  const sheet = workbook.addWorksheet('Samenvatting');
  sheet.getColumn(1).width = 34;
  sheet.getColumn(2).width = 90;
  const lines: Array<[string, string | number | null]> = [
    ['Beleid', `${meta.beleid.naam} (${meta.beleid.id}, versie ${meta.beleid.versie})`],
    ['Bron', meta.beleid.bron],
    ...meta.criteria.map((tekst): [string, string] => ['Voorwaarde', tekst]),
    ['Bestand', meta.bestand],
    ['Contractjaar', result.contractjaar],
    ['Referentiejaar', result.referentiejaar],
    ['Methode', result.methodeLabel],
    ['Deciel', result.deciel],
    ['Beoordeeld op', result.beoordeeldOp === 'ondergrens' ? 'ondergrens van het betrouwbaarheidsinterval' : 'BehandelIndex'],
    ['Minimum aantal patiënten', result.minPatienten],
    ['Populatie (praktijken met BI)', result.populatie],
    ...(result.decielgrenzen ?? Array<number | null>(9).fill(null)).map((v, i): [string, number | null] => [`P${(i + 1) * 10}`, v]),
    [`Drempel (${result.deciel}e deciel)`, result.drempel],
    ['Voldoet', result.aantallen.voldoet],
    ['Voldoet niet', result.aantallen.voldoetNiet],
    ['Onbekend', result.aantallen.onbekend],
    ['Problemen', problems],
  ];
  for (const [label, value] of lines) {
    const row = sheet.addRow([label, value ?? 'niet te berekenen']);
    row.getCell(1).font = { bold: true };
    if (typeof value === 'number' && !Number.isInteger(value)) row.getCell(2).numFmt = '0.0###';
    row.getCell(2).alignment = { horizontal: 'left', wrapText: true };
  }
}

function addProblemSheet(workbook: ExcelJS.Workbook, problems: readonly Problem[]): void {
  const sheet = workbook.addWorksheet('Problemen', { views: [{ state: 'frozen', ySplit: 1 }] });
  const columns = [
    { name: 'Bestand', width: 28 },
    { name: 'Plaats', width: 22 },
    { name: 'Veld', width: 18 },
    { name: 'Melding', width: 100 },
    { name: 'Ernst', width: 12 },
  ];
  columns.forEach((c, i) => {
    sheet.getColumn(i + 1).width = c.width;
    sheet.getColumn(i + 1).numFmt = '@';
  });
  if (problems.length === 0) {
    sheet.addRow(columns.map((c) => c.name));
    sheet.addRow(['Geen problemen gevonden.']);
    return;
  }
  sheet.addTable({
    name: 'ProblemenTabel',
    ref: 'A1',
    headerRow: true,
    style: { theme: 'TableStyleLight9', showRowStripes: true },
    columns: columns.map((c) => ({ name: c.name, filterButton: true })),
    rows: problems.map((p) => [p.bestand, p.plaats, p.veld, p.melding, p.ernst ?? 'fout']),
  });
}

export function buildBiWorkbook(result: BiResult, meta: BiWorkbookMeta): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'ZK Beoordeling';
  const problems = [...meta.problemen, ...result.problemen];
  addPracticeSheet(workbook, result);
  addSummarySheet(workbook, result, meta, problems.length);
  addProblemSheet(workbook, problems);
  return workbook;
}
