/**
 * The workbook state behind the fake Excel: sheets of cells with values, formulas and number
 * formats, tables, validations, conditional formats and charts. It knows how Excel turns typed
 * input into cell content, which is what the add-in must defend against.
 */
export type CellScalar = string | number | boolean;

export interface Cell {
  value: CellScalar;
  /** Name of the cell style applied last, if any. */
  style?: string;
  /** Set when the cell holds a formula (always starting with `=`). */
  formula?: string;
  numberFormat: string;
  /** Fill colour set through `range.format.fill.color` (none when cleared or never set). */
  fill?: string;
}

export interface Rect {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

export interface TableModel {
  name: string;
  sheet: SheetModel;
  rect: Rect;
  style?: string;
}

export interface ChartModel {
  name: string;
  type: string;
  source: Rect;
  seriesBy: string;
  title: string;
}

export interface ConditionalFormatModel {
  rect: Rect;
  type: string;
  rule: Record<string, unknown>;
  fill?: string;
  fontColor?: string;
}

export interface ValidationModel {
  rect: Rect;
  rule: Record<string, unknown>;
}

export class SheetModel {
  readonly cells = new Map<string, Cell>();
  frozenRows = 0;
  readonly columnWidths = new Map<number, number>();
  validations: ValidationModel[] = [];
  conditionalFormats: ConditionalFormatModel[] = [];
  charts: ChartModel[] = [];
  /** Excel's `worksheet.visibility`: a hidden sheet is still in the workbook, one right-click away. */
  visibility: 'Visible' | 'Hidden' | 'VeryHidden' = 'Visible';
  constructor(public name: string) {}

  cell(row: number, col: number): Cell | undefined {
    return this.cells.get(`${row},${col}`);
  }

  ensureCell(row: number, col: number): Cell {
    const key = `${row},${col}`;
    let cell = this.cells.get(key);
    if (!cell) {
      cell = { value: '', numberFormat: 'General' };
      this.cells.set(key, cell);
    }
    return cell;
  }

  /** The smallest rectangle from A1 that holds every non-empty cell (Excel's used range, simplified). */
  usedRect(): Rect | null {
    let maxRow = -1;
    let maxCol = -1;
    for (const [key, cell] of this.cells) {
      if (cell.value === '' && cell.formula === undefined) continue;
      const [r, c] = key.split(',').map(Number);
      maxRow = Math.max(maxRow, r);
      maxCol = Math.max(maxCol, c);
    }
    return maxRow < 0 ? null : { row: 0, col: 0, rows: maxRow + 1, cols: maxCol + 1 };
  }
}

export interface StyleModel {
  name: string;
  numberFormat: string;
  includeNumber: boolean;
}

export class WorkbookModel {
  sheets: SheetModel[] = [];
  tables: TableModel[] = [];
  /** Cell styles by lower-case name; Excel always has "Normal" (General number format). */
  styles = new Map<string, StyleModel>([['normal', { name: 'Normal', numberFormat: 'General', includeNumber: true }]]);

  sheet(name: string): SheetModel | undefined {
    const lower = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === lower);
  }

  table(name: string): TableModel | undefined {
    const lower = name.toLowerCase();
    return this.tables.find((t) => t.name.toLowerCase() === lower);
  }

  // ---- helpers for tests: read what a person would see -------------------------------------

  /** Values of a sheet's used range (formula cells show their computed value). */
  sheetValues(name: string): CellScalar[][] {
    const sheet = this.requireSheet(name);
    const rect = sheet.usedRect();
    return rect ? readRect(sheet, rect, (c) => c?.value ?? '') : [];
  }

  /** `{ value, formula, numberFormat }` of one cell by A1 address, e.g. `cellAt('Aanvragen', 'B2')`. */
  cellAt(sheetName: string, address: string): Cell {
    const sheet = this.requireSheet(sheetName);
    const { row, col } = parseAddress(address);
    return sheet.cell(row, col) ?? { value: '', numberFormat: 'General' };
  }

  /** A table's rows as header → value records. */
  tableRecords(name: string): Record<string, CellScalar>[] {
    const table = this.table(name);
    if (!table) throw new Error(`Tabel ${name} bestaat niet in de nep-werkmap.`);
    const values = readRect(table.sheet, table.rect, (c) => c?.value ?? '');
    const [headers, ...rows] = values;
    return rows.map((row) => Object.fromEntries(headers.map((h, i) => [String(h), row[i]])));
  }

  requireSheet(name: string): SheetModel {
    const sheet = this.sheet(name);
    if (!sheet) throw new Error(`Werkblad ${name} bestaat niet in de nep-werkmap.`);
    return sheet;
  }
}

export function readRect<T>(sheet: SheetModel, rect: Rect, pick: (cell: Cell | undefined) => T): T[][] {
  const out: T[][] = [];
  for (let r = 0; r < rect.rows; r++) {
    const row: T[] = [];
    for (let c = 0; c < rect.cols; c++) row.push(pick(sheet.cell(rect.row + r, rect.col + c)));
    out.push(row);
  }
  return out;
}

// ---- addresses --------------------------------------------------------------------------------

export function columnLetters(col: number): string {
  let s = '';
  let n = col + 1;
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function parseAddress(address: string): { row: number; col: number } {
  const match = /^\$?([A-Z]+)\$?(\d+)$/i.exec(address.trim());
  if (!match) throw new Error(`Ongeldig celadres: ${address}`);
  let col = 0;
  for (const ch of match[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(match[2]) - 1, col: col - 1 };
}

/** `A1:C3` (optionally prefixed by `Sheet!`) → rectangle. */
export function parseRangeAddress(address: string): Rect {
  const local = address.includes('!') ? address.slice(address.lastIndexOf('!') + 1) : address;
  const [a, b = a] = local.split(':');
  const start = parseAddress(a);
  const end = parseAddress(b);
  return { row: start.row, col: start.col, rows: end.row - start.row + 1, cols: end.col - start.col + 1 };
}

export function rectAddress(sheet: string, rect: Rect): string {
  const start = `${columnLetters(rect.col)}${rect.row + 1}`;
  const end = `${columnLetters(rect.col + rect.cols - 1)}${rect.row + rect.rows}`;
  const quoted = /^[A-Za-z0-9_]+$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
  return `${quoted}!${start}:${end}`;
}

// ---- what Excel does with typed input ---------------------------------------------------------

const TEXT_FORMAT = '@';

/**
 * Writes one value the way Excel treats a value set through `range.values`: in a text-formatted
 * cell the string is kept literally; otherwise a string starting with `=` becomes a formula,
 * `+`/`-`/`@` followed by text become a formula too, and number-, boolean- or date-looking text
 * is converted (so an AGB code "04123456" would lose its leading zero).
 */
export function writeValue(cell: Cell, input: unknown): void {
  cell.formula = undefined;
  if (input === null || input === undefined) {
    cell.value = '';
    return;
  }
  if (typeof input === 'number' || typeof input === 'boolean') {
    cell.value = input;
    return;
  }
  const text = String(input);
  if (cell.numberFormat === TEXT_FORMAT || text === '') {
    cell.value = text;
    return;
  }
  if (text.startsWith('=') && text.length > 1) {
    setFormula(cell, text);
    return;
  }
  const numeric = Number(text.replace(',', '.'));
  if (/^[+-]?\d+([.,]\d+)?$/.test(text.trim()) && Number.isFinite(numeric)) {
    cell.value = numeric;
    return;
  }
  if (/^(true|false|waar|onwaar)$/i.test(text)) {
    cell.value = /^(true|waar)$/i.test(text);
    return;
  }
  const date = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (date) {
    cell.value = dateSerial(Number(date[1]), Number(date[2]), Number(date[3]));
    if (cell.numberFormat === 'General') cell.numberFormat = 'yyyy-mm-dd';
    return;
  }
  if (/^[+\-@]/.test(text) && text.length > 1) {
    setFormula(cell, '=' + text);
    return;
  }
  cell.value = text;
}

export function setFormula(cell: Cell, formula: string): void {
  cell.formula = formula.startsWith('=') ? formula : '=' + formula;
  cell.value = evaluate(cell.formula);
}

/** Only plain arithmetic is computed (no eval: the page's CSP forbids it); other formulas show `#NAME?`. */
function evaluate(formula: string): CellScalar {
  const tokens = formula.slice(1).match(/\d+(?:\.\d+)?|[()+\-*/]|\S/g) ?? [];
  let pos = 0;
  const peek = (): string | undefined => tokens[pos];
  const primary = (): number => {
    const token = tokens[pos++];
    if (token === '(') {
      const value = sum();
      if (tokens[pos++] !== ')') throw new Error('haakje');
      return value;
    }
    if (token === '-') return -primary();
    if (token === '+') return primary();
    if (token !== undefined && /^\d/.test(token)) return Number(token);
    throw new Error('naam');
  };
  const product = (): number => {
    let value = primary();
    while (peek() === '*' || peek() === '/') value = tokens[pos++] === '*' ? value * primary() : value / primary();
    return value;
  };
  const sum = (): number => {
    let value = product();
    while (peek() === '+' || peek() === '-') value = tokens[pos++] === '+' ? value + product() : value - product();
    return value;
  };
  try {
    const value = sum();
    if (pos !== tokens.length) return '#NAME?';
    return Number.isFinite(value) ? value : '#DIV/0!';
  } catch {
    return '#NAME?';
  }
}

export function dateSerial(year: number, month: number, day: number): number {
  return Math.round((Date.UTC(year, month - 1, day) - Date.UTC(1899, 11, 30)) / 86_400_000);
}
