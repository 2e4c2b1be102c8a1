import type { Application } from '../../src/rules/application';
import type { CheckResult, EligibilityResult } from '../../src/rules/outcome';
import { type Policy, policySchema } from '../../src/rules/policy';
import { DEFAULT_RUBRIC_2021 } from '../../src/rules/scoring/rubric-2021';
import type { Score } from '../../src/rules/scoring/score';

/** A minimal policy for tests; the real SAMENWERKEN_2021 lives with the eligibility rules. */
export const TEST_POLICY: Policy = policySchema.parse({
  id: 'samenwerken-2021',
  versie: 'test',
  naam: 'Samenwerken in de Regio 2021',
  bron: 'Samenwerken in de Regio 2021',
  maxSelecties: 6,
  besluitDatum: '2020-12-31',
  rollen: ['analist', 'beleidsontwikkelaar', 'inkoper', 'zorginhoudelijk adviseur'],
});

export const PANEL = [
  { beoordelaar: 'Anna Analist', rol: 'analist' },
  { beoordelaar: 'Bas Beleid', rol: 'beleidsontwikkelaar' },
  { beoordelaar: 'Ilse Inkoper', rol: 'inkoper' },
  { beoordelaar: 'Zeno Zorg', rol: 'zorginhoudelijk adviseur' },
];

export const ITEMS = DEFAULT_RUBRIC_2021.items.map((i) => i.id);

const passing = (id: string): CheckResult => ({ id, label: id, status: 'voldoet', reden: 'Voldoet.', velden: [], knockout: true, bevindingen: [], herkomst: { soort: 'bron', document: 'samenwerken2021', plaats: 'Bijlage 1', citaat: id } });

export function eligible(id: string, regio = 'Utrecht'): EligibilityResult {
  return { id, status: 'geschikt', regio, checks: [passing('K1'), passing('K9'), passing('regio')], beleid: { id: 'samenwerken-2021', versie: 'test' } };
}

export function rejected(id: string, check: string, label: string, reden: string, regio: string | null = 'Utrecht'): EligibilityResult {
  return {
    id,
    status: 'niet geschikt',
    regio,
    checks: [passing('K1'), { id: check, label, status: 'voldoet niet', reden, velden: [], knockout: true, bevindingen: [], herkomst: { soort: 'bron', document: 'samenwerken2021', plaats: 'Bijlage 1', citaat: label } }],
    beleid: { id: 'samenwerken-2021', versie: 'test' },
  };
}

export function application(id: string, extra: Partial<Application> = {}): Application {
  return {
    id,
    naamInitiatief: `Initiatief ${id}`,
    naamSamenwerkingsverband: `Samenwerkingsverband ${id}`,
    aantalZkKlanten: 1000,
    begroting: { gevraagdBedrag: 50000 },
    ...extra,
  };
}

/** Every assessor gives the same score per item; `per` overrides single assessors (index 0–3). */
export function scoresFor(aanvraag: string, items: Record<string, number>, per: Record<string, number[]> = {}): Score[] {
  return PANEL.flatMap((p, k) =>
    ITEMS.map((item) => ({ aanvraag, ...p, item, score: per[item]?.[k] ?? items[item], toelichting: '' })),
  );
}

/** Item scores by group: inhoud (protocol, smart, meting, borging), impact (doelgroep, bereik, jzojp), businesscase, haalbaarheid. */
export function byGroup(inhoud: number[], impact: number[], businesscase: number, haalbaarheid: number): Record<string, number> {
  const [protocol, smart, meting, borging] = inhoud;
  const [doelgroep, bereik, jzojp] = impact;
  return { protocol, smart, meting, borging, doelgroep, bereik, jzojp, businesscase, haalbaarheid };
}

/** The worked example of test/ranking/worked-example.test.ts (hand calculation in that file's comment). */
export function workedExampleInput() {
  const aanvragen = ['A1', 'A2', 'A3', 'A4', 'A5', 'A6', 'A7', 'A8', 'A9'].map((id) => application(id));
  const toetsing = [
    ...['A1', 'A2', 'A3'].map((id) => eligible(id, 'Utrecht')),
    eligible('A4', 'Zwolle'),
    eligible('A5', 'Drenthe'),
    eligible('A6', 'Amsterdam'),
    eligible('A7', 'Rotterdam'),
    rejected('A8', 'K9', 'Tenminste 750 klanten van Zilveren Kruis', '749 klanten van Zilveren Kruis; de voorwaarde is tenminste 750.'),
    rejected('A9', 'regio', 'Kernregio', 'Arnhem ligt niet in een kernregio.', null),
  ];
  const scores = [
    ...scoresFor('A1', byGroup([5, 5, 5, 5], [5, 5, 5], 5, 5)),
    ...scoresFor('A2', byGroup([4, 4, 4, 4], [4, 4, 4], 4, 4), { bereik: [3, 5, 4, 4] }),
    ...scoresFor('A3', byGroup([4, 4, 4, 4], [5, 5, 5], 3, 3)),
    ...scoresFor('A4', byGroup([4, 4, 4, 4], [4, 4, 4], 4, 3)),
    ...scoresFor('A5', byGroup([4, 4, 4, 4], [3, 3, 3], 3, 3)),
    ...scoresFor('A6', byGroup([3, 3, 3, 3], [4, 4, 4], 3, 3)),
    ...scoresFor('A7', byGroup([4, 4, 4, 3], [3, 3, 3], 3, 3)),
  ];
  return { policy: TEST_POLICY, aanvragen, toetsing, scores, instellingen: { seed: 2021, resamples: 200 }, tijdstip: '2020-12-15T10:00:00Z', wie: 'Ilse Inkoper', rol: 'inkoper' };
}
