import fc from 'fast-check';
import { evaluateBudgetCoverage, evaluateBusinessCase, judgeBudget, judgeBusinessCase } from '../../src/rules/businesscase';
import { renderBevindingen } from '../../src/rules/findings';
import { formatEuro } from '../../src/rules/format';
import { combineFindings } from '../../src/rules/status';
import { eligibleApplication } from './fixtures';

const verdict = (f: Parameters<typeof judgeBusinessCase>[0]) => combineFindings(judgeBusinessCase(f)).status;

describe('business case: "de opbrengsten van het initiatief opwegen tegen de kosten"', () => {
  it('revenues equal to costs weigh up', () => {
    expect(verdict({ kosten: 60000, opbrengsten: 60000, zorgUitTweedeLijn: false })).toBe('voldoet');
  });
  it('revenues one euro below costs do not', () => {
    const findings = judgeBusinessCase({ kosten: 60000, opbrengsten: 59999, zorgUitTweedeLijn: false });
    expect(findings[0]).toEqual({ status: 'voldoet niet', reden: 'opbrengsten € 59.999,00 wegen niet op tegen de kosten € 60.000,00 (tekort € 1,00)' });
  });
  it('missing revenues or costs is onbekend', () => {
    expect(verdict({ kosten: 60000, zorgUitTweedeLijn: false })).toBe('onbekend');
    expect(verdict({ opbrengsten: 60000, zorgUitTweedeLijn: false })).toBe('onbekend');
  });
});

describe('business case: "Indien er zorg vanuit de tweede lijn wordt verplaatst … directe besparing"', () => {
  it('care moved with a saving > 0 passes', () => {
    expect(verdict({ kosten: 1, opbrengsten: 2, zorgUitTweedeLijn: true, besparingTweedeLijn: 0.01 })).toBe('voldoet');
  });
  it('care moved with no saving (0) fails', () => {
    expect(verdict({ kosten: 1, opbrengsten: 2, zorgUitTweedeLijn: true, besparingTweedeLijn: 0 })).toBe('voldoet niet');
  });
  it('care moved with the saving not given is onbekend', () => {
    expect(verdict({ kosten: 1, opbrengsten: 2, zorgUitTweedeLijn: true })).toBe('onbekend');
  });
  it('no care moved needs no saving; not saying whether care moves is onbekend', () => {
    expect(verdict({ kosten: 1, opbrengsten: 2, zorgUitTweedeLijn: false })).toBe('voldoet');
    expect(verdict({ kosten: 1, opbrengsten: 2 })).toBe('onbekend');
  });
});

describe('budget (Bijlage 3): columns add up, income covers costs', () => {
  it('cost lines that do not add up to the written total are reported with the difference in euros', () => {
    const findings = judgeBudget({ kosten: [{ bedrag: 1000.5 }, { bedrag: 2000 }], totaalKosten: 3500, gevraagdBedrag: 3500, totaalInkomsten: 3500 });
    // 1000,50 + 2000 = 3000,50; written 3500 → difference 499,50.
    expect(findings[0]).toEqual({ status: 'onbekend', reden: 'kostenregels tellen op tot € 3.000,50, het opgegeven totaal is € 3.500,00 (verschil € 499,50)' });
  });
  it('income lines are the requested amount plus the other sources', () => {
    const findings = judgeBudget({ kosten: [{ bedrag: 100 }], totaalKosten: 100, gevraagdBedrag: 60, andereBronnen: [{ bedrag: 30 }], totaalInkomsten: 100 });
    expect(findings[1].reden).toBe('inkomstenregels tellen op tot € 90,00, het opgegeven totaal is € 100,00 (verschil € 10,00)');
  });
  it('income below costs fails', () => {
    const findings = judgeBudget({ kosten: [{ bedrag: 100 }], gevraagdBedrag: 60, andereBronnen: [{ bedrag: 30 }] });
    expect(combineFindings(findings)).toEqual({ status: 'voldoet niet', reden: 'inkomsten € 90,00 dekken de kosten € 100,00 niet (tekort € 10,00)' });
  });
  it('a cost line without an amount is onbekend', () => {
    expect(combineFindings(judgeBudget({ kosten: [{ omschrijving: 'x' }], gevraagdBedrag: 1 })).status).toBe('onbekend');
  });
  it('no budget is onbekend', () => {
    expect(judgeBudget(undefined)).toEqual([{ status: 'onbekend', reden: 'begroting ontbreekt' }]);
  });
});

describe('evaluateBusinessCase on an application', () => {
  it('costs default to the budget total when the business case leaves them out', () => {
    const app = eligibleApplication();
    app.businesscase = { opbrengsten: 39999, zorgUitTweedeLijn: false };
    const result = evaluateBusinessCase(app);
    expect(renderBevindingen(result.bevindingen)).toBe('opbrengsten € 39.999,00 wegen niet op tegen de kosten € 40.000,00 (tekort € 1,00)');
    expect(result.bevindingen[0]).toMatchObject({ code: 'businesscase.negatief', gevonden: 39999, drempel: 40000, extra: { tekort: 1 } });
  });

  it('budget income below budget costs is not the business case: it is the dekking check', () => {
    const app = eligibleApplication();
    app.businesscase = { opbrengsten: 50000, zorgUitTweedeLijn: false };
    app.begroting = { kosten: [{ omschrijving: 'Coördinatie', bedrag: 40000 }], gevraagdBedrag: 30000 };
    expect(evaluateBusinessCase(app).status).toBe('voldoet');
    const dekking = evaluateBudgetCoverage(app);
    expect(dekking.status).toBe('voldoet niet');
    expect(dekking.bevindingen.map((b) => b.code)).toEqual(['dekking.tekort']);
    expect(renderBevindingen(dekking.bevindingen)).toBe('inkomsten € 30.000,00 dekken de kosten € 40.000,00 niet (tekort € 10.000,00)');
  });
});

describe('formatEuro (Dutch format)', () => {
  it.each([
    [0, '€ 0,00'],
    [1234.5, '€ 1.234,50'],
    [1234567.891, '€ 1.234.567,89'],
    [-20, '-€ 20,00'],
  ])('%d → %s', (n, text) => expect(formatEuro(n)).toBe(text));
});

describe('business case algebra', () => {
  const money = fc.integer({ min: 0, max: 10_000_000 });
  it('without care moved, the verdict is exactly revenues ≥ costs', () => {
    fc.assert(fc.property(money, money, (k, o) => expect(verdict({ kosten: k, opbrengsten: o, zorgUitTweedeLijn: false })).toBe(o >= k ? 'voldoet' : 'voldoet niet')));
  });
  it('raising revenues never turns a pass into a fail', () => {
    fc.assert(
      fc.property(money, money, money, fc.boolean(), (k, o, extra, moved) => {
        const f = { kosten: k, zorgUitTweedeLijn: moved, besparingTweedeLijn: 1 };
        if (verdict({ ...f, opbrengsten: o }) === 'voldoet') expect(verdict({ ...f, opbrengsten: o + extra })).toBe('voldoet');
      }),
    );
  });
});
