import fc from 'fast-check';
import { aggregateItem } from '../../src/rules/scoring/aggregate';
import { checkCompleteness } from '../../src/rules/scoring/completeness';
import { itemLabel, DEFAULT_RUBRIC_2021 as rubric } from '../../src/rules/scoring/rubric-2021';
import { mean, median, type Score } from '../../src/rules/scoring/score';

/**
 * The faster completeness and aggregation against the plain versions they replaced (one joined
 * string key per score; Math.min/Math.max over spread values; a standard deviation that takes
 * its own mean): on any scores the two give the same answer.
 */

function completenessBefore(aanvragen: readonly string[], scores: readonly Score[], rollen: readonly string[]) {
  const seen = new Map<string, string>();
  for (const s of scores) if (!seen.has(s.beoordelaar)) seen.set(s.beoordelaar, s.rol);
  const panel = new Map([...seen].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  const scored = new Map<string, Set<string>>();
  for (const s of scores) {
    const key = `${s.aanvraag}\u0000${s.beoordelaar}`;
    let set = scored.get(key);
    if (!set) scored.set(key, (set = new Set()));
    set.add(s.item);
  }
  const itemIds = rubric.items.map((i) => i.id);
  return aanvragen.map((aanvraag) => {
    const volledigeBeoordelaars: string[] = [];
    const ontbreekt: { beoordelaar: string; rol: string; ontbrekendeItems: string[] }[] = [];
    for (const [beoordelaar, rol] of panel) {
      const done = scored.get(`${aanvraag}\u0000${beoordelaar}`);
      const missing = itemIds.filter((id) => !done?.has(id));
      if (missing.length) ontbreekt.push({ beoordelaar, rol, ontbrekendeItems: missing });
      else volledigeBeoordelaars.push(beoordelaar);
    }
    const coveredRoles = new Set(volledigeBeoordelaars.map((b) => panel.get(b)));
    const ontbrekendeRollen = rollen.filter((r) => !coveredRoles.has(r));
    const compleet = volledigeBeoordelaars.length >= rubric.minBeoordelaars;
    const gaps = ontbreekt.map((g) =>
      g.ontbrekendeItems.length === itemIds.length
        ? `${g.beoordelaar} (${g.rol}) heeft nog niets gescoord`
        : `${g.beoordelaar} (${g.rol}) mist ${g.ontbrekendeItems.map((i) => itemLabel(rubric, i)).join(', ')}`,
    );
    const melding = compleet
      ? gaps.length
        ? `Compleet: ${volledigeBeoordelaars.length} beoordelaars; ${gaps.join('; ')}.`
        : `Compleet: ${volledigeBeoordelaars.length} beoordelaars.`
      : `${volledigeBeoordelaars.length} van minimaal ${rubric.minBeoordelaars} beoordelaars scoorden alle onderdelen` +
        (gaps.length ? `; ${gaps.join('; ')}` : '') +
        (ontbrekendeRollen.length ? `; ontbrekende rollen: ${ontbrekendeRollen.join(', ')}` : '') +
        '.';
    // Without declarations of interest nobody is excused and the policy's minimum holds.
    return { aanvraag, volledigeBeoordelaars, ontbreekt, ontbrekendeRollen, metBelang: [], nodig: rubric.minBeoordelaars, compleet, melding };
  });
}

function sdBefore(values: readonly number[]): number {
  if (values.length < 2) return 0;
  const m = mean(values);
  let ss = 0;
  for (const v of values) ss += (v - m) * (v - m);
  return Math.sqrt(ss / (values.length - 1));
}

const APPS = ['A-1', 'A-2', 'A-3', 'A-4'];
const ASSESSORS: [string, string][] = [['Ans', 'analist'], ['Bert', 'beleidsontwikkelaar'], ['Cor', 'zorginkoper'], ['Dina', 'analist'], ['Eef', 'medisch adviseur']];
// Rubric items plus one the rubric does not know: a stray item must not make anyone complete.
const ITEM_IDS = [...rubric.items.map((i) => i.id), 'onbekend-item'];

const scoreRow = fc.record({
  aanvraag: fc.constantFrom(...APPS, 'A-zonder-aanvraag'),
  who: fc.constantFrom(...ASSESSORS),
  item: fc.constantFrom(...ITEM_IDS),
  score: fc.integer({ min: 1, max: 5 }),
});

/** Most assessors score most items: complete and incomplete applications both occur. */
const scoreFile = fc.tuple(fc.subarray(APPS), fc.subarray(ASSESSORS, { minLength: 1 }), fc.array(scoreRow, { maxLength: 40 }), fc.array(fc.nat(), { maxLength: 30 })).map(([apps, full, extra, drop]) => {
  const rows: Score[] = [];
  for (const aanvraag of apps) for (const [beoordelaar, rol] of full) for (const item of rubric.items) rows.push({ aanvraag, beoordelaar, rol, item: item.id, score: 3, toelichting: '' });
  for (const d of drop) if (rows.length) rows.splice(d % rows.length, 1);
  for (const e of extra) rows.push({ aanvraag: e.aanvraag, beoordelaar: e.who[0], rol: e.who[1], item: e.item, score: e.score, toelichting: '' });
  return rows;
});

describe('completeness and aggregation: the same answers as before they were made faster', () => {
  test('checkCompleteness gives what the string-keyed version gave', () => {
    fc.assert(
      fc.property(scoreFile, fc.subarray(['analist', 'beleidsontwikkelaar', 'zorginkoper', 'medisch adviseur']), (scores, rollen) => {
        expect(checkCompleteness(APPS, scores, rubric, rollen)).toEqual(completenessBefore(APPS, scores, rollen));
      }),
      { numRuns: 300 },
    );
  });

  test('aggregateItem gives the min, max, spread and deviation of Math.min, Math.max and the own-mean deviation', () => {
    const values = fc.array(fc.oneof(fc.integer({ min: 1, max: 5 }), fc.double({ min: -10, max: 10, noNaN: true }), fc.constant(NaN)), { minLength: 1, maxLength: 12 });
    fc.assert(
      fc.property(values, fc.constantFrom('gemiddelde' as const, 'mediaan' as const), (vs, methode) => {
        const a = aggregateItem('x', vs, methode, 2);
        const min = Math.min(...vs);
        const max = Math.max(...vs);
        expect(a).toEqual({
          item: 'x',
          n: vs.length,
          gemiddelde: mean(vs),
          mediaan: median(vs),
          standaardafwijking: sdBefore(vs),
          min,
          max,
          spreiding: max - min,
          onenigheid: max - min >= 2,
          waarde: methode === 'mediaan' ? median(vs) : mean(vs),
        });
      }),
      { numRuns: 500 },
    );
  });
});
