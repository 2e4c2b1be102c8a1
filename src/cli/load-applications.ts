import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import type { Problem } from '../rules/outcome';
import { importFiles } from '../import';
import { fileSizeRefusal } from '../import/limits';
import { fileProblem, type ImportResult } from '../import/result';
import { fsReason } from './read-input';

/** Extensions `loadApplications` takes from a folder. */
const IMPORT_EXTENSIONS = /\.(json|csv|txt|xlsx|xlsm|docx)$/i;

async function filesOf(full: string): Promise<string[]> {
  const info = await stat(full);
  if (!info.isDirectory()) return [full];
  return (await readdir(full))
    .filter((name) => IMPORT_EXTENSIONS.test(name) && !name.startsWith('~$'))
    .sort()
    .map((name) => join(full, name));
}

/**
 * Every format (JSON, CSV, XLSX, DOCX; folders of them) → applications and problems, through
 * src/import (open.ts opens every file the same way). A file that cannot be read — missing, too
 * large, empty, of the wrong kind, or giving nothing usable — and an empty folder are problems
 * listed in `unreadable`, never a crash; the other files are still read. `records[i]` tells where `applications[i]` came from.
 */
export async function loadApplications(paths: readonly string[], cwd = process.cwd()): Promise<ImportResult & { unreadable: string[] }> {
  const files: { name: string; bytes: Uint8Array }[] = [];
  const problems: Problem[] = [];
  const unreadable: string[] = [];
  for (const given of paths) {
    const full = resolve(cwd, given);
    let found: string[];
    try {
      found = await filesOf(full);
    } catch (error) {
      unreadable.push(given);
      problems.push(fileProblem(given, fsReason(error)));
      continue;
    }
    if (!found.length) {
      // An empty folder (or one with only other files) must not pass as "0 applications, all fine".
      unreadable.push(given);
      problems.push(fileProblem(given, 'de map bevat geen bestanden om in te lezen (.json, .csv, .txt, .xlsx, .xlsm, .docx)'));
      continue;
    }
    for (const file of found) {
      const bestand = file === full ? basename(given) : join(given, basename(file));
      try {
        // Refuse before reading a huge file into memory; the importer repeats the check on the bytes.
        const tooLarge = fileSizeRefusal((await stat(file)).size);
        if (tooLarge) {
          unreadable.push(bestand);
          problems.push(fileProblem(bestand, tooLarge));
          continue;
        }
        files.push({ name: bestand, bytes: new Uint8Array(await readFile(file)) });
      } catch (error) {
        unreadable.push(bestand);
        problems.push(fileProblem(bestand, fsReason(error)));
      }
    }
  }
  const { onleesbaar, ...result } = await importFiles(files);
  return { ...result, problems: [...problems, ...result.problems], unreadable: [...unreadable, ...onleesbaar] };
}
