import fc from 'fast-check';
import Papa from 'papaparse';
import { importCsvText } from '../../src/import/csv';
import { buildByPaths, RowBuilders, setCompiledBuilders, type BuildStep } from '../../src/import/row-builder';
import { applicationsToCsv } from '../../src/report/applications-csv';
import { makeScreenableApplications } from '../../bench/fixtures';

/** Every key of every object in order: toStrictEqual does not look at the order, a JSON file does. */
const keyOrder = (value: unknown): unknown =>
  Array.isArray(value) ? value.map(keyOrder) : value && typeof value === 'object' ? Object.entries(value).map(([k, v]) => [k, keyOrder(v)]) : value;

function importBothWays(text: string) {
  setCompiledBuilders(false);
  try {
    const plain = importCsvText('a.csv', text);
    setCompiledBuilders(true);
    const compiled = importCsvText('a.csv', text);
    return { plain, compiled };
  } finally {
    setCompiledBuilders(true);
  }
}

const [columns, ...samples] = Papa.parse<string[]>(applicationsToCsv(makeScreenableApplications(3)).trimEnd(), { delimiter: ';' }).data;
const csv = (rows: string[][]) => Papa.unparse(rows, { delimiter: ';' });

describe('rows built by a compiled builder are the rows built path by path', () => {
  it('holds for random blanks and wrong values, with shapes that repeat (so they are compiled)', () => {
    // A small pool of blank-masks: every shape comes back, so the second row of each is compiled.
    const mask = fc.array(fc.boolean(), { minLength: columns.length, maxLength: columns.length });
    const odd = fc.constantFrom('', ' ', 'nvt', 'abc', '12,5', '-3', '2021-02-30', 'ja', '=SOM(A1)', '0301234567', '3511 ab');
    fc.assert(
      fc.property(fc.array(mask, { minLength: 1, maxLength: 4 }), fc.array(fc.tuple(fc.nat(), fc.nat(), odd), { maxLength: 6 }), fc.integer({ min: 2, max: 12 }), (masks, edits, count) => {
        const rows = Array.from({ length: count }, (_, r) => {
          const values = [...samples[r % samples.length]];
          masks[r % masks.length].forEach((blank, i) => {
            if (blank && i > 0) values[i] = '';
          });
          for (const [row, column, value] of edits) if (row % count === r) values[column % columns.length] = value;
          return values;
        });
        const { plain, compiled } = importBothWays(csv([columns, ...rows]));
        expect(compiled.applications).toHaveLength(count);
        expect(compiled.applications).toStrictEqual(plain.applications);
        expect(keyOrder(compiled.applications)).toEqual(keyOrder(plain.applications));
        expect(compiled.problems).toStrictEqual(plain.problems);
      }),
      { numRuns: 60 },
    );
  });

  it('compiles: rows of one shape after the first come from the compiled builder', () => {
    const { plain, compiled } = importBothWays(csv([columns, samples[0], samples[0], samples[0]]));
    expect(keyOrder(compiled.applications)).toEqual(keyOrder(plain.applications));
    expect(compiled.applications.map((a) => a.id)).toEqual([samples[0][0], `${samples[0][0]}-2`, `${samples[0][0]}-3`]);
  });

  it('holds for equal headers (the later filled one wins, in the place of the first)', () => {
    const text = ['id;naamInitiatief;kvkNummer;initiatief;deelnemer1_plaats;deelnemer1_plaats', 'A-1;Een;12345678;Twee;Zeist;', 'A-2;Een;12345678;;;Utrecht', 'A-3;;12345678;Twee;Zeist;Utrecht', 'A-4;;12345678;Twee;Zeist;Utrecht'].join('\n');
    const { plain, compiled } = importBothWays(text);
    expect(keyOrder(compiled.applications)).toEqual(keyOrder(plain.applications));
    expect(compiled.applications[3]).toStrictEqual({ id: 'A-4', naamInitiatief: 'Twee', kvkNummer: '12345678', deelnemers: [{ plaats: 'Utrecht' }] });
  });
});

describe('RowBuilders', () => {
  const steps: BuildStep[] = [
    { column: 0, path: ['id'] },
    { column: 1, path: ['begroting', 'gevraagdBedrag'] },
    { column: 2, path: ['naam'] },
  ];

  it('builds the second row of a shape with a compiled literal, the same objects in the same order', () => {
    const builders = new RowBuilders(steps);
    const first = builders.build(['A-1', 5, undefined]);
    expect(builders.compiledShapes).toBe(0);
    const second = builders.build(['A-2', 7, undefined]);
    expect(builders.compiledShapes).toBe(1);
    expect(second).toStrictEqual({ id: 'A-2', begroting: { gevraagdBedrag: 7 } });
    expect(keyOrder(first)).toEqual(keyOrder(buildByPaths(steps, ['A-1', 5, undefined])));
    // Another shape is another builder.
    builders.build([undefined, 5, 'x']);
    expect(builders.build([undefined, 6, 'y'])).toStrictEqual({ begroting: { gevraagdBedrag: 6 }, naam: 'y' });
    expect(builders.compiledShapes).toBe(2);
  });

  it('takes values as data: text that looks like code stays text', () => {
    const builders = new RowBuilders(steps);
    const evil = '"}); throw new Error("x"); ({"';
    builders.build([evil, 1, evil]);
    expect(builders.build([evil, 1, evil])).toStrictEqual({ id: evil, begroting: { gevraagdBedrag: 1 }, naam: evil });
  });

  it('builds the plain way what a literal cannot say: a path below a value, __proto__', () => {
    const conflicting: BuildStep[] = [
      { column: 0, path: ['a'] },
      { column: 1, path: ['a', 'b'] },
      { column: 2, path: ['__proto__'] },
    ];
    for (const slots of [['tekst', 1, undefined], [{ c: 1 }, 2, undefined], [undefined, 3, { polluted: true }]]) {
      const builders = new RowBuilders(conflicting);
      builders.build(slots);
      const built = builders.build(slots);
      expect(built).toStrictEqual(buildByPaths(conflicting, slots));
      expect(keyOrder(built)).toEqual(keyOrder(buildByPaths(conflicting, slots)));
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('builds everything the plain way when compiling is off', () => {
    setCompiledBuilders(false);
    try {
      const builders = new RowBuilders(steps);
      builders.build(['A-1', 5, undefined]);
      builders.build(['A-2', 5, undefined]);
      expect(builders.compiledShapes).toBe(0);
    } finally {
      setCompiledBuilders(true);
    }
  });
});
