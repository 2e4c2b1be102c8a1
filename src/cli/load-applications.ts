import { readdirSync, readFileSync, statSync } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { applicationSchema, type Application } from '../rules/application';
import type { Problem } from '../rules/outcome';
import { DUTCH_PARSE, dutchIssueMessage, formatPath } from '../rules/issues';
import { CliError } from './command';
import { importFiles } from '../import';
import { fileSizeRefusal } from '../import/limits';
import { fileProblem, type ImportResult } from '../import/result';

export interface LoadedApplications {
  applications: Array<{ application: Application; bestand: string }>;
  problems: Problem[];
}

const REMOVED = Symbol('removed');

function removeAt(target: unknown, path: ReadonlyArray<PropertyKey>): boolean {
  if (path.length === 0 || !target || typeof target !== 'object') return false;
  const [head, ...rest] = path;
  const container = target as Record<PropertyKey, unknown>;
  if (rest.length === 0) {
    if (!(head in container)) return false;
    // Array entries are marked and dropped after the pass, so other issues' indices stay right.
    if (Array.isArray(container)) container[head] = REMOVED;
    else delete container[head];
    return true;
  }
  return removeAt(container[head], rest);
}

function dropRemoved(value: unknown): unknown {
  if (Array.isArray(value)) return value.filter((v) => v !== REMOVED).map(dropRemoved);
  if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) (value as Record<string, unknown>)[key] = dropRemoved(inner);
  }
  return value;
}

/**
 * One record of canonical JSON → an Application. A wrong value is reported (field path, Dutch
 * message) and left out; the record itself is kept. A wrong array entry is dropped.
 */
export function applicationFromJson(value: unknown, bestand: string, plaats: string, fallbackId: string): { application?: Application; problems: Problem[] } {
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    return { problems: [{ bestand, plaats, veld: '(aanvraag)', melding: 'verwacht een aanvraag als JSON-object', ernst: 'fout' }] };
  }
  const record = structuredClone(value) as Record<string, unknown>;
  const problems: Problem[] = [];
  if (typeof record.id !== 'string' || record.id.trim() === '') {
    problems.push({ bestand, plaats, veld: 'id', melding: `aanvraag zonder id; '${fallbackId}' gebruikt`, ernst: 'waarschuwing' });
    record.id = fallbackId;
  }
  for (let attempt = 0; attempt < 50; attempt++) {
    const parsed = applicationSchema.safeParse(record, DUTCH_PARSE);
    if (parsed.success) return { application: parsed.data, problems };
    let removed = false;
    for (const issue of parsed.error.issues) {
      const veld = formatPath(issue.path);
      problems.push({ bestand, plaats, veld, melding: `${veld}: ${dutchIssueMessage(issue)}; waarde genegeerd`, ernst: 'fout' });
      removed = removeAt(record, issue.path) || removed;
    }
    if (!removed) break;
    dropRemoved(record);
  }
  return { problems: [...problems, { bestand, plaats, veld: '(aanvraag)', melding: 'aanvraag kon niet worden gelezen', ernst: 'fout' }] };
}

function jsonFiles(path: string): string[] {
  const stats = statSync(path);
  if (!stats.isDirectory()) return [path];
  return readdirSync(path)
    .filter((name) => name.toLowerCase().endsWith('.json'))
    .sort()
    .map((name) => join(path, name));
}

/**
 * Reads `*.json` files (one application or an array) and folders of them. An unreadable file
 * stops with a Dutch message naming it (exit 2); wrong values inside are problems, not stops.
 * The one place where files become applications: other formats plug in here.
 */
export function loadApplicationsFromJson(paths: string[], cwd: string): LoadedApplications {
  const result: LoadedApplications = { applications: [], problems: [] };
  for (const given of paths) {
    const full = resolve(cwd, given);
    let files: string[];
    try {
      files = jsonFiles(full);
    } catch {
      throw new CliError(`kan '${given}' niet lezen: bestand of map bestaat niet`);
    }
    for (const file of files) {
      const bestand = file === full ? given : join(given, basename(file));
      let json: unknown;
      try {
        json = JSON.parse(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''));
      } catch (error) {
        const why = error instanceof SyntaxError ? `geen geldige JSON (${error.message})` : 'bestand niet leesbaar';
        throw new CliError(`kan '${bestand}' niet lezen: ${why}`);
      }
      const records = Array.isArray(json) ? json : [json];
      records.forEach((record, i) => {
        const plaats = Array.isArray(json) ? `aanvraag ${i + 1}` : 'aanvraag';
        const fallbackId = Array.isArray(json) ? `${basename(file, '.json')}#${i + 1}` : basename(file, '.json');
        const { application, problems } = applicationFromJson(record, bestand, plaats, fallbackId);
        result.problems.push(...problems);
        if (application) result.applications.push({ application, bestand });
      });
    }
  }
  return result;
}

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
 * src/import. A file that cannot be read is a problem and is listed in `unreadable`, never a
 * crash; the other files are still read. `records[i]` tells where `applications[i]` came from.
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
      const code = (error as NodeJS.ErrnoException).code;
      problems.push(fileProblem(given, code === 'ENOENT' ? 'bestand niet gevonden' : `bestand niet leesbaar (${code ?? String(error)})`));
      continue;
    }
    for (const file of found) {
      const bestand = file === full ? basename(given) : join(given, basename(file));
      try {
        // Refuse before reading a huge file into memory; the importer repeats the check on the bytes.
        const tooLarge = fileSizeRefusal((await stat(file)).size);
        if (tooLarge) {
          problems.push(fileProblem(bestand, tooLarge));
          continue;
        }
        files.push({ name: bestand, bytes: new Uint8Array(await readFile(file)) });
      } catch (error) {
        unreadable.push(bestand);
        problems.push(fileProblem(bestand, `bestand niet leesbaar (${(error as NodeJS.ErrnoException).code ?? String(error)})`));
      }
    }
  }
  const result = await importFiles(files);
  return { ...result, problems: [...problems, ...result.problems], unreadable };
}
