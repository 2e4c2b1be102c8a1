/**
 * A fast path for zod's `safeParse` on values that are almost always valid: the importer's safety
 * net runs the application schema on every row, and zod builds a result and an issue list for each
 * of the hundred-odd fields of a row (about a quarter of a 10,000-row CSV import). `compileCopy`
 * walks a schema once and returns a function that checks the same constraints and returns the same
 * output as a successful `safeParse` (known keys only, in the schema's key order; arrays and
 * records copied), or `INVALID`; the caller then runs zod itself for its messages. So the fast path
 * decides only "valid, and this is zod's output"; every message still comes from zod.
 *
 * Only the schema features the import schemas use are known. Any other node type or check throws
 * when the copier is built, so a schema change cannot slip past the fast path unchecked: the module
 * that builds it fails to load, and every import test with it.
 */
import type { z } from 'zod';
import type { Shape } from './row-builder';

export const INVALID: unique symbol = Symbol('ongeldig');
type Copy = (value: unknown) => unknown;

interface Def {
  type: string;
  checks?: { _zod: { def: CheckDef } }[];
  shape?: Record<string, { _zod: { def: Def } }>;
  innerType?: { _zod: { def: Def } };
  element?: { _zod: { def: Def } };
  keyType?: { _zod: { def: Def } };
  valueType?: { _zod: { def: Def } };
  entries?: Record<string, string | number>;
  catchall?: unknown;
}

interface CheckDef {
  check: string;
  format?: string;
  pattern?: RegExp;
  minimum?: number;
  maximum?: number;
  value?: number;
  inclusive?: boolean;
}

const unsupported = (what: string): never => {
  throw new Error(`schema-copy: ${what} wordt niet ondersteund; breid compileCopy uit of laat zod het doen`);
};

function stringCheck(check: CheckDef): (s: string) => boolean {
  if (check.check === 'min_length') return (s) => s.length >= check.minimum!;
  if (check.check === 'max_length') return (s) => s.length <= check.maximum!;
  if (check.check === 'string_format' && check.format === 'regex' && check.pattern) {
    const pattern = check.pattern;
    // A global or sticky regex keeps lastIndex between calls; zod resets it, so do we.
    return (s) => {
      pattern.lastIndex = 0;
      return pattern.test(s);
    };
  }
  return unsupported(`tekstcontrole ${check.check}/${check.format ?? ''}`);
}

function numberCheck(check: CheckDef): (n: number) => boolean {
  if (check.check === 'number_format' && check.format === 'safeint') return (n) => Number.isSafeInteger(n);
  if (check.check === 'greater_than') return check.inclusive ? (n) => n >= check.value! : (n) => n > check.value!;
  if (check.check === 'less_than') return check.inclusive ? (n) => n <= check.value! : (n) => n < check.value!;
  return unsupported(`getalcontrole ${check.check}/${check.format ?? ''}`);
}

/**
 * Every test holds for the value. A loop, not `tests.every((t) => t(v))`: that arrow captures the
 * value, so each of a large import's million checks allocated a closure (the import's largest garbage).
 */
function passes<T>(tests: readonly ((value: T) => boolean)[], value: T): boolean {
  for (let i = 0; i < tests.length; i++) if (!tests[i](value)) return false;
  return true;
}

function compileDef(def: Def): Copy {
  const checks = (def.checks ?? []).map((c) => c._zod.def);
  if (def.type !== 'string' && def.type !== 'number' && def.type !== 'array' && checks.length) unsupported(`controles op ${def.type}`);
  switch (def.type) {
    case 'string': {
      const tests = checks.map(stringCheck);
      if (!tests.length) return (v) => (typeof v === 'string' ? v : INVALID);
      return (v) => (typeof v === 'string' && passes(tests, v) ? v : INVALID);
    }
    case 'number': {
      // zod 4 refuses NaN and ±Infinity for every z.number().
      const tests = checks.map(numberCheck);
      return (v) => (typeof v === 'number' && Number.isFinite(v) && passes(tests, v) ? v : INVALID);
    }
    case 'boolean':
      return (v) => (typeof v === 'boolean' ? v : INVALID);
    case 'enum': {
      const values = new Set(Object.values(def.entries ?? {}));
      return (v) => ((typeof v === 'string' || typeof v === 'number') && values.has(v) ? v : INVALID);
    }
    case 'optional': {
      const inner = compileDef(def.innerType!._zod.def);
      return (v) => (v === undefined ? undefined : inner(v));
    }
    case 'array': {
      if (checks.length) unsupported('controles op een lijst');
      const element = compileDef(def.element!._zod.def);
      return (v) => {
        if (!Array.isArray(v)) return INVALID;
        const out = new Array<unknown>(v.length);
        for (let i = 0; i < v.length; i++) {
          const item = element(v[i]);
          if (item === INVALID) return INVALID;
          out[i] = item;
        }
        return out;
      };
    }
    case 'record': {
      if (def.keyType!._zod.def.type !== 'string' || (def.keyType!._zod.def.checks ?? []).length) unsupported('een record met andere sleutels dan tekst');
      const value = compileDef(def.valueType!._zod.def);
      return (v) => {
        if (typeof v !== 'object' || v === null || Array.isArray(v)) return INVALID;
        const out: Record<string, unknown> = {};
        for (const key of Object.keys(v)) {
          const item = value((v as Record<string, unknown>)[key]);
          if (item === INVALID) return INVALID;
          out[key] = item;
        }
        return out;
      };
    }
    case 'object': {
      if (def.catchall !== undefined) unsupported('een object met catchall');
      const fields = Object.entries(def.shape!).map(([key, schema]) => {
        const fieldDef = schema._zod.def;
        return { key, copy: compileDef(fieldDef), optional: fieldDef.type === 'optional' };
      });
      return (v) => {
        if (typeof v !== 'object' || v === null || Array.isArray(v)) return INVALID;
        const input = v as Record<string, unknown>;
        const out: Record<string, unknown> = {};
        for (const { key, copy, optional } of fields) {
          if (!(key in input)) {
            if (optional) continue;
            return INVALID;
          }
          const item = copy(input[key]);
          if (item === INVALID) return INVALID;
          out[key] = item;
        }
        return out;
      };
    }
    default:
      return unsupported(`schematype ${def.type}`);
  }
}

/** A checker-and-copier for `schema` (see above): zod's successful output, or INVALID. */
export function compileCopy<T extends z.ZodType>(schema: T): (value: unknown) => z.infer<T> | typeof INVALID {
  return compileDef((schema as unknown as { _zod: { def: Def } })._zod.def) as (value: unknown) => z.infer<T> | typeof INVALID;
}

type Check = (value: unknown) => boolean;

/**
 * The in-place twin of compileDef: true when the copy of `value` would be `value` itself — valid,
 * plain objects (prototype Object.prototype) with only the schema's keys, in the schema's order,
 * and no record with another prototype. Objects are walked with for…in, so they must be built by
 * plain assignment (no non-enumerable or inherited fields), as the importer builds them. False
 * says nothing more: the caller then copies (and, if that fails, asks zod).
 */
function checkDef(def: Def): Check {
  switch (def.type) {
    case 'string':
    case 'number':
    case 'boolean':
    case 'enum': {
      const copy = compileDef(def);
      return (v) => copy(v) !== INVALID;
    }
    case 'optional': {
      const inner = checkDef(def.innerType!._zod.def);
      return (v) => v === undefined || inner(v);
    }
    case 'array': {
      const element = checkDef(def.element!._zod.def);
      return (v) => {
        if (!Array.isArray(v)) return false;
        for (let i = 0; i < v.length; i++) if (!(i in v) || !element(v[i])) return false;
        return true;
      };
    }
    case 'record': {
      compileDef(def);
      const value = checkDef(def.valueType!._zod.def);
      return (v) => {
        if (typeof v !== 'object' || v === null || Array.isArray(v) || Object.getPrototypeOf(v) !== Object.prototype) return false;
        for (const key in v) if (!value((v as Record<string, unknown>)[key])) return false;
        return true;
      };
    }
    case 'object': {
      compileDef(def);
      const fields = Object.entries(def.shape!).map(([key, schema]) => {
        const fieldDef = schema._zod.def;
        return { key, check: checkDef(fieldDef), optional: fieldDef.type === 'optional' };
      });
      return (v) => {
        if (typeof v !== 'object' || v === null || Array.isArray(v) || Object.getPrototypeOf(v) !== Object.prototype) return false;
        const input = v as Record<string, unknown>;
        // The keys in insertion order walk the schema's fields once; a field skipped must be optional.
        let next = 0;
        for (const key in input) {
          while (next < fields.length && fields[next].key !== key) {
            if (!fields[next].optional) return false;
            next++;
          }
          if (next === fields.length || !fields[next].check(input[key])) return false;
          next++;
        }
        for (; next < fields.length; next++) if (!fields[next].optional) return false;
        return true;
      };
    }
    default:
      return unsupported(`schematype ${def.type}`);
  }
}

/** True when `value` is already what the copier of compileCopy(schema) would return (see checkDef). */
export function compileCheck<T extends z.ZodType>(schema: T): (value: unknown) => value is z.infer<T> {
  return checkDef((schema as unknown as { _zod: { def: Def } })._zod.def) as (value: unknown) => value is z.infer<T>;
}

/** The def inside optional wrappers. */
function unwrapped(def: Def): Def {
  while (def.type === 'optional') def = def.innerType!._zod.def;
  return def;
}

/**
 * The values of an object of a known shape checked the way compileCheck's checker checks them.
 * For an object a builder makes from slots by a fixed shape (row-builder.ts), the checker's answer
 * is its answer on the structure (which keys, in which order, plain objects, arrays without holes,
 * all fixed by the shape) and on each value in a slot (the field's own check). Once the structure
 * passed for one object of the shape, the rest need only the values: this returns that test, or
 * undefined when the shape names a key the schema does not have (then the whole checker decides).
 */
export function compileSlotCheck<T extends z.ZodType>(schema: T, shape: Shape): ((slots: readonly unknown[]) => boolean) | undefined {
  const slots: number[] = [];
  const fields: Def[] = [];
  /** Collects the slots of `node` with their fields' checks; false where the schema has no such key or kind. */
  const walk = (node: Shape, objectDef: Def): boolean => {
    if (objectDef.type !== 'object') return false;
    for (const [key, entry] of node) {
      if (!Object.prototype.hasOwnProperty.call(objectDef.shape!, key)) return false;
      const field = objectDef.shape![key]._zod.def;
      if ('slot' in entry) {
        slots.push(entry.slot);
        fields.push(field);
      } else if ('object' in entry) {
        if (!walk(entry.object, unwrapped(field))) return false;
      } else {
        const list = unwrapped(field);
        if (list.type !== 'array') return false;
        for (const item of entry.list) if (!walk(item, unwrapped(list.element!._zod.def))) return false;
      }
    }
    return true;
  };
  if (!walk(shape, (schema as unknown as { _zod: { def: Def } })._zod.def)) return undefined;
  const kinds = Uint8Array.from(fields, plainKind);
  const optional = Uint8Array.from(fields, (field) => (field.type === 'optional' ? 1 : 0));
  // Only the other kinds go through a compiled check; the plain ones are tested in the loop.
  const checks = fields.map((field, i): Check | undefined => (kinds[i] === OTHER ? checkDef(field) : undefined));
  const choices = fields.map((field, i) => (kinds[i] === PLAIN_ENUM ? new Set(Object.values(unwrapped(field).entries ?? {})) : undefined));
  // A string's or number's own tests (a minimum length, a date pattern, an integer), called from the loop.
  const checksOf = (field: Def) => (unwrapped(field).checks ?? []).map((c) => c._zod.def);
  const stringTests = fields.map((field, i) => (kinds[i] === PLAIN_STRING ? checksOf(field).map(stringCheck) : []));
  const numberTests = fields.map((field, i) => (kinds[i] === PLAIN_NUMBER ? checksOf(field).map(numberCheck) : []));
  // The plain kinds are tested in the loop itself: a call through `checks[i]` is a call of one of
  // many closures (megamorphic), and each of those calls the copier's closure in turn — two
  // indirect calls for each of the 60-odd values of every row, most of which only ask typeof.
  return (values) => {
    for (let i = 0; i < slots.length; i++) {
      const v = values[slots[i]];
      if (v === undefined && optional[i] === 1) continue;
      switch (kinds[i]) {
        case PLAIN_STRING:
          if (typeof v !== 'string' || !passes(stringTests[i], v)) return false;
          break;
        case PLAIN_NUMBER:
          // zod 4 refuses NaN and ±Infinity for every z.number(), as compileDef does.
          if (typeof v !== 'number' || !Number.isFinite(v) || !passes(numberTests[i], v)) return false;
          break;
        case PLAIN_BOOLEAN:
          if (typeof v !== 'boolean') return false;
          break;
        case PLAIN_ENUM:
          if ((typeof v !== 'string' && typeof v !== 'number') || !choices[i]!.has(v)) return false;
          break;
        default:
          if (!checks[i]!(v)) return false;
      }
    }
    return true;
  };
}

const OTHER = 0;
const PLAIN_STRING = 1;
const PLAIN_NUMBER = 2;
const PLAIN_BOOLEAN = 3;
const PLAIN_ENUM = 4;

/** A field (under any optional) that is a string or number with its own tests, a boolean or a choice: which; OTHER for the rest. */
function plainKind(field: Def): number {
  const def = unwrapped(field);
  if (def.type === 'string') return PLAIN_STRING;
  if (def.type === 'number') return PLAIN_NUMBER;
  if (def.checks?.length) return OTHER;
  if (def.type === 'boolean') return PLAIN_BOOLEAN;
  if (def.type === 'enum') return PLAIN_ENUM;
  return OTHER;
}

/**
 * The position of each key of `path` among its object's fields in `schema` (optional wrappers and
 * arrays looked through), e.g. [22, 2] for begroting.kosten; undefined for a path outside it.
 * Lets a builder insert keys in the order the copier writes them.
 */
export function fieldOrder(schema: z.ZodType, path: readonly string[]): number[] | undefined {
  let def = (schema as unknown as { _zod: { def: Def } })._zod.def;
  const order: number[] = [];
  for (const key of path) {
    while (def.type === 'optional' || def.type === 'array') def = (def.type === 'optional' ? def.innerType! : def.element!)._zod.def;
    if (def.type !== 'object') return undefined;
    const keys = Object.keys(def.shape!);
    const at = keys.indexOf(key);
    if (at < 0) return undefined;
    order.push(at);
    def = def.shape![key]._zod.def;
  }
  return order;
}
