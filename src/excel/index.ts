/** The workbook layer: the only code that calls Office.js. */
export { createExcelService, overridesFrom, type ExcelService, type ExcelServiceOptions, type ExcelRunner, type ExplicitOverride, type OverridesRead, type ScoresRead, type ConsensusRead } from './service';
export { writeTable, writeTables } from './writeTable';
export { toTableData, queueTableRead } from './readTable';
export { ExcelActionError, toExcelActionError } from './errors';
export { SHEETS, TABLES, scoreSheetName, scoreTableName, RANKING_CHART } from '../workbook/names';
export { EXCEL_WEB_REQUEST_LIMIT, DEFAULT_REQUEST_BUDGET } from './budget';
export * from '../workbook/types';
