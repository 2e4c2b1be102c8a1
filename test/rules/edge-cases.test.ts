/**
 * The hand-written edge cases (edge-cases.ts): each gives the verdict the source text implies,
 * the checks it is about have the expected status, and every reason is rendered from findings
 * with a message (no raw codes, no "alle 1 …(en)", no "voldoet niet" as a reason).
 */
import { hasMessage, renderBevindingen } from '../../src/rules/findings';
import { evaluateEligibility, reportedChecks } from '../../src/rules/eligibility';
import { policySchema } from '../../src/rules/policy';
import { samenwerken2021 } from '../../src/rules/policies/samenwerken-2021';
import { EDGE_CASES, type EdgeCase } from './edge-cases';

export function policyFor(c: EdgeCase) {
  return c.teamkeuzes ? policySchema.parse({ ...samenwerken2021, teamkeuzes: { ...samenwerken2021.teamkeuzes, ...c.teamkeuzes } }) : samenwerken2021;
}

describe('edge cases from the source text', () => {
  it('there are at least 40, each with a quote', () => {
    expect(EDGE_CASES.length).toBeGreaterThanOrEqual(40);
    for (const c of EDGE_CASES) expect(c.quote.length).toBeGreaterThan(20);
    expect(new Set(EDGE_CASES.map((c) => c.naam)).size).toBe(EDGE_CASES.length);
  });

  it.each(EDGE_CASES.map((c) => [c.naam, c] as const))('%s', (_, c) => {
    const result = evaluateEligibility(c.app, policyFor(c));
    const byId = new Map(reportedChecks(result).map((r) => [r.id, r]));
    const statuses = Object.fromEntries(Object.keys(c.checks).map((id) => [id, byId.get(id)?.status]));
    expect({ verdict: result.status, checks: statuses }).toEqual({ verdict: c.verdict, checks: c.checks });
    for (const check of result.checks) {
      for (const b of check.bevindingen ?? []) expect([check.id, b.code, hasMessage(b.code)]).toEqual([check.id, b.code, true]);
      expect(check.reden).not.toMatch(/alle 1 |\(en\)|\(s\)|^voldoet niet$/);
      expect(check.herkomst).toBeDefined();
    }
  });
});

describe('every finding renders in English too', () => {
  it.each(EDGE_CASES.map((c) => [c.naam, c] as const))('%s', (_, c) => {
    for (const check of evaluateEligibility(c.app, policyFor(c)).checks) {
      const en = renderBevindingen(check.bevindingen ?? [], 'en');
      // A code without a message renders as the code itself; Dutch message words would show a missing English renderer.
      expect(en).not.toMatch(/\b(voldoet|ontbreekt|niet opgegeven|een beoordelaar)\b/);
      expect(en.length).toBeGreaterThan(0);
    }
  });
});

describe('a team setting is worded as the team’s decision', () => {
  it('an uncovered budget: a warning by default, a rejection only when the team chose it, and the reason says which', () => {
    const signal = EDGE_CASES.find((c) => c.naam.startsWith('begroting niet gedekt, businesscase positief'))!;
    const knockout = EDGE_CASES.find((c) => c.naam === 'begroting niet gedekt, team kiest knock-out')!;
    const dekking = (c: EdgeCase) => reportedChecks(evaluateEligibility(c.app, policyFor(c))).find((r) => r.id === 'dekking')!;
    expect(dekking(signal)).toMatchObject({ knockout: false, herkomst: { soort: 'keuze', instelling: 'begrotingsdekking', standaard: 'signaal' } });
    expect(dekking(signal).reden).toBe('inkomsten € 30.000,00 dekken de kosten € 40.000,00 niet (tekort € 10.000,00); waarschuwing, geen knock-out (keuze van het team)');
    expect(dekking(knockout)).toMatchObject({ knockout: true, status: 'voldoet niet' });
    expect(dekking(knockout).reden).toContain('het team wijst een niet gedekte begroting af (keuze van het team)');
  });
});

describe('a check that cannot run', () => {
  it('is onbekend with the reason as a finding and its rule’s origin, never a pass', () => {
    const app = EDGE_CASES[0].app;
    const broken = { ...app, deelnemers: [{ get discipline(): string { throw new Error('kapotte invoer'); } }] } as unknown as typeof app;
    const k4 = evaluateEligibility(broken, samenwerken2021).checks.find((c) => c.id === 'K4')!;
    expect(k4).toMatchObject({ status: 'onbekend', reden: 'toets kon niet worden uitgevoerd: kapotte invoer', herkomst: { soort: 'bron', plaats: 'Bijlage 1, 4' } });
    expect(k4.bevindingen).toEqual([{ status: 'onbekend', code: 'toets.fout', extra: { melding: 'kapotte invoer' } }]);
  });
});
