import { generateCustomFunctionsMetadata } from 'custom-functions-metadata/lib/generate';
import { join } from 'node:path';
import { compliant, decile, decileColumn, deciles, populationCache, threshold } from '../../src/functions/bi';
import { isFunctionError } from '../../src/functions/errors';
import { PopulationCache } from '../../src/rules/bi/population-cache';
import { sortAscending } from '../../src/rules/bi/percentile';

/** A column as Excel passes it: one array per row. */
const column = (values: unknown[]) => values.map((v) => [v]);
/** 91 … 100: INC P60 = 96 + 0.4 · 1 = 96.4 (h = 0.6 · 9 = 5.4). */
const range = column([91, 92, 93, 94, 95, 96, 97, 98, 99, 100]);

describe('=ZK.BI.THRESHOLD(bereik; [deciel=6]; [methode="INC"])', () => {
  it('6th decile by default; the same value as PERCENTIEL.INC(bereik; 0,6)', () => {
    expect(threshold(range)).toBeCloseTo(96.4, 12);
  });
  it('deciel and methode: 5th decile EXC, h = 0.5 · 11 = 5.5 → 95.5; nearest P60 = 6th value, 96', () => {
    expect(threshold(range, 5, 'EXC')).toBeCloseTo(95.5, 12);
    expect(threshold(range, 6, 'nearest')).toBe(96);
  });
  it('empty cells and text in the range are ignored, as PERCENTILE does', () => {
    expect(threshold(column([91, '', 92, 'n.v.t.', 93, null, 94, true, 95, 96, 97, 98, 99, 100]))).toBeCloseTo(96.4, 12);
  });
  it('fewer than 2 numbers is #NUM! with a message', () => {
    const result = threshold(column([100, 'tekst', '']));
    expect(result).toEqual({ code: 'invalidNumber', message: 'Het bereik bevat 1 getal; er zijn er minstens 2 nodig.' });
  });
  it('an invalid decile or method is #VALUE!', () => {
    expect(threshold(range, 10)).toEqual({ code: 'invalidValue', message: "Deciel '10' is ongeldig; kies een geheel getal van 1 tot en met 9." });
    expect(threshold(range, 6, 'MEDIAAN')).toEqual({ code: 'invalidValue', message: "Methode 'MEDIAAN' is onbekend; kies INC, EXC of NEAREST." });
  });
});

describe('=ZK.BI.DECILE(bi; bereik) and =ZK.BI.COMPLIANT(bi; bereik; [deciel=6])', () => {
  it('BI gelijk aan de drempel voldoet: 96.4 is decile 6 and TRUE; 96.5 is decile 7 and FALSE', () => {
    expect(decile(96.4, range)).toBe(6);
    expect(compliant(96.4, range)).toBe(true);
    expect(decile(96.5, range)).toBe(7);
    expect(compliant(96.5, range)).toBe(false);
  });
  it('below P10 is decile 1, above P90 decile 10', () => {
    expect(decile(50, range)).toBe(1);
    expect(decile(150, range)).toBe(10);
  });
  it('empty or text BI → #N/A with a message', () => {
    expect(decile(null, range)).toEqual({ code: 'notAvailable', message: 'De BehandelIndex ontbreekt (lege cel).' });
    expect(compliant('n.v.t.', range)).toEqual({ code: 'notAvailable', message: "De BehandelIndex 'n.v.t.' is geen getal." });
  });
  it('EXC on too few values for P10 is #NUM!', () => {
    const result = decile(95, column([91, 92, 93]), 'EXC');
    expect(isFunctionError(result) && result.code).toBe('invalidNumber');
  });
});

describe('=ZK.BI.DECILES(bi_kolom) spills one decile per row', () => {
  it('same deciles as the per-row form; #N/A where the BI is missing', () => {
    const input = column([91, 92, 93, 94, 95, 96, 97, 98, 99, 100, '']);
    const spilled = decileColumn(input);
    expect(spilled.slice(0, 10).map((r) => r[0])).toEqual(input.slice(0, 10).map(([bi]) => decile(bi, input)));
    expect(spilled[10][0]).toEqual({ code: 'notAvailable', message: 'De BehandelIndex ontbreekt (lege cel).' });
    expect(deciles(input)).toEqual(spilled);
  });
  it('a range error fills every cell', () => {
    expect(decileColumn(column([5]))).toEqual([[{ code: 'invalidNumber', message: 'Het bereik bevat 1 getal; er zijn er minstens 2 nodig.' }]]);
  });
});

describe('memoised population', () => {
  it('10,000 per-row formulas over the same 10,000-cell range sort once', () => {
    const values = Array.from({ length: 10_000 }, (_, i) => 50 + ((i * 7919) % 10_000) / 100);
    // Excel marshals a fresh copy per call; two separate copies show the key is the content, not the object.
    const copies = [column(values), column(values)];
    const before = populationCache.stats.sorts;
    for (let row = 0; row < 10_000; row++) {
      decile(values[row], copies[row % 2]);
    }
    expect(populationCache.stats.sorts - before).toBe(1);
  });
  it('a changed cell is a different population (no stale result), and the cache stays bounded', () => {
    let sorts = 0;
    const cache = new PopulationCache({ capacity: 2, sort: (v) => (sorts++, sortAscending(v)) });
    cache.fromRange(column([1, 2, 3]));
    cache.fromRange(column([1, 2, 3]));
    expect(sorts).toBe(1);
    expect(Array.from(cache.fromRange(column([1, 2, 4])).sorted)).toEqual([1, 2, 4]);
    expect(sorts).toBe(2);
    cache.fromRange(column([9, 8]));
    expect(cache.size).toBe(2);
    cache.fromRange(column([1, 2, 3])); // evicted (least recently used), so sorted again
    expect(sorts).toBe(4);
  });
  it('two ranges used in turn are each sorted once; the same numbers in another order are not confused', () => {
    let sorts = 0;
    const cache = new PopulationCache({ sort: (v) => (sorts++, sortAscending(v)) });
    for (let i = 0; i < 100; i++) cache.fromRange(column(i % 2 ? [5, 6, 7] : [1, 2, 3]));
    expect(sorts).toBe(2);
    expect(Array.from(cache.fromRange(column([3, 1, 2])).sorted)).toEqual([1, 2, 3]);
    expect(Array.from(cache.fromRange(column([1, 2, 3, 4])).sorted)).toEqual([1, 2, 3, 4]);
    expect(Array.from(cache.fromRange(column([1, 2])).sorted)).toEqual([1, 2]);
  });
});

describe('functions.json metadata from JSDoc', () => {
  it('the generator accepts src/functions/bi.ts and finds the four ids', async () => {
    const result = await generateCustomFunctionsMetadata([join(__dirname, '../../src/functions/bi.ts')]);
    expect(result.errors).toEqual([]);
    const ids = JSON.parse(result.metadataJson).functions.map((f: { id: string }) => f.id);
    expect(ids).toEqual(['BI.THRESHOLD', 'BI.DECILE', 'BI.COMPLIANT', 'BI.DECILES']);
  });
});
