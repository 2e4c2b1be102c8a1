/**
 * Builds an application's objects from the values read out of one row (from-row.ts). The plain
 * way sets one path at a time (`setPath`), which is what every row can take. A row's objects are
 * then built by keyed stores with ever-different keys, which V8 handles slowly: each object grows
 * its property store step by step, and the stores cannot be specialised. For a 10,000-row import
 * that was a large share of the time.
 *
 * So rows that share a shape (the same cells filled) share a builder: one function with an object
 * literal per object, made with `new Function` once the shape has come twice. The generated text
 * holds only the schema's own field names (JSON-quoted) and slot numbers, never a value from the
 * file: the values are passed in as data. Only under Node: the add-in's pages forbid eval in their
 * Content-Security-Policy, and even a probe there is reported as a violation. Any shape the
 * generator does not handle exactly as `setPath` would (a path below a value, `__proto__`) is built
 * the plain way. test/import/row-builder.test.ts holds the two ways to the same objects, in the
 * same key order.
 */
import type { ColumnGroup } from './columns';

/** One write of the second pass: a column's value into the application, or a group's list of lines. */
export type BuildStep =
  | { column: number; path: readonly string[] }
  | { group: ColumnGroup; lines: { column: number; path: readonly string[] }[][] };

export function setPath(target: Record<string, unknown>, path: readonly string[], value: unknown): void {
  // Most fields sit at the top level; this runs for every filled cell of a large import.
  if (path.length === 1) {
    target[path[0]] = value;
    return;
  }
  let node = target;
  for (let i = 0; i < path.length - 1; i++) {
    const key = path[i];
    if (typeof node[key] !== 'object' || node[key] === null) node[key] = {};
    node = node[key] as Record<string, unknown>;
  }
  node[path[path.length - 1]] = value;
}

/** The plain way: every filled slot set by its path, in the order of the steps. */
export function buildByPaths(steps: readonly BuildStep[], slots: readonly unknown[]): Record<string, unknown> {
  const app: Record<string, unknown> = {};
  for (const step of steps) {
    if ('column' in step) {
      const value = slots[step.column];
      if (value !== undefined) setPath(app, step.path, value);
      continue;
    }
    let items: Record<string, unknown>[] | undefined;
    for (const fields of step.lines) {
      let line: Record<string, unknown> | undefined;
      for (const { column, path } of fields) {
        const value = slots[column];
        if (value !== undefined) setPath((line ??= {}), path, value);
      }
      if (line) (items ??= []).push(line);
    }
    if (items) setPath(app, step.group.path, items);
  }
  // Built key by key, an application of more than a dozen fields is a dictionary to V8 (see the
  // top of this file); a copy is an ordinary object again, with the same keys in the same order.
  // For rows whose shape is not compiled that made reading and screening them markedly faster.
  return { ...app };
}

type Builder = (slots: readonly unknown[]) => Record<string, unknown>;

/** A compiled builder and the shape of every object it makes. */
interface Compiled {
  make: Builder;
  shape: Shape;
}

/** An object being planned: its keys in the order setPath would add them. */
export type Shape = ReadonlyMap<string, Entry>;
export type Entry = { slot: number } | { object: Shape } | { list: Shape[] };

/** Puts one value into the plan as setPath would; false where setPath would do something the literal can't say. */
function put(shape: Map<string, Entry>, path: readonly string[], entry: Entry): boolean {
  let node = shape;
  for (let i = 0; i < path.length; i++) {
    const key = path[i];
    if (key === '__proto__') return false;
    const existing = node.get(key);
    if (i === path.length - 1) {
      // A value replacing a value keeps its place, as an assignment does; anything else is rare.
      if (existing && !('slot' in existing && 'slot' in entry)) return false;
      node.set(key, entry);
      return true;
    }
    if (!existing) {
      const object = new Map<string, Entry>();
      node.set(key, { object });
      node = object;
    } else if ('object' in existing) node = existing.object as Map<string, Entry>;
    else return false;
  }
  return false;
}

/** The objects of one shape (which slots are filled), or undefined when it must be built the plain way. */
function shapeOf(steps: readonly BuildStep[], slots: readonly unknown[]): Shape | undefined {
  const root = new Map<string, Entry>();
  for (const step of steps) {
    if ('column' in step) {
      if (slots[step.column] !== undefined && !put(root, step.path, { slot: step.column })) return undefined;
      continue;
    }
    const lines: Shape[] = [];
    for (const fields of step.lines) {
      const line = new Map<string, Entry>();
      for (const { column, path } of fields) if (slots[column] !== undefined && !put(line, path, { slot: column })) return undefined;
      if (line.size) lines.push(line);
    }
    if (lines.length && !put(root, step.group.path, { list: lines })) return undefined;
  }
  return root;
}

function literal(shape: Shape): string {
  const fields: string[] = [];
  for (const [key, entry] of shape) {
    const value = 'slot' in entry ? `s[${entry.slot}]` : 'object' in entry ? literal(entry.object) : `[${entry.list.map(literal).join(',')}]`;
    fields.push(`${JSON.stringify(key)}:${value}`);
  }
  return `{${fields.join(',')}}`;
}

const canCompile = typeof process !== 'undefined' && typeof process.versions?.node === 'string';
let compiling = canCompile;

/** For tests: build every row the plain way (false) or allow compiled builders again (true, under Node). */
export function setCompiledBuilders(enabled: boolean): void {
  compiling = enabled && canCompile;
}

/** More shapes than this in one header row: the rest are built the plain way. */
const MAX_BUILDERS = 64;

/** Per header row: the builder of each shape seen twice, and the shapes seen once. */
export class RowBuilders {
  /** Per shape key: its compiled builder; null when seen once; false when it is always built the plain way. */
  private readonly builders = new Map<string, Compiled | null | false>();
  private compiled = 0;
  /** The column of every slot a step reads, for the shape's key. */
  private readonly columns: number[];
  /**
   * The shape of the object the last `build` made, when a compiled builder made it (else
   * undefined). Every object of one shape has the same keys in the same order, its values from
   * the same slots: a caller can check such an object's structure once and then only its values.
   */
  lastShape: Shape | undefined;

  constructor(private readonly steps: readonly BuildStep[]) {
    this.columns = steps.flatMap((step) => ('column' in step ? [step.column] : step.lines.flatMap((fields) => fields.map((f) => f.column))));
  }

  /** How many shapes have a compiled builder. */
  get compiledShapes(): number {
    return this.compiled;
  }

  build(slots: readonly unknown[]): Record<string, unknown> {
    this.lastShape = undefined;
    if (!compiling) return buildByPaths(this.steps, slots);
    const key = this.keyOf(slots);
    let known = this.builders.get(key);
    if (known === null && this.compiled < MAX_BUILDERS) {
      known = this.compile(slots);
      this.builders.set(key, known);
    }
    if (known) {
      this.lastShape = known.shape;
      return known.make(slots);
    }
    // The first row of a shape is built the plain way: a shape that never comes back costs no compile.
    if (known === undefined && this.builders.size < 4 * MAX_BUILDERS) this.builders.set(key, null);
    return buildByPaths(this.steps, slots);
  }

  private compile(slots: readonly unknown[]): Compiled | false {
    const shape = shapeOf(this.steps, slots);
    if (!shape) return false;
    this.compiled++;
    // Field names and slot numbers only (see the top of this file).
    return { make: new Function('s', `return ${literal(shape)};`) as Builder, shape };
  }

  /** Which slots are filled, as a short string: 31 slots per number. */
  private keyOf(slots: readonly unknown[]): string {
    let key = '';
    let word = 0;
    let bit = 0;
    for (let i = 0; i < this.columns.length; i++) {
      if (slots[this.columns[i]] !== undefined) word |= 1 << bit;
      if (++bit === 31) {
        key += `${word},`;
        word = 0;
        bit = 0;
      }
    }
    return key + word;
  }
}
