import type { PaneServices, WorkbookService } from '../services';
import { biService } from './bi';
import { handoutService } from './handout';
import { importService } from './importer';
import { letterService } from './letters';
import { moduleService } from './modules';
import { rankingService } from './ranking';
import { screeningService } from './screening';

/** The pane's services in the add-in: the real rules, import and report code, and the workbook. */
export function createServices(workbook: WorkbookService): PaneServices {
  return {
    importer: importService,
    handout: handoutService,
    screening: screeningService,
    ranking: rankingService,
    letters: letterService,
    bi: biService,
    modules: moduleService,
    workbook,
    now: () => new Date().toISOString(),
  };
}
