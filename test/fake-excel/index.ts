export { createFakeExcel, installFakeOffice, type FakeExcelHost, type InstallOptions } from './host';
export { WorkbookModel, SheetModel, parseAddress, columnLetters, type Cell, type CellScalar } from './model';
export { REQUEST_LIMIT_BYTES, FakeOfficeError, type HostStats, type RequestRecord } from './request';
