/** The one workbook schema: sheets, tables, columns, formats, colours and readers, Office-free. */
export * from './types';
export * from './names';
export * from './formats';
export * from './colours';
export * from './columns';
export * from './cells';
export * from './tableData';
export * from './applications';
export * from './screening';
export * from './scores';
export * from './consensus';
export * from './audit';
export * from './selection';
export * from './results';
export * from './decisions';
export * from './module-checklist';
