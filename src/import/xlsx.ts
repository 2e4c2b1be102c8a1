/**
 * The import workbook (.xlsx): sheets Aanvragen, Deelnemers and Begroting, read with exceljs.
 * Numbers and serial dates arrive as numbers, date cells as dates; a formula is read as its cached
 * result, never as a formula; rich text and hyperlinks as their text.
 */
import ExcelJS from 'exceljs';
import type { Problem } from '../rules/outcome';
import { checkedArchive } from './archive';
import { checkFileSize, columnsRefusal } from './limits';
import { fileProblem, refused as refuse, type ImportResult } from './result';
import { UnreadableCell } from './values';
import { assembleSheets, type Sheet } from './tables';


/** A cell's value as a plain value; an UnreadableCell for an error value or a formula without result. */
export function plainCellValue(value: ExcelJS.CellValue): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) return value;
  if (typeof value !== 'object') return String(value);
  if ('richText' in value && Array.isArray(value.richText)) return value.richText.map((r) => r.text ?? '').join('');
  if ('error' in value) return new UnreadableCell(`de cel bevat de foutwaarde ${String(value.error)}`, String(value.error));
  if ('formula' in value || 'sharedFormula' in value) {
    const result = (value as { result?: unknown }).result;
    if (result === undefined || result === null) {
      return new UnreadableCell('de cel bevat een formule zonder opgeslagen uitkomst (open en bewaar het bestand in Excel)', '');
    }
    return typeof result === 'object' && !(result instanceof Date) ? plainCellValue(result as ExcelJS.CellValue) : result;
  }
  if ('hyperlink' in value) {
    const text = (value as { text?: unknown }).text;
    return typeof text === 'object' && text !== null ? plainCellValue(text as ExcelJS.CellValue) : (text ?? value.hyperlink);
  }
  return JSON.stringify(value);
}

function readSheet(bestand: string, worksheet: ExcelJS.Worksheet): Sheet {
  const rows: Sheet['rows'] = [];
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const values: unknown[] = [];
    const count = row.cellCount;
    for (let c = 1; c <= count; c++) values.push(plainCellValue(row.getCell(c).value));
    rows.push({ rij: rowNumber, values });
  });
  return { bestand, blad: worksheet.name, rows };
}

export async function importXlsx(bestand: string, bytes: Uint8Array): Promise<ImportResult> {
  const tooLarge = checkFileSize(bytes);
  if (tooLarge) return refuse(bestand, tooLarge);
  const archive = checkedArchive(bytes, 'xlsx');
  if ('melding' in archive) return refuse(bestand, archive.melding);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(archive.bytes as unknown as ExcelJS.Buffer);
  } catch (error) {
    return refuse(bestand, `het bestand is geen leesbare Excel-werkmap (${error instanceof Error ? error.message.slice(0, 120) : 'onbekende fout'})`);
  }
  const problems: Problem[] = [];
  let sheets: Sheet[];
  try {
    sheets = workbook.worksheets.map((ws) => readSheet(bestand, ws));
  } catch (error) {
    return refuse(bestand, `de werkmap kon niet worden gelezen (${error instanceof Error ? error.message.slice(0, 120) : 'onbekende fout'})`);
  }
  for (const sheet of sheets) {
    const wide = columnsRefusal(`het blad ${sheet.blad}`, sheet.rows.reduce((n, r) => Math.max(n, r.values.length), 0));
    if (wide) return refuse(bestand, wide);
  }
  if (!sheets.some((s) => s.rows.length)) problems.push(fileProblem(bestand, 'de werkmap bevat geen gegevens'));
  const result = assembleSheets(sheets);
  if (!result.applications.length && !problems.length && !result.problems.some((p) => p.plaats === 'bestand')) problems.push(fileProblem(bestand, 'de werkmap bevat geen aanvragen (geen blad Aanvragen met rijen onder de kopregel)'));
  return { ...result, problems: [...problems, ...result.problems] };
}
