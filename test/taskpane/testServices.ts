import { biService } from '../../src/taskpane/adapters/bi';
import { importService } from '../../src/taskpane/adapters/importer';
import { letterService } from '../../src/taskpane/adapters/letters';
import { rankingService } from '../../src/taskpane/adapters/ranking';
import { screeningService } from '../../src/taskpane/adapters/screening';
import type { PaneServices } from '../../src/taskpane/services';
import { MemoryWorkbook } from './memoryWorkbook';

/** The real rules/ranking/BI services with an in-memory workbook and a fixed clock. */
export function testServices(workbook = new MemoryWorkbook()): PaneServices & { workbook: MemoryWorkbook } {
  return {
    importer: importService,
    screening: screeningService,
    ranking: rankingService,
    letters: letterService,
    bi: biService,
    workbook,
    now: () => '2020-12-15T10:00:00.000Z',
  };
}
