/**
 * Row → application: one row of a flat table (CSV, a worksheet, the add-in's import table,
 * `=ZK.ELIGIBLE(koppen, rij)`) or the cells of a Word form become an Application, its problems
 * and the raw values. Every value is read by its column's reader (kinds.ts); a wrong value gets a
 * Dutch message naming its cell and field and is kept in `raw`, never dropped silently.
 *
 * This runs for every cell of a 10,000-row import, so the work that depends only on the header
 * row (which field, which reader, which numbered line) is done once per header row (RowPlan),
 * and a cell's place is put into words only when there is a problem to report.
 */
import { applicationSchema, type Application } from '../rules/application';
import type { Problem } from '../rules/outcome';
import { placeText, rowPlace, columnLetter, type Place } from './cell-address';
import { COLUMN_GROUPS, type Column, type ColumnGroup } from './columns';
import { resolveHeader, type Target } from './headers';
import { KindProblem, readerOf, valueReaderOf, type ValueReader } from './kinds';
import { fold, isBlank, show } from './values';
import { zodProblems } from './zod-problems';
import { dataRecord, withExtra } from './result';
import { compileCheck, compileCopy, compileSlotCheck, fieldOrder, INVALID } from './schema-copy';
import { RowBuilders, setPath, type BuildStep, type Shape } from './row-builder';

export interface Cell {
  header: string;
  value: unknown;
  plaats: Place;
}

export interface FromCellsOptions {
  bestand: string;
  /** Id used when the record has none. */
  fallbackId: string;
  /** Report a generated id (tables should have an id column; a Word form has none). */
  warnMissingId: boolean;
  /** Where the record is, for record-level messages. */
  plaats: string;
}

export interface FromCellsResult {
  application: Application;
  problems: Problem[];
  /** The row's values by header (built on demand: see `withLazyRaw` in result.ts). */
  raw(): Record<string, unknown>;
}

/** Reads one line (participant, cost line) from cells with known columns; blank lines give undefined. */
export function lineFromCells(
  cells: readonly { column: Column; value: unknown; plaats: Place; veld: string }[],
  bestand: string,
): { line: Record<string, unknown> | undefined; problems: Problem[] } {
  const line: Record<string, unknown> = {};
  const problems: Problem[] = [];
  let filled = false;
  for (const cell of cells) {
    if (isBlank(cell.value)) continue;
    const read = readerOf(cell.column.kind)(cell.value);
    if (read.melding) problems.push({ bestand, plaats: placeText(cell.plaats), veld: cell.veld, melding: read.melding, ernst: 'fout' });
    if (read.value !== undefined) {
      setPath(line, cell.column.path, read.value);
      filled = true;
    }
  }
  return { line: filled ? line : undefined, problems };
}

/** What a header row means, worked out once and shared by every data row under it. */
interface ColumnPlan {
  header: string;
  /** Key under `extra` for a column that fills no field. */
  extraKey: string;
  target: Target | undefined;
  read: ValueReader | undefined;
  /** Index into RowPlan.lines for a numbered line (`deelnemer2_agb`), else -1. */
  line: number;
}

interface RowPlan {
  columns: ColumnPlan[];
  /** The numbered lines the headers name, in the order they are filled in: by group, then number. */
  lines: { group: ColumnGroup; index: number }[];
  /** The columns of numbered lines in reading order (by line, then column): the order of their messages. */
  lineReads: number[];
  /**
   * The writes in the application schema's field order (a later equal header after an earlier
   * one), so the keys of every object come out in the order zod's output has them and the safety
   * net can check the application in place instead of copying it (see checkSchema).
   */
  build: BuildStep[];
  /** Builds the application from a row's slots, compiled per shape where it can (row-builder.ts). */
  builders: RowBuilders;
  /** The slots of the row being read: one array per header row, emptied for every row. */
  slots: unknown[];
}

const plans = new WeakMap<readonly string[], RowPlan>();

/** Orders schema positions ([22, 2] before [22, 3] before [23]); a path outside the schema goes last. */
function compareOrder(a: number[] | undefined, b: number[] | undefined): number {
  if (!a || !b) return (a ? 0 : 1) - (b ? 0 : 1);
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i] - b[i];
  return a.length - b.length;
}

function buildSteps(columns: readonly ColumnPlan[], lines: RowPlan['lines']): BuildStep[] {
  const steps: { order: number[] | undefined; step: BuildStep }[] = [];
  columns.forEach((column, i) => {
    if (column.target && column.line < 0) steps.push({ order: fieldOrder(applicationSchema, column.target.column.path), step: { column: i, path: column.target.column.path } });
  });
  for (const group of COLUMN_GROUPS) {
    const numbered = lines.flatMap((line, n) => (line.group === group ? [n] : []));
    if (!numbered.length) continue;
    const lineSteps = numbered.map((n) => {
      const fields = columns.flatMap((column, i) => (column.line === n ? [{ column: i, path: column.target!.column.path }] : []));
      const item = applicationSchema.shape[group.path[0] as keyof typeof applicationSchema.shape];
      const order = (path: readonly string[]) => fieldOrder(item, [...group.path.slice(1), ...path])?.slice(group.path.length - 1);
      // Stable: equal fields keep their column order, so the later column still wins.
      return fields.map((f) => ({ f, o: order(f.path) })).sort((a, b) => compareOrder(a.o, b.o)).map(({ f }) => f);
    });
    steps.push({ order: fieldOrder(applicationSchema, group.path), step: { group, lines: lineSteps } });
  }
  // Stable as well; groups come after the plain columns, as they were written before.
  return steps.sort((a, b) => compareOrder(a.order, b.order)).map(({ step }) => step);
}

function planOf(headers: readonly string[]): RowPlan {
  const cached = plans.get(headers);
  if (cached) return cached;
  const targets = headers.map(resolveHeader);
  const lines: RowPlan['lines'] = [];
  for (const group of COLUMN_GROUPS) {
    const indexes = new Set<number>();
    for (const target of targets) if (target?.group?.group === group) indexes.add(target.group.index);
    for (const index of [...indexes].sort((a, b) => a - b)) lines.push({ group, index });
  }
  const columns = headers.map((header, i): ColumnPlan => {
    const target = targets[i];
    const line = target?.group ? lines.findIndex((l) => l.group === target.group!.group && l.index === target.group!.index) : -1;
    return { header, extraKey: header.trim(), target, read: target && valueReaderOf(target.column.kind), line };
  });
  const lineReads = lines.flatMap((_, n) => columns.flatMap((column, i) => (column.line === n ? [i] : [])));
  const build = buildSteps(columns, lines);
  const plan = { columns, lines, lineReads, build, builders: new RowBuilders(build), slots: Array.from({ length: headers.length }, () => undefined as unknown) };
  plans.set(headers, plan);
  return plan;
}

/** Builds an Application from cells of one Word form (or any list of cells). Never throws. */
export function applicationFromCells(cells: readonly Cell[], options: FromCellsOptions): FromCellsResult {
  return applicationFromRow(
    cells.map((c) => c.header),
    cells.map((c) => c.value),
    (i) => cells[i].plaats,
    options,
  );
}

/** Builds an Application from one row: headers, values and where each cell is. Never throws. */
function applicationFromRow(
  headers: readonly string[],
  values: readonly unknown[],
  placeOf: (i: number) => Place,
  options: Omit<FromCellsOptions, 'fallbackId'> & { fallbackId: string | (() => string) },
): FromCellsResult {
  const { bestand } = options;
  const plan = planOf(headers);
  let extra: Record<string, string> | undefined;
  const problems: Problem[] = [];
  // First pass, in column order (the order of the messages): every cell read into its slot. Each
  // slot is emptied on the way (a packed array, written in place: cheaper than a fill per row).
  const slots = plan.slots;
  let hasLines = false;

  for (let i = 0; i < headers.length; i++) {
    const value = values[i];
    slots[i] = undefined;
    if (value === undefined || value === null || value === '' || isBlank(value)) continue;
    const column = plan.columns[i];
    const target = column.target;
    if (!target) {
      (extra ??= dataRecord<string>())[column.extraKey] = show(value);
      continue;
    }
    if (column.line >= 0) {
      hasLines = true;
      continue;
    }
    slots[i] = readCell(column, value, i, bestand, placeOf, problems);
  }
  // The numbered lines are read after the other columns, line by line, as their messages always came.
  if (hasLines) {
    for (const i of plan.lineReads) {
      const value = values[i];
      if (value === undefined || value === null || value === '' || isBlank(value)) continue;
      slots[i] = readCell(plan.columns[i], value, i, bestand, placeOf, problems);
    }
  }

  // Second pass, in the schema's field order (see RowPlan.build).
  const app = plan.builders.build(slots);
  let shape = plan.builders.lastShape;

  if (typeof app.id !== 'string' || !app.id) {
    // A key the shape does not have, or another value than its slot's: the whole check decides.
    shape = undefined;
    const fallbackId = typeof options.fallbackId === 'string' ? options.fallbackId : options.fallbackId();
    app.id = fallbackId;
    if (options.warnMissingId) {
      problems.push({ bestand, plaats: options.plaats, veld: 'id', melding: `geen id ingevuld; de aanvraag krijgt id '${fallbackId}'`, ernst: 'waarschuwing' });
    }
  }
  return { application: checkSchema(app, extra, bestand, options.plaats, problems, shape, slots), problems, raw: () => rawValues(plan, values) };
}

/** One cell through its column's reader; a message goes to `problems`, the value (if any) is returned. */
function readCell(column: ColumnPlan, value: unknown, i: number, bestand: string, placeOf: (i: number) => Place, problems: Problem[]): unknown {
  const read = column.read!(value);
  if (!(read instanceof KindProblem)) return read;
  problems.push({ bestand, plaats: placeText(placeOf(i)), veld: column.target!.name, melding: read.melding, ernst: 'fout' });
  return read.value;
}

/** Every filled cell by its header, as read (also a blank-looking one); a later equal header wins. */
function rawValues(plan: RowPlan, values: readonly unknown[]): Record<string, unknown> {
  // No prototype: a column named __proto__ or constructor is data like any other.
  const raw = dataRecord<unknown>();
  for (let i = 0; i < plan.columns.length; i++) {
    const value = values[i];
    if (value !== undefined && value !== null && value !== '') raw[plan.columns[i].header] = value;
  }
  return raw;
}

/** zod's output for a valid application, without zod's per-field bookkeeping (schema-copy.ts). */
const copyApplication = compileCopy(applicationSchema);
const isApplicationAsIs = compileCheck(applicationSchema);
/**
 * Per shape whose structure passed the check once: the test of its values (see compileSlotCheck),
 * or null when the shape has none, so it is asked once per shape and not again for every row.
 */
const shapeChecks = new WeakMap<Shape, ((slots: readonly unknown[]) => boolean) | null>();

/** isApplicationAsIs(app), for an app of a compiled shape by the values in its slots alone once the shape has passed. */
function isAsIs(app: Record<string, unknown>, shape: Shape | undefined, slots: readonly unknown[]): app is Application {
  const known = shape && shapeChecks.get(shape);
  if (known) return known(slots);
  if (!isApplicationAsIs(app)) return false;
  if (shape && known === undefined) shapeChecks.set(shape, compileSlotCheck(applicationSchema, shape) ?? null);
  return true;
}
/** `extra` is the schema's last field, so adding it after the check keeps zod's key order. */
const EXTRA_LAST = Object.keys(applicationSchema.shape).at(-1) === 'extra';

/**
 * Safety net: every value above is typed by its reader, so this should never find anything. The
 * application is built in zod's key order, so mostly it is checked in place; otherwise it is copied
 * the way zod would output it, and only a failure runs zod itself for the messages.
 */
function checkSchema(
  app: Record<string, unknown>,
  extra: Record<string, string> | undefined,
  bestand: string,
  plaats: string,
  problems: Problem[],
  shape: Shape | undefined,
  slots: readonly unknown[],
): Application {
  if (EXTRA_LAST && isAsIs(app, shape, slots)) {
    // withExtra's copy of `extra` is this record again: text values in a record without prototype.
    if (extra) app.extra = extra;
    return app;
  }
  if (extra) app.extra = extra;
  const copied = copyApplication(app);
  if (copied !== INVALID) return withExtra(copied, app.extra);
  const parsed = applicationSchema.safeParse(app);
  if (parsed.success) return withExtra(parsed.data, app.extra);
  problems.push(...zodProblems(parsed.error.issues, bestand, () => plaats));
  return { id: String(app.id), extra: app.extra as Record<string, string> | undefined };
}

const namedHeaderLists = new WeakMap<readonly string[], string[]>();

/** Headers with a name for every column (`kolom C` where the header cell is empty), once per header row. */
function namedHeaders(headers: readonly string[], width: number): string[] {
  const cached = namedHeaderLists.get(headers);
  if (cached && cached.length >= width) return cached;
  const named = Array.from({ length: Math.max(width, headers.length) }, (_, i) => {
    const header = headers[i];
    return header === undefined || header === null || String(header).trim() === '' ? `kolom ${columnLetter(i + 1)}` : String(header);
  });
  namedHeaderLists.set(headers, named);
  return named;
}

let lastFile = { bestand: '', stem: '' };

/** The file name without folders and extension; every row of a file asks, so the last answer is kept. */
function stemOf(bestand: string): string {
  if (lastFile.bestand !== bestand) lastFile = { bestand, stem: bestand.split(/[\\/]/).pop()!.replace(/\.[^.]+$/, '') };
  return lastFile.stem;
}

/** One row of a flat table → an Application, its problems and the raw values. */
export function applicationFromRecord(
  headers: string[],
  values: unknown[],
  where: { bestand: string; rij: number | string; blad?: string; plaats?: string },
): FromCellsResult {
  const named = namedHeaders(headers, values.length);
  const row = { rij: where.rij, blad: where.blad };
  return applicationFromRow(named, named.length === values.length ? values : named.map((_, i) => values[i]), (column) => ({ row, column }), {
    bestand: where.bestand,
    fallbackId: () => `${stemOf(where.bestand) || 'aanvraag'}-${typeof where.rij === 'number' ? where.rij : fold(String(where.rij))}`,
    warnMissingId: true,
    // The caller may have put the row's place into words already (it needs the same text for its record).
    plaats: where.plaats ?? rowPlace(where),
  });
}
