import fc from 'fast-check';
import { isBiError } from '../../../src/rules/bi/messages';
import {
  decileBoundaries,
  decileOf,
  percentile,
  percentileExc,
  percentileInc,
  percentileNearestRank,
  sortAscending,
} from '../../../src/rules/bi/percentile';

const sorted = (values: number[]) => sortAscending(values);
const num = (v: unknown) => {
  if (typeof v !== 'number') throw new Error(`verwacht een getal, kreeg ${JSON.stringify(v)}`);
  return v;
};

describe('PERCENTILE.INC by hand', () => {
  it('1, 2, 3, 4 at k = 0.6: h = 0.6·3 = 1.8 → 2 + 0.8·(3 − 2) = 2.8', () => {
    expect(num(percentileInc(sorted([4, 1, 3, 2]), 0.6))).toBeCloseTo(2.8, 12);
  });
  it('one value is every percentile', () => {
    expect(percentileInc(sorted([42]), 0)).toBe(42);
    expect(percentileInc(sorted([42]), 0.6)).toBe(42);
    expect(percentileInc(sorted([42]), 1)).toBe(42);
  });
  it('k outside 0…1 and an empty range are #NUM! with a Dutch message', () => {
    const outside = percentileInc(sorted([1, 2]), 1.5);
    expect(isBiError(outside) && outside.code).toBe('NUM');
    expect(isBiError(outside) && outside.melding).toBe('Percentiel k = 1,5 ligt niet tussen 0 en 1.');
    const empty = percentileInc(sorted([]), 0.5);
    expect(isBiError(empty) && empty.melding).toMatch(/geen getallen/);
  });
});

describe('PERCENTILE.EXC by hand', () => {
  it('1…9 at k = 0.6: h = 0.6·10 = 6 → the 6th value, 6', () => {
    expect(percentileExc(sorted([1, 2, 3, 4, 5, 6, 7, 8, 9]), 0.6)).toBe(6);
  });
  it('k below 1/(n+1) is #NUM!: n = 4, k = 0.1 < 0.2', () => {
    const result = percentileExc(sorted([1, 2, 3, 4]), 0.1);
    expect(isBiError(result) && result.code).toBe('NUM');
    expect(isBiError(result) && result.melding).toContain('1/(n+1) … n/(n+1) voor n = 4');
  });
  it('k exactly 1/(n+1) and n/(n+1) are allowed (rank 1 and n)', () => {
    expect(percentileExc(sorted([10, 20, 30]), 1 / 4)).toBe(10);
    expect(percentileExc(sorted([10, 20, 30]), 3 / 4)).toBe(30);
  });
});

describe('nearest rank by hand', () => {
  it('10 values: P60 is the 6th value, P65 the ⌈6.5⌉ = 7th, P0 the smallest', () => {
    const values = sorted([10, 20, 30, 40, 50, 60, 70, 80, 90, 100]);
    expect(percentileNearestRank(values, 0.6)).toBe(60);
    expect(percentileNearestRank(values, 0.65)).toBe(70);
    expect(percentileNearestRank(values, 0)).toBe(10);
    expect(percentileNearestRank(values, 1)).toBe(100);
  });
  it('0.07 · 100 = 7.000000000000001 in floating point is still rank 7', () => {
    const values = sorted(Array.from({ length: 100 }, (_, i) => i + 1));
    expect(percentileNearestRank(values, 0.07)).toBe(7);
  });
});

describe('decile of a value', () => {
  // Boundaries P10…P90 of 1…11 with INC: h = k·10, so P(10·d) = d + 1.
  const boundaries = decileBoundaries(sorted([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]), 'inc') as number[];
  it('1…11: P10 … P90 are 2 … 10', () => {
    expect(boundaries).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });
  it('a value on a boundary is in the lower decile; above P90 is decile 10', () => {
    expect(decileOf(7, boundaries)).toBe(6);
    expect(decileOf(7.01, boundaries)).toBe(7);
    expect(decileOf(1, boundaries)).toBe(1);
    expect(decileOf(10.5, boundaries)).toBe(10);
  });
});

describe('properties', () => {
  const data = fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true }), { minLength: 1, maxLength: 200 });
  const unit = fc.double({ min: 0, max: 1, noNaN: true });

  it('INC is monotone in k', () => {
    fc.assert(
      fc.property(data, unit, unit, (values, a, b) => {
        const s = sorted(values);
        const [low, high] = a <= b ? [a, b] : [b, a];
        return num(percentileInc(s, low)) <= num(percentileInc(s, high));
      }),
    );
  });

  it('INC: P(0) is the minimum and P(1) the maximum', () => {
    fc.assert(
      fc.property(data, (values) => {
        const s = sorted(values);
        return percentileInc(s, 0) === Math.min(...values) && percentileInc(s, 1) === Math.max(...values);
      }),
    );
  });

  it('every method stays between the minimum and the maximum', () => {
    fc.assert(
      fc.property(data, unit, fc.constantFrom('inc' as const, 'exc' as const, 'nearest' as const), (values, k, method) => {
        const result = percentile(sorted(values), k, method);
        return isBiError(result) || (result >= Math.min(...values) && result <= Math.max(...values));
      }),
    );
  });

  it('decile is in 1…10 and monotone in BI', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 400, noNaN: true }), { minLength: 2, maxLength: 300 }), fc.double({ min: 0, max: 400, noNaN: true }), fc.double({ min: 0, max: 400, noNaN: true }), (values, x, y) => {
        const bounds = decileBoundaries(sorted(values), 'inc') as number[];
        const [low, high] = x <= y ? [x, y] : [y, x];
        const dl = decileOf(low, bounds);
        const dh = decileOf(high, bounds);
        return dl >= 1 && dh <= 10 && dl <= dh;
      }),
    );
  });
});
