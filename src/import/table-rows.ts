import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { checkedArchive } from './archive';
import { columnsRefusal, rowsRefusal } from './limits';

/** A table read from a CSV or a worksheet: the header and the body rows as a person numbers them. */
export interface TableRows {
  header: unknown[];
  rows: { rij: number; cells: unknown[] }[];
  /** `Scores!` for a worksheet, so a place reads `Scores!rij 4`; empty for CSV. */
  plaatsPrefix: string;
}

/** A table over the row or column limit: refused whole, with the limit in the message. */
function limitRefusal(table: TableRows, what: string): { melding: string } | undefined {
  let width = table.header.length;
  for (const row of table.rows) width = Math.max(width, row.cells.length);
  const melding = rowsRefusal(what, table.rows.length) ?? columnsRefusal(what, width);
  return melding ? { melding } : undefined;
}

/**
 * A cell our CSV writers defused (src/report/score-file.ts): a text that starts with =, +, -, @, a
 * tab or a return is written with a leading apostrophe, so a spreadsheet opening the file shows it
 * as text instead of running it as a formula. Reading it back drops that apostrophe.
 */
export function unescapeFormula(value: string): string {
  return value.length > 1 && value.charCodeAt(0) === 39 && /^'[=+\-@\t\r]/.test(value) ? value.slice(1) : value;
}

/**
 * CSV with comma or semicolon (decoded text, see text.ts). Never throws; a table over the row or
 * column limit comes back as a message.
 */
export function csvRows(text: string): TableRows | { melding: string } {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: 'greedy', transform: unescapeFormula });
  const [header = [], ...body] = parsed.data;
  const table = { header, rows: body.map((cells, i) => ({ rij: i + 2, cells })), plaatsPrefix: '' };
  return limitRefusal(table, 'het bestand') ?? table;
}

/**
 * The worksheet named `sheet` (else the first) of an .xlsx file. Formula cells give their cached
 * result, rich text its plain text. Returns a Dutch message instead of throwing.
 */
export async function xlsxRows(data: ArrayBuffer | Uint8Array, sheet: string): Promise<TableRows | { melding: string }> {
  const archive = checkedArchive(data instanceof Uint8Array ? data : new Uint8Array(data), 'xlsx');
  if ('melding' in archive) return archive;
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(archive.bytes as unknown as ExcelJS.Buffer);
  } catch (error) {
    return { melding: `geen leesbare Excel-werkmap (${(error as Error).message.slice(0, 120)})` };
  }
  const ws = wb.getWorksheet(sheet) ?? wb.worksheets[0];
  if (!ws) return { melding: 'de werkmap bevat geen werkblad' };
  const rows: TableRows['rows'] = [];
  let header: unknown[] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: unknown[] = [];
    for (let c = 1; c <= row.cellCount; c++) cells.push(cellValue(row.getCell(c).value));
    if (!header.length) header = cells;
    else rows.push({ rij: rowNumber, cells });
  });
  const table = { header, rows, plaatsPrefix: `${ws.name}!` };
  return limitRefusal(table, `het blad ${ws.name}`) ?? table;
}

function cellValue(v: ExcelJS.CellValue): unknown {
  if (v === null || v === undefined) return '';
  if (typeof v === 'object' && !(v instanceof Date)) {
    if ('richText' in v) return v.richText.map((r) => r.text).join('');
    if ('result' in v) return v.result ?? '';
    if ('text' in v) return v.text;
  }
  return v;
}
