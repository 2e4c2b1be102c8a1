/**
 * Import entry point for the CLI and the add-in's file picker: bytes in, applications and
 * problems out. No Node-only APIs here, so the same code runs in the browser bundle.
 */
import type { Problem } from '../rules/outcome';
import { importCsv, readCsvSheet } from './csv';
import { decodeText } from './text';
import { importJson } from './json';
import { checkFileSize } from './limits';
import { concatResults, fileProblem, refused, type ImportResult } from './result';
import { assembleSheets } from './tables';

export type { ImportRecord, ImportResult } from './result';
export { formatProblem } from './result';
export { applicationFromRecord, applicationToRecord, describeColumns, tableHeaders } from './flat';
export { mergeApplications, diffApplications, rekey, type MergeResult, type FieldChange } from './merge';
export { MAX_FILE_BYTES, MAX_ROWS, MAX_UNPACKED_BYTES } from './limits';

export type FileFormat = 'json' | 'csv' | 'xlsx' | 'docx';

const EXTENSIONS: Record<string, FileFormat | 'oud'> = {
  json: 'json',
  csv: 'csv',
  txt: 'csv',
  tsv: 'csv',
  xlsx: 'xlsx',
  xlsm: 'xlsx',
  docx: 'docx',
  xls: 'oud',
  doc: 'oud',
};

/** The format by extension, else by content (zip with word/ or xl/ inside, JSON bracket, else CSV). */
export async function detectFormat(name: string, bytes: Uint8Array): Promise<FileFormat | 'oud'> {
  const extension = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase();
  const known = extension ? EXTENSIONS[extension] : undefined;
  if (known) return known;
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) {
    try {
      const { default: JSZip } = await import('jszip');
      const zip = await JSZip.loadAsync(bytes);
      if (zip.file('word/document.xml')) return 'docx';
    } catch {
      // Not a readable zip: the xlsx reader reports it.
    }
    return 'xlsx';
  }
  const start = decodeText(bytes.subarray(0, 64)).text.trimStart();
  return start.startsWith('{') || start.startsWith('[') ? 'json' : 'csv';
}

/** One file → its applications and problems. Never throws. */
export async function importFile(name: string, bytes: Uint8Array): Promise<ImportResult> {
  try {
    const format = await detectFormat(name, bytes);
    switch (format) {
      case 'json':
        return importJson(name, bytes);
      case 'csv':
        return importCsv(name, bytes);
      // The xlsx and docx readers (exceljs, mammoth) load only for such a file: JSON and CSV
      // imports, and `zk toets` on them, start without them.
      case 'xlsx':
        return await (await import('./xlsx')).importXlsx(name, bytes);
      case 'docx':
        return await (await import('./docx')).importDocx(name, bytes);
      case 'oud':
        return refused(name, 'oud Office-formaat (.xls/.doc) wordt niet gelezen; bewaar het bestand als .xlsx of .docx');
    }
  } catch (error) {
    // A reader bug must not lose the other files: report it as a problem of this file.
    const message = error instanceof Error ? error.message : String(error);
    return refused(name, `het bestand kon niet worden gelezen (${message.slice(0, 160)})`);
  }
}

/**
 * Several files at once. CSV files are assembled together, so a Deelnemers or Begroting CSV
 * (keyed by aanvraagId) joins the applications of an Aanvragen CSV.
 */
export async function importFiles(files: readonly { name: string; bytes: Uint8Array }[]): Promise<ImportResult> {
  const results: ImportResult[] = [];
  const csvSheets = [];
  const csvProblems: Problem[] = [];
  for (const file of files) {
    const format = await detectFormat(file.name, file.bytes).catch(() => 'csv' as const);
    if (format !== 'csv') {
      results.push(await importFile(file.name, file.bytes));
      continue;
    }
    const tooLarge = checkFileSize(file.bytes);
    if (tooLarge) csvProblems.push(fileProblem(file.name, tooLarge));
    else csvSheets.push(readCsvSheet(file.name, decodeText(file.bytes).text, csvProblems));
  }
  if (csvSheets.length || csvProblems.length) {
    const assembled = assembleSheets(csvSheets);
    results.unshift({ ...assembled, problems: [...csvProblems, ...assembled.problems] });
  }
  return concatResults(results);
}
