import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import type { Problem } from '../rules/outcome';
import type { BiRow } from '../rules/bi/behandelindex';
import { PROBLEMS } from '../rules/bi/messages';
import { validateAgb } from '../rules/validators';
import { BI_FIELDS, guessBiColumns, missingRequiredFields, type BiColumnMap } from './bi-columns';
import { parseDutchNumber } from './dutch-number';
import { checkedArchive } from './archive';
import { columnsRefusal, MAX_BI_FILE_BYTES, MAX_BI_ROWS, MAX_CELLS, rowsRefusal } from './limits';
import { openInput } from './open';
import { decodeText as decodeAny } from './text';

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
  /** Non-empty data rows in the table, kept or not; `rows.length` of them were kept. */
  aantalRijen?: number;
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

/**
 * Reads a header row plus data rows one record at a time, so a large CSV is converted as it is
 * parsed and no copy of all its records is kept. `add` returns false once the row limit is passed.
 */
function biReader(options: BiParseOptions) {
  const { bestand } = options;
  const kopRij = options.kopRij ?? 1;
  const rows: BiRow[] = [];
  const problemen: Problem[] = [];
  const padded: string[] = [];
  let kolommen: BiColumnMap = {};
  let kopjes: string[] = [];
  let headerIndex = -1;
  let missing = false;
  let tooMany = false;
  let count = 0;

  function header(record: readonly unknown[], i: number): void {
    headerIndex = i;
    kopjes = record.map((c) => (isEmptyCell(c) ? '' : show(c).trim()));
    kolommen = options.kolommen ?? guessBiColumns(kopjes);
    const absent = missingRequiredFields(kolommen);
    for (const spec of absent) {
      problemen.push({ bestand, plaats: `rij ${kopRij + i}`, veld: spec.label, melding: PROBLEMS.kolomOntbreekt(spec.label, kopjes.filter(Boolean)), ernst: 'fout' });
    }
    missing = absent.length > 0;
  }

  function row(record: readonly unknown[], i: number): void {
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
      return;
    }
    if (agbText !== agbRaw) padded.push(plaats);

    const jaarRaw = cell('jaar');
    const jaar = parseDutchNumber(jaarRaw, { integer: true });
    if (typeof jaar !== 'number' || !Number.isInteger(jaar) || jaar < 1900 || jaar > 2100) {
      problem('jaar', PROBLEMS.jaarOngeldig(isEmptyCell(jaarRaw) ? '' : show(jaarRaw)));
      return;
    }

    const measure = (field: 'bi' | 'ondergrens'): number | null => {
      const raw = cell(field);
      const value = parseDutchNumber(raw);
      if (value === undefined) problem(field, PROBLEMS.getalOngeldig(LABEL[field], show(raw)));
      else if (value !== null && value < 0) problem(field, PROBLEMS.getalNegatief(LABEL[field], show(raw)));
      else return value;
      return null;
    };
    const entry: BiRow = { agb: agb.value, naam: isEmptyCell(cell('naam')) ? '' : show(cell('naam')).trim(), jaar, bi: measure('bi'), plaats };
    if (kolommen.patienten !== undefined) {
      const raw = cell('patienten');
      const value = parseDutchNumber(raw, { integer: true });
      if (value === undefined) problem('patienten', PROBLEMS.getalOngeldig(LABEL.patienten, show(raw)));
      else if (value !== null && (!Number.isInteger(value) || value < 0)) problem('patienten', PROBLEMS.aantalGeenGeheel(show(raw)));
      entry.patienten = value !== undefined && value !== null && Number.isInteger(value) && value >= 0 ? value : null;
    }
    if (kolommen.ondergrens !== undefined) entry.ondergrens = measure('ondergrens');
    rows.push(entry);
  }

  return {
    /** Takes record `i` (0-based); false when reading should stop (a required column missing, too many rows). */
    add(record: readonly unknown[], i: number): boolean {
      if (headerIndex < 0) {
        if (record.some((c) => !isEmptyCell(c))) header(record, i);
        return !missing;
      }
      if (record.every(isEmptyCell)) return true;
      if (++count > MAX_BI_ROWS) {
        tooMany = true;
        return false;
      }
      row(record, i);
      return true;
    },
    finish(): BiParseResult {
      if (tooMany) return unreadable(bestand, rowsRefusal('de tabel', count, MAX_BI_ROWS)!.replace(/; er is niets ingelezen$/, ''));
      if (headerIndex < 0) return { rows: [], problemen: [{ bestand, plaats: 'rij 1', veld: '', melding: PROBLEMS.leegBestand(), ernst: 'fout' }], kolommen: {}, kopjes: [], leesbaar: false };
      if (missing) return { rows: [], problemen, kolommen, kopjes, leesbaar: false };
      const wide = columnsRefusal('de kopregel', kopjes.length);
      if (wide) return unreadable(bestand, wide.replace(/; er is niets ingelezen$/, ''));
      if (padded.length > 0) {
        problemen.push({ bestand, plaats: padded[0], veld: LABEL.agb, melding: PROBLEMS.voorloopnulAangevuld(padded.length, padded[0]), ernst: 'waarschuwing' });
      }
      return { rows, problemen, kolommen, kopjes, leesbaar: true, aantalRijen: count };
    },
  };
}

/** Reads a header row plus data rows (the shape of a CSV, a worksheet or an Excel table's values). */
export function parseBiRecords(records: readonly (readonly unknown[])[], options: BiParseOptions): BiParseResult {
  const reader = biReader(options);
  for (let i = 0; i < records.length; i++) if (!reader.add(records[i], i)) break;
  return reader.finish();
}

/** The delimiter of the header line (`;`, `,` or tab), counted outside quotes; undefined lets papaparse guess. */
function headerDelimiter(text: string): string | undefined {
  const firstLine = text.split(/\r?\n/, 1)[0].replace(/"[^"]*"/g, '');
  const counts = [';', ',', '\t'].map((d) => [d, firstLine.split(d).length - 1] as const).sort((a, b) => b[1] - a[1]);
  return counts[0][1] > 0 ? counts[0][0] : undefined;
}

export function parseBiCsv(text: string, options: BiParseOptions): BiParseResult {
  const clean = text.replace(/^\uFEFF/, '');
  const reader = biReader(options);
  const errors: Papa.ParseError[] = [];
  let index = 0;
  // step: each record is converted as it is parsed, so memory holds the rows, not every record twice.
  Papa.parse<string[]>(clean, {
    delimiter: headerDelimiter(clean),
    skipEmptyLines: 'greedy',
    step: (record, parser) => {
      if (record.errors.length && errors.length < 1000) errors.push(...record.errors.map((e) => ({ ...e, row: index })));
      if (!reader.add(record.data, index++)) parser.abort();
    },
  });
  const result = reader.finish();
  for (const error of errors) {
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

/**
 * The rows that hold cells, with their 0-based index; empty rows are not visited (a sheet with one
 * cell in A1 and one in XFD1048576 is two rows, not seventeen billion cells).
 */
function worksheetRecords(sheet: ExcelJS.Worksheet): { index: number; cells: unknown[] }[] | string {
  const records: { index: number; cells: unknown[] }[] = [];
  let span = 0;
  let over = false;
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (over) return;
    span += row.cellCount;
    if (span > MAX_CELLS * 4) {
      over = true;
      return;
    }
    const cells: unknown[] = [];
    for (let c = 1; c <= row.cellCount; c++) cells.push(cellValue(row.getCell(c).value));
    records.push({ index: rowNumber - 1, cells });
  });
  return over ? `het blad ${sheet.name} is te groot om te lezen (meer dan ${MAX_CELLS * 4} cellen tot de laatste kolom)` : records;
}

/** First worksheet whose header row names an AGB and a BI column; else the first worksheet. */
export async function parseBiXlsx(bytes: Uint8Array, options: BiParseOptions): Promise<BiParseResult> {
  const archive = checkedArchive(bytes, 'xlsx');
  if ('melding' in archive) return unreadable(options.bestand, archive.melding);
  const workbook = new ExcelJS.Workbook();
  try {
    // A Uint8Array, not a Node Buffer, so this also runs in the task pane (JSZip accepts both).
    await workbook.xlsx.load(archive.bytes as unknown as ExcelJS.Buffer);
  } catch (error) {
    return unreadable(options.bestand, `geen geldig .xlsx-bestand (${error instanceof Error ? error.message : String(error)})`);
  }
  const sheets: { index: number; cells: unknown[] }[][] = [];
  for (const sheet of workbook.worksheets) {
    const records = worksheetRecords(sheet);
    if (typeof records === 'string') return unreadable(options.bestand, records);
    sheets.push(records);
  }
  if (sheets.length === 0) return unreadable(options.bestand, 'de werkmap heeft geen werkbladen');
  const fits = sheets.find((records) => {
    const header = records.find((r) => r.cells.some((c) => !isEmptyCell(c)))?.cells ?? [];
    return missingRequiredFields(guessBiColumns(header.map((c) => (isEmptyCell(c) ? '' : show(c))))).length === 0;
  });
  const reader = biReader(options);
  for (const { index, cells } of fits ?? sheets[0]) if (!reader.add(cells, index)) break;
  return reader.finish();
}

/** Text from bytes, as every other reader decodes it (BOM, UTF-16, UTF-8, else Windows-1252). */
export function decodeText(bytes: Uint8Array): string {
  return decodeAny(bytes).text;
}

/**
 * A BI file as bytes, opened like every input (open.ts): XLSX or CSV text; the old binary .xls,
 * a Word document, binary data or a file over the BI size limit is refused with a message.
 */
export async function parseBiBytes(bytes: Uint8Array, options: BiParseOptions): Promise<BiParseResult> {
  const opened = openInput(options.bestand, bytes, ['csv', 'xlsx'], { maxBytes: MAX_BI_FILE_BYTES });
  if (!opened.ok) return unreadable(options.bestand, opened.melding);
  if (opened.opened.kind === 'xlsx') return parseBiXlsx(opened.opened.archive.bytes, options);
  if (opened.opened.kind === 'csv') return parseBiCsv(opened.opened.text, options);
  return unreadable(options.bestand, 'verwacht CSV of Excel (.xlsx)');
}
