import fc from 'fast-check';
import type { Rubric } from '../../src/rules/policy';
import { type Aggregates, aggregateItem, aggregateScores } from '../../src/rules/scoring/aggregate';
import { type Completeness, type ConflictOptions, checkCompleteness } from '../../src/rules/scoring/completeness';
import { type Belangverklaring, ConflictIndex, minimumWithConflictHerkomst, requiredAssessors, sameAssessor } from '../../src/rules/scoring/conflicts';
import { itemLabel, DEFAULT_RUBRIC_2021 as rubric } from '../../src/rules/scoring/rubric-2021';
import { type Aggregation, mean, median, type Score } from '../../src/rules/scoring/score';

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

/** aggregateScores as it was before the typed-array grouping: nested maps of arrays. */
function aggregateNestedMaps(scores: readonly Score[], r: Rubric, methode: Aggregation = r.aggregatie): Aggregates {
  const grouped = new Map<string, Map<string, number[]>>();
  for (const s of scores) {
    let perItem = grouped.get(s.aanvraag);
    if (!perItem) grouped.set(s.aanvraag, (perItem = new Map()));
    const list = perItem.get(s.item);
    if (list) list.push(s.score);
    else perItem.set(s.item, [s.score]);
  }
  const out: Aggregates = new Map();
  for (const [aanvraag, perItem] of grouped) {
    const items = new Map();
    for (const [item, values] of perItem) items.set(item, aggregateItem(item, values, methode, r.spreidingsDrempel));
    out.set(aanvraag, items);
  }
  return out;
}

/** checkCompleteness as it was before the bit masks: a set of items per application and assessor. */
function completenessNestedMaps(aanvragen: readonly string[], scores: readonly Score[], r: Rubric, rollen: readonly string[], conflicts?: ConflictOptions): Completeness[] {
  const seen = new Map<string, string>();
  for (const s of scores) if (!seen.has(s.beoordelaar)) seen.set(s.beoordelaar, s.rol);
  const index = new ConflictIndex(conflicts?.belangen ?? []);
  for (const b of conflicts?.belangen ?? []) {
    const name = b.beoordelaar.trim() || b.rol.trim();
    if (name && ![...seen].some(([n, ro]) => sameAssessor({ beoordelaar: n, rol: ro }, b))) seen.set(name, b.rol.trim());
  }
  const panel = new Map([...seen].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  const scored = new Map<string, Map<string, Set<string>>>();
  for (const s of scores) {
    let perAssessor = scored.get(s.aanvraag);
    if (!perAssessor) scored.set(s.aanvraag, (perAssessor = new Map()));
    let set = perAssessor.get(s.beoordelaar);
    if (!set) perAssessor.set(s.beoordelaar, (set = new Set()));
    set.add(s.item);
  }
  const itemIds = r.items.map((i) => i.id);
  return aanvragen.map((aanvraag) => {
    const volledigeBeoordelaars: string[] = [];
    const ontbreekt: Completeness['ontbreekt'] = [];
    const perAssessor = scored.get(aanvraag);
    const metBelang: Completeness['metBelang'] = [];
    for (const [beoordelaar, rol] of panel) {
      const belang = index.conflict(aanvraag, { beoordelaar, rol });
      if (belang) {
        metBelang.push({ beoordelaar, rol, reden: belang.reden.trim() });
        continue;
      }
      const done = perAssessor?.get(beoordelaar);
      const missing = itemIds.filter((id) => !done?.has(id));
      if (missing.length) ontbreekt.push({ beoordelaar, rol, ontbrekendeItems: missing });
      else volledigeBeoordelaars.push(beoordelaar);
    }
    const coveredRoles = new Set(volledigeBeoordelaars.map((b) => panel.get(b)));
    const excusedRoles = new Set(metBelang.map((m) => m.rol));
    const ontbrekendeRollen = rollen.filter((ro) => !coveredRoles.has(ro) && !excusedRoles.has(ro));
    const nodig = requiredAssessors(r, panel.size, metBelang.length, conflicts?.teamkeuzes);
    const compleet = volledigeBeoordelaars.length >= nodig;
    const gaps = ontbreekt.map((g) =>
      g.ontbrekendeItems.length === itemIds.length
        ? `${g.beoordelaar} (${g.rol}) heeft nog niets gescoord`
        : `${g.beoordelaar} (${g.rol}) mist ${g.ontbrekendeItems.map((i) => itemLabel(r, i)).join(', ')}`,
    );
    const belangText = metBelang.length
      ? `; ${metBelang.map((m) => `${m.beoordelaar}${m.rol && m.rol !== m.beoordelaar ? ` (${m.rol})` : ''} scoort niet wegens een belang`).join('; ')} (nodig: ${nodig}, keuze van het team)`
      : '';
    const melding = compleet
      ? gaps.length
        ? `Compleet: ${volledigeBeoordelaars.length} beoordelaars; ${gaps.join('; ')}${belangText}.`
        : `Compleet: ${volledigeBeoordelaars.length} beoordelaars${belangText}.`
      : `${volledigeBeoordelaars.length} van minimaal ${nodig} beoordelaars scoorden alle onderdelen` +
        (gaps.length ? `; ${gaps.join('; ')}` : '') +
        (ontbrekendeRollen.length ? `; ontbrekende rollen: ${ontbrekendeRollen.join(', ')}` : '') +
        belangText +
        '.';
    return { aanvraag, volledigeBeoordelaars, ontbreekt, ontbrekendeRollen, metBelang, nodig, ...(metBelang.length ? { nodigHerkomst: minimumWithConflictHerkomst() } : {}), compleet, melding };
  });
}

/** Maps as arrays of entries, so `toStrictEqual` also compares their order. */
const entries = (a: Aggregates) => [...a].map(([id, items]) => [id, [...items]]);

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
  test('aggregateScores gives what the nested maps gave: same order, same numbers, also for NaN, −0 and values in any order', () => {
    const value = fc.oneof(fc.integer({ min: 1, max: 5 }), fc.double({ min: -10, max: 10, noNaN: true }), fc.constant(-0), fc.constant(0), fc.constant(NaN));
    const row = fc.record({ aanvraag: fc.constantFrom(...APPS), who: fc.constantFrom(...ASSESSORS), item: fc.constantFrom(...ITEM_IDS), score: value });
    fc.assert(
      fc.property(fc.oneof(scoreFile, fc.array(row, { maxLength: 60 }).map((rows) => rows.map((e): Score => ({ aanvraag: e.aanvraag, beoordelaar: e.who[0], rol: e.who[1], item: e.item, score: e.score, toelichting: '' })))), fc.constantFrom('gemiddelde' as const, 'mediaan' as const), (scores, methode) => {
        expect(entries(aggregateScores(scores, rubric, methode))).toStrictEqual(entries(aggregateNestedMaps(scores, rubric, methode)));
      }),
      { numRuns: 300 },
    );
  });

  test('aggregateScores with `alleen` gives what the nested maps give for the scores of those applications only', () => {
    const value = fc.oneof(fc.integer({ min: 1, max: 5 }), fc.double({ min: -10, max: 10, noNaN: true }), fc.constant(-0), fc.constant(NaN), fc.constant('3' as unknown as number));
    const row = fc.record({ aanvraag: fc.constantFrom(...APPS, 'A-zonder-aanvraag'), who: fc.constantFrom(...ASSESSORS), item: fc.constantFrom(...ITEM_IDS), score: value });
    const rows = fc.array(row, { maxLength: 60 }).map((rs) => rs.map((e): Score => ({ aanvraag: e.aanvraag, beoordelaar: e.who[0], rol: e.who[1], item: e.item, score: e.score, toelichting: '' })));
    fc.assert(
      fc.property(fc.oneof(scoreFile, rows), fc.subarray([...APPS, 'A-niet-gescoord']), fc.constantFrom('gemiddelde' as const, 'mediaan' as const), (scores, ids, methode) => {
        const alleen = new Set(ids);
        const expected = entries(aggregateNestedMaps(scores.filter((s) => alleen.has(s.aanvraag)), rubric, methode));
        expect(entries(aggregateScores(scores, rubric, methode, alleen))).toStrictEqual(expected);
      }),
      { numRuns: 300 },
    );
  });

  test('aggregateScores: the median of 0 and −0 is the one Array.prototype.sort puts in the middle', () => {
    for (const values of [[0, -0, 5], [-0, 0, 5], [5, -0, 0, 1], [-0, 0, -0]]) {
      const scores = values.map((score, i): Score => ({ aanvraag: 'A-1', beoordelaar: `B${i}`, rol: 'analist', item: 'smart', score, toelichting: '' }));
      expect(entries(aggregateScores(scores, rubric, 'mediaan'))).toStrictEqual(entries(aggregateNestedMaps(scores, rubric, 'mediaan')));
    }
  });

  test('checkCompleteness gives what the sets per assessor gave, with declarations of interest and rows in any order', () => {
    const decl = fc.record({
      aanvraag: fc.constantFrom(...APPS, ' A-1 '),
      who: fc.constantFrom(...ASSESSORS, ['Fien', 'analist'] as [string, string], ['', 'zorginkoper'] as [string, string]),
      belang: fc.constantFrom('geen' as const, 'conflict' as const),
      tijdstip: fc.constantFrom('2021-01-01T10:00:00Z', '2021-01-02T10:00:00Z'),
    });
    const declarations = fc.array(decl, { maxLength: 6 }).map((ds) => ds.map((d): Belangverklaring => ({ aanvraag: d.aanvraag, beoordelaar: d.who[0], rol: d.who[1], belang: d.belang, reden: d.belang === 'conflict' ? 'werkt bij een deelnemende praktijk' : '', tijdstip: d.tijdstip })));
    fc.assert(
      fc.property(scoreFile.chain((rows) => fc.shuffledSubarray(rows, { minLength: rows.length, maxLength: rows.length })), declarations, fc.subarray(['analist', 'beleidsontwikkelaar', 'zorginkoper', 'medisch adviseur']), (scores, belangen, rollen) => {
        const conflicts = { belangen, teamkeuzes: { beoordelaarsBijBelang: 2 } };
        expect(checkCompleteness([...APPS, 'A-1'], scores, rubric, rollen, conflicts)).toStrictEqual(completenessNestedMaps([...APPS, 'A-1'], scores, rubric, rollen, conflicts));
      }),
      { numRuns: 300 },
    );
  });

  test('checkCompleteness with more than 32 rubric items (more than one word of bits) and a repeated item id', () => {
    const items = Array.from({ length: 40 }, (_, i) => ({ ...rubric.items[0], id: `i${i}` }));
    const big: Rubric = { ...rubric, minBeoordelaars: 2, items: [...items, items[35]] };
    const row = fc.record({ aanvraag: fc.constantFrom(...APPS), who: fc.constantFrom(...ASSESSORS.slice(0, 3)), item: fc.constantFrom(...items.map((i) => i.id), 'onbekend-item') });
    fc.assert(
      fc.property(fc.subarray(ASSESSORS.slice(0, 3)), fc.array(row, { maxLength: 30 }), fc.array(fc.nat(), { maxLength: 10 }), (full, extra, drop) => {
        const scores: Score[] = [];
        for (const [beoordelaar, rol] of full) for (const item of items) scores.push({ aanvraag: 'A-1', beoordelaar, rol, item: item.id, score: 3, toelichting: '' });
        for (const d of drop) if (scores.length) scores.splice(d % scores.length, 1);
        for (const e of extra) scores.push({ aanvraag: e.aanvraag, beoordelaar: e.who[0], rol: e.who[1], item: e.item, score: 3, toelichting: '' });
        expect(checkCompleteness(APPS, scores, big, [])).toStrictEqual(completenessNestedMaps(APPS, scores, big, []));
      }),
      { numRuns: 200 },
    );
  });
});
