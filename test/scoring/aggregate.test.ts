import type { Rubric } from '../../src/rules/policy';
import { aggregateItem, aggregateScores } from '../../src/rules/scoring/aggregate';
import { checkCompleteness } from '../../src/rules/scoring/completeness';
import { applyConsensus } from '../../src/rules/scoring/consensus';
import { normalizeByAssessor } from '../../src/rules/scoring/normalize';
import { DEFAULT_RUBRIC_2021, rubricFor } from '../../src/rules/scoring/rubric-2021';
import type { Score } from '../../src/rules/scoring/score';
import { PANEL, scoresFor, byGroup } from '../ranking/fixtures';

describe('default rubric 2021', () => {
  it('covers the seed: content quality, impact for clients, business case, feasibility; equal weights because the seed gives none', () => {
    const groups = new Set(DEFAULT_RUBRIC_2021.items.map((i) => i.groep));
    expect([...groups]).toEqual(['inhoud', 'impact', 'businesscase', 'haalbaarheid']);
    expect(new Set(DEFAULT_RUBRIC_2021.items.map((i) => i.gewicht))).toEqual(new Set([1]));
    expect(DEFAULT_RUBRIC_2021).toMatchObject({ minBeoordelaars: 4, spreidingsDrempel: 2, aggregatie: 'gemiddelde', schaal: { min: 1, max: 5 } });
    expect(Object.keys(DEFAULT_RUBRIC_2021.schaal.niveaus)).toEqual(['1', '2', '3', '4', '5']);
  });
  it('a policy with its own beoordeling uses that one', () => {
    const own: Rubric = { ...DEFAULT_RUBRIC_2021, minBeoordelaars: 3 };
    expect(rubricFor({ beoordeling: own })).toBe(own);
    expect(rubricFor({})).toBe(DEFAULT_RUBRIC_2021);
  });
});

describe('aggregation per item', () => {
  it('scores 2, 3, 3, 5: mean 3.25, median 3, sample sd 1.258 (as STDEV.S), spread 3 ⇒ disagreement', () => {
    // mean = 13/4 = 3.25; deviations −1.25, −0.25, −0.25, 1.75; squares 1.5625+0.0625+0.0625+3.0625 = 4.75; /3 = 1.5833; √ = 1.2583
    const a = aggregateItem('smart', [2, 3, 3, 5], 'gemiddelde', 2);
    expect(a).toMatchObject({ n: 4, gemiddelde: 3.25, mediaan: 3, min: 2, max: 5, spreiding: 3, onenigheid: true, waarde: 3.25 });
    expect(a.standaardafwijking).toBeCloseTo(1.2583, 4);
    expect(aggregateItem('smart', [2, 3, 3, 5], 'mediaan', 2).waarde).toBe(3);
  });
  it('spread 1 stays under the threshold of 2', () => {
    expect(aggregateItem('x', [3, 4, 4, 3], 'gemiddelde', 2).onenigheid).toBe(false);
  });
});

describe('consensus score', () => {
  const aggregates = aggregateScores(scoresFor('A-1', byGroup([2, 2, 2, 2], [3, 3, 3], 3, 3), { smart: [2, 5, 2, 2] }), DEFAULT_RUBRIC_2021);

  it('is refused without a written motivation', () => {
    const out = applyConsensus(aggregates, [{ aanvraag: 'A-1', item: 'smart', score: 4, motivatie: '  ', wie: 'Anna', rol: 'analist' }], DEFAULT_RUBRIC_2021, '2020-12-10T09:00:00Z');
    expect(out.geweigerd[0]).toBe('consensusscore A-1 / SMART-doelen en nulmeting geweigerd: een consensusscore vervangt de berekende score alleen met een schriftelijke motivatie.');
    expect(out.aggregaten.get('A-1')!.get('smart')!.waarde).toBe(2.75);
    expect(out.audit).toEqual([]);
  });

  it('replaces the mean (2.75) with a motivation, and is logged', () => {
    const out = applyConsensus(
      aggregates,
      [{ aanvraag: 'A-1', item: 'smart', score: 3, motivatie: 'Nulmeting is alsnog aangeleverd.', wie: 'Anna', rol: 'analist' }],
      DEFAULT_RUBRIC_2021,
      '2020-12-10T09:00:00Z',
    );
    expect(out.aggregaten.get('A-1')!.get('smart')).toMatchObject({ waarde: 3, gemiddelde: 2.75, consensus: { score: 3 } });
    expect(out.audit).toEqual([{ tijdstip: '2020-12-10T09:00:00Z', wie: 'Anna', rol: 'analist', soort: 'consensusscore', wat: 'consensusscore A-1 / SMART-doelen en nulmeting: 2,75 → 3', waarom: 'Nulmeting is alsnog aangeleverd.' }]);
  });

  it('is refused outside the scale', () => {
    const out = applyConsensus(aggregates, [{ aanvraag: 'A-1', item: 'smart', score: 7, motivatie: 'x', wie: 'A', rol: 'analist' }], DEFAULT_RUBRIC_2021, 't');
    expect(out.geweigerd[0]).toContain('buiten de schaal 1–5');
  });
});

describe('completeness', () => {
  it('names the assessor and items that are missing, and the uncovered role', () => {
    const all = scoresFor('A-1', byGroup([3, 3, 3, 3], [3, 3, 3], 3, 3));
    const missing = all.filter((s) => !(s.beoordelaar === 'Zeno Zorg' && (s.item === 'jzojp' || s.item === 'bereik')));
    const [c] = checkCompleteness(['A-1'], missing, DEFAULT_RUBRIC_2021, PANEL.map((p) => p.rol));
    expect(c.compleet).toBe(false);
    expect(c.ontbreekt).toEqual([{ beoordelaar: 'Zeno Zorg', rol: 'zorginhoudelijk adviseur', ontbrekendeItems: ['bereik', 'jzojp'] }]);
    expect(c.ontbrekendeRollen).toEqual(['zorginhoudelijk adviseur']);
    expect(c.melding).toBe(
      '3 van minimaal 4 beoordelaars scoorden alle onderdelen; Zeno Zorg (zorginhoudelijk adviseur) mist Bereik ZK-klanten, Juiste zorg op de juiste plek; ontbrekende rollen: zorginhoudelijk adviseur.',
    );
  });

  it('a panel of twelve, scores in any order and interleaved: the same answer as sorted by assessor and item', () => {
    const items = DEFAULT_RUBRIC_2021.items.map((i) => i.id);
    const names = Array.from({ length: 12 }, (_, i) => `Beoordelaar ${String.fromCharCode(76 - i)}`);
    // Everyone scores A-1 fully; on A-2 the last four skip the last item.
    const ordered: Score[] = ['A-1', 'A-2'].flatMap((aanvraag) =>
      names.flatMap((beoordelaar, n) => items.filter((item, j) => !(aanvraag === 'A-2' && n >= 8 && j === items.length - 1)).map((item) => ({ aanvraag, beoordelaar, rol: `rol ${n % 3}`, item, score: 3, toelichting: '' }))),
    );
    // A fixed shuffle: reversed, then every third score moved to the front.
    const reversed = [...ordered].reverse();
    const shuffled = [...reversed.filter((_, i) => i % 3 === 0), ...reversed.filter((_, i) => i % 3 !== 0)];
    const rubric = { ...DEFAULT_RUBRIC_2021, minBeoordelaars: 10 };
    const [a1, a2] = checkCompleteness(['A-1', 'A-2'], shuffled, rubric);
    expect(checkCompleteness(['A-1', 'A-2'], ordered, rubric)).toEqual([a1, a2]);
    expect(a1.compleet).toBe(true);
    expect(a1.volledigeBeoordelaars).toEqual([...names].sort());
    expect(a2.compleet).toBe(false);
    expect(a2.volledigeBeoordelaars).toHaveLength(8);
    expect(a2.ontbreekt.map((g) => [g.beoordelaar, g.ontbrekendeItems])).toEqual(names.slice(8).sort().map((name) => [name, [items[items.length - 1]]]));
  });

  it('an application nobody scored lists every panel member', () => {
    const [, c] = checkCompleteness(['A-1', 'A-2'], scoresFor('A-1', byGroup([3, 3, 3, 3], [3, 3, 3], 3, 3)), DEFAULT_RUBRIC_2021);
    expect(c.ontbreekt.map((g) => g.beoordelaar)).toEqual(PANEL.map((p) => p.beoordelaar));
    expect(c.melding).toContain('Anna Analist (analist) heeft nog niets gescoord');
  });
});

describe('z-score normalisation per assessor', () => {
  const s = (beoordelaar: string, aanvraag: string, score: number): Score => ({ aanvraag, beoordelaar, rol: 'r', item: 'smart', score, toelichting: '' });
  it('a strict assessor (1, 3) and a mild one (3, 5) become the same after normalisation', () => {
    // all scores 1,3,3,5: panel mean 3, panel sd √(8/3) = 1.633; each assessor: mean 2 or 4, sd √2
    // z = ±0.7071 → 3 ± 0.7071·1.633 = 3 ± 1.1547
    const out = normalizeByAssessor([s('streng', 'A', 1), s('streng', 'B', 3), s('mild', 'A', 3), s('mild', 'B', 5)]);
    expect(out[0].score).toBeCloseTo(1.8453, 4);
    expect(out[1].score).toBeCloseTo(4.1547, 4);
    expect(out[2].score).toBeCloseTo(out[0].score, 9);
    expect(out[3].score).toBeCloseTo(out[1].score, 9);
  });
  it('an assessor who gives everything the same score gets the panel mean', () => {
    const out = normalizeByAssessor([s('vlak', 'A', 4), s('vlak', 'B', 4), s('x', 'A', 1), s('x', 'B', 3)]);
    expect(out[0].score).toBe(3);
  });
});
