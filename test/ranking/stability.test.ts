import fc from 'fast-check';
import type { RankCandidate } from '../../src/rules/ranking/candidate';
import { bootstrapStability } from '../../src/rules/ranking/stability';

// Two items: `impact` (group impact) and `inhoud` (group inhoud), weight 1 each.
const ITEMS = ['impact', 'inhoud'];
const RANK = { gewichten: { impact: 1, inhoud: 1 }, groepen: { impact: 'impact', inhoud: 'inhoud' }, tiebreaks: ['impact', 'inhoud', 'zkKlanten', 'gevraagdBedrag'] };

function candidate(id: string, extra: Partial<RankCandidate> = {}): RankCandidate {
  return { id, regio: null, gevraagdBedrag: 50000, aantalZkKlanten: 1000, scores: {}, ...extra };
}

/** Four assessors who all give the same scores: every resample has exactly these totals. */
const unanimous = (impact: number, inhoud: number) => Array.from({ length: 4 }, () => [impact, inhoud]);

function chances(candidates: RankCandidate[], rijen: number[][][], n = 1, seed = 2021, resamples = 400) {
  return bootstrapStability({ candidates, rijen, items: ITEMS, rangschikking: RANK, methode: 'gemiddelde' }, { resamples, seed, constraints: { n } }).kans;
}

describe('stability: equal totals inside a resample follow the tie-break chain, not the input order', () => {
  it('equal totals (8 = 8), more impact wins every resample, even when listed second', () => {
    // B: impact 3 + inhoud 5 = 8; A: impact 5 + inhoud 3 = 8. The chain starts with impact: A wins.
    const kans = chances([candidate('B'), candidate('A')], [unanimous(3, 5), unanimous(5, 3)]);
    expect(kans.get('A')).toBe(1);
    expect(kans.get('B')).toBe(0);
  });

  it('equal scores, then more Zilveren Kruis clients wins (1,200 against 800)', () => {
    const kans = chances([candidate('B', { aantalZkKlanten: 800 }), candidate('A', { aantalZkKlanten: 1200 })], [unanimous(4, 4), unanimous(4, 4)]);
    expect(kans.get('A')).toBe(1);
  });

  it('equal on the whole chain: a lottery per resample, so each wins some resamples, the same ones for the same seed', () => {
    const a = chances([candidate('A'), candidate('B')], [unanimous(4, 4), unanimous(4, 4)]);
    expect(a.get('A')! + a.get('B')!).toBe(1);
    // 400 fair draws: far from 0 and 1 (a fixed order would give exactly 1 and 0).
    expect(a.get('A')!).toBeGreaterThan(0.3);
    expect(a.get('A')!).toBeLessThan(0.7);
    expect([...chances([candidate('A'), candidate('B')], [unanimous(4, 4), unanimous(4, 4)])]).toEqual([...a]);
  });

  it('the lottery does not depend on the input order of the candidates', () => {
    const ab = chances([candidate('A'), candidate('B')], [unanimous(4, 4), unanimous(4, 4)]);
    const ba = chances([candidate('B'), candidate('A')], [unanimous(4, 4), unanimous(4, 4)]);
    expect(ba.get('A')).toBe(ab.get('A'));
  });

  it('property: the chances add up to min(N, applications), for any scores, N and seed', () => {
    const rows = fc.array(fc.tuple(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 5 })), { minLength: 1, maxLength: 4 });
    fc.assert(
      fc.property(fc.array(rows, { minLength: 1, maxLength: 8 }), fc.integer({ min: 1, max: 6 }), fc.nat(), (perCandidate, n, seed) => {
        const candidates = perCandidate.map((_, i) => candidate(`A${i}`, { aantalZkKlanten: 750 + (i % 2) }));
        const kans = chances(candidates, perCandidate, n, seed, 20);
        const sum = [...kans.values()].reduce((s, p) => s + p, 0);
        expect(sum).toBeCloseTo(Math.min(n, candidates.length), 9);
      }),
      { numRuns: 100 },
    );
  });
});
