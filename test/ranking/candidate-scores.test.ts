import fc from 'fast-check';
import type { EligibilityResult } from '../../src/rules/outcome';
import { toCandidate } from '../../src/rules/ranking/procedure';
import type { Aggregates } from '../../src/rules/scoring/aggregate';
import type { ItemAggregate } from '../../src/rules/scoring/score';

/*
 * toCandidate starts an application's scores as a copy of the previous application's when the
 * items and their order are the same. Whatever the sequence of applications, each scores object
 * must be the one built key by key: the same keys, in the same order, with its own values.
 */

/** The plain version it replaced. */
function scoresBefore(perItem: ReadonlyMap<string, ItemAggregate> | undefined): Record<string, number> {
  const scores: Record<string, number> = {};
  perItem?.forEach((agg, item) => {
    scores[item] = agg.waarde;
  });
  return scores;
}

const aggregate = (item: string, waarde: number) => ({ item, waarde }) as ItemAggregate;
// Names that are array indices or __proto__ are ordered or stored differently by objects.
const item = fc.constantFrom('protocol', 'samenwerking', 'borging', 'doelen', '1', '01', '__proto__', 'constructor');
const application = fc.uniqueArray(fc.tuple(item, fc.double({ noNaN: true })), { selector: ([i]) => i, maxLength: 6 });

describe('toCandidate: scores of an application', () => {
  it('are the ones built key by key, in any order of applications', () => {
    fc.assert(
      fc.property(fc.array(fc.option(application, { nil: undefined }), { minLength: 1, maxLength: 8 }), fc.boolean(), (apps, repeat) => {
        // Repeated lists: the copy path is taken for every application after the first.
        const list = repeat ? [...apps, ...apps] : apps;
        const aggregaten: Aggregates = new Map();
        list.forEach((entries, i) => {
          if (entries) aggregaten.set(`A${i}`, new Map(entries.map(([k, v]) => [k, aggregate(k, v)])));
        });
        list.forEach((_, i) => {
          const result = { id: `A${i}`, regio: null } as unknown as EligibilityResult;
          const got = toCandidate(undefined, result, aggregaten).scores;
          const want = scoresBefore(aggregaten.get(`A${i}`));
          expect(Object.keys(got)).toEqual(Object.keys(want));
          expect(JSON.stringify(got)).toBe(JSON.stringify(want));
          expect(Object.getPrototypeOf(got)).toBe(Object.getPrototypeOf(want));
        });
      }),
      { numRuns: 2000 },
    );
  });

  it('do not share one object between applications', () => {
    const perItem = () => new Map([['protocol', aggregate('protocol', 3)]]);
    const ids = ['A', 'B', 'C'];
    const aggregaten: Aggregates = new Map(ids.map((id) => [id, perItem()]));
    // B and C are both made from what A left: each must still be an object of its own.
    const [a, b, c] = ids.map((id) => toCandidate(undefined, { id, regio: null } as unknown as EligibilityResult, aggregaten).scores);
    expect(new Set([a, b, c]).size).toBe(3);
    b.protocol = 1;
    expect([a.protocol, c.protocol]).toEqual([3, 3]);
  });
});
