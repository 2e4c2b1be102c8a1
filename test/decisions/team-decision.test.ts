import fc from 'fast-check';
import { buildLetters } from '../../src/report/letter-model';
import type { CheckResult, EligibilityResult } from '../../src/rules/outcome';
import { runProcedure } from '../../src/rules/ranking/procedure';
import { type TeamDecision, dateValue, missingItems, proposedReplyDate, teamDecisionFromRecord, teamDecisionProblems } from '../../src/rules/team-decision';
import { TEST_POLICY, application, byGroup, eligible, scoresFor } from '../ranking/fixtures';

/**
 * "Zilveren Kruis behoudt zich het recht voor om een projectplan gemotiveerd af te wijzen." The
 * source says nothing of incomplete applications, so the program decides nothing: the team asks
 * for the missing items or rejects with a written motivation.
 */
const check = (c: Partial<CheckResult> & Pick<CheckResult, 'id' | 'status'>): CheckResult => ({ label: c.id, reden: '', velden: [], knockout: true, bevindingen: [], herkomst: { soort: 'bron', document: 'samenwerken2021', plaats: 'Bijlage 1', citaat: 'fixture' }, ...c });

describe('what an incomplete application is missing', () => {
  // Built by hand: K9 without evidence (its field), looptijd with typed evidence for einddatum only,
  // K8 met, regio failed (not unknown), indiening unknown but no knock-out.
  const checks: CheckResult[] = [
    check({ id: 'K9', status: 'onbekend', velden: ['aantalZkKlanten'], label: 'Het samenwerkingsverband levert zorg aan tenminste 750 klanten van Zilveren Kruis.' }),
    check({
      id: 'looptijd',
      status: 'onbekend',
      velden: ['startdatum', 'einddatum', 'looptijd'],
      bevindingen: [
        { status: 'voldoet', code: 'looptijd.start', veld: 'startdatum', gevonden: '2021-04-01' },
        { status: 'onbekend', code: 'looptijd.geen_einde', veld: 'einddatum', gevonden: null },
      ],
    }),
    check({ id: 'K8', status: 'voldoet', velden: ['mdoPerJaar'] }),
    check({ id: 'regio', status: 'voldoet niet', velden: ['deelnemers[].gemeente'] }),
    check({ id: 'indiening', status: 'onbekend', velden: ['ontvangen'], knockout: false }),
  ];

  it('lists exactly the unknown knock-outs, with the fields of their unknown evidence', () => {
    expect(missingItems(checks).map((m) => [m.id, m.velden])).toEqual([
      ['K9', ['aantalZkKlanten']],
      ['looptijd', ['einddatum']],
    ]);
  });
});

describe('a team decision is refused without what it needs', () => {
  const base: TeamDecision = { aanvraag: 'B3', besluit: 'afwijzen', motivering: 'Niet onderbouwd.', wie: 'Ilse Inkoper', tijdstip: '2020-12-16T09:00:00Z' };
  it('a rejection without motivation', () => {
    expect(teamDecisionProblems({ ...base, motivering: ' ' })).toEqual([{ veld: 'motivering', melding: 'afwijzen bij B3 geweigerd: een onvolledige aanvraag wordt alleen met een schriftelijke motivering afgewezen' }]);
    expect(teamDecisionProblems(base)).toEqual([]);
  });
  it('a request without a reply date, with an impossible one, or with one not after the decision date', () => {
    const ask = { ...base, besluit: 'aanvulling' as const, motivering: '' };
    expect(teamDecisionProblems(ask).map((p) => p.veld)).toEqual(['antwoordVoor']);
    expect(teamDecisionProblems({ ...ask, antwoordVoor: '2021-02-30' })[0].melding).toBe("'2021-02-30' bij B3 is geen datum (JJJJ-MM-DD)");
    expect(teamDecisionProblems({ ...ask, antwoordVoor: '2020-12-31' }, '2020-12-31')[0].melding).toBe('antwoorddatum 2020-12-31 bij B3 ligt niet na de besluitdatum 2020-12-31');
    expect(teamDecisionProblems({ ...ask, antwoordVoor: '2021-01-01' }, '2020-12-31')).toEqual([]);
  });
  it('the proposed reply date: the decision date plus aanvullingTermijnDagen (14 by default), across a year end', () => {
    expect(proposedReplyDate('2020-12-31', TEST_POLICY.teamkeuzes)).toBe('2021-01-14');
    expect(proposedReplyDate('2021-02-20T10:00:00Z', { aanvullingTermijnDagen: 10 })).toBe('2021-03-02');
  });
  it('reads dates as teams write them', () => {
    expect([dateValue('14-1-2021'), dateValue('2021-01-14'), dateValue(44210), dateValue('14 januari'), dateValue('31-4-2021')]).toEqual(['2021-01-14', '2021-01-14', '2021-01-14', undefined, undefined]);
  });
  it('a sheet row without a decision typed yet is no problem, and a row with an unknown kind names it', () => {
    expect(teamDecisionFromRecord({ aanvraag: 'B3', besluit: '', wie: '' })).toEqual({ problemen: [], leeg: true });
    expect(teamDecisionFromRecord({ aanvraag: 'B3', besluit: 'uitstellen', wie: 'Ilse', tijdstip: 't' }).problemen).toEqual([{ veld: 'Besluit', melding: "besluit 'uitstellen' bij B3 is geen ‘aanvulling’ of ‘afwijzen’" }]);
  });
});

describe('no incomplete application ever gets a rejection letter without a team decision', () => {
  const onbekend: CheckResult = check({ id: 'K9', status: 'onbekend', velden: ['aantalZkKlanten'], label: 'Tenminste 750 klanten' });
  const incomplete = (id: string): EligibilityResult => ({ id, status: 'onvolledig', regio: 'Utrecht', checks: [onbekend], beleid: { id: 'samenwerken-2021', versie: 'test' } });
  const kind = fc.constantFrom('geen', 'aanvulling', 'afwijzen', 'afwijzen zonder motivering', 'aanvulling zonder datum');

  it('for any mix of decisions, a letter for an incomplete application matches a valid team decision', () => {
    fc.assert(
      fc.property(fc.array(kind, { minLength: 1, maxLength: 6 }), (kinds) => {
        const ids = kinds.map((_, i) => `O${i + 1}`);
        const aanvragen = [application('G1'), ...ids.map((id) => application(id))];
        const besluiten: TeamDecision[] = kinds.flatMap((k, i): TeamDecision[] => {
          const b = { aanvraag: ids[i], wie: 'Ilse Inkoper', tijdstip: '2020-12-16T09:00:00Z' };
          if (k === 'aanvulling') return [{ ...b, besluit: 'aanvulling', motivering: '', antwoordVoor: '2021-01-14' }];
          if (k === 'aanvulling zonder datum') return [{ ...b, besluit: 'aanvulling', motivering: '' }];
          if (k === 'afwijzen') return [{ ...b, besluit: 'afwijzen', motivering: 'Ook na navraag niet onderbouwd.' }];
          if (k === 'afwijzen zonder motivering') return [{ ...b, besluit: 'afwijzen', motivering: '' }];
          return [];
        });
        const result = runProcedure({
          policy: TEST_POLICY,
          aanvragen,
          toetsing: [eligible('G1'), ...ids.map(incomplete)],
          scores: scoresFor('G1', byGroup([4, 4, 4, 4], [4, 4, 4], 4, 4)),
          teamBesluiten: besluiten,
          instellingen: { seed: 1, resamples: 0 },
          tijdstip: '2020-12-15T10:00:00Z',
          wie: 'Ilse Inkoper',
          rol: 'inkoper',
        });
        const letters = buildLetters({ result, policy: TEST_POLICY, aanvragen, datum: '2020-12-31' });
        kinds.forEach((k, i) => {
          const mine = letters.filter((l) => l.aanvraag === ids[i]).map((l) => l.soort);
          const expected = k === 'aanvulling' ? ['verzoek om aanvulling'] : k === 'afwijzen' ? ['afgewezen'] : [];
          expect(mine).toEqual(expected);
        });
      }),
      { numRuns: 60 },
    );
  });
});
