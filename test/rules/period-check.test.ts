import fc from 'fast-check';
import type { Application } from '../../src/rules/application';
import { checkPeriod } from '../../src/rules/checks/period';
import { endAfterMonths, parseDuration, parseDutchDate, parseLooptijd } from '../../src/rules/durations';
import { hasMessage, renderBevindingen } from '../../src/rules/findings';
import { samenwerken2021 } from '../../src/rules/policies/samenwerken-2021';
import type { Policy } from '../../src/rules/policy';
import { eligibleApplication } from './fixtures';

/*
 * Edge cases for the period. Every verdict rests on "De module loopt van 1 april 2021 en eindigt
 * uiterlijk op 31-12-2022. De doelstellingen van het initiatief moeten dus binnen dit tijdspad te
 * behalen zijn." (Duur van het initiatief). Bijlage 3 asks "Beoogde startdatum" and "Beoogde
 * looptijd" as free text. A start before 1 April 2021 is not excluded by the text, which invites
 * "uw (lopende) initiatief": that is the team setting startVoorModule (default toegestaan).
 */

function app(fields: Partial<Application>): Application {
  const base = eligibleApplication();
  delete base.einddatum;
  delete base.looptijd;
  return { ...base, ...fields };
}

const strict: Policy = { ...samenwerken2021, teamkeuzes: { ...samenwerken2021.teamkeuzes, startVoorModule: 'niet-toegestaan' } };

describe('looptijd: durations as applicants write them, from a start on 1 April 2021', () => {
  it.each([
    // 1-4-2021 + 18 months ends 30-9-2022, within "uiterlijk op 31-12-2022".
    ['1,5 jaar', '2022-09-30', 'voldoet'],
    ['1.5 jaar', '2022-09-30', 'voldoet'],
    ['anderhalf jaar', '2022-09-30', 'voldoet'],
    ['1½ jaar', '2022-09-30', 'voldoet'],
    ['18 maanden', '2022-09-30', 'voldoet'],
    ['21 mnd', '2022-12-31', 'voldoet'],
    ['21 mnd.', '2022-12-31', 'voldoet'],
    ['21 maanden', '2022-12-31', 'voldoet'],
    ['1 jaar en 9 maanden', '2022-12-31', 'voldoet'],
    ['een half jaar', '2021-09-30', 'voldoet'],
    ['twaalf maanden', '2022-03-31', 'voldoet'],
    // 22 months and 2 years end after 31-12-2022.
    ['22 maanden', '2023-01-31', 'voldoet niet'],
    ['2 jaar', '2023-03-31', 'voldoet niet'],
    ['twee jaar', '2023-03-31', 'voldoet niet'],
  ])('"%s" ends %s: %s', (looptijd, einde, status) => {
    const r = checkPeriod(app({ startdatum: '2021-04-01', looptijd }), samenwerken2021);
    expect(r.status).toBe(status);
    expect(r.bevindingen[1]).toMatchObject({ veld: 'looptijd', gevonden: einde, citaat: looptijd });
  });

  it('"1,5 jaar" is 18 months, not 5 years (the old reading gave an end in 2026)', () => {
    const r = checkPeriod(app({ startdatum: '2021-04-01', looptijd: '1,5 jaar' }), samenwerken2021);
    expect(r.reden).toBe("startdatum 1-4-2021; einddatum 30-9-2022 (afgeleid uit looptijd '1,5 jaar')");
  });

  it.each([
    ['tot en met december 2022', '2022-12-31', 'voldoet'],
    ['t/m eind 2022', '2022-12-31', 'voldoet'],
    ['t/m 31-12-2022', '2022-12-31', 'voldoet'],
    ['tot 31 december 2022', '2022-12-31', 'voldoet'],
    ['21 maanden (t/m december 2022)', '2022-12-31', 'voldoet'],
    ['t/m juni 2022', '2022-06-30', 'voldoet'],
    ['t/m januari 2023', '2023-01-31', 'voldoet niet'],
    ['tot en met eind 2023', '2023-12-31', 'voldoet niet'],
  ])('an end as written, "%s", ends %s: %s', (looptijd, einde, status) => {
    const r = checkPeriod(app({ startdatum: '2021-04-01', looptijd }), samenwerken2021);
    expect(r.status).toBe(status);
    expect(r.bevindingen[1].gevonden).toBe(einde);
  });

  it('a period "1-4-2021 t/m 31-12-2022" without a separate start date gives both ends: voldoet', () => {
    const r = checkPeriod(app({ startdatum: undefined, looptijd: '1-4-2021 t/m 31-12-2022' }), samenwerken2021);
    expect(r.status).toBe('voldoet');
    expect(r.bevindingen.map((b) => b.gevonden)).toEqual(['2021-04-01', '2022-12-31']);
  });

  it.each([
    ['2021-2022', '2021-01-01', '2022-12-31'],
    ['april 2021–december 2022', '2021-04-01', '2022-12-31'],
    ['1-4-2021-31-12-2022', '2021-04-01', '2022-12-31'],
  ])('a period written with a dash, "%s", reads as %s to %s', (looptijd, van, tot) => {
    expect(parseLooptijd(looptijd)).toEqual({ soort: 'periode', van, tot });
  });

  it.each(['nog niet bekend', '21', 'jaarlijks', '1,5 maand', 'ongeveer een tijdje', '21 maanden en 1 dag', '90 weken'])('an unreadable duration "%s" is onbekend, quoted', (looptijd) => {
    const r = checkPeriod(app({ startdatum: '2021-04-01', looptijd }), samenwerken2021);
    expect(r.status).toBe('onbekend');
    expect(r.bevindingen[1]).toMatchObject({ code: 'looptijd.onleesbaar', citaat: looptijd });
    expect(r.reden).toContain(`looptijd '${looptijd}' is niet te lezen als duur of einddatum`);
  });

  it('a duration without a start date gives no end: onbekend, saying why', () => {
    const r = checkPeriod(app({ startdatum: undefined, looptijd: '21 maanden' }), samenwerken2021);
    expect(r.status).toBe('onbekend');
    expect(r.reden).toBe("startdatum ontbreekt; looptijd '21 maanden' geeft zonder startdatum geen einddatum");
  });

  it('an einddatum and a looptijd that agree on the verdict: the einddatum is reported', () => {
    expect(checkPeriod(app({ startdatum: '2021-04-01', einddatum: '2022-12-31', looptijd: '21 maanden' }), samenwerken2021).reden).toBe('startdatum 1-4-2021; einddatum 31-12-2022');
    expect(checkPeriod(app({ startdatum: '2021-04-01', einddatum: '2022-10-31', looptijd: '1,5 jaar' }), samenwerken2021).status).toBe('voldoet');
  });

  it('an einddatum within the period and a looptijd beyond it ("3 jaar"): onbekend, the assessor decides which holds', () => {
    const r = checkPeriod(app({ startdatum: '2021-04-01', einddatum: '2022-12-31', looptijd: '3 jaar' }), samenwerken2021);
    expect(r.status).toBe('onbekend');
    expect(r.bevindingen[1]).toMatchObject({ code: 'looptijd.einde_tegenstrijdig', herkomst: { soort: 'hulp' }, extra: { uitLooptijd: '2024-03-31' } });
    expect(r.reden).toContain("einddatum 31-12-2022 en looptijd '3 jaar' (einde 31-3-2024) geven een andere uitkomst tegenover 31-12-2022; de beoordelaar beslist");
  });

  it('no end date and no duration: onbekend', () => {
    expect(checkPeriod(app({ startdatum: '2021-04-01' }), samenwerken2021)).toMatchObject({ status: 'onbekend', reden: 'startdatum 1-4-2021; einddatum en looptijd ontbreken' });
  });
});

describe('looptijd: a start before the module is the team setting startVoorModule', () => {
  it('toegestaan (default): a running initiative from 1-1-2020 for 3 jaar ends 31-12-2022 and passes, as the team\'s choice', () => {
    const r = checkPeriod(app({ startdatum: '2020-01-01', looptijd: '3 jaar' }), samenwerken2021);
    expect(r.status).toBe('voldoet');
    expect(r.bevindingen[0]).toMatchObject({ code: 'looptijd.start_voor_module_toegestaan', herkomst: { soort: 'keuze', instelling: 'startVoorModule', standaard: 'toegestaan' } });
    expect(r.herkomst).toMatchObject({ soort: 'bron', citaat: expect.stringContaining('eindigt uiterlijk op 31-12-2022') });
  });

  it('niet-toegestaan: the same application fails on its start', () => {
    const r = checkPeriod(app({ startdatum: '2020-01-01', looptijd: '3 jaar' }), strict);
    expect(r.status).toBe('voldoet niet');
    expect(r.reden).toContain('startdatum 1-1-2020 ligt vóór 1-4-2021, de start van de module (keuze van het team: niet toegestaan)');
  });

  it('toegestaan does not save goals that fall outside the period: 1-1-2020 + 4 jaar ends 31-12-2023', () => {
    expect(checkPeriod(app({ startdatum: '2020-01-01', looptijd: '4 jaar' }), samenwerken2021).status).toBe('voldoet niet');
  });

  it('an initiative that ended before the module started cannot reach its goals within it', () => {
    const r = checkPeriod(app({ startdatum: '2019-01-01', einddatum: '2021-03-31' }), samenwerken2021);
    expect(r.status).toBe('voldoet niet');
    expect(r.bevindingen[1].code).toBe('looptijd.einde_voor_module');
  });

  it('a start after 31-12-2022 fails, and an end before the start fails', () => {
    expect(checkPeriod(app({ startdatum: '2023-02-01', looptijd: '6 maanden' }), samenwerken2021).status).toBe('voldoet niet');
    expect(checkPeriod(app({ startdatum: '2022-06-01', einddatum: '2022-01-01' }), samenwerken2021).bevindingen[1].code).toBe('looptijd.einde_voor_start');
  });

  it('every code has a message in both languages', () => {
    const cases = [
      app({ startdatum: '2021-04-01', looptijd: '1,5 jaar' }),
      app({ startdatum: '2020-01-01', looptijd: 'onleesbaar' }),
      app({ looptijd: '21 maanden' }),
      app({}),
      app({ startdatum: '2023-02-01', einddatum: '2022-01-01' }),
      app({ startdatum: '2021-04-01', einddatum: '2022-12-31', looptijd: '3 jaar' }),
    ];
    for (const policy of [samenwerken2021, strict]) {
      for (const c of cases) {
        const r = checkPeriod(c, policy);
        for (const b of r.bevindingen) expect(hasMessage(b.code)).toBe(true);
        expect(renderBevindingen(r.bevindingen, 'en')).not.toMatch(/looptijd\./);
      }
    }
  });
});

describe('durations: the parser', () => {
  it('reads n maanden / mnd / jaar for every n, and x,5 jaar as 12x + 6 months', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 240 }), fc.constantFrom('maanden', 'mnd', 'mnd.', 'maand'), (n, unit) => {
        expect(parseDuration(`${n} ${unit}`)).toBe(n);
      }),
    );
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 19 }), fc.constantFrom(',', '.'), (x, sep) => {
        expect(parseDuration(`${x}${sep}5 jaar`)).toBe(12 * x + 6);
        expect(parseDuration(`${x} jaar`)).toBe(12 * x);
      }),
    );
  });

  it('never throws, and anything it reads is a whole, positive number of months or a valid date', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (s) => {
        const r = parseLooptijd(s);
        if (r?.soort === 'duur') expect(Number.isInteger(r.maanden) && r.maanden > 0).toBe(true);
        if (r && r.soort !== 'duur') expect(r.tot).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }),
      { numRuns: 500 },
    );
  });

  it('a month as an end is its last day, as a start its first', () => {
    expect(parseDutchDate('februari 2022', 'eind')).toBe('2022-02-28');
    expect(parseDutchDate('februari 2024', 'eind')).toBe('2024-02-29');
    expect(parseDutchDate('april 2021', 'begin')).toBe('2021-04-01');
    expect(parseDutchDate('eind 2022', 'begin')).toBeUndefined();
  });

  it('end after n months: the day before the same day n months later, or the month\'s last day', () => {
    expect(endAfterMonths('2021-04-01', 21)).toBe('2022-12-31');
    expect(endAfterMonths('2021-04-15', 1)).toBe('2021-05-14');
    expect(endAfterMonths('2021-01-31', 1)).toBe('2021-02-28');
    expect(endAfterMonths('2021-12-01', 13)).toBe('2022-12-31');
  });
});
