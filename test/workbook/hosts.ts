/**
 * Moving a workbook between the two hosts in tests: an .xlsx file (as zk writes it) opened in the
 * fake Excel, and the fake Excel's workbook saved as .xlsx (what Excel does when a person saves).
 * Only the tables travel (values, number formats, formulas): that is what both hosts read.
 */
import ExcelJS from 'exceljs';
import { plainCellValue } from '../../src/import/xlsx';
import type { FakeExcelHost } from '../fake-excel';
import { readRect } from '../fake-excel/model';

const EXCEL_EPOCH_DAYS = 25_569;

/** Opens the tables of an .xlsx file in the fake Excel through its API, as Excel would load them. */
export async function openInFake(host: FakeExcelHost, bytes: ArrayBuffer | Buffer): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as ArrayBuffer);
  await host.run(async (context) => {
    for (const ws of workbook.worksheets) {
      const [found] = (ws as unknown as { getTables(): { table: { name: string; tableRef: string } }[] }).getTables();
      if (!found) continue;
      const [, lastCol, lastRow] = /^A1:([A-Z]+)(\d+)$/.exec(found.table.tableRef) ?? [];
      const cols = ws.getColumn(lastCol).number;
      const rows = Number(lastRow);
      const formats: string[][] = [];
      const values: (string | number | boolean)[][] = [];
      const formulas: { r: number; c: number; formula: string }[] = [];
      for (let r = 1; r <= rows; r++) {
        formats.push([]);
        values.push([]);
        for (let c = 1; c <= cols; c++) {
          const cell = ws.getCell(r, c);
          formats[r - 1].push(cell.numFmt || 'General');
          if (cell.type === ExcelJS.ValueType.Formula) {
            formulas.push({ r: r - 1, c: c - 1, formula: `=${cell.formula}` });
            values[r - 1].push('');
            continue;
          }
          const plain = plainCellValue(cell.value);
          values[r - 1].push(plain instanceof Date ? plain.getTime() / 86_400_000 + EXCEL_EPOCH_DAYS : typeof plain === 'string' || typeof plain === 'number' || typeof plain === 'boolean' ? plain : '');
        }
      }
      const sheet = context.workbook.worksheets.add(ws.name);
      const range = sheet.getRangeByIndexes(0, 0, rows, cols);
      // Formats first, as a file carries them: a text cell keeps "=…" as text.
      range.numberFormat = formats;
      range.values = values;
      for (const f of formulas) sheet.getRangeByIndexes(f.r, f.c, 1, 1).formulas = [[f.formula]];
      sheet.tables.add(range, true).name = found.table.name;
    }
    await context.sync();
  });
}

/** Saves the fake Excel's tables as an .xlsx file: values, number formats and formulas as they are. */
export async function saveFromFake(host: FakeExcelHost): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  for (const table of host.model.tables) {
    const cells = readRect(table.sheet, table.rect, (c) => c);
    const ws = workbook.getWorksheet(table.sheet.name) ?? workbook.addWorksheet(table.sheet.name);
    const [header, ...body] = cells;
    ws.addTable({
      name: table.name,
      ref: 'A1',
      headerRow: true,
      columns: header.map((h) => ({ name: String(h?.value ?? '') })),
      rows: body.map((row) => row.map((c) => (c?.formula ? { formula: c.formula.slice(1), result: c.value } : (c?.value ?? null)))),
    });
    body.forEach((row, r) => row.forEach((c, col) => c && (ws.getCell(r + 2, col + 1).numFmt = c.numberFormat)));
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
