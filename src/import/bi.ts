import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import type { Problem } from '../rules/outcome';
import type { BiRow } from '../rules/bi/behandelindex';
import { PROBLEMS } from '../rules/bi/messages';
import { validateAgb } from '../rules/validators';
import { BI_FIELDS, guessBiColumns, missingRequiredFields, type BiColumnMap } from './bi-columns';
import { parseDutchNumber } from './dutch-number';

export { guessBiColumns, BI_FIELDS, type BiColumnMap, type BiField } from './bi-columns';

/**
 * BehandelIndex input → rows + problems. Pure: bytes or strings in, no file system. Every bad value
 * becomes a Problem naming file, row and field (in Dutch); the other rows are still read.
 */
export interface BiParseResult {
  rows: BiRow[];
  problemen: Problem[];
  kolommen: BiColumnMap;
  kopjes: string[];
  /** False when the input could not be read as BI data at all (no header, a required column missing, broken file). */
  leesbaar: boolean;
}

export interface BiParseOptions {
  bestand: string;
  /** Columns chosen by the user; guessed from the header row when absent. */
  kolommen?: BiColumnMap;
  /** Spreadsheet row number of the header row (1 for a file; the table's row for an Excel table). */
  kopRij?: number;
}

const LABEL = Object.fromEntries(BI_FIELDS.map((f) => [f.field, f.label])) as Record<string, string>;

const unreadable = (bestand: string, reden: string): BiParseResult => ({
  rows: [],
  problemen: [{ bestand, plaats: 'bestand', veld: '', melding: PROBLEMS.onleesbaarBestand(reden), ernst: 'fout' }],
  kolommen: {},
  kopjes: [],
  leesbaar: false,
});

const isEmptyCell = (v: unknown): boolean => v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
const show = (v: unknown): string => (v instanceof Date ? v.toISOString().slice(0, 10) : String(v));

/** Reads a header row plus data rows (the shape of a CSV, a worksheet or an Excel table's values). */
export function parseBiRecords(records: readonly (readonly unknown[])[], options: BiParseOptions): BiParseResult {
  const { bestand } = options;
  const kopRij = options.kopRij ?? 1;
  const headerIndex = records.findIndex((r) => r.some((c) => !isEmptyCell(c)));
  if (headerIndex < 0) {
    return { rows: [], problemen: [{ bestand, plaats: 'rij 1', veld: '', melding: PROBLEMS.leegBestand(), ernst: 'fout' }], kolommen: {}, kopjes: [], leesbaar: false };
  }
  const kopjes = records[headerIndex].map((c) => (isEmptyCell(c) ? '' : show(c).trim()));
  const kolommen = options.kolommen ?? guessBiColumns(kopjes);
  const problemen: Problem[] = [];
  const missing = missingRequiredFields(kolommen);
  for (const spec of missing) {
    problemen.push({ bestand, plaats: `rij ${kopRij + headerIndex}`, veld: spec.label, melding: PROBLEMS.kolomOntbreekt(spec.label, kopjes.filter(Boolean)), ernst: 'fout' });
  }
  if (missing.length > 0) return { rows: [], problemen, kolommen, kopjes, leesbaar: false };

  const rows: BiRow[] = [];
  const padded: string[] = [];
  for (let i = headerIndex + 1; i < records.length; i++) {
    const record = records[i];
    if (record.every(isEmptyCell)) continue;
    const plaats = `rij ${kopRij + i}`;
    const problem = (field: string, melding: string) => problemen.push({ bestand, plaats, veld: LABEL[field] ?? field, melding, ernst: 'fout' });
    const cell = (field: keyof BiColumnMap): unknown => {
      const index = kolommen[field];
      return index === undefined ? undefined : record[index];
    };

    const agbRaw = isEmptyCell(cell('agb')) ? '' : show(cell('agb')).trim();
    const agbText = /^\d{7}$/.test(agbRaw) ? '0' + agbRaw : agbRaw;
    const agb = validateAgb(agbText);
    if (!agb.ok) {
      problem('agb', PROBLEMS.agbOngeldig(agb.melding));
      continue;
    }
    if (agbText !== agbRaw) padded.push(plaats);

    const jaarRaw = cell('jaar');
    const jaar = parseDutchNumber(jaarRaw, { integer: true });
    if (typeof jaar !== 'number' || !Number.isInteger(jaar) || jaar < 1900 || jaar > 2100) {
      problem('jaar', PROBLEMS.jaarOngeldig(isEmptyCell(jaarRaw) ? '' : show(jaarRaw)));
      continue;
    }

    const measure = (field: 'bi' | 'ondergrens'): number | null => {
      const raw = cell(field);
      const value = parseDutchNumber(raw);
      if (value === undefined) problem(field, PROBLEMS.getalOngeldig(LABEL[field], show(raw)));
      else if (value !== null && value < 0) problem(field, PROBLEMS.getalNegatief(LABEL[field], show(raw)));
      else return value;
      return null;
    };
    const row: BiRow = { agb: agb.value, naam: isEmptyCell(cell('naam')) ? '' : show(cell('naam')).trim(), jaar, bi: measure('bi'), plaats };
    if (kolommen.patienten !== undefined) {
      const raw = cell('patienten');
      const value = parseDutchNumber(raw, { integer: true });
      if (value === undefined) problem('patienten', PROBLEMS.getalOngeldig(LABEL.patienten, show(raw)));
      else if (value !== null && (!Number.isInteger(value) || value < 0)) problem('patienten', PROBLEMS.aantalGeenGeheel(show(raw)));
      row.patienten = value !== undefined && value !== null && Number.isInteger(value) && value >= 0 ? value : null;
    }
    if (kolommen.ondergrens !== undefined) row.ondergrens = measure('ondergrens');
    rows.push(row);
  }
  if (padded.length > 0) {
    problemen.push({ bestand, plaats: padded[0], veld: LABEL.agb, melding: PROBLEMS.voorloopnulAangevuld(padded.length, padded[0]), ernst: 'waarschuwing' });
  }
  return { rows, problemen, kolommen, kopjes, leesbaar: true };
}

/** The delimiter of the header line (`;`, `,` or tab), counted outside quotes; undefined lets papaparse guess. */
function headerDelimiter(text: string): string | undefined {
  const firstLine = text.split(/\r?\n/, 1)[0].replace(/"[^"]*"/g, '');
  const counts = [';', ',', '\t'].map((d) => [d, firstLine.split(d).length - 1] as const).sort((a, b) => b[1] - a[1]);
  return counts[0][1] > 0 ? counts[0][0] : undefined;
}

export function parseBiCsv(text: string, options: BiParseOptions): BiParseResult {
  const clean = text.replace(/^\uFEFF/, '');
  const parsed = Papa.parse<string[]>(clean, { delimiter: headerDelimiter(clean), skipEmptyLines: 'greedy' });
  const result = parseBiRecords(parsed.data, options);
  for (const error of parsed.errors) {
    if (error.code === 'UndetectableDelimiter') continue;
    const plaats = error.row === undefined ? 'bestand' : `rij ${error.row + 1}`;
    result.problemen.push({ bestand: options.bestand, plaats, veld: '', melding: `CSV: ${error.message}`, ernst: 'waarschuwing' });
  }
  return result;
}

function cellValue(value: ExcelJS.CellValue): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'object' || value instanceof Date) return value;
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('result' in value) return value.result === undefined ? null : cellValue(value.result as ExcelJS.CellValue);
  if ('formula' in value || 'sharedFormula' in value) return null;
  if ('text' in value) return value.text;
  if ('error' in value) return value.error;
  return null;
}

function worksheetRecords(sheet: ExcelJS.Worksheet): unknown[][] {
  const records: unknown[][] = [];
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const cells: unknown[] = [];
    for (let c = 1; c <= sheet.columnCount; c++) cells.push(cellValue(row.getCell(c).value));
    records.push(cells);
  }
  return records;
}

/** First worksheet whose header row names an AGB and a BI column; else the first worksheet. */
export async function parseBiXlsx(bytes: Uint8Array, options: BiParseOptions): Promise<BiParseResult> {
  const workbook = new ExcelJS.Workbook();
  try {
    // A Uint8Array, not a Node Buffer, so this also runs in the task pane (JSZip accepts both).
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch (error) {
    return unreadable(options.bestand, `geen geldig .xlsx-bestand (${error instanceof Error ? error.message : String(error)})`);
  }
  const sheets = workbook.worksheets.map((sheet) => ({ sheet, records: worksheetRecords(sheet) }));
  if (sheets.length === 0) return unreadable(options.bestand, 'de werkmap heeft geen werkbladen');
  const fits = sheets.find(({ records }) => {
    const header = records.find((r) => r.some((c) => !isEmptyCell(c))) ?? [];
    return missingRequiredFields(guessBiColumns(header.map((c) => (isEmptyCell(c) ? '' : show(c))))).length === 0;
  });
  return parseBiRecords((fits ?? sheets[0]).records, options);
}

/**
 * Text from bytes: UTF-8 when valid (BOM or not), else Windows-1252 as older Dutch Excel saves CSV.
 * TextDecoder exists in Node and in the browser, so no Buffer is needed.
 */
export function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Not valid UTF-8: that is the signal to read it as Windows-1252, not an error.
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

const startsWith = (bytes: Uint8Array, signature: number[]) => signature.every((b, i) => bytes[i] === b);

/** A BI file as bytes: XLSX (zip signature) or CSV text; the old binary .xls is refused with a message. */
export async function parseBiBytes(bytes: Uint8Array, options: BiParseOptions): Promise<BiParseResult> {
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return parseBiXlsx(bytes, options);
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) return unreadable(options.bestand, 'dit is het oude .xls-formaat; sla het op als .xlsx of .csv');
  if (bytes.includes(0)) return unreadable(options.bestand, 'het is geen tekst (CSV) en geen .xlsx');
  return parseBiCsv(decodeText(bytes), options);
}
