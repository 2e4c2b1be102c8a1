import ExcelJS from 'exceljs';
import { csvRows, xlsxRows, type TableRows } from '../import/table-rows';
import type { Problem } from '../rules/outcome';
import type { Belangverklaring, ScoreMoment } from '../rules/scoring/conflicts';
import { BELANGEN_SHEET, parseDeclarations, scoreMomentsFromAudit } from '../workbook/conflicts';
import { SHEETS } from '../workbook/names';
import { toTableData } from '../workbook/tableData';
import type { CellValue, TableData } from '../workbook/types';
import { CliError } from './command';
import { readInput } from './read-input';

export interface DeclarationsRead {
  bestand: string;
  belangen: Belangverklaring[];
  /** Score moments from the Audit sheet of a saved workbook (empty for CSV and JSON). */
  momenten: ScoreMoment[];
  problems: Problem[];
  /** Rows (or JSON entries) in the file, to say how many counted. */
  rijen: number;
}

/**
 * Reads declarations of interest (`--belangen`): a JSON list of objects, a CSV (`;` or `,`) or an
 * .xlsx (its sheet Belangen, as the add-in and `zk` write it; its Audit sheet gives the score
 * moments). Columns: aanvraag, beoordelaar, rol, belang (geen|conflict), reden, tijdstip, scores
 * al ingevuld. A file that cannot be read stops the run (exit 2); a wrong row is a problem naming
 * the file, row and field, and counts not. `tijdstip` (the run's time) stands in for a missing time.
 */
export async function readDeclarations(file: string, cwd: string, tijdstip: string): Promise<DeclarationsRead> {
  const { bestand, opened } = readInput(file, cwd, 'belangenbestand', ['json', 'csv', 'xlsx']);
  const fail = (why: string): never => {
    throw new CliError(`kan belangenbestand '${bestand}' niet lezen: ${why}`);
  };
  if (opened.kind === 'json') {
    const data = jsonTable(opened.text, fail);
    return { bestand, momenten: [], rijen: data.rows.length, ...parseDeclarations(data, { tijdstip, bestand, plaatsPrefix: 'verklaring ' }) };
  }
  if (opened.kind === 'csv') {
    const table = csvRows(opened.text);
    if ('melding' in table) return fail(table.melding);
    return fromTable(table, bestand, tijdstip, [], fail);
  }
  if (opened.kind !== 'xlsx') return fail('verwacht .json, .csv of .xlsx');
  const table = await xlsxRows(opened.archive.bytes, BELANGEN_SHEET);
  if ('melding' in table) return fail(table.melding);
  return fromTable(table, bestand, tijdstip, await auditMoments(opened.archive.bytes), fail);
}

function fromTable(table: TableRows, bestand: string, tijdstip: string, momenten: ScoreMoment[], fail: (why: string) => never): DeclarationsRead {
  const data = tableData(table);
  const has = (h: string) => data.headers.some((x) => x.trim().toLowerCase() === h);
  const missing = ['aanvraag', 'belang'].filter((h) => !has(h));
  if (!has('beoordelaar') && !has('rol')) missing.push('beoordelaar of rol');
  if (missing.length) fail(`kolom(men) ${missing.join(', ')} ontbreken; verwacht aanvraag, beoordelaar, rol, belang, reden, tijdstip`);
  return { bestand, momenten, rijen: data.rows.length, ...parseDeclarations(data, { tijdstip, bestand, plaatsPrefix: table.plaatsPrefix }) };
}

/** The rows as the schema's reader takes them, numbered as the file numbers them. */
function tableData({ header, rows }: TableRows): TableData {
  const headers = header.map((h) => String(h ?? ''));
  const body = rows.map((r) => r.cells.map((c): CellValue => (typeof c === 'number' || typeof c === 'boolean' ? c : c instanceof Date ? c.toISOString() : String(c ?? ''))));
  return { headers, rows: body, records: body.map((row) => Object.fromEntries(headers.map((h, i) => [h, row[i] ?? '']))), rowNumbers: rows.map((r) => r.rij) };
}

function jsonTable(text: string, fail: (why: string) => never): TableData {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return fail(`geen geldige JSON (${(error as Error).message})`);
  }
  if (!Array.isArray(json)) return fail('verwacht een JSON-lijst van verklaringen');
  const records = json.map((line): Record<string, CellValue> => {
    if (!line || typeof line !== 'object' || Array.isArray(line)) return { aanvraag: '', belang: String(JSON.stringify(line)) };
    return Object.fromEntries(Object.entries(line as Record<string, unknown>).map(([k, v]) => [k, typeof v === 'number' || typeof v === 'boolean' ? v : String(v ?? '')]));
  });
  const headers = [...new Set(records.flatMap((r) => Object.keys(r)))];
  // JSON entries are numbered from 1 ("verklaring 1").
  return { headers, rows: records.map((r) => headers.map((h) => r[h] ?? '')), records, rowNumbers: records.map((_, i) => i + 1) };
}

/** Score moments from the workbook's Audit sheet, when it has one. */
async function auditMoments(bytes: Uint8Array): Promise<ScoreMoment[]> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    return [];
  }
  const ws = wb.getWorksheet(SHEETS.audit);
  if (!ws) return [];
  const values: unknown[][] = [];
  ws.eachRow({ includeEmpty: true }, (row, n) => {
    values[n - 1] = Array.from({ length: ws.columnCount }, (_, c) => {
      const v = row.getCell(c + 1).value;
      return v instanceof Date ? v.toISOString() : typeof v === 'object' && v !== null ? '' : v;
    });
  });
  return scoreMomentsFromAudit(toTableData(Array.from(values, (r) => r ?? [])));
}
