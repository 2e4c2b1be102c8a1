/**
 * The importer's fast path for the schema safety net must give exactly zod's answer: the same
 * output, in the same key order, for every value zod accepts, and INVALID for every value zod
 * refuses. zod itself is the oracle here.
 */
import fc from 'fast-check';
import { z } from 'zod';
import { applicationSchema } from '../../src/rules/application';
import { compileCheck, compileCopy, compileSlotCheck, INVALID } from '../../src/import/schema-copy';
import { RowBuilders, type BuildStep } from '../../src/import/row-builder';
import { application } from './arbitraries';

const copy = compileCopy(applicationSchema);
const check = compileCheck(applicationSchema);

/** Same verdict as zod, and on success the same JSON text (so also the same key order). */
function agreesWithZod(value: unknown): void {
  const parsed = applicationSchema.safeParse(value);
  const fast = copy(value);
  if (parsed.success) {
    expect(fast).not.toBe(INVALID);
    expect(JSON.stringify(fast)).toBe(JSON.stringify(parsed.data));
    expect(fast).toEqual(parsed.data);
  } else {
    expect(fast).toBe(INVALID);
  }
}

/** An application with its keys shuffled, an unknown key, and one value somewhere replaced. */
const mutated = fc
  .tuple(application, fc.nat(), fc.constantFrom<unknown>(undefined, null, '', 'x', -1, 1.5, NaN, Infinity, 2 ** 60, true, [], {}, ['geen'], '2021-13-45', '01-02-2021'))
  .map(([app, pick, replacement]) => {
    const value = JSON.parse(JSON.stringify(app)) as Record<string, unknown>;
    const paths: { parent: Record<string, unknown> | unknown[]; key: string | number }[] = [];
    const walk = (node: unknown) => {
      const children: [string | number, unknown][] = Array.isArray(node) ? node.map((child, i) => [i, child]) : node && typeof node === 'object' ? Object.entries(node) : [];
      for (const [key, child] of children) {
        paths.push({ parent: node as Record<string, unknown>, key });
        walk(child);
      }
    };
    walk(value);
    const target = paths[pick % paths.length];
    (target.parent as Record<string | number, unknown>)[target.key] = replacement;
    const shuffled = Object.fromEntries(Object.entries(value).reverse());
    return { ...shuffled, onbekendVeld: 'wordt weggelaten' };
  });

describe('schema-copy: the import safety net without zod’s per-field bookkeeping', () => {
  it('valid applications: zod’s output, key order included', () => {
    fc.assert(fc.property(application, (app) => agreesWithZod(app)), { numRuns: 300 });
  });

  it('applications with keys shuffled, an unknown key and one value replaced: the same verdict as zod', () => {
    fc.assert(fc.property(mutated, (value) => agreesWithZod(value)), { numRuns: 500 });
  });

  it('the in-place check says yes only when the copy would be the value itself, and to zod’s own output', () => {
    const holds = (value: unknown) => {
      if (!check(value)) return;
      const copied = copy(value);
      expect(copied).not.toBe(INVALID);
      expect(JSON.stringify(copied)).toBe(JSON.stringify(value));
    };
    fc.assert(fc.property(mutated, holds), { numRuns: 500 });
    fc.assert(
      fc.property(application, (app) => {
        holds(app);
        const parsed = applicationSchema.safeParse(app);
        // zod's output is plain objects in schema order: the importer's rows, built the same way, take the fast path.
        if (parsed.success) expect(check(JSON.parse(JSON.stringify(parsed.data)))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('hand-picked boundaries', () => {
    for (const value of [
      { id: '' },
      { id: 'A' },
      { id: 'A', omvangDoelgroep: -0 },
      { id: 'A', omvangDoelgroep: 1.5 },
      { id: 'A', startdatum: '2021-04-01' },
      { id: 'A', startdatum: '2021-4-1' },
      { id: 'A', samenwerkingsvorm: 'Coöperatie' },
      { id: 'A', samenwerkingsvorm: 'coöperatie' },
      { id: 'A', extra: { a: 'b' } },
      { id: 'A', extra: { a: 1 } },
      { id: 'A', deelnemers: [{}] },
      { id: 'A', deelnemers: {} },
      { id: 'A', naamInitiatief: undefined },
      null,
      [],
      'A',
    ]) {
      agreesWithZod(value);
    }
  });

  it('a schema feature it does not know stops it from being built, instead of passing values unchecked', () => {
    expect(() => compileCopy(z.object({ e: z.string().email() }))).toThrow(/wordt niet ondersteund/);
    expect(() => compileCopy(z.object({ d: z.date() }))).toThrow(/schematype date/);
    expect(() => compileCopy(z.object({ u: z.union([z.string(), z.number()]) }))).toThrow(/wordt niet ondersteund/);
  });
});

describe('compileSlotCheck: the values of an object of a known shape', () => {
  // A schema like the application's: a required id, optional fields, a nested object, a list of lines.
  const schema = z.object({
    id: z.string().min(1),
    naam: z.string().optional(),
    soort: z.enum(['Coöperatie', 'Stichting']).optional(),
    doelen: z.array(z.enum(['voorkomen', 'verplaatsen'])).optional(),
    begroting: z.object({ bedrag: z.number().nonnegative().optional(), ja: z.boolean().optional() }).optional(),
    regels: z.array(z.object({ agb: z.string().regex(/^\d{8}$/).optional(), aantal: z.number().int().optional() })).optional(),
    // A number without checks: the slot check tests it inline (finite, as zod asks).
    getal: z.number().optional(),
  });
  const group = { path: ['regels'] } as unknown as Extract<BuildStep, { group: unknown }>['group'];
  const steps: BuildStep[] = [
    { column: 0, path: ['id'] },
    { column: 1, path: ['naam'] },
    { column: 2, path: ['soort'] },
    { column: 3, path: ['doelen'] },
    { column: 4, path: ['begroting', 'bedrag'] },
    { column: 5, path: ['begroting', 'ja'] },
    { group, lines: [[{ column: 6, path: ['agb'] }, { column: 7, path: ['aantal'] }], [{ column: 8, path: ['agb'] }, { column: 9, path: ['aantal'] }]] },
    { column: 10, path: ['getal'] },
  ];
  const full = compileCheck(schema);
  const value = fc.constantFrom<unknown>(undefined, '', 'x', '12345678', '1234567', 'Stichting', 'Coöperatie', 'Anders', 0, -1, 1.5, 3, NaN, Infinity, -Infinity, true, false, null, [], ['voorkomen'], ['voorkomen', 'nee'], {}, { bedrag: 1 });
  const row = fc.array(value, { minLength: 11, maxLength: 11 });
  /** A row the whole check accepts: per column a valid value or a blank (the id always filled). */
  const VALID: unknown[][] = [['A', 'x'], ['x', ''], ['Stichting'], [['voorkomen'], []], [0, 3, 1.5], [true, false], ['12345678'], [3, 0], ['87654321'], [1], [0, -2.5, 7]];
  const validRow = fc.tuple(...VALID.map((pool, i) => fc.constantFrom(...(i === 0 ? pool : [undefined, ...pool]))));

  it('answers what the whole check answers, once one object of the shape passed it', () => {
    fc.assert(
      fc.property(validRow, row, (first, second) => {
        // The same cells filled in both rows: the same shape, so the second row is built by the compiled literal.
        const mask = first.map((v) => v !== undefined);
        const other = second.map((v, i) => (mask[i] ? (v === undefined ? 'x' : v) : undefined));
        const builders = new RowBuilders(steps);
        builders.build(first);
        const a = builders.build(first);
        expect(builders.lastShape).toBeDefined();
        expect(full(a)).toBe(true);
        const slotCheck = compileSlotCheck(schema, builders.lastShape!);
        expect(slotCheck).toBeDefined();
        const b = builders.build(other);
        expect(slotCheck!(other)).toBe(full(b));
      }),
      { numRuns: 3000 },
    );
  });

  it('refuses a valid row with one value replaced exactly when the whole check does', () => {
    // With every value random, nearly all rows fail on their first bad value, so a wrong test of
    // one kind would hide behind another's; here only one value differs from a valid row.
    fc.assert(
      fc.property(validRow, fc.nat(), value, (first, pick, replacement) => {
        const filled = first.flatMap((v, i) => (v === undefined ? [] : [i]));
        const at = filled[pick % filled.length];
        // A blank (undefined) too: the row then has another shape, and the required id must still be refused.
        const other = first.map((v, i) => (i === at ? replacement : v));
        const builders = new RowBuilders(steps);
        builders.build(first);
        const a = builders.build(first);
        expect(full(a)).toBe(true);
        const slotCheck = compileSlotCheck(schema, builders.lastShape!)!;
        const b = builders.build(other);
        expect(slotCheck(other)).toBe(full(b));
      }),
      { numRuns: 3000 },
    );
  });

  it('gives no test for a shape with a key the schema does not know', () => {
    const builders = new RowBuilders([{ column: 0, path: ['id'] }, { column: 1, path: ['onbekend'] }]);
    builders.build(['A', 1]);
    builders.build(['A', 1]);
    expect(compileSlotCheck(schema, builders.lastShape!)).toBeUndefined();
  });
});
