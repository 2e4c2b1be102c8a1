import fc from 'fast-check';
import type { RankCandidate, RankSettings } from '../../src/rules/ranking/candidate';
import { rankCandidates } from '../../src/rules/ranking/rank';
import { selectTop } from '../../src/rules/ranking/select';
import { runProcedure } from '../../src/rules/ranking/procedure';
import { ITEMS, application, eligible, rejected, scoresFor, TEST_POLICY } from './fixtures';

const REGIONS = ['Utrecht', 'Zwolle', 'Drenthe', null] as const;
const GROUPS: Record<string, string> = { protocol: 'inhoud', smart: 'inhoud', meting: 'inhoud', borging: 'inhoud', doelgroep: 'impact', bereik: 'impact', jzojp: 'impact', businesscase: 'businesscase', haalbaarheid: 'haalbaarheid' };

const score = fc.integer({ min: 1, max: 5 });
const candidate = (id: string) =>
  fc.record({
    regio: fc.constantFrom(...REGIONS),
    gevraagdBedrag: fc.option(fc.integer({ min: 10000, max: 200000 }), { nil: null }),
    aantalZkKlanten: fc.option(fc.integer({ min: 750, max: 3000 }), { nil: null }),
    scores: fc.record(Object.fromEntries(ITEMS.map((i) => [i, score]))),
  }).map((c): RankCandidate => ({ id, ...c }));
const candidates = fc.integer({ min: 0, max: 14 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => candidate(`A${i + 1}`))));
const settings = fc.record({
  seed: fc.integer({ min: 0, max: 2 ** 31 }),
  gewichten: fc.record(Object.fromEntries(ITEMS.map((i) => [i, fc.constantFrom(0, 0.5, 1, 2)]))),
}).map((s): RankSettings => ({ ...s, groepen: GROUPS, tiebreaks: ['impact', 'inhoud', 'zkKlanten', 'gevraagdBedrag'] }));
const constraints = fc.record({
  n: fc.integer({ min: 1, max: 8 }),
  maxPerRegio: fc.option(fc.integer({ min: 1, max: 3 }), { nil: undefined }),
  budget: fc.option(fc.integer({ min: 0, max: 600000 }), { nil: undefined }),
});

describe('ranking properties', () => {
  it('the ranking is a permutation of the candidates, with positions 1…n', () => {
    fc.assert(
      fc.property(candidates, settings, (cs, s) => {
        const { ranglijst } = rankCandidates(cs, s);
        expect(ranglijst.map((e) => e.id).sort()).toEqual(cs.map((c) => c.id).sort());
        expect(ranglijst.map((e) => e.positie)).toEqual(cs.map((_, i) => i + 1));
      }),
    );
  });

  it('same input and seed ⇒ identical output, whatever the input order', () => {
    fc.assert(
      fc.property(candidates, settings, (cs, s) => {
        const a = rankCandidates(cs, s);
        const b = rankCandidates([...cs].reverse(), s);
        expect(b.ranglijst.map((e) => [e.id, e.totaal])).toEqual(a.ranglijst.map((e) => [e.id, e.totaal]));
        expect(b.gelijkspelen).toEqual(a.gelijkspelen);
      }),
    );
  });

  it('totals never increase down the list', () => {
    fc.assert(
      fc.property(candidates, settings, (cs, s) => {
        const t = rankCandidates(cs, s).ranglijst.map((e) => e.totaal);
        t.forEach((v, i) => i > 0 && expect(v).toBeLessThanOrEqual(t[i - 1]));
      }),
    );
  });

  it('raising one application’s score on one item never lowers its rank', () => {
    fc.assert(
      fc.property(candidates.filter((cs) => cs.length > 0), settings, fc.nat(), fc.constantFrom(...ITEMS), (cs, s, pick, item) => {
        const target = cs[pick % cs.length];
        const raised = cs.map((c) => (c === target && c.scores[item] < 5 ? { ...c, scores: { ...c.scores, [item]: c.scores[item] + 1 } } : c));
        const before = rankCandidates(cs, s).ranglijst.find((e) => e.id === target.id)!.positie;
        const after = rankCandidates(raised, s).ranglijst.find((e) => e.id === target.id)!.positie;
        expect(after).toBeLessThanOrEqual(before);
      }),
    );
  });

  it('the selection never exceeds N and never breaks the region or budget constraint', () => {
    fc.assert(
      fc.property(candidates, settings, constraints, (cs, s, c) => {
        const chosen = selectTop(rankCandidates(cs, s).ranglijst, c).filter((e) => e.geselecteerd);
        expect(chosen.length).toBeLessThanOrEqual(c.n);
        if (c.maxPerRegio !== undefined) {
          const count = new Map<string, number>();
          for (const e of chosen) if (e.kandidaat.regio) count.set(e.kandidaat.regio, (count.get(e.kandidaat.regio) ?? 0) + 1);
          for (const v of count.values()) expect(v).toBeLessThanOrEqual(c.maxPerRegio);
        }
        if (c.budget !== undefined) {
          expect(chosen.reduce((sum, e) => sum + (e.kandidaat.gevraagdBedrag ?? Infinity), 0)).toBeLessThanOrEqual(c.budget);
        }
      }),
    );
  });

  it('without constraints the selection is exactly the first min(N, n) places', () => {
    fc.assert(
      fc.property(candidates, settings, fc.integer({ min: 1, max: 8 }), (cs, s, n) => {
        const sel = selectTop(rankCandidates(cs, s).ranglijst, { n });
        expect(sel.filter((e) => e.geselecteerd).map((e) => e.positie)).toEqual(sel.slice(0, Math.min(n, cs.length)).map((e) => e.positie));
      }),
    );
  });
});

describe('procedure property: only eligible, completely scored applications are ranked', () => {
  it('ranks exactly the geschikt applications with four complete assessors', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ eligible: fc.boolean(), complete: fc.boolean(), level: score }), { maxLength: 10 }),
        fc.integer({ min: 0, max: 1000 }),
        (specs, seed) => {
          const ids = specs.map((_, i) => `A${i + 1}`);
          const scores = specs.flatMap((sp, i) => {
            const all = scoresFor(ids[i], Object.fromEntries(ITEMS.map((it) => [it, sp.level])));
            return sp.complete ? all : all.slice(1);
          });
          const r = runProcedure({
            policy: TEST_POLICY,
            aanvragen: ids.map((id) => application(id)),
            toetsing: specs.map((sp, i) => (sp.eligible ? eligible(ids[i]) : rejected(ids[i], 'K9', 'K9', '749 klanten'))),
            scores,
            instellingen: { seed, resamples: 0 },
            tijdstip: 't',
            wie: 'x',
            rol: 'inkoper',
          });
          const expected = ids.filter((_, i) => specs[i].eligible && specs[i].complete).sort();
          expect(r.ranglijst.map((e) => e.id).sort()).toEqual(expected);
          expect(r.onvolledig.map((v) => v.aanvraag).sort()).toEqual(ids.filter((_, i) => specs[i].eligible && !specs[i].complete).sort());
          expect(r.uitgesloten.map((u) => u.id).sort()).toEqual(ids.filter((_, i) => !specs[i].eligible).sort());
        },
      ),
      { numRuns: 50 },
    );
  });
});

describe('procedure property: same input and seed ⇒ identical result, stability included', () => {
  it('two runs agree on ranking, ties, chances and audit', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ levels: fc.array(score, { minLength: 4, maxLength: 4 }) }), { minLength: 1, maxLength: 8 }), fc.integer({ min: 0, max: 10_000 }), (specs, seed) => {
        const ids = specs.map((_, i) => `A${i + 1}`);
        const scores = specs.flatMap((sp, i) => scoresFor(ids[i], Object.fromEntries(ITEMS.map((it, k) => [it, sp.levels[k % 4]])), { smart: sp.levels }));
        const input = {
          policy: TEST_POLICY,
          aanvragen: ids.map((id) => application(id)),
          toetsing: ids.map((id) => eligible(id)),
          scores,
          instellingen: { seed, resamples: 30 },
          tijdstip: '2020-12-31T12:00:00Z',
          wie: 'x',
          rol: 'inkoper',
        };
        const a = runProcedure(input);
        const b = runProcedure({ ...input, scores: [...scores].reverse() });
        expect(b.ranglijst.map((e) => [e.id, e.totaal, e.geselecteerd, e.reden])).toEqual(a.ranglijst.map((e) => [e.id, e.totaal, e.geselecteerd, e.reden]));
        expect(b.gelijkspelen).toEqual(a.gelijkspelen);
        expect([...b.stabiliteit!.kans]).toEqual([...a.stabiliteit!.kans]);
        expect(b.audit).toEqual(a.audit);
      }),
      { numRuns: 40 },
    );
  });
});
