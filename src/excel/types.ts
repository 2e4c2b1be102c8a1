/** The workbook layer's plain types are the schema's (src/workbook/types.ts). */
export * from '../workbook/types';
