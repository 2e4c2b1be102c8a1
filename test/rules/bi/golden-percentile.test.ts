import golden from '../../golden/percentile.json';
import { isBiError } from '../../../src/rules/bi/messages';
import { percentileExc, percentileInc, sortAscending } from '../../../src/rules/bi/percentile';

/**
 * Expected values: LibreOffice Calc 7.4 (headless) computed PERCENTILE.INC / PERCENTILE.EXC for
 * each data set (scripts/golden-percentile.ts). An error cell there (#VALUE!, Excel: #NUM!) must be
 * an error here too. Tolerance 1e-9, relative above 1 (LibreOffice stores 15 significant digits).
 */
type GoldenSet = { naam: string; data: number[]; k: number[]; inc: Array<number | string>; exc: Array<number | string> };
const sets = golden.sets as GoldenSet[];

const close = (actual: number, expected: number) => Math.abs(actual - expected) <= 1e-9 * Math.max(1, Math.abs(expected));

describe.each([
  ['PERCENTILE.INC', 'inc', percentileInc],
  ['PERCENTILE.EXC', 'exc', percentileExc],
] as const)('%s agrees with LibreOffice Calc', (_label, key, fn) => {
  it.each(sets.map((s) => [s.naam, s.data.length, s] as const))('%s (n = %i)', (_naam, _n, set) => {
    const sorted = sortAscending(set.data);
    const mismatches: string[] = [];
    set.k.forEach((k, i) => {
      const expected = set[key][i];
      const actual = fn(sorted, k);
      const ok = typeof expected === 'string' ? isBiError(actual) && actual.code === 'NUM' : typeof actual === 'number' && close(actual, expected);
      if (!ok) mismatches.push(`k=${k}: verwacht ${expected}, kreeg ${JSON.stringify(actual)}`);
    });
    expect(mismatches).toEqual([]);
  });
});

it('the golden file covers n = 1, 2, 10, 11, 101 and the 9,800 sample values', () => {
  const sizes = sets.map((s) => s.data.length);
  expect(sizes).toEqual(expect.arrayContaining([1, 2, 10, 11, 101, 9800]));
});
