import type { PaneServices } from '../services';
import { createServices } from '.';
import { excelWorkbook } from './workbook';

/** The add-in's real services (the chunk adapters/lazy.ts loads after the first paint). */
export function addinServices(): PaneServices {
  return createServices(excelWorkbook());
}
