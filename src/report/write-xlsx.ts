import ExcelJS from 'exceljs';
import { formatEuro } from '../rules/format';
import { argb } from '../workbook/colours';
import type { Validation } from '../workbook/types';
import { type ColumnKind, type ColumnModel, NUMBER_FORMATS, type SheetCell, type SheetModel, type WorkbookModel } from './workbook-model';


const FONT = 'Calibri';
const LINE_HEIGHT = 15;
/** Characters of running text per unit of column width (the unit is one '0'; text is narrower). */
const TEXT_PER_WIDTH = 1.2;
/** Excel's limit for a page header or footer, in characters. */
const HEADER_LIMIT = 255;
/** Widest a column gets when the model sets no maximum. */
const MAX_WIDTH = 60;

/** Writes the workbook model to .xlsx bytes with exceljs: real tables, formats, frozen headers, print setup. */
export async function writeWorkbook(model: WorkbookModel): Promise<Buffer> {
  return Buffer.from(await buildExcelWorkbook(model).xlsx.writeBuffer());
}

/** The workbook model as an exceljs workbook (for callers that write it to a file themselves). */
export function buildExcelWorkbook(model: WorkbookModel): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = model.maker;
  wb.title = model.titel;
  const made = new Date(model.gemaakt);
  if (!Number.isNaN(made.getTime())) {
    wb.created = made;
    wb.modified = made;
  }
  for (const sheet of model.bladen) writeSheet(wb, sheet, model);
  // A formula's stored result is only what `zk` computed: Excel recalculates when it opens the file.
  if (model.bladen.some((b) => b.formules?.length)) wb.calcProperties.fullCalcOnLoad = true;
  return wb;
}

function writeSheet(wb: ExcelJS.Workbook, sheet: SheetModel, model: WorkbookModel): void {
  const ws = wb.addWorksheet(sheet.naam, { views: [{ state: 'frozen', ySplit: 1, xSplit: 0 }] });
  // A table needs at least one data row; an empty sheet says so in its first cell.
  const rows = sheet.rijen.length ? sheet.rijen : [sheet.kolommen.map((_, i) => (i === 0 ? (sheet.leegTekst ?? '(geen)') : null))];
  const widths = sheet.kolommen.map((k, c) => columnWidth(k, rows.map((r) => display(r[c], k.formaat))));
  // The column's number format on the whole column, so rows a person adds keep it (text stays text).
  ws.columns = widths.map((width, c) => ({ width, style: { numFmt: NUMBER_FORMATS[sheet.kolommen[c].formaat] } }));
  ws.addTable({
    name: sheet.tabel,
    ref: 'A1',
    headerRow: true,
    style: { theme: 'TableStyleMedium2', showRowStripes: true },
    columns: sheet.kolommen.map((k) => ({ name: k.kop, filterButton: true })),
    rows: rows.map((r) => r.map((v, c) => toExcel(v, sheet.kolommen[c].formaat))),
  });
  const header = ws.getRow(1);
  header.font = { name: FONT, size: 11, bold: true, color: { argb: 'FFFFFFFF' } };
  header.alignment = { vertical: 'middle', wrapText: true };
  // Filled explicitly too: programs that ignore table styles would show white on white.
  for (let c = 1; c <= sheet.kolommen.length; c++) header.getCell(c).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF305496' } };
  header.height = LINE_HEIGHT * Math.max(1, ...sheet.kolommen.map((k, c) => linesFor(k.kop, widths[c] - 3)));
  rows.forEach((r, i) => {
    let lines = 1;
    r.forEach((v, c) => {
      const cell = ws.getCell(i + 2, c + 1);
      const format = formatOf(v, sheet.kolommen[c].formaat);
      cell.numFmt = NUMBER_FORMATS[format];
      if (format === 'text' || format === 'boolean') {
        const text = display(v, sheet.kolommen[c].formaat);
        const wrap = text.length > widths[c] - 1;
        cell.alignment = { vertical: 'top', wrapText: wrap };
        if (wrap) lines = Math.max(lines, linesFor(text, widths[c] * TEXT_PER_WIDTH));
      } else {
        // In a text column (a list of settings) every value lines up left, numbers too.
        const horizontal = sheet.kolommen[c].formaat === 'text' ? 'left' : format === 'number' || format === 'formula' ? 'center' : 'right';
        cell.alignment = { vertical: 'top', horizontal };
      }
    });
    // Row heights are set, not left to the reader: not every program re-measures wrapped text.
    if (lines > 1) ws.getRow(i + 2).height = Math.min(409, LINE_HEIGHT * lines);
  });
  const last = rows.length + 1;
  if (sheet.rijen.length) writeFormulas(ws, sheet);
  sheet.kolommen.forEach((k, c) => {
    const letter = ws.getColumn(c + 1).letter;
    if (k.toelichting) ws.getCell(1, c + 1).note = k.toelichting;
    if (k.validatie) rangeValidations(ws).add(`${letter}2:${letter}${Math.max(last, VALIDATED_ROWS)}`, validation(k.validatie));
    if (k.kleuren?.length) addColours(ws, `${letter}2:${letter}${last}`, k);
  });
  for (const rule of sheet.voorwaardelijk ?? []) addRule(ws, sheet, rule, last);
  if (sheet.beveiligd) protect(ws, sheet, last);
  if (sheet.afkapNaRij !== undefined && sheet.afkapNaRij > 0 && sheet.afkapNaRij <= rows.length) {
    const row = ws.getRow(sheet.afkapNaRij + 1);
    for (let c = 1; c <= sheet.kolommen.length; c++) {
      row.getCell(c).border = { bottom: { style: 'thick', color: { argb: 'FFC00000' } } };
    }
  }
  const notes = [...(sheet.notitie ? [sheet.notitie] : []), ...(sheet.notities ?? [])];
  notes.forEach((note, i) => {
    const cell = ws.getCell(last + 2 + i, 1);
    cell.value = note;
    cell.numFmt = '@';
    cell.alignment = { wrapText: false };
    cell.font = i === 0 && sheet.notitie ? { name: FONT, italic: true, color: { argb: 'FFC00000' } } : { name: FONT, italic: true };
  });
  printSetup(ws, sheet, model);
}

/** Landscape A4, one page wide, the header row on every page, policy and date in the page header. */
function printSetup(ws: ExcelJS.Worksheet, sheet: SheetModel, model: WorkbookModel): void {
  ws.pageSetup = {
    paperSize: 9,
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    printTitlesRow: '1:1',
    horizontalCentered: false,
    margins: { left: 0.5, right: 0.5, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 },
  };
  const esc = (t: string) => t.replace(/&/g, '&&');
  const right = model.afdruk ? esc(model.afdruk.rechts) : '';
  const fixed = `&L&9&C&9&B${esc(sheet.naam)}&R&9${right}`;
  // Excel refuses (and "repairs") a page header longer than 255 characters: a long policy name is cut.
  const room = HEADER_LIMIT - fixed.length;
  let left = model.afdruk ? esc(model.afdruk.links) : esc(model.titel);
  if (left.length > room) left = `${left.slice(0, Math.max(0, room - 1)).replace(/&$/, '')}…`;
  ws.headerFooter = {
    oddHeader: `&L&9${left}&C&9&B${esc(sheet.naam)}&R&9${right}`,
    oddFooter: `&L&9${esc(model.maker)}&R&9pagina &P van &N`,
  };
}

/** No password: the protection keeps a person from overwriting what the program filled in, and says so. */
function protect(ws: ExcelJS.Worksheet, sheet: SheetModel, last: number): void {
  sheet.kolommen.forEach((k, c) => {
    if (!k.bewerkbaar) return;
    for (let r = 2; r <= last; r++) ws.getCell(r, c + 1).protection = { locked: false };
  });
  // exceljs sets the protection synchronously; the promise only matters for a password's hash.
  void ws.protect('', { autoFilter: true, sort: true, formatColumns: true, formatRows: true, selectLockedCells: true, selectUnlockedCells: true });
}

/** Rows below the data that still get a column's validation, so a person can add rows. */
const VALIDATED_ROWS = 1001;

/** exceljs writes range validations (`D2:D1001`) but its typings only know the per-cell form. */
const rangeValidations = (sheet: ExcelJS.Worksheet) =>
  (sheet as unknown as { dataValidations: { add(range: string, validation: ExcelJS.DataValidation): void } }).dataValidations;

function validation(v: Validation): ExcelJS.DataValidation {
  if (v.type === 'date') return { type: 'date', operator: 'greaterThan', allowBlank: true, formulae: [new Date(`${v.after}T00:00:00Z`)], showErrorMessage: true, errorTitle: 'Datum', error: v.message };
  if (v.type === 'decimal') return { type: 'decimal', operator: 'between', allowBlank: true, formulae: [v.min, v.max], showErrorMessage: true, errorTitle: 'Ongeldige invoer', error: v.message };
  if (v.type === 'wholeNumber') return { type: 'whole', operator: 'between', allowBlank: true, formulae: [v.min, v.max], showErrorMessage: true, errorTitle: 'Ongeldige invoer', error: v.message };
  return { type: 'list', allowBlank: true, formulae: [`"${v.values.join(',')}"`], showErrorMessage: true, errorTitle: 'Ongeldige invoer', error: v.message };
}

/** The schema's colours by value, as conditional formats (the add-in writes the same rules). */
function addColours(ws: ExcelJS.Worksheet, ref: string, k: ColumnModel): void {
  ws.addConditionalFormatting({
    ref,
    rules: (k.kleuren ?? []).map((h, i) => {
      const style = { fill: { type: 'pattern' as const, pattern: 'solid' as const, bgColor: { argb: argb(h.fill) } }, ...(h.font ? { font: { color: { argb: argb(h.font) } } } : {}) };
      return 'equals' in h
        ? { type: 'cellIs' as const, operator: 'equal' as const, priority: i + 2, formulae: [`"${h.equals.replace(/"/g, '""')}"`], style }
        : { type: 'cellIs' as const, operator: 'greaterThan' as const, priority: i + 2, formulae: [String(h.atLeast - 1e-9)], style };
    }),
  });
}

/** A formula column: the formula in every data cell, with the row's value as its cached result. */
function writeFormulas(ws: ExcelJS.Worksheet, sheet: SheetModel): void {
  for (const f of sheet.formules ?? []) {
    const c = sheet.kolommen.findIndex((k) => k.kop === f.kolom);
    if (c < 0) continue;
    sheet.rijen.forEach((row, i) => {
      const cached = row[c];
      const result: ExcelJS.CellFormulaValue['result'] = cached === '#N/A' ? { error: '#N/A' } : cached === null || cached === undefined || typeof cached === 'object' ? undefined : cached;
      const cell = ws.getCell(i + 2, c + 1);
      const value: ExcelJS.CellFormulaValue = { formula: f.formule.replace(/^=/, ''), date1904: false, ...(result !== undefined ? { result } : {}) };
      cell.value = value;
      cell.numFmt = NUMBER_FORMATS.formula;
    });
  }
}

function addRule(ws: ExcelJS.Worksheet, sheet: SheetModel, rule: NonNullable<SheetModel['voorwaardelijk']>[number], last: number): void {
  const col = sheet.kolommen.findIndex((k) => k.kop === rule.kolom) + 1;
  if (col < 1) return;
  const letter = ws.getColumn(col).letter;
  ws.addConditionalFormatting({
    ref: `${letter}2:${letter}${last}`,
    // Solid bars: exceljs 4.4 writes the x14 extension with matching ids only for non-gradient
    // bars; a gradient bar gets an empty x14:id, which Excel repairs (exceljs issue 3015).
    rules: [{ type: 'dataBar', priority: 1, cfvo: [{ type: 'min' }, { type: 'max' }], gradient: false, color: { argb: 'FF9DC3E6' } } as ExcelJS.DataBarRuleType],
  });
}

/** As wide as the widest value or header (room for the filter button), at most `breedte`. */
function columnWidth(k: ColumnModel, shown: readonly string[]): number {
  // A loop, not Math.max(...shown): a column of 190,000 values would overflow the call stack.
  const longest = shown.reduce((n, t) => Math.max(n, t.length), 0);
  const headerWords = Math.max(...k.kop.split(/\s+/).map((w) => w.length));
  const natural = Math.max(longest + 2, headerWords + 4, 8);
  // Never narrower than the header's longest word: a header is not broken inside a word.
  return Math.max(Math.min(natural, k.breedte ?? MAX_WIDTH), headerWords + 3);
}

/** The text a value shows as, near enough to size a column so that no number shows as #####. */
function display(v: SheetCell, column: ColumnKind = 'text'): string {
  const raw = v !== null && typeof v === 'object' ? v.waarde : v;
  const format = formatOf(v, column);
  if (raw === null || raw === undefined) return '';
  if (typeof raw === 'boolean') return raw ? 'ja' : 'nee';
  if (format === 'date') return '00-00-0000';
  if (format === 'datetime') return '00-00-0000 00:00';
  if (typeof raw !== 'number') return raw;
  if (format === 'euro') return formatEuro(raw);
  if (format === 'percentage') return `${Math.round(raw * 100)}%`;
  if (format === 'number') return String(Math.round(raw));
  return raw.toLocaleString('nl-NL', { minimumFractionDigits: 2, maximumFractionDigits: 4 });
}

/** Lines a text takes when wrapped at `width` characters, word by word. */
function linesFor(text: string, width: number): number {
  let lines = 1;
  let used = 0;
  for (const word of text.split(/\s+/)) {
    if (used && used + 1 + word.length > width) {
      lines += 1 + Math.floor(word.length / Math.max(1, width));
      used = word.length % Math.max(1, width);
    } else used += (used ? 1 : 0) + word.length;
  }
  return lines;
}

function formatOf(v: SheetCell, column: ColumnKind): ColumnKind {
  return v !== null && typeof v === 'object' ? v.formaat : column;
}

/** Wall-clock time in the Netherlands as a date whose UTC fields Excel shows as they are. */
function dutchWallClock(iso: string): Date {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return date;
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' })
      .formatToParts(date)
      .map((p) => [p.type, p.value]),
  );
  return new Date(Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute), Number(parts.second)));
}

/** Model value → exceljs value. A string stays a string (never `{formula}`), so no text becomes a formula. */
function toExcel(v: SheetCell, column: ColumnKind): ExcelJS.CellValue {
  const format = formatOf(v, column);
  const raw = v !== null && typeof v === 'object' ? v.waarde : v;
  if (raw === null || raw === undefined) return null;
  if ((format === 'date' || format === 'datetime') && typeof raw === 'string') {
    const date = format === 'date' ? new Date(`${raw.slice(0, 10)}T00:00:00Z`) : dutchWallClock(raw);
    return Number.isNaN(date.getTime()) ? raw : date;
  }
  if (format === 'boolean' && typeof raw === 'boolean') return raw ? 'ja' : 'nee';
  if (format === 'text') return String(raw);
  return raw as ExcelJS.CellValue;
}
