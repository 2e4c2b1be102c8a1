import { readFileSync } from 'node:fs';
import { generateBiSample, SAMPLE_PATH } from '../../scripts/generate-bi-sample';
import { parseBiCsv } from '../../src/import/bi';

describe('samples/bi/behandelindex-2022-2023.csv', () => {
  const committed = readFileSync(SAMPLE_PATH, 'utf8');

  it('is exactly what the seeded generator writes (determinism)', () => {
    expect(generateBiSample() === committed).toBe(true);
  });

  it('has about 9,800 practices over 2022 and 2023, with duplicates and bad values to report', () => {
    const parsed = parseBiCsv(committed, { bestand: 'behandelindex-2022-2023.csv' });
    const per = (jaar: number) => new Set(parsed.rows.filter((r) => r.jaar === jaar).map((r) => r.agb)).size;
    expect(per(2022)).toBeGreaterThan(9600);
    expect(per(2023)).toBeGreaterThan(9600);
    expect(parsed.rows.filter((r) => r.patienten !== undefined && r.patienten !== null && r.patienten < 10).length).toBeGreaterThan(100);
    expect(parsed.problemen.length).toBeGreaterThanOrEqual(8);
    const bis = parsed.rows.filter((r) => r.bi !== null).map((r) => r.bi as number).sort((a, b) => a - b);
    const mean = bis.reduce((a, b) => a + b, 0) / bis.length;
    const median = bis[Math.floor(bis.length / 2)];
    expect(mean).toBeGreaterThan(95);
    expect(mean).toBeLessThan(105);
    expect(mean).toBeGreaterThan(median); // right-skewed
  });
});
