import { computeBehandelIndex, settingsFromRule, type BiRow } from '../../../src/rules/bi/behandelindex';
import { biHistogram } from '../../../src/rules/bi/histogram';
import { VOORTDUREND_VERBETEREN_2024 } from '../../../src/rules/policies/voortdurend-verbeteren-2024';

const RULE = VOORTDUREND_VERBETEREN_2024.behandelIndex!;
const settings = (contractjaar: number, extra: Partial<Parameters<typeof settingsFromRule>[1]> = {}) => settingsFromRule(RULE, { contractjaar, ...extra });

let counter = 0;
const row = (jaar: number, bi: number | null, extra: Partial<BiRow> = {}): BiRow => {
  counter++;
  return { agb: `04${String(counter).padStart(6, '0')}`, naam: `Praktijk ${counter}`, jaar, bi, patienten: 50, ...extra };
};

/** Ten practices with BI 91 … 100; INC P60: h = 0.6·9 = 5.4 → 96 + 0.4·(97 − 96) = 96.4. */
const tenPractices = (jaar: number) => [91, 92, 93, 94, 95, 96, 97, 98, 99, 100].map((bi) => row(jaar, bi));

describe('policy data quotes the KNGF analysis 2024–2025', () => {
  it('"De Behandelindex is kleiner dan of gelijk aan de waarde van het 6e deciel."', () => {
    expect(VOORTDUREND_VERBETEREN_2024.criteria.map((c) => c.tekst)).toContain('De Behandelindex is kleiner dan of gelijk aan de waarde van het 6e deciel.');
    expect(RULE).toEqual({ deciel: 6, referentiejaarVerschil: 2, methode: 'inc', minPatienten: 10, contractjaren: [2024, 2025] });
  });
});

describe('reference year: "Voor het jaar 2024 wordt gekeken naar de B.I. in 2022 en voor 2025 is dat 2023."', () => {
  const rows = [...tenPractices(2022).map((r) => ({ ...r, bi: (r.bi as number) + 100 })), ...tenPractices(2023)];
  it('2025 kijkt naar de BI van 2023', () => {
    const result = computeBehandelIndex(rows, settings(2025));
    expect(result.referentiejaar).toBe(2023);
    expect(result.drempel).toBeCloseTo(96.4, 10);
    expect(result.praktijken).toHaveLength(10);
  });
  it('2024 kijkt naar de BI van 2022', () => {
    const result = computeBehandelIndex(rows, settings(2024));
    expect(result.referentiejaar).toBe(2022);
    expect(result.drempel).toBeCloseTo(196.4, 10);
  });
  it('a contract year outside the policy is computed but warned about', () => {
    const result = computeBehandelIndex(tenPractices(2024), settings(2026));
    expect(result.referentiejaar).toBe(2024);
    expect(result.problemen).toEqual([expect.objectContaining({ veld: 'contractjaar', ernst: 'waarschuwing' })]);
  });
  it('no rows for the reference year is a problem, not an empty success', () => {
    const result = computeBehandelIndex(tenPractices(2021), settings(2025));
    expect(result.problemen.map((p) => p.melding)).toContain('Er zijn geen rijen voor referentiejaar 2023; gevonden jaren: 2021.');
    expect(result.drempel).toBeNull();
  });
});

describe('threshold and status', () => {
  it('BI gelijk aan de drempel voldoet', () => {
    // Eleven practices 90 … 100: INC P60 = h 6 → exactly the 7th value, 96.
    const rows = [90, 91, 92, 93, 94, 95, 96, 97, 98, 99, 100].map((bi) => row(2023, bi));
    const result = computeBehandelIndex(rows, settings(2025));
    expect(result.drempel).toBe(96);
    const at = result.praktijken.find((p) => p.bi === 96)!;
    expect(at.status).toBe('voldoet');
    expect(at.deciel).toBe(6);
    expect(at.reden).toBe('De BehandelIndex 96 is kleiner dan of gelijk aan de waarde van het 6e deciel (96).');
    expect(result.praktijken.find((p) => p.bi === 97)!.status).toBe('voldoet niet');
    expect(result.aantallen).toEqual({ voldoet: 7, voldoetNiet: 4, onbekend: 0 });
  });

  it('minder dan 10 patiënten is onbekend, geen voldoet — and is not part of the population', () => {
    const few = row(2023, 50, { patienten: 9 });
    const result = computeBehandelIndex([...tenPractices(2023), few], settings(2025));
    const found = result.praktijken.find((p) => p.agb === few.agb)!;
    expect(found.status).toBe('onbekend');
    expect(found.deciel).toBeNull();
    expect(found.reden).toBe('9 patiënten, minder dan het minimum van 10 (keuze van het team); de BI telt niet mee.');
    expect(result.populatie).toBe(10);
    expect(result.drempel).toBeCloseTo(96.4, 10); // unchanged by the low BI of 50
  });

  it('no BI is onbekend, never voldoet', () => {
    const missing = row(2023, null);
    const result = computeBehandelIndex([...tenPractices(2023), missing], settings(2025));
    expect(result.praktijken.find((p) => p.agb === missing.agb)).toMatchObject({ status: 'onbekend', reden: 'Geen BehandelIndex in het referentiejaar.' });
    expect(result.aantallen.onbekend).toBe(1);
  });

  it('a patient column with an empty cell is onbekend; no patient column applies no minimum', () => {
    const empty = row(2023, 95, { patienten: null });
    expect(computeBehandelIndex([...tenPractices(2023), empty], settings(2025)).praktijken.at(-1)!.status).toBe('onbekend');
    const noColumn = tenPractices(2023).map(({ patienten: _p, ...r }) => r);
    expect(computeBehandelIndex(noColumn, settings(2025)).populatie).toBe(10);
  });

  it('--min-patienten 60 makes the 50-patient practices onbekend', () => {
    const result = computeBehandelIndex(tenPractices(2023), settings(2025, { minPatienten: 60 }));
    expect(result.aantallen.onbekend).toBe(10);
  });

  it('deciel 5 with EXC: 91…100, h = 0.5·11 = 5.5 → 95.5', () => {
    const result = computeBehandelIndex(tenPractices(2023), settings(2025, { deciel: 5, methode: 'exc' }));
    expect(result.drempel).toBeCloseTo(95.5, 10);
    expect(result.methode).toBe('exc');
    expect(result.methodeLabel).toContain('PERCENTILE.EXC');
  });

  it('EXC on 5 practices cannot give P10 (k < 1/6): a problem, every practice onbekend', () => {
    const rows = [91, 92, 93, 94, 95].map((bi) => row(2023, bi));
    const result = computeBehandelIndex(rows, settings(2025, { methode: 'exc' }));
    expect(result.drempel).toBeNull();
    expect(result.aantallen).toEqual({ voldoet: 0, voldoetNiet: 0, onbekend: 5 });
    expect(result.problemen[0].melding).toMatch(/^De decielgrenzen kunnen niet worden berekend: PERCENTILE.EXC/);
  });

  it('the lower confidence bound option: BI 98 above the threshold 96.4, lower bound 95 below it → voldoet', () => {
    const rows = tenPractices(2023).map((r) => ({ ...r, ondergrens: (r.bi as number) - 3 }));
    const result = computeBehandelIndex(rows, settings(2025, { opOndergrens: true }));
    expect(result.drempel).toBeCloseTo(96.4, 10); // threshold still from the BIs
    const p98 = result.praktijken.find((p) => p.bi === 98)!;
    expect(p98.status).toBe('voldoet');
    expect(p98.deciel).toBe(8); // decile still from the BI
    expect(p98.reden).toMatch(/^De ondergrens 95 is kleiner dan of gelijk/);
    expect(result.praktijken.find((p) => p.bi === 100)!.status).toBe('voldoet niet'); // 97 > 96.4
    expect(result.beoordeeldOp).toBe('ondergrens');
  });

  it('judging by the lower bound without one is onbekend', () => {
    const result = computeBehandelIndex(tenPractices(2023), settings(2025, { opOndergrens: true }));
    expect(result.aantallen.onbekend).toBe(10);
  });
});

describe('duplicate AGB in a year', () => {
  it('both rows leave the population, the practice is onbekend once, and the problem names both rows', () => {
    const rows = tenPractices(2023).map((r, i) => ({ ...r, plaats: `rij ${i + 2}` }));
    const twin = { ...rows[0], bi: 150, plaats: 'rij 12' };
    const result = computeBehandelIndex([...rows, twin], settings(2025), 'bi.csv');
    expect(result.populatie).toBe(9);
    const entries = result.praktijken.filter((p) => p.agb === twin.agb);
    expect(entries).toEqual([expect.objectContaining({ status: 'onbekend', bi: null, deciel: null })]);
    expect(result.problemen).toEqual([
      {
        bestand: 'bi.csv',
        plaats: 'rij 2, rij 12',
        veld: 'AGB-code',
        melding: `AGB-code ${twin.agb} komt 2 keer voor in 2023 (rij 2, rij 12); geen van deze rijen telt mee en de praktijk is onbekend.`,
        ernst: 'fout',
      },
    ]);
  });
  it('the same AGB in two different years is no duplicate', () => {
    const a = row(2022, 95);
    const result = computeBehandelIndex([a, { ...a, jaar: 2023 }, ...tenPractices(2023)], settings(2025));
    expect(result.problemen).toEqual([]);
  });
});

describe('histogram for the BI tab', () => {
  it('counts the population in bins of 5', () => {
    const result = computeBehandelIndex(tenPractices(2023), settings(2025));
    expect(biHistogram(result, 5)).toEqual([
      { van: 90, tot: 95, aantal: 4 },
      { van: 95, tot: 100, aantal: 5 },
      { van: 100, tot: 105, aantal: 1 },
    ]);
  });
});
