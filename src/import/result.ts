/** What every importer returns. */
import type { Application } from '../rules/application';
import type { Problem } from '../rules/outcome';

export type { Problem };

/** Where an application came from, whether it is complete, and the values as they were in the file. */
export interface ImportRecord {
  id: string;
  bestand: string;
  /** Row, sheet row or "formulier". */
  plaats: string;
  /** True when any problem of kind `fout` belongs to this application. */
  onvolledig: boolean;
  /** The raw values as read (header or label → value), kept next to the parsed application. */
  raw: Record<string, unknown>;
}

export interface ImportResult {
  applications: Application[];
  /** One per application, same order. */
  records: ImportRecord[];
  problems: Problem[];
}

/**
 * A record whose `raw` is built when first read: a 10,000-row import keeps every cell's value,
 * and filling a hundred-key record per row cost about a seventh of the import while most runs
 * never look at it. `raw` is an own, enumerable accessor, so JSON output, spreads and `toEqual`
 * see it like a plain field; once built, the same object is kept (and can be added to).
 *
 * The state is a private field: no property JSON, spreads or equality see, and a plain store when
 * the record is made. The accessor is one shared pair, so every record has the same shape (V8
 * map). A state under a non-enumerable symbol needed a second `defineProperty` per record, and
 * with the spread of a literal before it that cost about ten times as much: 4 µs a record, 40 ms
 * of a 10,000-row import.
 */
class LazyRawRecord implements ImportRecord {
  id: string;
  bestand: string;
  plaats: string;
  onvolledig: boolean;
  declare raw: Record<string, unknown>;
  #raw: Record<string, unknown> | (() => Record<string, unknown>);

  constructor(record: Omit<ImportRecord, 'raw'>, build: () => Record<string, unknown>) {
    this.id = record.id;
    this.bestand = record.bestand;
    this.plaats = record.plaats;
    this.onvolledig = record.onvolledig;
    this.#raw = build;
    Object.defineProperty(this, 'raw', LazyRawRecord.accessor);
  }

  /** Defined in the class body, so the getter and setter may read and write `#raw`. */
  static readonly accessor: PropertyDescriptor = {
    get(this: LazyRawRecord): Record<string, unknown> {
      const state = this.#raw;
      return typeof state === 'function' ? (this.#raw = state()) : state;
    },
    set(this: LazyRawRecord, value: Record<string, unknown>) {
      this.#raw = value;
    },
    enumerable: true,
    configurable: true,
  };
}

/** A record with the fields of `record` (in that order) and a `raw` that `build` makes when first read. */
export function withLazyRaw(record: Omit<ImportRecord, 'raw'>, build: () => Record<string, unknown>): ImportRecord {
  return new LazyRawRecord(record, build);
}

export const emptyResult = (): ImportResult => ({ applications: [], records: [], problems: [] });

/** A file refused whole: no applications, one problem that says why. */
export const refused = (bestand: string, melding: string): ImportResult => ({ ...emptyResult(), problems: [fileProblem(bestand, melding)] });

export function fileProblem(bestand: string, melding: string, ernst: Problem['ernst'] = 'fout', plaats = 'bestand', veld = ''): Problem {
  return { bestand, plaats, veld, melding, ernst };
}

/** "Aanvragen!F7 (kvkNummer): '1234567' heeft 7 cijfers, verwacht 8" */
export function formatProblem(problem: Problem): string {
  const veld = problem.veld ? ` (${problem.veld})` : '';
  return `${problem.plaats}${veld}: ${problem.melding}`;
}

export function concatResults(results: readonly ImportResult[]): ImportResult {
  return {
    applications: results.flatMap((r) => r.applications),
    records: results.flatMap((r) => r.records),
    problems: results.flatMap((r) => r.problems),
  };
}

/** The file name without folders and extension, for ids of records that have none. */
export function fileStem(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? name;
  return base.replace(/\.[^.]+$/, '') || 'aanvraag';
}

/**
 * An object for keys that come from a file (column headers, JSON keys, labels): without a
 * prototype, so `__proto__`, `constructor` or `prototype` are kept as data, never merged into one.
 */
export function dataRecord<T>(entries?: Iterable<readonly [string, T]>): Record<string, T> {
  const record = Object.create(null) as Record<string, T>;
  if (entries) for (const [key, value] of entries) record[key] = value;
  return record;
}

/**
 * zod rebuilds a record and leaves out a `__proto__` key; the `extra` of an application is put
 * back from the checked input so every key stays.
 */
export function withExtra<T extends { extra?: Record<string, string> }>(parsed: T, extra: unknown): T {
  if (typeof extra !== 'object' || extra === null) return parsed;
  const keys = Object.keys(extra);
  if (!keys.length) return parsed;
  return { ...parsed, extra: dataRecord(keys.map((k) => [k, String((extra as Record<string, unknown>)[k])] as const)) };
}
