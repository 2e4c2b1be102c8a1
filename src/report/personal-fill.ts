/**
 * Types scores into a personal scoring file the way an assessor does in a spreadsheet program:
 * open, fill Score and Toelichting on the rows of the Scores sheet, save (which sets the file's
 * "last saved" time). The demo fills the four files from samples/scores with it; tests use it to
 * play the assessor. Only those two cells of a row are touched.
 */
import ExcelJS from 'exceljs';
import { PERSONAL_SCORE_HEADERS, PERSONAL_SHEETS } from '../import/personal-layout';

export interface TypedScore {
  aanvraag: string;
  item: string;
  /** What the assessor types: a number, or any text (a test types "vier" or 7). Null empties the cell. */
  score: number | string | null;
  toelichting?: string;
}

export interface FillOptions {
  /** ISO time the "save" records as the file's last-saved time. */
  opgeslagen?: string;
}

/** The file with these scores typed in; rows the file has no row for are returned as `nietGevonden`. */
export async function fillPersonalFile(bytes: Uint8Array, typed: readonly TypedScore[], options: FillOptions = {}): Promise<{ bytes: Uint8Array; nietGevonden: TypedScore[] }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  const ws = wb.getWorksheet(PERSONAL_SHEETS.scores);
  if (!ws) throw new Error(`geen blad ${PERSONAL_SHEETS.scores}`);
  const header = ws.getRow(1);
  const col = (name: string) => {
    for (let c = 1; c <= ws.columnCount; c++) if (String(header.getCell(c).value ?? '').trim() === name) return c;
    throw new Error(`geen kolom ${name}`);
  };
  const H = PERSONAL_SCORE_HEADERS;
  const [aanvraagAt, itemAt, scoreAt, noteAt] = [col(H.aanvraag), col(H.item), col(H.score), col(H.toelichting)];
  const rows = new Map<string, number>();
  ws.eachRow((row, n) => {
    if (n > 1) rows.set(`${String(row.getCell(aanvraagAt).value ?? '')}\u0000${String(row.getCell(itemAt).value ?? '')}`, n);
  });
  const nietGevonden: TypedScore[] = [];
  for (const t of typed) {
    const n = rows.get(`${t.aanvraag}\u0000${t.item}`);
    if (n === undefined) {
      nietGevonden.push(t);
      continue;
    }
    ws.getCell(n, scoreAt).value = t.score;
    if (t.toelichting !== undefined) ws.getCell(n, noteAt).value = t.toelichting;
  }
  if (options.opgeslagen) wb.modified = new Date(options.opgeslagen);
  return { bytes: new Uint8Array(await wb.xlsx.writeBuffer()), nietGevonden };
}
