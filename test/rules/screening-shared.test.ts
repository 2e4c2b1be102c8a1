/**
 * Screening shares what is the same for many applications (participant locations, AGB readings,
 * exclusion searches, end dates, discipline readings per application). These tests hold each
 * shortcut against the plain computation it replaces, so a shortcut that drifts is caught.
 */
import fc from 'fast-check';
import { evaluateEligibility } from '../../src/rules/eligibility';
import { checkExclusions } from '../../src/rules/checks/exclusions';
import { checkPeriod } from '../../src/rules/checks/period';
import { budgetFindings, evaluateBudgetCoverage, evaluateBusinessCase } from '../../src/rules/businesscase';
import { weakest } from '../../src/rules/status';
import { CRITERION_RULES } from '../../src/rules/criteria';
import { disciplineFromAgb, participantDiscipline } from '../../src/rules/disciplines';
import { endAfterMonths } from '../../src/rules/durations';
import { readParticipantLocation, resolveParticipantLocation } from '../../src/rules/participant-location';
import { samenwerken2021 } from '../../src/rules/policies/samenwerken-2021';
import { policySchema } from '../../src/rules/policy';
import { validateAgb } from '../../src/rules/validators';
import { eligibleApplication } from './fixtures';

const places = ['Utrecht', 'Zeist', 'Haren', 'Bergen', 'Weesp', 'Utrect', 'Den Haag', ' Houten ', '', 'Laren (Lochem)', 'Amsterdam/Diemen', 'Eindhoven'];
const postcodes = ['3511 AB', '3701', '1011', '9999', 'abc', '', ' 3712 ', '1381'];
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });

describe('shared participant locations', () => {
  it('read the same as a fresh resolution, also when asked again', () => {
    fc.assert(
      fc.property(maybe(fc.constantFrom(...places)), maybe(fc.constantFrom(...places)), maybe(fc.oneof(fc.constantFrom(...postcodes), fc.integer({ min: 1000, max: 9999 }))), (gemeente, plaats, postcode) => {
        const p = { gemeente, plaats, postcode };
        const fresh = resolveParticipantLocation(p, samenwerken2021);
        expect(readParticipantLocation(p, samenwerken2021)).toEqual(fresh);
        expect(readParticipantLocation({ ...p }, samenwerken2021)).toEqual(fresh);
        expect(Object.isFrozen(readParticipantLocation(p, samenwerken2021))).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});

describe('AGB readings', () => {
  /** What disciplineFromAgb read before it had a shortcut for 8 digits: validateAgb's value. */
  function soortByValidation(agb: string): string | undefined {
    const checked = validateAgb(agb);
    return checked.ok ? checked.value.slice(0, 2) : undefined;
  }

  it('give the zorgsoort validateAgb gives, for codes with and without spaces, dots or letters', () => {
    const chars = fc.constantFrom('0', '1', '2', '3', '4', '5', '6', '9', ' ', '.', '-', 'a', '٣');
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 11 }).map((c) => c.join('')), (agb) => {
        expect(disciplineFromAgb(agb)?.soort).toBe(soortByValidation(agb));
      }),
      { numRuns: 500 },
    );
  });

  it('hand every caller its own answer', () => {
    const a = disciplineFromAgb('04123456')!;
    a.soort = 'xx';
    expect(disciplineFromAgb('04123456')).toEqual({ soort: '04', discipline: 'fysiotherapie' });
  });
});

describe('exclusion searches by text', () => {
  it('give the same findings when a text is searched again', () => {
    const app = eligibleApplication();
    app.doel = 'Wetenschappelijk onderzoek naar valpreventie. En meer.';
    app.begroting!.kosten!.push({ omschrijving: 'Huur ruimte', bedrag: 100 });
    const first = JSON.stringify(checkExclusions(app, samenwerken2021));
    expect(JSON.stringify(checkExclusions(app, samenwerken2021))).toBe(first);
    expect(first).toContain('uitsluitingen.tekst_signaal');
    expect(first).toContain('uitsluitingen.kostenregel_signaal');
  });
});

describe('end dates after a number of months', () => {
  it('are the same asked once or again', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1990, max: 2100 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }), fc.integer({ min: -2, max: 60 }), (y, m, d, months) => {
        const start = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
        const once = endAfterMonths(start, months);
        expect(endAfterMonths(start, months)).toBe(once);
      }),
      { numRuns: 200 },
    );
    expect(endAfterMonths('2021-04-01', 21)).toBe('2022-12-31');
    expect(endAfterMonths('2021-01-31', 1)).toBe('2021-02-28');
  });
});

describe('criteria that read disciplines', () => {
  it('K4 and K11 give the same with or without the readings screening shares', () => {
    const app = eligibleApplication();
    app.deelnemers!.push({ praktijknaam: 'POH', discipline: 'POH-GGZ', agb: '01999999' }, { praktijknaam: 'X', discipline: 'ziekenhuis' }, { discipline: 'fysio' });
    const k4 = samenwerken2021.criteria.find((c) => c.id === 'K4')!;
    const k11 = samenwerken2021.criteria.find((c) => c.id === 'K11')!;
    const result = evaluateEligibility(app, samenwerken2021);
    const byId = (id: string) => JSON.parse(JSON.stringify(result.checks.find((c) => c.id === id)!.bevindingen));
    expect(byId('K4')).toEqual(JSON.parse(JSON.stringify(CRITERION_RULES.K4(app, k4).bevindingen)));
    expect(byId('K11')).toEqual(JSON.parse(JSON.stringify(CRITERION_RULES.K11(app, k11).bevindingen)));
    expect(participantDiscipline(app.deelnemers![3])).toEqual({ kind: 'eerstelijns', discipline: 'huisartsenzorg', bron: 'beide', tekst: 'POH-GGZ', agbSoort: '01' });
  });
});

describe('findings shared by what they contain', () => {
  const k2 = samenwerken2021.criteria.find((c) => c.id === 'K2')!;

  it('K2 tells lists apart that would join to the same text', () => {
    const a = CRITERION_RULES.K2({ klantgroepen: ['a\u0000b'] } as never, k2);
    const b = CRITERION_RULES.K2({ klantgroepen: ['a', 'b'] } as never, k2);
    expect(a.bevindingen[0].gevonden).toEqual(['a\u0000b']);
    expect(b.bevindingen[0].gevonden).toEqual(['a', 'b']);
    expect(Object.is(CRITERION_RULES.K9({ aantalZkKlanten: -0 } as never, { ...k2, id: 'K9', minimum: 0 }).bevindingen[0].gevonden, -0)).toBe(true);
  });

  it('the period check gives the same findings asked again, under either start setting', () => {
    const late = policySchema.parse({ ...samenwerken2021, teamkeuzes: { ...samenwerken2021.teamkeuzes, startVoorModule: 'niet-toegestaan' } });
    const app = { ...eligibleApplication(), startdatum: '2021-01-01', einddatum: undefined, looptijd: '21 maanden' };
    for (const policy of [samenwerken2021, late, samenwerken2021]) {
      const first = JSON.stringify(checkPeriod(app, policy));
      expect(JSON.stringify(checkPeriod({ ...app }, policy))).toBe(first);
    }
    expect(checkPeriod(app, samenwerken2021).status).toBe('voldoet');
    expect(checkPeriod(app, late).status).toBe('voldoet niet');
  });
});

describe('results shared between applications', () => {
  it('are frozen, read as their own, and an override leaves the others alone', () => {
    const a = evaluateEligibility(eligibleApplication(), samenwerken2021);
    const b = evaluateEligibility({ ...eligibleApplication(), id: 'T-2' }, samenwerken2021);
    const k5a = a.checks.find((c) => c.id === 'K5')!;
    const k5b = b.checks.find((c) => c.id === 'K5')!;
    expect(k5a).toBe(k5b);
    expect(Object.isFrozen(k5a)).toBe(true);
    expect(k5a.reden).toContain('samenwerkingsprotocol aanwezig');
    expect(JSON.parse(JSON.stringify(k5a))).toMatchObject({ id: 'K5', status: 'voldoet', beoordelaarNodig: true, reden: k5a.reden });
    const overridden = evaluateEligibility(eligibleApplication(), samenwerken2021, {
      overrides: [{ checkId: 'K5', status: 'voldoet niet', reden: 'protocol ontbreekt', beoordelaar: 'A', tijdstip: '2021-01-01T00:00:00Z' }],
    });
    expect(overridden.checks.find((c) => c.id === 'K5')!.status).toBe('voldoet niet');
    expect(k5a.status).toBe('voldoet');
    expect(k5a.bevindingen).toHaveLength(1);
  });
});

describe('business case and budget findings shared by their amounts', () => {
  it('are what budgetFindings and businessCaseFindings give, also for -0 and missing amounts', () => {
    const amount = fc.oneof(fc.constant(undefined), fc.constant(-0), fc.constant(0), fc.integer({ min: -5, max: 50_000 }), fc.double({ min: 0, max: 1e6, noNaN: true }));
    fc.assert(
      fc.property(amount, amount, amount, amount, fc.constantFrom(true, false, undefined), (kosten, gevraagd, totaal, opbrengsten, zorg) => {
        const app = { ...eligibleApplication(), begroting: { kosten: [{ bedrag: kosten }], gevraagdBedrag: gevraagd, totaalKosten: totaal }, businesscase: { opbrengsten, zorgUitTweedeLijn: zorg, besparingTweedeLijn: kosten } };
        for (let i = 0; i < 2; i++) {
          const budget = evaluateBudgetCoverage(app as never);
          const all = budgetFindings(app.begroting as never);
          const status = weakest(all.map((b) => b.status));
          expect(budget.status).toBe(status);
          expect(budget.bevindingen).toEqual(status === 'voldoet' ? all : all.filter((b) => b.status === status));
          expect(evaluateBusinessCase(app as never).bevindingen.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 200 },
    );
  });
});
