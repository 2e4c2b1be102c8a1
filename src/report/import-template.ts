/**
 * The empty import workbook for `zk template`: the sheets Aanvragen, Deelnemers and Begroting
 * with headers, data validation and header notes, plus a sheet "Toelichting" that explains every
 * column. Also the CSV form (one table, participants and cost lines as numbered column groups).
 */
import type ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { COLUMN_GROUPS, headerOf } from '../import/columns';
import { describeColumns, KIND_NAMES, tableHeaders } from '../import/flat';
import { buildImportWorkbook, SHEET_COLUMNS } from './import-workbook';

/** Participant and cost-line groups the CSV template offers; more can be added by the user (deelnemer4_…). */
const CSV_TEMPLATE_GROUPS: Record<string, number> = { deelnemer: 3, kosten: 5, inkomsten: 2 };

export function buildImportTemplate(): ExcelJS.Workbook {
  const workbook = buildImportWorkbook([]);
  const sheet = workbook.addWorksheet('Toelichting');
  sheet.columns = [
    { header: 'Blad', key: 'blad', width: 14 },
    { header: 'Kolom', key: 'kolom', width: 32 },
    { header: 'Omschrijving', key: 'omschrijving', width: 80 },
    { header: 'Soort waarde', key: 'soort', width: 24 },
    { header: 'Voorbeeld', key: 'voorbeeld', width: 24 },
  ];
  sheet.getRow(1).font = { bold: true };
  for (const [blad, columns] of Object.entries(SHEET_COLUMNS)) {
    for (const column of columns) {
      sheet.addRow({ blad, kolom: headerOf(column), omschrijving: column.beschrijving, soort: KIND_NAMES[column.kind], voorbeeld: column.voorbeeld ?? '' });
    }
  }
  sheet.addRow({});
  const notes = [
    'Eén rij per aanvraag op het blad Aanvragen. Deelnemers en begrotingsregels staan op hun eigen blad en verwijzen met aanvraagId naar de aanvraag.',
    'Bedragen mogen met euroteken, duizendpunten en decimale komma (€ 12.500,00). Datums als 1-4-2021, 2021-04-01 of 1 april 2021.',
    'Ja/nee-velden: ja, nee, x, waar, onwaar, TRUE of FALSE. Lijsten (klantgroepen, JZOJP-doelen) gescheiden door een puntkomma.',
    'Onbekende kolommen worden niet weggegooid: ze komen bij "extra" en worden één keer gemeld.',
    'In een CSV-bestand staan deelnemers en kosten als genummerde kolommen: deelnemer1_praktijknaam, deelnemer1_agb, kosten1_omschrijving, kosten1_bedrag, …',
  ];
  for (const note of notes) sheet.addRow({ blad: 'Let op', omschrijving: note });
  sheet.getColumn('omschrijving').alignment = { wrapText: true, vertical: 'top' };
  return workbook;
}

/** The CSV template: the header line with `;` (what Dutch Excel expects), UTF-8 with BOM. */
export function buildCsvTemplate(): string {
  const headers = tableHeaders([]);
  for (const group of COLUMN_GROUPS) {
    for (let n = 1; n <= (CSV_TEMPLATE_GROUPS[group.prefix] ?? 1); n++) headers.push(...group.columns.map((c) => `${group.prefix}${n}_${headerOf(c)}`));
  }
  return '\ufeff' + Papa.unparse([headers], { delimiter: ';' }) + '\r\n';
}

/** The column list with descriptions, for docs and the add-in's help. */
export const templateColumns = describeColumns;
