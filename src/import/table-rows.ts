import ExcelJS from 'exceljs';
import Papa from 'papaparse';

/** A table read from a CSV or a worksheet: the header and the body rows as a person numbers them. */
export interface TableRows {
  header: unknown[];
  rows: { rij: number; cells: unknown[] }[];
  /** `Scores!` for a worksheet, so a place reads `Scores!rij 4`; empty for CSV. */
  plaatsPrefix: string;
}

/** CSV with comma or semicolon, UTF-8 with or without BOM. Never throws. */
export function csvRows(text: string): TableRows {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: 'greedy' });
  const [header = [], ...body] = parsed.data;
  return { header, rows: body.map((cells, i) => ({ rij: i + 2, cells })), plaatsPrefix: '' };
}

/**
 * The worksheet named `sheet` (else the first) of an .xlsx file. Formula cells give their cached
 * result, rich text its plain text. Returns a Dutch message instead of throwing.
 */
export async function xlsxRows(data: ArrayBuffer | Uint8Array, sheet: string): Promise<TableRows | { melding: string }> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(data as ArrayBuffer);
  } catch (error) {
    return { melding: `Het bestand is geen leesbaar Excel-bestand (.xlsx): ${(error as Error).message}` };
  }
  const ws = wb.getWorksheet(sheet) ?? wb.worksheets[0];
  if (!ws) return { melding: 'Het Excel-bestand bevat geen werkblad.' };
  const rows: TableRows['rows'] = [];
  let header: unknown[] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: unknown[] = [];
    for (let c = 1; c <= row.cellCount; c++) cells.push(cellValue(row.getCell(c).value));
    if (!header.length) header = cells;
    else rows.push({ rij: rowNumber, cells });
  });
  return { header, rows, plaatsPrefix: `${ws.name}!` };
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
