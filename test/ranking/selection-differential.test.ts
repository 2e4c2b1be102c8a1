import fc from 'fast-check';
import type { Application } from '../../src/rules/application';
import { evaluateEligibility } from '../../src/rules/eligibility';
import { formatDateLong } from '../../src/rules/format';
import type { EligibilityResult } from '../../src/rules/outcome';
import { samenwerken2021 } from '../../src/rules/policies/samenwerken-2021';
import type { RankCandidate, RankSettings } from '../../src/rules/ranking/candidate';
import { type Decision, type DecisionContext, DECISION_LABELS, checkName, deadlinePassed, decisionsFor, plainReason, screeningWarnings } from '../../src/rules/ranking/decisions';
import { type BlockingCheck, type ExcludedApplication, blockingCheck, splitByEligibility } from '../../src/rules/ranking/eligibility-split';
import { type RankedEntry, rankCandidates } from '../../src/rules/ranking/rank';
import { type SelectionConstraints, type SelectionEntry, type SkipDetail, type SkipReason, belowQualityMinimum, constraintWalk, selectTop, skipSentence } from '../../src/rules/ranking/select';
import type { Completeness } from '../../src/rules/scoring/completeness';
import { type TeamDecision, missingItems } from '../../src/rules/team-decision';
import { EDGE_CASES } from '../rules/edge-cases';
import { ITEMS } from './fixtures';

/*
 * The selection stage builds its entries and decisions field by field, in one loop, instead of
 * spreading each into a copy (V8's slow path, several µs per application). These are the plain
 * versions it replaced, verbatim; on any input both give the same objects with their fields in
 * the same order (JSON.stringify compares the order too).
 */

function selectTopBefore(ranglijst: readonly RankedEntry[], constraints: SelectionConstraints, itemLabel: (item: string) => string = (i) => i): SelectionEntry[] {
  const walk = constraintWalk(constraints);
  return ranglijst.map((e) => {
    const quality = belowQualityMinimum(e.kandidaat.scores, e.totaal, constraints.minimumKwaliteit);
    if (quality) return { ...e, geselecteerd: false, overgeslagenDoor: 'minimumKwaliteit', overslag: quality, reden: `Niet geselecteerd: ${skipSentence(quality, itemLabel)}.` };
    const { regio, gevraagdBedrag: bedrag } = e.kandidaat;
    const spentBefore = walk.spent;
    const skip = walk.take(regio, bedrag);
    if (skip === null) return { ...e, geselecteerd: true, reden: `Geselecteerd: plaats ${e.positie} van de ranglijst.` };
    const detail = skipDetailBefore(skip, e, constraints, spentBefore);
    return { ...e, geselecteerd: false, overgeslagenDoor: skip, overslag: detail, reden: `Niet geselecteerd: ${skipSentence(detail, itemLabel)}.` };
  });
}

function skipDetailBefore(skip: Exclude<SkipReason, 'minimumKwaliteit'>, e: RankedEntry, constraints: SelectionConstraints, spent: number): SkipDetail {
  const bedrag = e.kandidaat.gevraagdBedrag ?? 0;
  switch (skip) {
    case 'maxSelecties':
      return { soort: 'maxSelecties', positie: e.positie, n: constraints.n };
    case 'maxPerRegio':
      return { soort: 'maxPerRegio', maxPerRegio: constraints.maxPerRegio ?? 0, regio: e.kandidaat.regio ?? '' };
    case 'bedragOnbekend':
      return { soort: 'bedragOnbekend' };
    case 'budget':
      return { soort: 'budget', bedrag, totaal: spent + bedrag, budget: constraints.budget ?? 0 };
  }
}

function screeningWarningsBefore(toetsing: readonly EligibilityResult[]): Map<string, BlockingCheck[]> {
  const out = new Map<string, BlockingCheck[]>();
  for (const r of toetsing) {
    const open = r.checks.filter((c) => !c.knockout && c.status !== 'voldoet');
    if (open.length) out.set(r.id, open.map(blockingCheck));
  }
  return out;
}

function splitBefore(aanvragen: readonly Application[], toetsing: readonly EligibilityResult[]): { geschikt: EligibilityResult[]; uitgesloten: ExcludedApplication[] } {
  const geschikt: EligibilityResult[] = [];
  const uitgesloten: ExcludedApplication[] = [];
  for (const r of toetsing) {
    if (r.status === 'geschikt') {
      geschikt.push(r);
      continue;
    }
    const blocking = r.checks.filter((c) => c.knockout && c.status === (r.status === 'niet geschikt' ? 'voldoet niet' : 'onbekend'));
    uitgesloten.push({ id: r.id, status: r.status, redenen: blocking.map((c) => `${c.id} (${c.label}): ${c.reden}`), punten: blocking.map(blockingCheck) });
  }
  const screened = new Set(toetsing.map((r) => r.id));
  for (const a of aanvragen) {
    if (!screened.has(a.id)) uitgesloten.push({ id: a.id, status: 'niet getoetst', redenen: ['Deze aanvraag is niet getoetst aan de voorwaarden.'], punten: [] });
  }
  return { geschikt, uitgesloten };
}

function tieNoteBefore(e: SelectionEntry): string {
  return e.beslistDoor ? ` Gelijke stand met ${e.beslistDoor.boven}; beslist door ${e.beslistDoor.label}.` : '';
}

function rejectionBefore(u: ExcludedApplication, ctx: DecisionContext): Omit<Decision, 'waarschuwingen'> {
  const points = u.punten.map((p) => `${checkName(p)}: ${plainReason(p)}`).join('; ');
  if (u.status === 'niet getoetst') {
    return { id: u.id, soort: 'nietVolledigBeoordeeld', besluit: DECISION_LABELS.nietVolledigBeoordeeld, motivering: 'Nog niet getoetst aan de voorwaarden.', brief: false };
  }
  if (u.status === 'onvolledig') return incompleteBefore(u, ctx, points);
  return { id: u.id, soort: 'afgewezen', besluit: DECISION_LABELS.afgewezen, motivering: `Niet geschikt: ${points}.`, brief: true };
}

function incompleteBefore(u: ExcludedApplication, ctx: DecisionContext, points: string): Omit<Decision, 'waarschuwingen'> {
  const ontbreekt = missingItems(u.punten);
  const besluit = ctx.teamBesluiten?.get(u.id);
  const missing = `Niet vast te stellen door ontbrekende gegevens: ${points}.`;
  if (!besluit) {
    const passed = deadlinePassed(ctx);
    return {
      id: u.id,
      soort: 'besluitNodig',
      besluit: DECISION_LABELS.besluitNodig,
      motivering: `${missing} Het team vraagt om aanvulling of wijst gemotiveerd af.` + (passed ? ` De uiterste indiendatum (${passed}) is verstreken.` : ''),
      brief: false,
      ontbreekt,
    };
  }
  const door = [besluit.wie, besluit.rol].filter(Boolean).join(', ');
  if (besluit.besluit === 'aanvulling') {
    return {
      id: u.id,
      soort: 'aanvullingGevraagd',
      besluit: DECISION_LABELS.aanvullingGevraagd,
      motivering: `${missing} Het team (${door}) vraagt om aanvulling vóór ${formatDateLong(besluit.antwoordVoor ?? '')}.` + (besluit.motivering.trim() ? ` ${besluit.motivering.trim()}` : ''),
      brief: true,
      ontbreekt,
      teamBesluit: besluit,
    };
  }
  return {
    id: u.id,
    soort: 'afgewezenOnvolledig',
    besluit: DECISION_LABELS.afgewezenOnvolledig,
    motivering: `${missing} Het team (${door}) wijst de aanvraag af: ${besluit.motivering.trim()}`,
    brief: true,
    ontbreekt,
    teamBesluit: besluit,
  };
}

function decisionsBefore(ranglijst: readonly SelectionEntry[], onvolledig: readonly Completeness[], uitgesloten: readonly ExcludedApplication[], ctx: DecisionContext): Decision[] {
  return [
    ...ranglijst.map((e): Omit<Decision, 'waarschuwingen'> => {
      const soort = e.geselecteerd ? 'geselecteerd' : 'nietGeselecteerd';
      return { id: e.id, soort, besluit: DECISION_LABELS[soort], motivering: e.reden + tieNoteBefore(e), brief: true };
    }),
    ...onvolledig.map((v): Omit<Decision, 'waarschuwingen'> => ({ id: v.aanvraag, soort: 'nietVolledigBeoordeeld', besluit: DECISION_LABELS.nietVolledigBeoordeeld, motivering: v.melding, brief: false })),
    ...uitgesloten.map((u) => rejectionBefore(u, ctx)),
  ].map((d) => {
    const waarschuwingen = (ctx.waarschuwingen?.get(d.id) ?? []).map((w) => `${checkName(w)}: ${plainReason(w)}`);
    return { ...d, waarschuwingen, motivering: waarschuwingen.length ? `${d.motivering} Let op: ${waarschuwingen.join('; ')}.` : d.motivering };
  });
}

/** The same objects, and the same fields in the same order all the way down. */
function expectSame<T>(actual: T, expected: T): void {
  expect(JSON.stringify(actual)).toBe(JSON.stringify(expected));
  expect(actual).toEqual(expected);
}

const REGIONS = ['Utrecht', 'Zwolle', 'Drenthe', null] as const;
const GROUPS: Record<string, string> = { protocol: 'inhoud', smart: 'inhoud', meting: 'inhoud', borging: 'inhoud', doelgroep: 'impact', bereik: 'impact', jzojp: 'impact', businesscase: 'businesscase', haalbaarheid: 'haalbaarheid' };
const SETTINGS: RankSettings = { seed: 7, gewichten: Object.fromEntries(ITEMS.map((i) => [i, 1])), groepen: GROUPS, tiebreaks: ['impact', 'inhoud', 'zkKlanten', 'gevraagdBedrag'] };
const candidate = (id: string) =>
  fc
    .record({
      regio: fc.constantFrom(...REGIONS),
      gevraagdBedrag: fc.option(fc.integer({ min: 10000, max: 200000 }), { nil: null }),
      aantalZkKlanten: fc.option(fc.constantFrom(750, 1000), { nil: null }),
      // Few distinct values, so ties (and their beslistDoor) are common.
      scores: fc.record(Object.fromEntries(ITEMS.map((i) => [i, fc.constantFrom(2, 3, 3.5, 4)]))),
    })
    .map((c): RankCandidate => ({ id, ...c }));
const candidates = fc.integer({ min: 0, max: 20 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => candidate(`A${i + 1}`))));
const constraints = fc.record({
  n: fc.integer({ min: 0, max: 8 }),
  maxPerRegio: fc.option(fc.integer({ min: 1, max: 3 }), { nil: undefined }),
  budget: fc.option(fc.integer({ min: 0, max: 600000 }), { nil: undefined }),
  minimumKwaliteit: fc.option(
    fc.record({ minItemScore: fc.option(fc.constantFrom(2.5, 3, 3.5), { nil: undefined }), minTotaal: fc.option(fc.constantFrom(25, 30), { nil: undefined }) }, { requiredKeys: [] }),
    { nil: undefined },
  ),
});

describe('selectTop against the spread version it replaced', () => {
  it('gives the same entries, fields in the same order', () => {
    fc.assert(
      fc.property(candidates, constraints, (cs, c) => {
        const ranked = rankCandidates(cs, SETTINGS).ranglijst;
        const label = (i: string) => `<${i}>`;
        expectSame(selectTop(ranked, c, label), selectTopBefore(ranked, c, label));
      }),
    );
  });

  it('keeps the fields of an entry that has more than rankCandidates gives it', () => {
    const ranked = rankCandidates([{ id: 'A1', regio: 'Utrecht', gevraagdBedrag: 1, aantalZkKlanten: 1, scores: { protocol: 3 } }], SETTINGS).ranglijst;
    const odd = [{ ...ranked[0], extra: 1 }, { ...ranked[0], beslistDoor: undefined }, { kandidaat: ranked[0].kandidaat, positie: 2, id: 'A2', totaal: 3 }] as RankedEntry[];
    expectSame(selectTop(odd, { n: 1 }), selectTopBefore(odd, { n: 1 }));
    expect(Object.keys(selectTop(odd, { n: 1 })[1])).toContain('beslistDoor');
  });
});

describe('screening split, warnings and decisions against the versions they replaced', () => {
  // Real screening results with findings: every hand-written edge case, each its own id.
  const toetsing = EDGE_CASES.map((c, i) => ({ ...evaluateEligibility({ ...c.app, id: `E${i}` }, samenwerken2021) }));
  const apps = toetsing.map((r) => ({ id: r.id }) as Application);
  const incomplete = toetsing.filter((r) => r.status === 'onvolledig').map((r) => r.id);
  const teamDecision = (aanvraag: string) =>
    fc.record({
      aanvraag: fc.constant(aanvraag),
      besluit: fc.constantFrom('aanvulling' as const, 'afwijzen' as const),
      motivering: fc.constantFrom('', '  Te veel ontbreekt. ', 'Graag de begroting.'),
      antwoordVoor: fc.option(fc.constantFrom('2021-01-14', '2021-02-28'), { nil: undefined }),
      wie: fc.constantFrom('Sanne de Boer', ''),
      rol: fc.option(fc.constantFrom('inkoper', ''), { nil: undefined }),
      tijdstip: fc.constant('2020-12-10T15:00:00Z'),
    }) as fc.Arbitrary<TeamDecision>;
  const input = fc.record({
    // A subset of the results in any order, and applications that were never screened.
    results: fc.shuffledSubarray(toetsing),
    unscreened: fc.integer({ min: 0, max: 3 }),
    aligned: fc.boolean(),
    teamBesluiten: fc.subarray(incomplete).chain((ids) => fc.tuple(...ids.map(teamDecision))),
    datum: fc.constantFrom('2020-10-01', '2020-11-05', '2021-02-01T10:00:00Z'),
    indienDeadline: fc.option(fc.constantFrom('2020-11-05', 'geen datum'), { nil: undefined }),
    cs: candidates,
    onvolledig: fc.integer({ min: 0, max: 3 }),
  });

  it('gives the same exclusions, warnings and decisions', () => {
    fc.assert(
      fc.property(input, (x) => {
        const aanvragen = x.aligned ? [...x.results.map((r) => apps.find((a) => a.id === r.id)!)] : [...apps];
        for (let i = 0; i < x.unscreened; i++) aanvragen.push({ id: `N${i}` } as Application);
        const split = splitByEligibility(aanvragen, x.results);
        expectSame(split, splitBefore(aanvragen, x.results));
        const warnings = screeningWarnings(x.results);
        expectSame([...warnings], [...screeningWarningsBefore(x.results)]);
        // Ranked ids that are also screened, so some decisions carry warnings.
        const ids = x.results.map((r) => r.id);
        const ranked = selectTop(rankCandidates(x.cs.map((c, i) => ({ ...c, id: ids[i] ?? c.id })), SETTINGS).ranglijst, { n: 3, maxPerRegio: 1 });
        const onvolledig = Array.from({ length: x.onvolledig }, (_, i) => ({ aanvraag: `O${i}`, melding: `Melding ${i}.` }) as Completeness);
        const ctx: DecisionContext = { datum: x.datum, indienDeadline: x.indienDeadline, waarschuwingen: warnings, teamBesluiten: new Map(x.teamBesluiten.map((b) => [b.aanvraag, b])) };
        expectSame(decisionsFor(ranked, onvolledig, split.uitgesloten, ctx), decisionsBefore(ranked, onvolledig, split.uitgesloten, ctx));
        expectSame(decisionsFor(ranked, onvolledig, split.uitgesloten, { datum: x.datum }), decisionsBefore(ranked, onvolledig, split.uitgesloten, { datum: x.datum }));
      }),
      { numRuns: 200 },
    );
  });
});
