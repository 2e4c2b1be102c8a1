import fc from 'fast-check';
import type { RankCandidate } from '../../src/rules/ranking/candidate';
import type { Scenario } from '../../src/rules/ranking/whatif';
import type { Rubric } from '../../src/rules/policy';
import { aggregateScores } from '../../src/rules/scoring/aggregate';
import type { Belangverklaring } from '../../src/rules/scoring/conflicts';
import { type Overleg, effectText, formatPresent, meetingEvents, meetingItems, meetingProblems, meetingsFrom, parsePresent } from '../../src/rules/scoring/meeting';
import type { Score } from '../../src/rules/scoring/score';

/**
 * A worked example by hand. Two items, P (group inhoud) and Q (impact), weight 1 each, scale 1–5,
 * disagreement at a spread of 2; two assessors x and y; top 6; tie-break: more ZK clients.
 *
 *   app  P (x,y)  Q (x,y)  total (means)   ZK clients
 *   A    5,5      5,5      10              1000
 *   B    4,4      5,5       9              1000
 *   C    3,5      4,4       8  (P spread 2) 300
 *   D    3,3      4,4       7              1000
 *   E    3,3      3,3       6              1000
 *   F    1,5      2,2       5  (P spread 4) 100
 *   G    2,2      1,3       4  (Q spread 2) 200
 *
 * Top 6 now: A B C D E F; G is 7th.
 * Disputed: F/P (4), then the two of spread 2 by current place: C/P (3rd) before G/Q (7th).
 * F/P with consensus v: F = v + 2. v=1: 3 < G 4 → F out, G in. v=2: 4 = G 4, G has more clients
 *   → G above F → F out, G in. v=3: 5 > 4, no change; v=4, 5: F rises, no change.
 * C/P with v: C = v + 4 ≥ 5; at v=1 C ties F at 5 and wins on clients (300 > 100): C 5th, F 6th,
 *   still the same six. No change for any v.
 * G/Q with v: G = 2 + v. v=1, 2: 3, 4 — no change. v=3: 5 = F 5, G wins on clients (200 > 100)
 *   → G in, F out. v=4: 6, v=5: 7 — G above F → G in, F out.
 */
const rubric: Rubric = {
  schaal: { min: 1, max: 5, niveaus: {} },
  items: [
    { id: 'P', groep: 'inhoud', tekst: 'Er is een protocol', kop: 'Protocol', gewicht: 1 },
    { id: 'Q', groep: 'impact', tekst: 'Bereik van klanten', kop: 'Bereik', gewicht: 1 },
  ],
  minBeoordelaars: 2,
  spreidingsDrempel: 2,
  aggregatie: 'gemiddelde',
  tiebreaks: ['zkKlanten'],
};
const table: [string, [number, number], [number, number], number][] = [
  ['A', [5, 5], [5, 5], 1000],
  ['B', [4, 4], [5, 5], 1000],
  ['C', [3, 5], [4, 4], 300],
  ['D', [3, 3], [4, 4], 1000],
  ['E', [3, 3], [3, 3], 1000],
  ['F', [1, 5], [2, 2], 100],
  ['G', [2, 2], [1, 3], 200],
];
const x = { beoordelaar: 'Xandra', rol: 'analist' };
const y = { beoordelaar: 'Yusuf', rol: 'inkoper' };
const scores: Score[] = table.flatMap(([id, p, q]) => [
  { aanvraag: id, ...x, item: 'P', score: p[0], toelichting: `${id} P volgens X` },
  { aanvraag: id, ...y, item: 'P', score: p[1], toelichting: '' },
  { aanvraag: id, ...x, item: 'Q', score: q[0], toelichting: '' },
  { aanvraag: id, ...y, item: 'Q', score: q[1], toelichting: `${id} Q volgens Y` },
]);
const aggregaten = aggregateScores(scores, rubric);
const candidates: RankCandidate[] = table.map(([id, , , klanten]) => ({
  id,
  regio: 'Utrecht',
  gevraagdBedrag: 50000,
  aantalZkKlanten: klanten,
  scores: Object.fromEntries([...aggregaten.get(id)!].map(([item, a]) => [item, a.waarde])),
}));
const scenario: Scenario = { settings: { gewichten: { P: 1, Q: 1 }, groepen: { P: 'inhoud', Q: 'impact' }, tiebreaks: ['zkKlanten'], seed: 1 }, constraints: { n: 6 } };

describe('the consensus meeting: disputed items', () => {
  const items = meetingItems({ candidates, scenario, aggregaten, scores, rubric });

  it('largest spread first, equal spreads by current place', () => {
    expect(items.map((i) => [i.aanvraag, i.item, i.spreiding, i.positie, i.geselecteerd])).toEqual([
      ['F', 'P', 4, 6, true],
      ['C', 'P', 2, 3, true],
      ['G', 'Q', 2, 7, false],
    ]);
  });

  it("each assessor's score and comment side by side, with the aggregate that counts now", () => {
    expect(items[0]).toMatchObject({ gemiddelde: 3, mediaan: 3, waarde: 3, min: 1, max: 5, label: 'Protocol' });
    expect(items[0].scores).toEqual([
      { beoordelaar: 'Xandra', rol: 'analist', score: 1, toelichting: 'F P volgens X' },
      { beoordelaar: 'Yusuf', rol: 'inkoper', score: 5, toelichting: '' },
    ]);
  });

  it('F/P: a consensus of 1 or 2 takes F out of the top six and G in; 3 to 5 change nothing', () => {
    const f = items[0].effecten;
    expect(f.map((e) => [e.score, e.verandert, e.eraf, e.erbij])).toEqual([
      [1, true, ['F'], ['G']],
      [2, true, ['F'], ['G']],
      [3, false, [], []],
      [4, false, [], []],
      [5, false, [], []],
    ]);
    expect(f[0]).toMatchObject({ totaal: 3, positie: 7, geselecteerd: false });
    expect(f[4]).toMatchObject({ totaal: 7 });
    expect(effectText(f)).toBe('bij 1–2: F valt uit de selectie, G komt erin; bij 3–5: geen verandering');
  });

  it('C/P: no consensus score changes the top six', () => {
    expect(items[1].effecten.every((e) => !e.verandert)).toBe(true);
    expect(effectText(items[1].effecten)).toBe('bij 1–5: geen verandering');
  });

  it('G/Q: from 3 up G enters and F leaves', () => {
    expect(effectText(items[2].effecten)).toBe('bij 1–2: geen verandering; bij 3–5: F valt uit de selectie, G komt erin');
  });

  it('a conflicted assessor shows as "belang" with no score, next to the others', () => {
    const z = { beoordelaar: 'Zeno', rol: 'zorginhoudelijk adviseur' };
    const belangen: Belangverklaring[] = [{ aanvraag: 'F', ...z, belang: 'conflict', reden: 'eigen praktijk', tijdstip: '2020-12-01T09:00:00Z' }];
    const withConflict = meetingItems({ candidates, scenario, aggregaten, scores, rubric, belangen, panel: [x, y, z] });
    expect(withConflict.map((i) => `${i.aanvraag}/${i.item}`)).toEqual(['F/P', 'C/P', 'G/Q']);
    expect(withConflict[0].scores[2]).toEqual({ beoordelaar: 'Zeno', rol: 'zorginhoudelijk adviseur', score: null, toelichting: '', belang: 'eigen praktijk' });
    expect(withConflict[1].scores[2]).toEqual({ beoordelaar: 'Zeno', rol: 'zorginhoudelijk adviseur', score: null, toelichting: '' });
  });
});

describe('the meeting record', () => {
  const aanwezig = [
    { wie: 'Xandra', rol: 'analist' },
    { wie: 'Yusuf', rol: 'inkoper' },
  ];
  const overleg: Overleg = {
    tijdstip: '2020-12-10T14:00:00Z',
    aanwezig,
    besluiten: [{ aanvraag: 'F', item: 'P', score: 3, motivatie: 'Protocol ontbreekt deels; midden gekozen.', wie: 'Xandra', rol: 'analist', aanwezig }],
  };

  it('present people read and write as "Naam (rol); Naam (rol)"', () => {
    expect(formatPresent(aanwezig)).toBe('Xandra (analist); Yusuf (inkoper)');
    expect(parsePresent('Xandra (analist); Yusuf (inkoper)\nZeno')).toEqual([...aanwezig, { wie: 'Zeno', rol: '' }]);
  });

  it('is audited with who was present, and each decision with its motivation and the value it replaces', () => {
    const events = meetingEvents(overleg, (i) => (i === 'P' ? 'Protocol' : i), aggregaten);
    expect(events.map((e) => [e.soort, e.wat, e.waarom])).toEqual([
      ['overleg', 'consensusoverleg: 1 besluit', 'Aanwezig: Xandra (analist); Yusuf (inkoper).'],
      ['overlegbesluit', 'consensusscore F / Protocol: 3 → 3', 'Protocol ontbreekt deels; midden gekozen. Aanwezig: Xandra (analist); Yusuf (inkoper).'],
    ]);
  });

  it('refuses a decision without motivation or by someone with a conflict; warns when a conflicted person was present', () => {
    const belangen: Belangverklaring[] = [{ aanvraag: 'F', beoordelaar: 'Yusuf', rol: 'inkoper', belang: 'conflict', reden: 'eigen praktijk', tijdstip: '2020-12-01T09:00:00Z' }];
    const problems = meetingProblems(
      {
        ...overleg,
        besluiten: [
          { ...overleg.besluiten[0], motivatie: ' ' },
          { ...overleg.besluiten[0], wie: 'Yusuf', rol: 'inkoper', aanwezig: [aanwezig[1]] },
        ],
      },
      belangen,
    );
    expect(problems.map((p) => [p.besluit, p.veld, p.ernst])).toEqual([
      [0, 'motivatie', 'fout'],
      [0, 'aanwezig', 'waarschuwing'],
      [1, 'wie', 'fout'],
    ]);
    expect(meetingProblems({ ...overleg, aanwezig: [] }).map((p) => p.veld)).toEqual(['aanwezig']);
  });

  it('stored consensus scores of one day with the same people form one meeting', () => {
    const d = { item: 'P', score: 3, motivatie: 'm', wie: 'Xandra', rol: 'analist' };
    const meetings = meetingsFrom(
      [
        { ...d, aanvraag: 'F', tijdstip: '2020-12-10T14:00:00Z', aanwezig },
        { ...d, aanvraag: 'C', tijdstip: '2020-12-10T15:30:00Z', aanwezig },
        { ...d, aanvraag: 'G', tijdstip: '2020-12-11T09:00:00Z', aanwezig: [aanwezig[0]] },
      ],
      '2020-12-12T00:00:00Z',
    );
    expect(meetings.map((m) => [m.tijdstip, m.besluiten.map((b) => b.aanvraag)])).toEqual([
      ['2020-12-10T14:00:00Z', ['F', 'C']],
      ['2020-12-11T09:00:00Z', ['G']],
    ]);
  });
});

describe('the consensus meeting: properties', () => {
  const arb = fc.array(
    fc.record({ p: fc.tuple(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 5 })), q: fc.tuple(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 5 })), klanten: fc.integer({ min: 750, max: 3000 }) }),
    { minLength: 1, maxLength: 9 },
  );
  it('spreads never increase down the list; every disputed item is listed once; a consensus equal to what counts now changes nothing', () => {
    fc.assert(
      fc.property(arb, (apps) => {
        const ids = apps.map((_, i) => `A${i + 1}`);
        const sc: Score[] = apps.flatMap((a, i) => [
          { aanvraag: ids[i], ...x, item: 'P', score: a.p[0], toelichting: '' },
          { aanvraag: ids[i], ...y, item: 'P', score: a.p[1], toelichting: '' },
          { aanvraag: ids[i], ...x, item: 'Q', score: a.q[0], toelichting: '' },
          { aanvraag: ids[i], ...y, item: 'Q', score: a.q[1], toelichting: '' },
        ]);
        const agg = aggregateScores(sc, rubric);
        const cs: RankCandidate[] = ids.map((id, i) => ({ id, regio: null, gevraagdBedrag: null, aantalZkKlanten: apps[i].klanten, scores: Object.fromEntries([...agg.get(id)!].map(([k, v]) => [k, v.waarde])) }));
        const items = meetingItems({ candidates: cs, scenario, aggregaten: agg, scores: sc, rubric });
        items.forEach((m, i) => i > 0 && expect(m.spreiding).toBeLessThanOrEqual(items[i - 1].spreiding));
        const disputed = apps.flatMap((a, i) => [Math.abs(a.p[0] - a.p[1]) >= 2 ? `${ids[i]}/P` : '', Math.abs(a.q[0] - a.q[1]) >= 2 ? `${ids[i]}/Q` : ''].filter(Boolean));
        expect(items.map((m) => `${m.aanvraag}/${m.item}`).sort()).toEqual(disputed.sort());
        for (const m of items) {
          if (!Number.isInteger(m.waarde)) continue;
          const same = m.effecten.find((e) => e.score === m.waarde)!;
          expect([same.verandert, same.positie, same.geselecteerd]).toEqual([false, m.positie, m.geselecteerd]);
        }
      }),
    );
  });
});
