import type { CheckResult, EligibilityResult } from '../../src/rules/outcome';
import { runProcedure } from '../../src/rules/ranking/procedure';
import type { TeamDecision } from '../../src/rules/team-decision';
import { TEST_POLICY, application, byGroup, eligible, rejected, scoresFor } from '../ranking/fixtures';

/** Four applications: two selected (N = 2), one not selected, one rejected on K9. Applicant text tries formula injection. */
export function smallRun() {
  const policy = { ...TEST_POLICY, maxSelecties: 2 };
  const aanvragen = [
    application('A1', { naamInitiatief: '=HYPERLINK("http://evil.example","klik")', handtekening: 'dr. P. Jansen', ontvangen: '2020-11-02', deelnemers: [{ adres: 'Vaartweg 12', postcode: '3995 AB', plaats: 'Houten' }] }),
    application('A2', { naamInitiatief: '+31 6 1234 5678', begroting: { gevraagdBedrag: 125000.5 }, handtekening: 'H. Smit, voorzitter', naamSamenwerkingsverband: 'Coöperatie Zorg Zwolle U.A.' }),
    application('A3', { naamInitiatief: '@SUM(A1:A9)', naamSamenwerkingsverband: '-2+3' }),
    application('A4', { naamInitiatief: 'Te klein' }),
  ];
  const toetsing = [eligible('A1'), eligible('A2', 'Zwolle'), eligible('A3', 'Drenthe'), rejected('A4', 'K9', 'Tenminste 750 klanten van Zilveren Kruis', '749 klanten van Zilveren Kruis; de voorwaarde is tenminste 750.')];
  // A1: 20+15+5+5 = 45; A2: 16+12+4+4 = 36 (bereik 3,5,4,4 → flag); A3: 12+9+3+3 = 27
  const scores = [
    ...scoresFor('A1', byGroup([5, 5, 5, 5], [5, 5, 5], 5, 5)),
    ...scoresFor('A2', byGroup([4, 4, 4, 4], [4, 4, 4], 4, 4), { bereik: [3, 5, 4, 4] }),
    ...scoresFor('A3', byGroup([3, 3, 3, 3], [3, 3, 3], 3, 3)),
  ].map((s, i) => (i === 0 ? { ...s, toelichting: '=1+1' } : s));
  const tijdstip = '2020-12-15T10:30:00.000Z';
  const result = runProcedure({ policy, aanvragen, toetsing, scores, instellingen: { seed: 99, resamples: 100 }, tijdstip, wie: 'Ilse Inkoper', rol: 'inkoper' });
  return { policy, aanvragen, toetsing, scores, result, tijdstip };
}

/**
 * The honest outputs for what has no ordinary decision: B1 is selected; B2 passed screening but
 * Zeno Zorg has not scored bereik and jzojp yet; B3's screening is onvolledig (K9 unknown: the
 * number of clients was not given) and the policy's deadline, 5 November 2020, has passed. What
 * happens to B3 is the team's decision, passed in (none by default).
 */
export function incompleteRun(teamBesluiten: TeamDecision[] = []) {
  const policy = { ...TEST_POLICY, indienDeadline: '2020-11-05' };
  const aanvragen = [application('B1', { handtekening: 'A. de Wit, voorzitter' }), application('B2'), application('B3', { handtekening: '-1' })];
  const onbekend: CheckResult = { id: 'K9', label: 'Het samenwerkingsverband levert zorg aan tenminste 750 klanten van Zilveren Kruis.', status: 'onbekend', reden: 'aantal klanten van Zilveren Kruis niet opgegeven', velden: ['aantalZkKlanten'], knockout: true, bevindingen: [], herkomst: { soort: 'bron', document: 'samenwerken2021', plaats: 'Bijlage 1, 9', citaat: 'Het samenwerkingsverband levert zorg aan tenminste 750 klanten van Zilveren Kruis.' } };
  const late: CheckResult = { id: 'indiening', label: 'Uiterlijk 5 november 2020 dient u als samenwerkingsverband uw initiatief in bij Zilveren Kruis', status: 'voldoet niet', reden: 'ontvangen op 9 november 2020, na de uiterste indiendatum (uiterlijk 5 november 2020)', velden: ['ontvangen'], knockout: false, bevindingen: [], herkomst: { soort: 'bron', document: 'samenwerken2021', plaats: 'paragraaf 4', citaat: 'Uiterlijk 5 november 2020 dient u als samenwerkingsverband uw initiatief in bij Zilveren Kruis' } };
  const toetsing: EligibilityResult[] = [
    { ...eligible('B1'), checks: [...eligible('B1').checks, late] },
    eligible('B2'),
    { id: 'B3', status: 'onvolledig', regio: 'Utrecht', checks: [onbekend], beleid: { id: 'samenwerken-2021', versie: 'test' } },
  ];
  const scores = [
    ...scoresFor('B1', byGroup([4, 4, 4, 4], [4, 4, 4], 4, 4)),
    ...scoresFor('B2', byGroup([4, 4, 4, 4], [4, 4, 4], 4, 4)).filter((s) => !(s.beoordelaar === 'Zeno Zorg' && (s.item === 'bereik' || s.item === 'jzojp'))),
  ];
  const tijdstip = '2020-12-15T10:30:00.000Z';
  const result = runProcedure({ policy, aanvragen, toetsing, scores, teamBesluiten, instellingen: { seed: 1, resamples: 0 }, tijdstip, wie: 'Ilse Inkoper', rol: 'inkoper' });
  return { policy, aanvragen, toetsing, scores, result, tijdstip };
}

/**
 * The sheets of the selection workbook in order, as the add-in and `zk selectie` write them
 * (docs/werkmap.md): the add-in's sheets, then zk's Aggregatie and Gevoeligheid before Audit.
 */
export const SELECTION_WORKBOOK_SHEETS = [
  'Selectie',
  'Besluiten',
  'Toetsing',
  'Aanvragen',
  'Deelnemers',
  'Begroting',
  'Scores analist',
  'Scores beleidsontwikkelaar',
  'Scores inkoper',
  'Scores zorginhoudelijk adviseur',
  'Overleg',
  'Consensus',
  'Belangen',
  'Aggregatie',
  'Gevoeligheid',
  'Audit',
  'Instellingen',
];
