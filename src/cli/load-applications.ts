/**
 * Reads application files from disk (JSON, CSV, XLSX, DOCX) for `zk import`, `zk toets` and
 * other commands. File reading lives here; parsing is src/import (pure, also used in the browser).
 */
import { readFile, stat } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { importFiles } from '../import';
import { MAX_FILE_BYTES } from '../import/limits';
import { fileProblem, type ImportResult } from '../import/result';

/** Applications and problems of all files; a file that cannot be read is a problem, never a crash. */
export async function loadApplications(paths: readonly string[], cwd = process.cwd()): Promise<ImportResult & { unreadable: string[] }> {
  const files: { name: string; bytes: Uint8Array }[] = [];
  const problems = [];
  const unreadable: string[] = [];
  for (const path of paths) {
    const full = resolve(cwd, path);
    try {
      const info = await stat(full);
      if (!info.isFile()) throw Object.assign(new Error('geen bestand'), { code: 'EISDIR' });
      // Refuse before reading a huge file into memory; the importer repeats the check on the bytes.
      if (info.size > MAX_FILE_BYTES) {
        problems.push(fileProblem(basename(path), `het bestand is ${(info.size / 1024 / 1024).toFixed(1).replace('.', ',')} MB, groter dan de grens van 20 MB; er is niets ingelezen`));
        continue;
      }
      files.push({ name: basename(path), bytes: new Uint8Array(await readFile(full)) });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      unreadable.push(path);
      problems.push(fileProblem(path, code === 'ENOENT' ? 'bestand niet gevonden' : code === 'EISDIR' ? 'dit is een map, geen bestand' : `bestand niet leesbaar (${code ?? String(error)})`));
    }
  }
  const result = await importFiles(files);
  return { ...result, problems: [...problems, ...result.problems], unreadable };
}
