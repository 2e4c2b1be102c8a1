import * as formulajs from '@formulajs/formulajs';
import golden from '../../golden/percentile.json';
import { isBiError } from '../../../src/rules/bi/messages';
import { percentileInc, sortAscending } from '../../../src/rules/bi/percentile';

/**
 * The claims in docs/behandelindex.md about @formulajs/formulajs: it agrees with LibreOffice on
 * valid input, and differs from Excel on the edge cases listed there. Should a formulajs upgrade
 * change this, the docs table must change too.
 */
const fj = (formulajs as unknown as { PERCENTILE: Record<'INC' | 'EXC', (data: unknown, k: number) => unknown> }).PERCENTILE;
type GoldenSet = { naam: string; data: number[]; k: number[]; inc: Array<number | string>; exc: Array<number | string> };

it('formulajs agrees with LibreOffice wherever LibreOffice gives a number', () => {
  for (const set of golden.sets as GoldenSet[]) {
    set.k.forEach((k, i) => {
      for (const key of ['inc', 'exc'] as const) {
        const expected = set[key][i];
        if (typeof expected !== 'number') continue;
        const actual = fj[key.toUpperCase() as 'INC' | 'EXC'](set.data, k) as number;
        expect(Math.abs(actual - expected)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(expected)));
      }
    });
  }
});

describe('where formulajs differs from Excel (and from us)', () => {
  const isError = (v: unknown) => v instanceof Error;
  it('INC with k outside 0…1: NaN instead of #NUM!', () => {
    expect(fj.INC([1, 2, 3], 1.1)).toBeNaN();
    expect(isBiError(percentileInc(sortAscending([1, 2, 3]), 1.1))).toBe(true);
  });
  it('text in the range is #VALUE! instead of ignored', () => {
    expect(isError(fj.INC([1, 'n.v.t.', 3], 0.5))).toBe(true);
  });
  it('an empty cell (null) counts as 0: median of 1, (leeg), 3 is 1 instead of 2', () => {
    expect(fj.INC([1, null, 3], 0.5)).toBe(1);
  });
  it('TRUE counts as 1 and "2" as 2', () => {
    expect(fj.INC([1, true, 3], 0.5)).toBe(1);
    expect(fj.INC(['1', '2', '3'], 0.5)).toBe(2);
  });
  it('an empty range is #VALUE! instead of #NUM!', () => {
    expect((fj.INC([], 0.5) as Error).message).toBe('#VALUE!');
  });
});
