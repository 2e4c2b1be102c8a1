import type { ImportService } from '../services';

/**
 * src/import (JSON, CSV, XLSX and the Word form) and its re-import merge. Loaded on demand: the
 * readers bring jszip, papaparse, mammoth and exceljs, which stay out of the pane's first chunk.
 */
export const importService: ImportService = {
  async importFiles(files) {
    const { importFiles } = await import('../../import');
    const result = await importFiles(files);
    return { applications: result.applications, problems: result.problems };
  },
  async merge(existing, incoming) {
    const { mergeApplications } = await import('../../import/merge');
    return mergeApplications(existing, incoming);
  },
};
