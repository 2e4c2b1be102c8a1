import ExcelJS from 'exceljs';
import { type CellFormat, type CellValue, DECISIONS, NUMBER_FORMATS, type SheetModel, type WorkbookModel } from './workbook-model';

/** Writes the workbook model to .xlsx bytes with exceljs: real tables, formats, frozen headers. */
export async function writeWorkbook(model: WorkbookModel): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = model.maker;
  wb.title = model.titel;
  wb.created = new Date(model.gemaakt);
  wb.modified = new Date(model.gemaakt);
  for (const sheet of model.bladen) writeSheet(wb, sheet);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function writeSheet(wb: ExcelJS.Workbook, sheet: SheetModel): void {
  const ws = wb.addWorksheet(sheet.naam, { views: [{ state: 'frozen', ySplit: 1, xSplit: 0 }] });
  ws.columns = sheet.kolommen.map((k) => ({ width: k.breedte ?? Math.max(10, Math.min(60, k.kop.length + 4)) }));
  // A table needs at least one data row; an empty sheet says so in its first cell.
  const rows = sheet.rijen.length ? sheet.rijen : [sheet.kolommen.map((_, i) => (i === 0 ? '(geen)' : null))];
  ws.addTable({
    name: sheet.tabel,
    ref: 'A1',
    headerRow: true,
    style: { theme: 'TableStyleMedium2', showRowStripes: true },
    columns: sheet.kolommen.map((k) => ({ name: k.kop, filterButton: true })),
    rows: rows.map((r) => r.map((v, c) => toExcel(v, sheet.kolommen[c].formaat))),
  });
  rows.forEach((r, i) => {
    r.forEach((v, c) => {
      const cell = ws.getCell(i + 2, c + 1);
      cell.numFmt = NUMBER_FORMATS[formatOf(v, sheet.kolommen[c].formaat)];
      if (sheet.kolommen[c].formaat === 'tekst') cell.alignment = { wrapText: false, vertical: 'top' };
    });
  });
  ws.getRow(1).font = { bold: true };
  const last = rows.length + 1;
  for (const rule of sheet.voorwaardelijk ?? []) {
    const col = sheet.kolommen.findIndex((k) => k.kop === rule.kolom) + 1;
    if (col < 1) continue;
    const letter = ws.getColumn(col).letter;
    const ref = `${letter}2:${letter}${last}`;
    if (rule.soort === 'databalk') {
      ws.addConditionalFormatting({
        ref,
        // Solid bars: exceljs 4.4 writes the x14 extension with matching ids only for non-gradient
        // bars; a gradient bar gets an empty x14:id, which Excel repairs (exceljs issue 3015).
        rules: [{ type: 'dataBar', priority: 1, cfvo: [{ type: 'min' }, { type: 'max' }], gradient: false, color: { argb: 'FF638EC6' } } as ExcelJS.DataBarRuleType],
      });
    } else {
      ws.addConditionalFormatting({
        ref,
        rules: Object.values(DECISIONS).map((d, i) => ({
          type: 'cellIs' as const,
          operator: 'equal' as const,
          priority: i + 2,
          formulae: [`"${d.label}"`],
          style: { fill: { type: 'pattern' as const, pattern: 'solid' as const, bgColor: { argb: d.kleur } }, font: { color: { argb: d.tekst } } },
        })),
      });
    }
  }
  if (sheet.afkapNaRij !== undefined && sheet.afkapNaRij > 0 && sheet.afkapNaRij <= rows.length) {
    const row = ws.getRow(sheet.afkapNaRij + 1);
    for (let c = 1; c <= sheet.kolommen.length; c++) {
      row.getCell(c).border = { bottom: { style: 'thick', color: { argb: 'FFC00000' } } };
    }
  }
  if (sheet.notitie) {
    const cell = ws.getCell(last + 2, 1);
    cell.value = sheet.notitie;
    cell.numFmt = '@';
    cell.font = { italic: true, color: { argb: 'FFC00000' } };
  }
}

function formatOf(v: CellValue, column: CellFormat): CellFormat {
  return v !== null && typeof v === 'object' ? v.formaat : column;
}

/** Model value → exceljs value. A string stays a string (never `{formula}`), so no text becomes a formula. */
function toExcel(v: CellValue, column: CellFormat): ExcelJS.CellValue {
  const format = formatOf(v, column);
  const raw = v !== null && typeof v === 'object' ? v.waarde : v;
  if (raw === null || raw === undefined) return null;
  if ((format === 'datum' || format === 'datumtijd') && typeof raw === 'string') {
    const date = new Date(format === 'datum' ? `${raw.slice(0, 10)}T00:00:00Z` : raw);
    return Number.isNaN(date.getTime()) ? raw : date;
  }
  if (format === 'janee' && typeof raw === 'boolean') return raw ? 'ja' : 'nee';
  if (format === 'tekst') return String(raw);
  return raw as ExcelJS.CellValue;
}
