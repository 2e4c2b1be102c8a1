/**
 * The part of Office.js (`Excel.*`) this layer uses, as narrowed interfaces of the real types in
 * @types/office-js. Each leaf member is `Pick`ed from the real type, so its signature is Office's
 * own; members that lead to another object are declared here with the narrowed type of that object.
 *
 * Two checks follow from the compiler:
 * - the real API fits: `Excel.run` is assigned to an `ExcelRunner` (service.ts), which compiles
 *   only while `Excel.RequestContext` is assignable to `XlContext`, i.e. every member here exists
 *   in Office.js with a compatible signature;
 * - the fake fits: test/fake-excel's classes `implements` these interfaces, so a member the add-in
 *   starts to use (added here) that the fake lacks, or implements with another signature, is a
 *   type error in the fake.
 * A member used by src/excel that is not declared here is a type error in src/excel.
 */

/** Loading by property names ('values', 'items/name'): the only form this layer uses. */
type Load<Self> = { load(propertyNames?: string | string[]): Self };

export interface XlContext extends Pick<Excel.RequestContext, 'sync'> {
  readonly workbook: XlWorkbook;
  readonly application: XlApplication;
}

export type XlApplication = Pick<Excel.Application, 'calculate' | 'suspendApiCalculationUntilNextSync'>;

export interface XlWorkbook {
  readonly styles: XlStyleCollection;
  readonly tables: XlTableCollection;
  readonly worksheets: XlWorksheetCollection;
}

export interface XlWorksheetCollection extends Load<XlWorksheetCollection> {
  readonly items: XlWorksheet[];
  add(name?: string): XlWorksheet;
  getItem(key: string): XlWorksheet;
}

export interface XlWorksheet extends Pick<Excel.Worksheet, 'name' | 'visibility'>, Load<XlWorksheet> {
  readonly charts: XlChartCollection;
  readonly freezePanes: XlWorksheetFreezePanes;
  readonly tables: XlTableCollection;
  getRange(address?: string): XlRange;
  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): XlRange;
}

export type XlWorksheetFreezePanes = Pick<Excel.WorksheetFreezePanes, 'freezeRows'>;

export interface XlRange extends Pick<Excel.Range, 'values' | 'formulas' | 'numberFormat' | 'style' | 'clear' | 'rowIndex' | 'columnIndex'>, Load<XlRange> {
  readonly format: XlRangeFormat;
  readonly dataValidation: XlDataValidation;
  readonly conditionalFormats: XlConditionalFormatCollection;
  getColumn(column: number): XlRange;
}

export interface XlRangeFormat extends Pick<Excel.RangeFormat, 'columnWidth'> {
  readonly fill: Pick<Excel.RangeFill, 'color' | 'clear'>;
}

export type XlDataValidation = Pick<Excel.DataValidation, 'clear' | 'errorAlert' | 'rule'>;

export interface XlConditionalFormatCollection extends Pick<Excel.ConditionalFormatCollection, 'clearAll'> {
  add(type: Excel.ConditionalFormatType): XlConditionalFormat;
}

export interface XlConditionalFormat {
  readonly cellValue: XlCellValueConditionalFormat;
}

export interface XlCellValueConditionalFormat extends Pick<Excel.CellValueConditionalFormat, 'rule'> {
  readonly format: XlConditionalRangeFormat;
}

export interface XlConditionalRangeFormat {
  readonly fill: Pick<Excel.ConditionalRangeFill, 'color'>;
  readonly font: Pick<Excel.ConditionalRangeFont, 'color'>;
}

export interface XlStyleCollection extends Load<XlStyleCollection> {
  readonly items: XlStyle[];
  add(name: string): void;
  getItem(name: string): XlStyle;
}

export type XlStyle = Pick<
  Excel.Style,
  'name' | 'numberFormat' | 'includeAlignment' | 'includeBorder' | 'includeFont' | 'includeNumber' | 'includePatterns' | 'includeProtection'
>;

export interface XlTableCollection extends Load<XlTableCollection> {
  readonly items: XlTable[];
  add(address: XlRange | string, hasHeaders: boolean): XlTable;
  getItem(key: string): XlTable;
}

export interface XlTable extends Pick<Excel.Table, 'name' | 'style' | 'delete'>, Load<XlTable> {
  readonly rows: XlTableRowCollection;
  readonly worksheet: XlWorksheet;
  getRange(): XlRange;
  getHeaderRowRange(): XlRange;
  getDataBodyRange(): XlRange;
  resize(newRange: XlRange | string): void;
}

export interface XlTableRowCollection extends Pick<Excel.TableRowCollection, 'count'>, Load<XlTableRowCollection> {}

export interface XlChartCollection extends Load<XlChartCollection> {
  readonly items: XlChart[];
  add(type: Excel.ChartType, sourceData: XlRange, seriesBy?: Excel.ChartSeriesBy): XlChart;
}

export interface XlChart extends Pick<Excel.Chart, 'name' | 'delete'> {
  readonly legend: Pick<Excel.ChartLegend, 'visible'>;
  readonly title: Pick<Excel.ChartTitle, 'text'>;
  setPosition(startCell: XlRange | string, endCell?: XlRange | string): void;
}

/** `Excel.run` as this layer calls it: the real one in Office, the fake's in tests. */
export type ExcelRunner = <T>(batch: (context: XlContext) => Promise<T>) => Promise<T>;
