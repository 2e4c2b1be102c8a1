/**
 * One fake Excel host: a workbook model, `Excel.run`, the sync/request statistics, and installers
 * that put `Excel`, `Office` and `CustomFunctions` globals on a page or on Node's globalThis.
 */
import type { ExcelRunner } from '../../src/excel/office-api';
import { WorkbookModel } from './model';
import { FakeContext } from './objects';
import { REQUEST_LIMIT_BYTES, emptyStats, type HostStats } from './request';

/**
 * CustomFunctions.ErrorCode as the runtime defines it (@types/custom-functions-runtime): camelCase
 * keys, the cell's error text as value. The fake host and the error-code test share this one copy.
 */
export const RUNTIME_ERROR_CODES = {
  invalidValue: '#VALUE!',
  notAvailable: '#N/A',
  divisionByZero: '#DIV/0!',
  invalidNumber: '#NUM!',
  nullReference: '#NULL!',
  invalidName: '#NAME?',
  invalidReference: '#REF!',
} as const;

export interface FakeExcelHost {
  model: WorkbookModel;
  stats: HostStats;
  /** `Excel.run(batch)`: one fresh context; queued operations left at the end are synced like Office.js does. */
  run: ExcelRunner;
  resetStats(): void;
}

export interface FakeExcelOptions {
  /** Request size limit in bytes (default 5 MB, Excel on the web). */
  limitBytes?: number;
}

export function createFakeExcel(options: FakeExcelOptions = {}): FakeExcelHost {
  const host: FakeExcelHost = {
    model: new WorkbookModel(),
    stats: emptyStats(),
    async run(batch) {
      host.stats.runs += 1;
      const context = new FakeContext(host.model, host.stats, options.limitBytes ?? REQUEST_LIMIT_BYTES);
      const result = await batch(context);
      if (context.queue.pending > 0) await context.sync();
      return result;
    },
    resetStats() {
      host.stats = emptyStats();
    },
  };
  return host;
}

export interface InstallOptions extends FakeExcelOptions {
  /** Office display language, e.g. `nl-NL` (default) or `en-US`. */
  displayLanguage?: string;
}

/**
 * Installs `Excel`, `Office` and `CustomFunctions` on `target` (a browser window or Node's
 * globalThis) and returns the host so a test can read the workbook afterwards.
 */
export function installFakeOffice(target: Record<string, unknown>, options: InstallOptions = {}): FakeExcelHost {
  const host = createFakeExcel(options);
  const registered: Record<string, unknown> = {};
  const ready = { host: 'Excel', platform: 'OfficeOnline' };
  target.Excel = { run: host.run.bind(host) };
  target.Office = {
    HostType: { Excel: 'Excel' },
    PlatformType: { OfficeOnline: 'OfficeOnline' },
    context: { displayLanguage: options.displayLanguage ?? 'nl-NL', diagnostics: { host: 'Excel', platform: 'OfficeOnline' } },
    onReady: (callback?: (info: typeof ready) => void) => {
      callback?.(ready);
      return Promise.resolve(ready);
    },
  };
  class CustomFunctionsError extends Error {
    constructor(
      readonly code: string,
      message?: string,
    ) {
      super(message);
    }
  }
  target.CustomFunctions = {
    associate: (id: string, fn: unknown) => {
      registered[id] = fn;
    },
    Error: CustomFunctionsError,
    ErrorCode: { ...RUNTIME_ERROR_CODES },
    registered,
  };
  target.__fakeExcel = host;
  target.__fakeWorkbook = host.model;
  return host;
}
