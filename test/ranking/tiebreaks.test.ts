import type { RankCandidate, RankSettings } from '../../src/rules/ranking/candidate';
import { mulberry32, lotteryTicket } from '../../src/rules/ranking/prng';
import { rankCandidates } from '../../src/rules/ranking/rank';
import { runProcedure } from '../../src/rules/ranking/procedure';
import { RankingError } from '../../src/rules/ranking/tiebreaks';
import { weightSensitivity, whatIf } from '../../src/rules/ranking/whatif';
import { ITEMS, TEST_POLICY, application, byGroup, eligible, scoresFor } from './fixtures';

const GROUPS: Record<string, string> = { protocol: 'inhoud', smart: 'inhoud', meting: 'inhoud', borging: 'inhoud', doelgroep: 'impact', bereik: 'impact', jzojp: 'impact', businesscase: 'businesscase', haalbaarheid: 'haalbaarheid' };
const equal: Record<string, number> = Object.fromEntries(ITEMS.map((i) => [i, 1]));
const settings = (seed = 7, extra: Partial<RankSettings> = {}): RankSettings => ({ gewichten: equal, groepen: GROUPS, tiebreaks: ['impact', 'inhoud', 'zkKlanten', 'gevraagdBedrag'], seed, ...extra });
const cand = (id: string, scores: Record<string, number>, extra: Partial<RankCandidate> = {}): RankCandidate => ({ id, regio: 'Utrecht', gevraagdBedrag: 50000, aantalZkKlanten: 1000, scores, ...extra });
const flat = (v: number) => Object.fromEntries(ITEMS.map((i) => [i, v]));

describe('tie-break chain: impact, inhoud, more ZK clients, lower requested amount, then a seeded lottery', () => {
  it('same total and groups: more ZK clients wins (1200 against 900)', () => {
    const r = rankCandidates([cand('B', flat(3), { aantalZkKlanten: 900 }), cand('A', flat(3), { aantalZkKlanten: 1200 })], settings());
    expect(r.ranglijst.map((e) => e.id)).toEqual(['A', 'B']);
    expect(r.gelijkspelen[0]).toMatchObject({ criterium: 'zkKlanten', waardeBoven: 1200, waardeOnder: 900, label: 'meer klanten van Zilveren Kruis' });
  });

  it('then the lower requested amount (€40.000 before €60.000)', () => {
    const r = rankCandidates([cand('A', flat(3), { gevraagdBedrag: 60000 }), cand('B', flat(3), { gevraagdBedrag: 40000 })], settings());
    expect(r.ranglijst.map((e) => e.id)).toEqual(['B', 'A']);
    expect(r.gelijkspelen[0].criterium).toBe('gevraagdBedrag');
  });

  it('inhoud decides when impact is equal: 4+4+4+3 beats 3+3+3+4 on the same total', () => {
    // A: inhoud 15, impact 9, bc 3, h 3 = 30; B: inhoud 13, impact 9, bc 4, h 4 = 30
    const r = rankCandidates([cand('B', byGroup([3, 3, 3, 4], [3, 3, 3], 4, 4)), cand('A', byGroup([4, 4, 4, 3], [3, 3, 3], 3, 3))], settings());
    expect(r.ranglijst.map((e) => [e.id, e.totaal])).toEqual([['A', 30], ['B', 30]]);
    expect(r.gelijkspelen[0]).toMatchObject({ criterium: 'inhoud', waardeBoven: 15, waardeOnder: 13 });
  });

  it('an unknown number of ZK clients loses against a known one', () => {
    const r = rankCandidates([cand('A', flat(3), { aantalZkKlanten: null }), cand('B', flat(3), { aantalZkKlanten: 750 })], settings());
    expect(r.ranglijst[0].id).toBe('B');
  });

  it('a complete tie goes to the lottery: the lower ticket for the seed wins, and the seed is recorded', () => {
    const twins = [cand('A', flat(4)), cand('B', flat(4))];
    for (const seed of [1, 2, 3, 42, 2021]) {
      const r = rankCandidates(twins, settings(seed));
      const winner = lotteryTicket(seed, 'A') < lotteryTicket(seed, 'B') ? 'A' : 'B';
      expect(r.ranglijst[0].id).toBe(winner);
      expect(r.gelijkspelen[0]).toMatchObject({ criterium: 'loting', waardeBoven: Math.min(lotteryTicket(seed, 'A'), lotteryTicket(seed, 'B')) });
      expect(r.seed).toBe(seed);
    }
  });

  it('the lottery is not always won by the same one (different seeds, different draws)', () => {
    const winners = new Set(Array.from({ length: 20 }, (_, seed) => rankCandidates([cand('A', flat(4)), cand('B', flat(4))], settings(seed)).ranglijst[0].id));
    expect(winners).toEqual(new Set(['A', 'B']));
  });

  it('refuses an unknown tie-break with a Dutch message', () => {
    expect(() => rankCandidates([cand('A', flat(3))], settings(1, { tiebreaks: ['leeftijd'] }))).toThrow(RankingError);
    expect(() => rankCandidates([cand('A', flat(3))], settings(1, { tiebreaks: ['leeftijd'] }))).toThrow("Onbekende tie-break 'leeftijd'");
  });

  it('mulberry32 gives the published first values for seed 1 (0.6270739405881613, 0.002735721180215478)', () => {
    const r = mulberry32(1);
    expect(r()).toBeCloseTo(0.6270739405881613, 12);
    expect(r()).toBeCloseTo(0.002735721180215478, 12);
  });
});

describe('what-if and weight sensitivity', () => {
  // A is strong on business case, B on impact; with N = 1 the weights decide who is chosen.
  const A = cand('A', byGroup([3, 3, 3, 3], [3, 3, 3], 5, 3)); // 12 + 9 + 5 + 3 = 29
  const B = cand('B', byGroup([3, 3, 3, 3], [3, 3, 4], 3, 3)); // 12 + 10 + 3 + 3 = 28
  const base = { settings: settings(), constraints: { n: 1 } };

  it('doubling the weight of jzojp moves B in and A out (A 29 vs B 28+4 = 32)', () => {
    expect(whatIf([A, B], base, { gewichten: { jzojp: 2 } })).toEqual({ voor: ['A'], na: ['B'], erbij: ['B'], eraf: ['A'] });
  });

  it('a budget change that excludes A (asks €50.000, cap €40.000 once B asks €30.000)', () => {
    const b = { ...B, gevraagdBedrag: 30000 };
    expect(whatIf([A, b], base, { constraints: { budget: 40000 } })).toMatchObject({ erbij: ['B'], eraf: ['A'] });
  });

  it('±20 % on businesscase: with weight w, C = 24 + 5w and D = 26 + 3w', () => {
    // w = 1: C 29, D 29 → tie, D wins on impact (11 > 9): D is chosen.
    // w = 1.2: C 30, D 29.6 → C in, D out.   w = 0.8: C 28, D 28.4 → D stays.
    const C = cand('C', byGroup([3, 3, 3, 3], [3, 3, 3], 5, 3));
    const D = cand('D', byGroup([3, 3, 3, 3], [3, 4, 4], 3, 3));
    const s = weightSensitivity([C, D], base);
    expect(s.find((x) => x.item === 'businesscase' && x.factor === 1.2)).toMatchObject({ gewicht: 1.2, verandert: true, erbij: ['C'], eraf: ['D'] });
    expect(s.find((x) => x.item === 'businesscase' && x.factor === 0.8)!.verandert).toBe(false);
    expect(s).toHaveLength(ITEMS.length * 2);
  });
});

describe('normalisation report', () => {
  it('one assessor with a wide range (5, 1, 3) no longer outweighs three with a narrow one (3, 4, 3)', () => {
    // Every item gets the same scores, per assessor 1–4:  A 5,3,3,3   B 1,4,4,4   C 3,3,3,3
    // Raw means: A 3.5, B 3.25, C 3 → A 1st, B 2nd, C 3rd.
    // Assessor 1: mean 3, sd 2 → z A +1, B −1, C 0. Assessors 2–4: mean 3.33, sd 0.577 → z A −0.577, B +1.155, C −0.577.
    // Mean z: A (1 − 1.732)/4 = −0.18, B (−1 + 3.464)/4 = +0.62, C −0.43 → B 1st, A 2nd, C 3rd.
    const per = (v: number[]) => Object.fromEntries(ITEMS.map((i) => [i, v]));
    const scores = [...scoresFor('A', flat(3), per([5, 3, 3, 3])), ...scoresFor('B', flat(3), per([1, 4, 4, 4])), ...scoresFor('C', flat(3))];
    const r = runProcedure({
      policy: TEST_POLICY,
      aanvragen: ['A', 'B', 'C'].map((id) => application(id)),
      toetsing: ['A', 'B', 'C'].map((id) => eligible(id)),
      scores,
      instellingen: { seed: 1, resamples: 0, normaliseren: true },
      tijdstip: 't',
      wie: 'x',
      rol: 'inkoper',
    });
    expect(r.ranglijst.map((e) => e.id)).toEqual(['B', 'A', 'C']);
    expect(r.normalisatie).toEqual([
      { id: 'B', positieZonder: 2, positieMet: 1, verschuiving: 1 },
      { id: 'A', positieZonder: 1, positieMet: 2, verschuiving: -1 },
      { id: 'C', positieZonder: 3, positieMet: 3, verschuiving: 0 },
    ]);
  });
});

describe('lottery in the audit', () => {
  it('records the seed and both tickets when two applications are equal on everything', () => {
    const r = runProcedure({
      policy: TEST_POLICY,
      aanvragen: [application('A'), application('B')],
      toetsing: [eligible('A'), eligible('B')],
      scores: [...scoresFor('A', flat(4)), ...scoresFor('B', flat(4))],
      instellingen: { seed: 31, resamples: 0 },
      tijdstip: '2020-12-15T10:00:00Z',
      wie: 'Ilse Inkoper',
      rol: 'inkoper',
    });
    const event = r.audit.find((a) => a.wat.startsWith('loting'))!;
    expect(event.wat).toBe(`loting: gelijke stand ${r.ranglijst[0].id} en ${r.ranglijst[1].id} (totaal 36)`);
    expect(event.waarom).toContain('seed 31');
    expect(event.waarom).toContain(lotteryTicket(31, r.ranglijst[0].id).toFixed(6).replace('.', ','));
  });
});
