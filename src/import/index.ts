/**
 * Import entry point for the CLI and the add-in's file picker: bytes in, applications and
 * problems out. No Node-only APIs here, so the same code runs in the browser bundle.
 */
import type { Problem } from '../rules/outcome';
import { importCsvText, readCsvSheet } from './csv';
import { importJsonText } from './json';
import { extensionKind, openInput, type InputKind, type Opened } from './open';
import { concatResults, refused, type ImportResult } from './result';
import { assembleSheets, type Sheet } from './tables';

export type { ImportRecord, ImportResult } from './result';
export { formatProblem } from './result';
export { applicationFromRecord, applicationToRecord, describeColumns, tableHeaders } from './flat';
export { mergeApplications, diffApplications, rekey, type MergeResult, type FieldChange } from './merge';
export { MAX_FILE_BYTES, MAX_ROWS, MAX_UNPACKED_BYTES } from './limits';
export { openInput, type InputKind, type Opened } from './open';

export type FileFormat = 'json' | 'csv' | 'xlsx' | 'docx';

/** What applications may come in as. */
export const APPLICATION_KINDS: readonly InputKind[] = ['json', 'csv', 'xlsx', 'docx'];

export type ImportFilesResult = ImportResult & {
  /** Files that could not be read at all (refused whole, or nothing in them could be used). */
  onleesbaar: string[];
};

/** The format by content, checked against the extension (see open.ts); 'oud' for .xls/.doc. */
export async function detectFormat(name: string, bytes: Uint8Array): Promise<FileFormat | 'oud'> {
  const opened = openInput(name, bytes, APPLICATION_KINDS);
  if (opened.ok) return opened.opened.kind;
  const byName = extensionKind(name);
  return byName ?? 'csv';
}

async function importOpened(name: string, opened: Opened): Promise<ImportResult> {
  switch (opened.kind) {
    case 'json':
      return importJsonText(name, opened.text);
    case 'csv':
      return importCsvText(name, opened.text);
    // The xlsx and docx readers (exceljs, mammoth) load only for such a file: JSON and CSV
    // imports, and `zk toets` on them, start without them.
    case 'xlsx':
      return await (await import('./xlsx')).importXlsx(name, opened.archive.bytes);
    case 'docx':
      return await (await import('./docx')).importDocx(name, opened.archive.bytes);
  }
}

/** One file → its applications and problems. Never throws. */
export async function importFile(name: string, bytes: Uint8Array): Promise<ImportResult> {
  const opened = openInput(name, bytes, APPLICATION_KINDS);
  if (!opened.ok) return refused(name, opened.melding);
  try {
    return await importOpened(name, opened.opened);
  } catch (error) {
    // A reader bug must not lose the other files: report it as a problem of this file.
    const message = error instanceof Error ? error.message : String(error);
    return refused(name, `het bestand kon niet worden gelezen (${message.slice(0, 160)})`);
  }
}

/** A file gave nothing usable: refused whole, or every problem of it is at file level. */
function unusable(name: string, result: ImportResult): boolean {
  const own = result.problems.filter((p) => p.bestand === name);
  return own.some((p) => p.ernst !== 'waarschuwing' && (p.plaats === 'bestand' || p.plaats === 'kopregel')) && !result.records.some((r) => r.bestand === name);
}

/**
 * Several files at once. CSV files are assembled together, so a Deelnemers or Begroting CSV
 * (keyed by aanvraagId) joins the applications of an Aanvragen CSV. `onleesbaar` lists the files
 * that gave nothing, so a caller can stop instead of going on without them.
 */
export async function importFiles(files: readonly { name: string; bytes: Uint8Array }[]): Promise<ImportFilesResult> {
  const results: ImportResult[] = [];
  const csvSheets: Sheet[] = [];
  const csvProblems: Problem[] = [];
  const onleesbaar: string[] = [];
  for (const file of files) {
    const opened = openInput(file.name, file.bytes, APPLICATION_KINDS);
    if (!opened.ok) {
      onleesbaar.push(file.name);
      results.push(refused(file.name, opened.melding));
      continue;
    }
    if (opened.opened.kind !== 'csv') {
      const result = await importOpened(file.name, opened.opened).catch((error: unknown) => refused(file.name, `het bestand kon niet worden gelezen (${(error instanceof Error ? error.message : String(error)).slice(0, 160)})`));
      if (unusable(file.name, result)) onleesbaar.push(file.name);
      results.push(result);
      continue;
    }
    const problems: Problem[] = [];
    csvSheets.push(readCsvSheet(file.name, opened.opened.text, problems));
    csvProblems.push(...problems);
  }
  if (csvSheets.length) {
    const assembled = assembleSheets(csvSheets);
    const result = { ...assembled, problems: [...csvProblems, ...assembled.problems] };
    for (const sheet of csvSheets) {
      const linesOnly = result.problems.some((p) => p.bestand === sheet.bestand && p.plaats !== 'bestand' && p.plaats !== 'kopregel');
      if (unusable(sheet.bestand, result) && !linesOnly) onleesbaar.push(sheet.bestand);
    }
    results.unshift(result);
  }
  return { ...concatResults(results), onleesbaar };
}
