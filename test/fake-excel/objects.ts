/**
 * Proxy objects of the fake Excel, the subset of the Excel JavaScript API that src/excel uses.
 * Setters and methods queue an operation; `load` + `sync` fill properties; reading a property that
 * was not loaded throws PropertyNotLoaded, as Office.js does.
 */
import {
  type Cell,
  type ChartModel,
  type ConditionalFormatModel,
  type Rect,
  SheetModel,
  type TableModel,
  WorkbookModel,
  parseRangeAddress,
  readRect,
  rectAddress,
  setFormula,
  writeValue,
} from './model';
import { FakeOfficeError, type HostStats, RequestQueue } from './request';
import type {
  XlApplication,
  XlChart,
  XlChartCollection,
  XlConditionalFormat,
  XlConditionalFormatCollection,
  XlContext,
  XlDataValidation,
  XlRange,
  XlRangeFormat,
  XlStyle,
  XlStyleCollection,
  XlTable,
  XlTableCollection,
  XlTableRowCollection,
  XlWorkbook,
  XlWorksheet,
  XlWorksheetCollection,
} from '../../src/excel/office-api';

const MAX_ROWS = 1_048_576;
const MAX_COLS = 16_384;

type LoadSpec = string | string[] | { select?: string } | undefined;

function loadProps(spec: LoadSpec): string[] {
  if (spec === undefined) return [];
  if (Array.isArray(spec)) return spec.flatMap((s) => s.split(','));
  if (typeof spec === 'object') return (spec.select ?? '').split(',');
  return spec.split(',');
}

/** A range argument (`tables.add(range)`, `resize(range)`): Office.js accepts only its own proxies, so does the fake. */
function ownRange(range: XlRange): FakeRange {
  if (!(range instanceof FakeRange)) throw new FakeOfficeError('InvalidArgument', 'The range does not belong to this request context.');
  return range;
}

/** A style after `styles.load('items/name')`: as in Office.js only the loaded name can be read. */
function loadedStyle(name: string): XlStyle {
  return new Proxy({ name } as XlStyle, {
    get: (target, prop) => {
      if (prop === 'name' || typeof prop === 'symbol' || prop === 'toJSON') return Reflect.get(target, prop);
      throw new FakeOfficeError('PropertyNotLoaded', `The property '${prop}' is not available. Load it first.`);
    },
  });
}

function notFound(what: string): FakeOfficeError {
  return new FakeOfficeError('ItemNotFound', `The requested resource doesn't exist. (${what})`);
}

export class FakeContext implements XlContext {
  readonly queue: RequestQueue;
  readonly workbook: FakeWorkbook;
  readonly application: FakeApplication;
  constructor(
    readonly model: WorkbookModel,
    readonly stats: HostStats,
    limit: number,
  ) {
    this.queue = new RequestQueue(stats, limit);
    this.workbook = new FakeWorkbook(this);
    this.application = new FakeApplication(this);
  }

  async sync<T>(passThroughValue?: T): Promise<T> {
    this.queue.sync();
    return passThroughValue as T;
  }

  /** Office.js keeps proxies alive across syncs through trackedObjects; the fake needs nothing. */
  readonly trackedObjects = { add: () => undefined, remove: () => undefined };
}

abstract class ClientObject {
  protected readonly loaded = new Map<string, unknown>();
  private nullState: boolean | undefined;

  constructor(readonly context: FakeContext) {}

  /** Model this proxy stands for, or null for a missing *OrNullObject item. */
  protected abstract resolveTarget(): unknown;

  protected abstract snapshot(prop: string): unknown;

  load(spec?: LoadSpec): this {
    const props = loadProps(spec)
      .map((p) => p.trim())
      .filter(Boolean);
    this.context.queue.enqueue({ load: props }, () => {
      if (this.resolveTarget() === null) return;
      for (const prop of props) {
        const value = this.snapshot(prop);
        this.context.queue.respond(value ?? null);
        this.loaded.set(prop, value);
      }
    });
    return this;
  }

  protected trackNull(): void {
    this.context.queue.onSynced(() => {
      this.nullState = this.resolveTarget() === null;
    });
  }

  get isNullObject(): boolean {
    if (this.nullState === undefined) {
      throw new FakeOfficeError('PropertyNotLoaded', 'isNullObject is only known after context.sync().');
    }
    return this.nullState;
  }

  protected read<T>(prop: string): T {
    if (!this.loaded.has(prop)) {
      throw new FakeOfficeError(
        'PropertyNotLoaded',
        `The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
      );
    }
    return this.loaded.get(prop) as T;
  }

  protected queue(payload: unknown, run: () => void): void {
    this.context.queue.enqueue(payload, run);
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.loaded);
  }
}

export class FakeApplication implements XlApplication {
  constructor(private readonly context: FakeContext) {}
  /** Formulas in the fake are evaluated when written, so a recalculation only has to be a valid request. */
  calculate(calculationType: string): void {
    this.context.queue.enqueue({ calculate: calculationType }, () => undefined);
  }
  suspendApiCalculationUntilNextSync(): void {
    this.context.queue.enqueue({ suspend: true }, () => {
      this.context.stats.suspendCalls += 1;
    });
  }
}

export class FakeWorkbook implements XlWorkbook {
  readonly worksheets: FakeWorksheetCollection;
  readonly tables: FakeTableCollection;
  readonly styles: FakeStyleCollection;
  constructor(readonly context: FakeContext) {
    this.worksheets = new FakeWorksheetCollection(context);
    this.tables = new FakeTableCollection(context, () => null);
    this.styles = new FakeStyleCollection(context);
  }
}

// ---- cell styles ----------------------------------------------------------------------------------

export class FakeStyleCollection implements XlStyleCollection {
  items: XlStyle[] = [];
  constructor(private readonly context: FakeContext) {}

  load(_spec?: LoadSpec): this {
    this.context.queue.enqueue({ load: 'styles' }, () => {
      this.items = [...this.context.model.styles.values()].map((s) => loadedStyle(s.name));
    });
    return this;
  }

  add(name: string): void {
    this.context.queue.enqueue({ addStyle: name }, () => {
      if (this.context.model.styles.has(name.toLowerCase())) throw new FakeOfficeError('ItemAlreadyExists', `A style named ${name} already exists.`);
      this.context.model.styles.set(name.toLowerCase(), { name, numberFormat: 'General', includeNumber: true });
    });
  }

  /** A write-only proxy: the add-in sets a style's number format and include* flags, never reads them. */
  getItem(name: string): XlStyle {
    const context = this.context;
    const style = () => {
      const found = context.model.styles.get(name.toLowerCase());
      if (!found) throw notFound(`style ${name}`);
      return found;
    };
    return new Proxy<XlStyle>(
      {} as XlStyle,
      {
        set: (_t, prop, value) => {
          context.queue.enqueue({ style: name, [String(prop)]: value }, () => {
            const target = style();
            if (prop === 'numberFormat') target.numberFormat = String(value);
            else if (prop === 'includeNumber') target.includeNumber = Boolean(value);
          });
          return true;
        },
      },
    );
  }
}

// ---- worksheets ---------------------------------------------------------------------------------

export class FakeWorksheetCollection extends ClientObject implements XlWorksheetCollection {
  items: FakeWorksheet[] = [];

  protected resolveTarget(): unknown {
    return this.context.model.sheets;
  }

  protected snapshot(): unknown {
    return undefined;
  }

  override load(spec?: LoadSpec): this {
    const props = loadProps(spec).map((p) => p.trim().replace(/^items\//, ''));
    this.context.queue.enqueue({ load: props }, () => {
      this.items = this.context.model.sheets.map((sheet) => {
        const proxy = new FakeWorksheet(this.context, () => sheet);
        for (const prop of props) proxy.setLoaded(prop, sheet);
        return proxy;
      });
    });
    return this;
  }

  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(this.context, () => {
      const sheet = this.context.model.sheet(name);
      if (!sheet) throw notFound(`worksheet ${name}`);
      return sheet;
    });
  }

  getItemOrNullObject(name: string): FakeWorksheet {
    const proxy = new FakeWorksheet(this.context, () => this.context.model.sheet(name) ?? null);
    proxy.track();
    return proxy;
  }

  add(name: string): FakeWorksheet {
    this.queue({ add: name }, () => {
      if (this.context.model.sheet(name)) {
        throw new FakeOfficeError('ItemAlreadyExists', `A worksheet named ${name} already exists.`);
      }
      if (name.length > 31 || /[:\\/?*[\]]/.test(name)) {
        throw new FakeOfficeError('InvalidArgument', `Invalid worksheet name: ${name}`);
      }
      this.context.model.sheets.push(new SheetModel(name));
    });
    return this.getItem(name);
  }
}

export class FakeWorksheet extends ClientObject implements XlWorksheet {
  readonly tables: FakeTableCollection;
  readonly charts: FakeChartCollection;
  readonly freezePanes: { freezeRows: (count: number) => void };

  constructor(
    context: FakeContext,
    readonly resolve: () => SheetModel | null,
  ) {
    super(context);
    this.tables = new FakeTableCollection(context, () => this.sheet());
    this.charts = new FakeChartCollection(context, () => this.sheet());
    this.freezePanes = {
      freezeRows: (count: number) =>
        this.queue({ freezeRows: count }, () => {
          this.sheet().frozenRows = count;
        }),
    };
  }

  track(): void {
    this.trackNull();
  }

  setLoaded(prop: string, sheet: SheetModel): void {
    this.loaded.set(prop, prop === 'name' ? sheet.name : prop === 'visibility' ? sheet.visibility : undefined);
  }

  sheet(): SheetModel {
    const sheet = this.resolve();
    if (!sheet) throw notFound('worksheet (null object)');
    return sheet;
  }

  protected resolveTarget(): unknown {
    return this.resolve();
  }

  protected snapshot(prop: string): unknown {
    const sheet = this.sheet();
    if (prop === 'name') return sheet.name;
    if (prop === 'position') return this.context.model.sheets.indexOf(sheet);
    if (prop === 'visibility') return sheet.visibility;
    return undefined;
  }

  get name(): string {
    return this.read('name');
  }

  get visibility(): Excel.SheetVisibility | 'Visible' | 'Hidden' | 'VeryHidden' {
    return this.read('visibility');
  }

  /** As in Excel, the last visible sheet of a workbook cannot be hidden. */
  set visibility(value: Excel.SheetVisibility | 'Visible' | 'Hidden' | 'VeryHidden') {
    this.queue({ visibility: value }, () => {
      const sheet = this.sheet();
      if (value !== 'Visible' && this.context.model.sheets.every((s) => s === sheet || s.visibility !== 'Visible')) {
        throw new FakeOfficeError('InvalidOperation', 'A workbook must contain at least one visible worksheet.');
      }
      sheet.visibility = value as SheetModel['visibility'];
    });
  }

  getRange(address?: string): FakeRange {
    return new FakeRange(this.context, () => ({
      sheet: this.sheet(),
      rect: address ? parseRangeAddress(address) : { row: 0, col: 0, rows: MAX_ROWS, cols: MAX_COLS },
    }));
  }

  getRangeByIndexes(row: number, col: number, rows: number, cols: number): FakeRange {
    return new FakeRange(this.context, () => ({ sheet: this.sheet(), rect: { row, col, rows, cols } }));
  }

  getUsedRangeOrNullObject(): FakeRange {
    const range = new FakeRange(this.context, () => {
      const sheet = this.resolve();
      const rect = sheet?.usedRect();
      return sheet && rect ? { sheet, rect } : null;
    });
    range.track();
    return range;
  }

  activate(): void {
    this.queue({ activate: true }, () => this.sheet());
  }

  delete(): void {
    this.queue({ delete: true }, () => {
      const sheet = this.sheet();
      const model = this.context.model;
      model.sheets = model.sheets.filter((s) => s !== sheet);
      model.tables = model.tables.filter((t) => t.sheet !== sheet);
    });
  }
}

// ---- ranges ---------------------------------------------------------------------------------------

interface RangeTarget {
  sheet: SheetModel;
  rect: Rect;
}

function forEachCell(target: RangeTarget, visit: (cell: Cell, r: number, c: number) => void): void {
  const { sheet, rect } = target;
  for (let r = 0; r < rect.rows; r++) {
    for (let c = 0; c < rect.cols; c++) visit(sheet.ensureCell(rect.row + r, rect.col + c), r, c);
  }
}

function checkMatrix(target: RangeTarget, matrix: unknown, what: string): unknown[][] {
  const rows = matrix as unknown[][];
  const ok = Array.isArray(rows) && rows.length === target.rect.rows && rows.every((row) => Array.isArray(row) && row.length === target.rect.cols);
  if (!ok) {
    throw new FakeOfficeError(
      'InvalidArgument',
      `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${what}).`,
    );
  }
  return rows;
}

function intersects(a: Rect, b: Rect): boolean {
  return a.row < b.row + b.rows && b.row < a.row + a.rows && a.col < b.col + b.cols && b.col < a.col + a.cols;
}

export class FakeRange extends ClientObject implements XlRange {
  readonly format: FakeRangeFormat;
  readonly dataValidation: FakeDataValidation;
  readonly conditionalFormats: FakeConditionalFormatCollection;

  constructor(
    context: FakeContext,
    readonly resolve: () => RangeTarget | null,
  ) {
    super(context);
    this.format = new FakeRangeFormat(this);
    this.dataValidation = new FakeDataValidation(this);
    this.conditionalFormats = new FakeConditionalFormatCollection(this);
  }

  track(): void {
    this.trackNull();
  }

  target(): RangeTarget {
    const target = this.resolve();
    if (!target) throw notFound('range (null object)');
    return target;
  }

  protected resolveTarget(): unknown {
    return this.resolve();
  }

  protected snapshot(prop: string): unknown {
    const target = this.target();
    const { sheet, rect } = target;
    switch (prop) {
      case 'values':
        return readRect(sheet, rect, (c) => c?.value ?? '');
      case 'formulas':
        return readRect(sheet, rect, (c) => c?.formula ?? c?.value ?? '');
      case 'numberFormat':
        return readRect(sheet, rect, (c) => c?.numberFormat ?? 'General');
      case 'text':
        return readRect(sheet, rect, (c) => String(c?.value ?? ''));
      case 'address':
        return rectAddress(sheet.name, rect);
      case 'rowCount':
        return rect.rows;
      case 'columnCount':
        return rect.cols;
      case 'rowIndex':
        return rect.row;
      case 'columnIndex':
        return rect.col;
      default:
        return undefined;
    }
  }

  get values(): unknown[][] {
    return this.read('values');
  }
  set values(matrix: unknown[][]) {
    this.queue({ values: matrix }, () => {
      const target = this.target();
      const rows = checkMatrix(target, matrix, 'values');
      forEachCell(target, (cell, r, c) => writeValue(cell, rows[r][c]));
    });
  }

  get formulas(): unknown[][] {
    return this.read('formulas');
  }
  set formulas(matrix: unknown[][]) {
    this.queue({ formulas: matrix }, () => {
      const target = this.target();
      const rows = checkMatrix(target, matrix, 'formulas');
      forEachCell(target, (cell, r, c) => {
        const input = rows[r][c];
        if (typeof input === 'string' && input.startsWith('=')) setFormula(cell, input);
        else writeValue(cell, input);
      });
    });
  }

  get numberFormat(): unknown[][] {
    return this.read('numberFormat');
  }
  set numberFormat(matrix: unknown[][]) {
    this.queue({ numberFormat: matrix }, () => {
      const target = this.target();
      const rows = checkMatrix(target, matrix, 'numberFormat');
      forEachCell(target, (cell, r, c) => {
        cell.numberFormat = String(rows[r][c]);
      });
    });
  }

  get address(): string {
    return this.read('address');
  }

  /** Applying a cell style sets each cell's number format when the style includes one. */
  set style(name: string) {
    this.queue({ style: name }, () => {
      const style = this.context.model.styles.get(name.toLowerCase());
      if (!style) throw notFound(`style ${name}`);
      forEachCell(this.target(), (cell) => {
        cell.style = style.name;
        if (style.includeNumber) cell.numberFormat = style.numberFormat;
      });
    });
  }
  get rowCount(): number {
    return this.read('rowCount');
  }
  get rowIndex(): number {
    return this.read('rowIndex');
  }
  get columnIndex(): number {
    return this.read('columnIndex');
  }
  get columnCount(): number {
    return this.read('columnCount');
  }

  clear(applyTo?: string): void {
    this.queue({ clear: applyTo ?? 'All' }, () => {
      const { sheet, rect } = this.target();
      for (const key of [...sheet.cells.keys()]) {
        const [r, c] = key.split(',').map(Number);
        if (r >= rect.row && r < rect.row + rect.rows && c >= rect.col && c < rect.col + rect.cols) sheet.cells.delete(key);
      }
    });
  }

  getColumn(col: number): FakeRange {
    return new FakeRange(this.context, () => {
      const { sheet, rect } = this.target();
      if (col < 0 || col >= rect.cols) throw new FakeOfficeError('InvalidArgument', `Column ${col} is outside the range.`);
      return { sheet, rect: { ...rect, col: rect.col + col, cols: 1 } };
    });
  }

  getCell(row: number, col: number): FakeRange {
    return new FakeRange(this.context, () => {
      const { sheet, rect } = this.target();
      return { sheet, rect: { row: rect.row + row, col: rect.col + col, rows: 1, cols: 1 } };
    });
  }
}

/** `range.format.fill`: the colour is kept per cell, so a test can see which cells are greyed. */
export class FakeRangeFill {
  constructor(private readonly range: FakeRange) {}

  set color(color: string) {
    this.range.context.queue.enqueue({ fill: { color } }, () => forEachCell(this.range.target(), (cell) => (cell.fill = color)));
  }

  clear(): void {
    this.range.context.queue.enqueue({ fill: 'clear' }, () =>
      forEachCell(this.range.target(), (cell) => {
        delete cell.fill;
      }),
    );
  }
}

export class FakeRangeFormat implements XlRangeFormat {
  readonly font: Record<string, unknown>;
  readonly fill: FakeRangeFill;
  constructor(private readonly range: FakeRange) {
    const styleBag = (kind: string) =>
      new Proxy<Record<string, unknown>>(
        {},
        {
          set: (_t, prop, value) => {
            range.context.queue.enqueue({ [kind]: { [String(prop)]: value } }, () => range.target());
            return true;
          },
        },
      );
    this.font = styleBag('font');
    this.fill = new FakeRangeFill(range);
  }

  set columnWidth(width: number) {
    this.range.context.queue.enqueue({ columnWidth: width }, () => {
      const { sheet, rect } = this.range.target();
      for (let c = 0; c < rect.cols; c++) sheet.columnWidths.set(rect.col + c, width);
    });
  }

  set wrapText(wrap: boolean) {
    this.range.context.queue.enqueue({ wrapText: wrap }, () => this.range.target());
  }

  autofitColumns(): void {
    this.range.context.queue.enqueue({ autofitColumns: true }, () => this.range.target());
  }
}

export class FakeDataValidation implements XlDataValidation {
  constructor(private readonly range: FakeRange) {}

  set rule(rule: Excel.DataValidationRule) {
    this.range.context.queue.enqueue({ dataValidation: rule }, () => {
      const { sheet, rect } = this.range.target();
      sheet.validations.push({ rect, rule: { ...rule } });
    });
  }

  set errorAlert(alert: Excel.DataValidationErrorAlert) {
    this.range.context.queue.enqueue({ errorAlert: alert }, () => this.range.target());
  }

  clear(): void {
    this.range.context.queue.enqueue({ clearValidation: true }, () => {
      const { sheet, rect } = this.range.target();
      sheet.validations = sheet.validations.filter((v) => !intersects(v.rect, rect));
    });
  }
}

export class FakeConditionalFormatCollection implements XlConditionalFormatCollection {
  constructor(private readonly range: FakeRange) {}

  add(type: Excel.ConditionalFormatType): FakeConditionalFormat {
    const format = new FakeConditionalFormat(this.range.context);
    this.range.context.queue.enqueue({ conditionalFormat: type }, () => {
      const { sheet, rect } = this.range.target();
      const model: ConditionalFormatModel = { rect, type, rule: {} };
      sheet.conditionalFormats.push(model);
      format.model = model;
    });
    return format;
  }

  clearAll(): void {
    this.range.context.queue.enqueue({ clearConditionalFormats: true }, () => {
      const { sheet, rect } = this.range.target();
      sheet.conditionalFormats = sheet.conditionalFormats.filter((f) => !intersects(f.rect, rect));
    });
  }
}

/** One kind of conditional format (`cellValue`, …): its rule and the fill and font it applies. */
interface ConditionalPart<R> {
  rule: R;
  readonly format: { readonly fill: { color: string }; readonly font: { color: string } };
}

/** `cellValue`, `custom`, `textComparison` all share the shape { rule, format: { fill, font } }. */
export class FakeConditionalFormat implements XlConditionalFormat {
  model: ConditionalFormatModel | undefined;
  readonly cellValue: ConditionalPart<Excel.ConditionalCellValueRule>;
  readonly custom: ConditionalPart<Excel.ConditionalFormatRule>;
  readonly textComparison: ConditionalPart<Excel.ConditionalTextComparisonRule>;

  constructor(private readonly context: FakeContext) {
    this.cellValue = this.part();
    this.custom = this.part();
    this.textComparison = this.part();
  }

  private edit(payload: unknown, change: (model: ConditionalFormatModel) => void): void {
    this.context.queue.enqueue(payload, () => {
      if (!this.model) throw new FakeOfficeError('InvalidOperation', 'Conditional format was not created.');
      change(this.model);
    });
  }

  private part<R extends object>(): ConditionalPart<R> {
    const self = this;
    const rule = {} as R;
    return {
      set rule(value: R) {
        self.edit({ rule: value }, (m) => {
          m.rule = { ...(value as Record<string, unknown>) };
        });
      },
      get rule(): R {
        // `cf.custom.rule.formula = "…"` style: writes go through this proxy object.
        return new Proxy(rule, {
          set: (_t, prop, value) => {
            self.edit({ rule: { [String(prop)]: value } }, (m) => {
              m.rule = { ...m.rule, [String(prop)]: value };
            });
            return true;
          },
        });
      },
      format: {
        fill: {
          set color(color: string) {
            self.edit({ fill: color }, (m) => {
              m.fill = color;
            });
          },
        },
        font: {
          set color(color: string) {
            self.edit({ fontColor: color }, (m) => {
              m.fontColor = color;
            });
          },
        },
      },
    };
  }
}

// ---- tables ---------------------------------------------------------------------------------------

export class FakeTableCollection extends ClientObject implements XlTableCollection {
  items: FakeTable[] = [];

  constructor(
    context: FakeContext,
    private readonly scope: () => SheetModel | null,
  ) {
    super(context);
  }

  protected resolveTarget(): unknown {
    return this.context.model.tables;
  }

  protected snapshot(): unknown {
    return undefined;
  }

  private inScope(): TableModel[] {
    const sheet = this.scope();
    return this.context.model.tables.filter((t) => !sheet || t.sheet === sheet);
  }

  override load(spec?: LoadSpec): this {
    const props = loadProps(spec).map((p) => p.trim().replace(/^items\//, ''));
    this.context.queue.enqueue({ load: props }, () => {
      this.items = this.inScope().map((table) => {
        const proxy = new FakeTable(this.context, () => table);
        proxy.loadNow(props);
        return proxy;
      });
      this.loaded.set('count', this.items.length);
    });
    return this;
  }

  get count(): number {
    return this.read('count');
  }

  getItem(name: string): FakeTable {
    return new FakeTable(this.context, () => {
      const table = this.context.model.table(name);
      if (!table) throw notFound(`table ${name}`);
      return table;
    });
  }

  getItemOrNullObject(name: string): FakeTable {
    const proxy = new FakeTable(this.context, () => this.context.model.table(name) ?? null);
    proxy.track();
    return proxy;
  }

  add(address: string | XlRange, hasHeaders: boolean): FakeTable {
    let created: TableModel | undefined;
    this.queue({ addTable: typeof address === 'string' ? address : 'range', hasHeaders }, () => {
      const target =
        typeof address === 'string'
          ? { sheet: this.scopeOrNamed(address), rect: parseRangeAddress(address) }
          : ownRange(address).target();
      const model = this.context.model;
      if (model.tables.some((t) => t.sheet === target.sheet && intersects(t.rect, target.rect))) {
        throw new FakeOfficeError('InvalidOperation', 'A table can\u2019t overlap another table.');
      }
      let rect = target.rect;
      if (!hasHeaders) rect = { ...rect, row: rect.row, rows: rect.rows + 1 };
      for (let c = 0; c < rect.cols; c++) {
        const cell = target.sheet.ensureCell(rect.row, rect.col + c);
        const header = cell.value === '' ? `Column${c + 1}` : String(cell.value);
        cell.formula = undefined;
        cell.value = header;
      }
      created = { name: `Table${model.tables.length + 1}`, sheet: target.sheet, rect };
      model.tables.push(created);
    });
    return new FakeTable(this.context, () => {
      if (!created) throw notFound('table (not created)');
      return created;
    });
  }

  private scopeOrNamed(address: string): SheetModel {
    if (address.includes('!')) {
      const name = address.slice(0, address.lastIndexOf('!')).replace(/^'|'$/g, '').replace(/''/g, "'");
      const sheet = this.context.model.sheet(name);
      if (!sheet) throw notFound(`worksheet ${name}`);
      return sheet;
    }
    const sheet = this.scope();
    if (!sheet) throw new FakeOfficeError('InvalidArgument', 'A workbook-level table address needs a sheet name.');
    return sheet;
  }
}

export class FakeTable extends ClientObject implements XlTable {
  readonly rows: FakeTableRowCollection;
  readonly columns: { getItem: (name: string) => { getDataBodyRange: () => FakeRange } };

  constructor(
    context: FakeContext,
    readonly resolve: () => TableModel | null,
  ) {
    super(context);
    this.rows = new FakeTableRowCollection(this);
    this.columns = {
      getItem: (name: string) => ({
        getDataBodyRange: () =>
          new FakeRange(this.context, () => {
            const { sheet, rect } = this.table();
            const wanted = name.toLowerCase();
            for (let c = 0; c < rect.cols; c++) {
              if (String(sheet.cell(rect.row, rect.col + c)?.value ?? '').toLowerCase() === wanted) {
                return { sheet, rect: { row: rect.row + 1, col: rect.col + c, rows: Math.max(1, rect.rows - 1), cols: 1 } };
              }
            }
            throw notFound(`table column ${name}`);
          }),
      }),
    };
  }

  track(): void {
    this.trackNull();
  }

  loadNow(props: string[]): void {
    for (const prop of props) this.loaded.set(prop, this.snapshot(prop));
  }

  table(): TableModel {
    const table = this.resolve();
    if (!table) throw notFound('table (null object)');
    return table;
  }

  protected resolveTarget(): unknown {
    return this.resolve();
  }

  protected snapshot(prop: string): unknown {
    const table = this.table();
    if (prop === 'name') return table.name;
    if (prop === 'style') return table.style;
    return undefined;
  }

  get name(): string {
    return this.read('name');
  }
  set name(name: string) {
    this.queue({ name }, () => {
      const clash = this.context.model.table(name);
      if (clash && clash !== this.table()) throw new FakeOfficeError('ItemAlreadyExists', `A table named ${name} already exists.`);
      this.table().name = name;
    });
  }

  set style(style: string) {
    this.queue({ style }, () => {
      this.table().style = style;
    });
  }

  set showBandedRows(_value: boolean) {
    this.queue({ showBandedRows: _value }, () => this.table());
  }

  get worksheet(): FakeWorksheet {
    return new FakeWorksheet(this.context, () => this.table().sheet);
  }

  getRange(): FakeRange {
    return new FakeRange(this.context, () => ({ sheet: this.table().sheet, rect: this.table().rect }));
  }

  getHeaderRowRange(): FakeRange {
    return new FakeRange(this.context, () => {
      const { sheet, rect } = this.table();
      return { sheet, rect: { ...rect, rows: 1 } };
    });
  }

  getDataBodyRange(): FakeRange {
    return new FakeRange(this.context, () => {
      const { sheet, rect } = this.table();
      return { sheet, rect: { ...rect, row: rect.row + 1, rows: Math.max(1, rect.rows - 1) } };
    });
  }

  resize(range: XlRange | string): void {
    this.queue({ resize: typeof range === 'string' ? range : 'range' }, () => {
      const table = this.table();
      const rect = typeof range === 'string' ? parseRangeAddress(range) : ownRange(range).target().rect;
      if (rect.row !== table.rect.row || rect.col !== table.rect.col) {
        throw new FakeOfficeError('InvalidArgument', 'The table must keep its header row in place.');
      }
      table.rect = rect;
    });
  }

  delete(): void {
    this.queue({ deleteTable: true }, () => {
      const table = this.table();
      const model = this.context.model;
      model.tables = model.tables.filter((t) => t !== table);
      for (let r = 0; r < table.rect.rows; r++) {
        for (let c = 0; c < table.rect.cols; c++) table.sheet.cells.delete(`${table.rect.row + r},${table.rect.col + c}`);
      }
    });
  }
}

export class FakeTableRowCollection implements XlTableRowCollection {
  private loadedCount: number | undefined;
  constructor(private readonly table: FakeTable) {}

  load(_spec?: LoadSpec): this {
    this.table.context.queue.enqueue({ load: 'rows' }, () => {
      this.loadedCount = this.table.table().rect.rows - 1;
    });
    return this;
  }

  get count(): number {
    if (this.loadedCount === undefined) throw new FakeOfficeError('PropertyNotLoaded', "The property 'count' is not available.");
    return this.loadedCount;
  }

  /** Appends below the table; new cells take the number format of the cell above, as Excel does. */
  add(_index: number | null | undefined, values: unknown[][]): void {
    this.table.context.queue.enqueue({ addRows: values }, () => {
      const table = this.table.table();
      const { sheet, rect } = table;
      values.forEach((row, i) => {
        if (row.length !== rect.cols) throw new FakeOfficeError('InvalidArgument', 'Row length does not match the table.');
        const r = rect.row + rect.rows + i;
        row.forEach((value, c) => {
          const cell = sheet.ensureCell(r, rect.col + c);
          cell.numberFormat = sheet.cell(r - 1, rect.col + c)?.numberFormat ?? 'General';
          writeValue(cell, value);
        });
      });
      table.rect = { ...rect, rows: rect.rows + values.length };
    });
  }
}

// ---- charts ---------------------------------------------------------------------------------------

export class FakeChartCollection extends ClientObject implements XlChartCollection {
  items: FakeChart[] = [];
  constructor(
    context: FakeContext,
    private readonly scope: () => SheetModel,
  ) {
    super(context);
  }

  protected resolveTarget(): unknown {
    return this.scope();
  }

  protected snapshot(): unknown {
    return undefined;
  }

  override load(spec?: LoadSpec): this {
    const props = loadProps(spec).map((p) => p.trim().replace(/^items\//, ''));
    this.context.queue.enqueue({ load: props }, () => {
      const sheet = this.scope();
      this.items = sheet.charts.map((chart) => {
        const proxy = new FakeChart(this.context, sheet, () => chart);
        proxy.loadNow(props);
        return proxy;
      });
    });
    return this;
  }

  add(type: Excel.ChartType, source: XlRange, seriesBy: Excel.ChartSeriesBy = 'Auto' as Excel.ChartSeriesBy): FakeChart {
    let created: ChartModel | undefined;
    this.queue({ addChart: type, seriesBy }, () => {
      const sheet = this.scope();
      const { rect } = ownRange(source).target();
      created = { name: `Chart ${sheet.charts.length + 1}`, type, source: rect, seriesBy, title: '' };
      sheet.charts.push(created);
    });
    return new FakeChart(this.context, null, () => {
      if (!created) throw notFound('chart (not created)');
      return created;
    });
  }

  getItemOrNullObject(name: string): FakeChart {
    const proxy = new FakeChart(this.context, null, () => this.scope().charts.find((c) => c.name === name) ?? null);
    proxy.track();
    return proxy;
  }
}

export class FakeChart extends ClientObject implements XlChart {
  readonly title: { text: string };
  readonly legend: { visible: boolean; position: string };

  constructor(
    context: FakeContext,
    private readonly sheet: SheetModel | null,
    readonly resolve: () => ChartModel | null,
  ) {
    super(context);
    const self = this;
    this.title = {
      set text(text: string) {
        self.queue({ title: text }, () => {
          self.chart().title = text;
        });
      },
      get text(): string {
        return self.chart().title;
      },
    };
    this.legend = {
      set visible(_v: boolean) {
        self.queue({ legendVisible: _v }, () => self.chart());
      },
      get visible(): boolean {
        return true;
      },
      set position(_p: string) {
        self.queue({ legendPosition: _p }, () => self.chart());
      },
      get position(): string {
        return 'Right';
      },
    };
  }

  track(): void {
    this.trackNull();
  }

  loadNow(props: string[]): void {
    for (const prop of props) this.loaded.set(prop, this.snapshot(prop));
  }

  chart(): ChartModel {
    const chart = this.resolve();
    if (!chart) throw notFound('chart (null object)');
    return chart;
  }

  protected resolveTarget(): unknown {
    return this.resolve();
  }

  protected snapshot(prop: string): unknown {
    return prop === 'name' ? this.chart().name : undefined;
  }

  get name(): string {
    return this.read('name');
  }
  set name(name: string) {
    this.queue({ chartName: name }, () => {
      this.chart().name = name;
    });
  }

  setPosition(start: string | XlRange, end?: string | XlRange): void {
    this.queue({ setPosition: [typeof start === 'string' ? start : 'range', typeof end === 'string' ? end : 'range'] }, () => this.chart());
  }

  delete(): void {
    this.queue({ deleteChart: true }, () => {
      const chart = this.chart();
      const owner = this.sheet ?? this.context.model.sheets.find((s) => s.charts.includes(chart));
      if (owner) owner.charts = owner.charts.filter((c) => c !== chart);
    });
  }
}
