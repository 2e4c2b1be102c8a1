import { runProcedure } from '../../src/rules/ranking/procedure';
import { workedExampleInput as input } from './fixtures';

/*
 * The seed's situation: "Wij willen met maximaal zes samenwerkingsverbanden … deze module afsluiten".
 * Nine applications arrive; two fail screening; seven are scored by the four roles of the central
 * team on the nine items of the default rubric (weight 1 each, scale 1–5, so the maximum is 45).
 *
 * Hand calculation (all four assessors agree unless noted, so the mean is that score):
 *   A1  inhoud 5+5+5+5=20  impact 5+5+5=15  bc 5  haalb 5   → 45
 *   A2  inhoud 4·4=16      impact 4+4+4=12  bc 4  haalb 4   → 36  (bereik: 3,5,4,4 → mean 4, spread 2 ⇒ flag)
 *   A3  inhoud 16          impact 15        bc 3  haalb 3   → 37
 *   A4  inhoud 16          impact 12        bc 4  haalb 3   → 35
 *   A5  inhoud 16          impact 9         bc 3  haalb 3   → 31
 *   A6  inhoud 12          impact 12        bc 3  haalb 3   → 30
 *   A7  inhoud 4+4+4+3=15  impact 9         bc 3  haalb 3   → 30
 *   A8  K9: 749 clients — not eligible ("tenminste 750 klanten van Zilveren Kruis")
 *   A9  regio: Arnhem is no core region — not eligible
 * Regions: A1–A3 Utrecht, A4 Zwolle, A5 Drenthe, A6 Amsterdam, A7 Rotterdam.
 * Ranking: A1 45, A3 37, A2 36, A4 35, A5 31, then A6 and A7 tie on 30 for place 6.
 * First tie-break "impact": A6 12 > A7 9, so A6 takes place 6 and A7 is seventh, not selected.
 */

describe('worked example: nine applications, two not eligible, a tie on place 6', () => {
  const result = runProcedure(input());

  it('ranks only the seven eligible applications, with the hand-calculated totals', () => {
    expect(result.ranglijst.map((e) => [e.id, e.totaal])).toEqual([
      ['A1', 45],
      ['A3', 37],
      ['A2', 36],
      ['A4', 35],
      ['A5', 31],
      ['A6', 30],
      ['A7', 30],
    ]);
  });

  it('lists the two ineligible applications with the check that stopped them', () => {
    expect(result.uitgesloten.map((u) => u.id)).toEqual(['A8', 'A9']);
    expect(result.uitgesloten[0].redenen[0]).toContain('749');
    expect(result.uitgesloten[1].redenen[0]).toContain('Arnhem');
  });

  it('breaks the tie on place 6 by impact (12 against 9) and records it', () => {
    expect(result.gelijkspelen).toEqual([
      expect.objectContaining({ boven: 'A6', onder: 'A7', totaal: 30, criterium: 'impact', waardeBoven: 12, waardeOnder: 9 }),
    ]);
    expect(result.audit.some((a) => a.wat.includes('beslisregel') && a.waarom.includes('impact'))).toBe(true);
  });

  it('selects at most six ("met maximaal zes samenwerkingsverbanden"): A7 is seventh', () => {
    expect(result.ranglijst.filter((e) => e.geselecteerd).map((e) => e.id)).toEqual(['A1', 'A3', 'A2', 'A4', 'A5', 'A6']);
    const a7 = result.ranglijst.find((e) => e.id === 'A7')!;
    expect(a7.geselecteerd).toBe(false);
    expect(a7.reden).toContain('maximaal 6');
  });

  it('flags disagreement on A2 bereik: scores 3, 5, 4, 4 have spread 2 (threshold 2), mean 4, sd √(2/3) ≈ 0.816', () => {
    const bereik = result.aggregaten.get('A2')!.get('bereik')!;
    expect(bereik.spreiding).toBe(2);
    expect(bereik.onenigheid).toBe(true);
    expect(bereik.gemiddelde).toBe(4);
    expect(bereik.standaardafwijking).toBeCloseTo(0.8165, 4);
    expect(result.aggregaten.get('A2')!.get('smart')!.onenigheid).toBe(false);
  });

  it('writes a final decision to the audit for all nine applications', () => {
    const decisions = result.audit.filter((a) => a.wat.startsWith('besluit'));
    expect(decisions).toHaveLength(9);
    expect(decisions.every((d) => d.tijdstip === '2020-12-15T10:00:00Z' && d.wie === 'Ilse Inkoper')).toBe(true);
  });

  it('at most 2 per core region: with A1, A3 and A2 all in Utrecht, A2 is skipped and A7 moves in (A1, A3, A4, A5, A6, A7)', () => {
    const r = runProcedure({ ...input(), instellingen: { seed: 2021, resamples: 0, maxPerRegio: 2 } });
    const a2 = r.ranglijst.find((e) => e.id === 'A2')!;
    expect(a2.geselecteerd).toBe(false);
    expect(a2.overgeslagenDoor).toBe('maxPerRegio');
    expect(a2.reden).toContain('Utrecht');
    expect(r.ranglijst.filter((e) => e.geselecteerd).map((e) => e.id)).toEqual(['A1', 'A3', 'A4', 'A5', 'A6', 'A7']);
  });

  it('budget cap €250.000 at €50.000 each: five are selected, the sixth is skipped by the budget', () => {
    const r = runProcedure({ ...input(), instellingen: { seed: 2021, resamples: 0, budget: 250000 } });
    expect(r.ranglijst.filter((e) => e.geselecteerd)).toHaveLength(5);
    const a6 = r.ranglijst.find((e) => e.id === 'A6')!;
    expect(a6.overgeslagenDoor).toBe('budget');
    expect(a6.reden).toMatch(/budgetplafond van €\s250\.000/);
  });

  it('A1 (45 of 45) is selected in every resample; A7 is sure to be out (nobody disagrees on it)', () => {
    expect(result.stabiliteit!.kans.get('A1')).toBe(1);
    expect(result.stabiliteit!.kans.get('A7')).toBe(0);
  });
});
