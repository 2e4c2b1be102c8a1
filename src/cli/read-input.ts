/**
 * The command line's one way to read an input file: the file system part (missing, a folder, too
 * large — checked on the size before reading), then src/import/open.ts for the bytes. Every
 * refusal is a CliError (exit 2) whose Dutch message names the file, so every command stops the
 * same way before it writes anything.
 */
import { readFileSync, statSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { fileSizeRefusal, MAX_FILE_BYTES } from '../import/limits';
import { openInput, type InputKind, type Opened } from '../import/open';
import { CliError } from './command';

export interface InputOptions {
  /** Byte limit for this input (MAX_FILE_BYTES unless said otherwise). */
  maxBytes?: number;
}

/** The name as the user should see it in messages: relative to where they ran `zk`. */
export const shownName = (file: string, cwd: string): string => relative(cwd, resolve(cwd, file)) || file;

/** Why a file-system error stops reading, in Dutch. */
export function fsReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return 'het bestand bestaat niet';
  if (code === 'EACCES' || code === 'EPERM') return 'geen toestemming om het bestand te lezen';
  if (code === 'EISDIR') return 'dit is een map, geen bestand';
  return `het bestand is niet leesbaar (${code ?? (error instanceof Error ? error.message : String(error))})`;
}

/** The bytes of one input file, or a CliError naming it (`what` is e.g. "scorebestand"). */
export function readInputBytes(file: string, cwd: string, what: string, options: InputOptions = {}): { bestand: string; bytes: Uint8Array } {
  const full = resolve(cwd, file);
  const bestand = shownName(file, cwd);
  const fail = (reason: string): never => {
    throw new CliError(`kan ${what} '${bestand}' niet lezen: ${reason}`);
  };
  let size = 0;
  try {
    const info = statSync(full);
    if (info.isDirectory()) fail('dit is een map, geen bestand');
    size = info.size;
  } catch (error) {
    if (error instanceof CliError) throw error;
    fail(fsReason(error));
  }
  // Refused on its size before it is read into memory; open.ts checks the bytes again.
  const tooLarge = fileSizeRefusal(size, options.maxBytes ?? MAX_FILE_BYTES);
  if (tooLarge) fail(tooLarge);
  try {
    return { bestand, bytes: new Uint8Array(readFileSync(full)) };
  } catch (error) {
    return fail(fsReason(error));
  }
}

/** One input file read and opened as one of `accept`, or a CliError naming it. */
export function readInput(file: string, cwd: string, what: string, accept: readonly InputKind[], options: InputOptions = {}): { bestand: string; opened: Opened } {
  const { bestand, bytes } = readInputBytes(file, cwd, what, options);
  const opened = openInput(bestand, bytes, accept, options);
  if (!opened.ok) throw new CliError(`kan ${what} '${bestand}' niet lezen: ${opened.melding}`);
  return { bestand, opened: opened.opened };
}

/** A JSON input (policy, overrides, --bij): parsed, with a Dutch message naming the file on any failure. */
export function readJsonInput(file: string, cwd: string, what: string): { bestand: string; json: unknown; text: string } {
  const { bestand, opened } = readInput(file, cwd, what, ['json']);
  if (opened.kind !== 'json') throw new CliError(`kan ${what} '${bestand}' niet lezen: verwacht JSON`);
  try {
    return { bestand, json: JSON.parse(opened.text), text: opened.text };
  } catch (error) {
    const detail = error instanceof RangeError ? 'te diep genest of te groot' : error instanceof Error ? error.message : String(error);
    throw new CliError(`kan ${what} '${bestand}' niet lezen: geen geldige JSON (${detail.slice(0, 120)})`);
  }
}
