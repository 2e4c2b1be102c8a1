import { createServices } from '../../src/taskpane/adapters';
import type { PaneServices } from '../../src/taskpane/services';
import { MemoryWorkbook } from './memoryWorkbook';

/** The real rules/ranking/BI services with an in-memory workbook and a fixed clock. */
export function testServices(workbook = new MemoryWorkbook()): PaneServices & { workbook: MemoryWorkbook } {
  return { ...createServices(workbook), workbook, now: () => '2020-12-15T10:00:00.000Z' };
}
