import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateModuleSamples, MODULE_SAMPLE_DIR, MODULE_SAMPLE_FILES } from '../../scripts/generate-module-samples';
import { parseBiCsv } from '../../src/import/bi';
import { readModuleFiles } from '../../src/import/modules';
import { computeBehandelIndex, settingsFromRule } from '../../src/rules/bi/behandelindex';
import { checkVerdiepenSpecialiseren } from '../../src/rules/modules/verdiepen-specialiseren';
import { checkVoortdurendVerbeteren } from '../../src/rules/modules/voortdurend-verbeteren';
import { VERDIEPEN_SPECIALISEREN_2024 } from '../../src/rules/policies/verdiepen-specialiseren-2024';
import { VOORTDUREND_VERBETEREN_MODULE_2024 } from '../../src/rules/policies/voortdurend-verbeteren-2024';

const read = (name: string) => readFileSync(join(MODULE_SAMPLE_DIR, name), 'utf8');

describe('samples/modules', () => {
  const generated = generateModuleSamples();

  it('is exactly what the seeded generator writes (determinism)', () => {
    expect(generated.praktijken === read(MODULE_SAMPLE_FILES.praktijken)).toBe(true);
    expect(generated.therapeuten === read(MODULE_SAMPLE_FILES.therapeuten)).toBe(true);
    expect(generated.keuzes === read(MODULE_SAMPLE_FILES.keuzes)).toBe(true);
  });

  it('covers every condition met, not met and unknown, and every patient group open, closed and unknown', async () => {
    const input = await readModuleFiles([
      { bestand: 'praktijken.csv', bytes: new TextEncoder().encode(generated.praktijken) },
      { bestand: 'therapeuten.csv', bytes: new TextEncoder().encode(generated.therapeuten) },
    ]);
    expect(input.problemen).toEqual([]);
    const bi = parseBiCsv(readFileSync(join(__dirname, '../../samples/bi/behandelindex-2022-2023.csv'), 'utf8'), { bestand: 'bi.csv' });
    const biRun = computeBehandelIndex(bi.rows, settingsFromRule(VOORTDUREND_VERBETEREN_MODULE_2024.behandelIndex!, { contractjaar: 2025 }));
    const keuzes = JSON.parse(generated.keuzes) as { keuzes: object };
    const policy = { ...VOORTDUREND_VERBETEREN_MODULE_2024, keuzes: { ...VOORTDUREND_VERBETEREN_MODULE_2024.keuzes, ...keuzes.keuzes } };
    const run = checkVoortdurendVerbeteren(input.praktijken, input.therapeuten, biRun, policy, { contractjaar: 2025, peildatum: '2025-03-01' });
    const gaps = run.samenvatting.filter((s) => s.voldoet === 0 || s.voldoetNiet === 0 || s.onbekend === 0).map((s) => s.id);
    expect(gaps).toEqual([]);
    expect(run.totaal.voldoet).toBeGreaterThan(0);
    const vs = checkVerdiepenSpecialiseren(input.therapeuten, VERDIEPEN_SPECIALISEREN_2024, { contractjaar: 2025, peildatum: '2025-03-01', praktijken: input.praktijken });
    expect(vs.samenvatting.filter((s) => s.voldoet === 0 || s.voldoetNiet === 0 || s.onbekend === 0)).toEqual([]);
  });

  it('names the case in each practice name, and the case holds (e.g. "VV-DATA een maand mist, voldoet niet")', async () => {
    const input = await readModuleFiles([
      { bestand: 'praktijken.csv', bytes: new TextEncoder().encode(generated.praktijken) },
      { bestand: 'therapeuten.csv', bytes: new TextEncoder().encode(generated.therapeuten) },
    ]);
    const run = checkVoortdurendVerbeteren(input.praktijken, input.therapeuten, null, VOORTDUREND_VERBETEREN_MODULE_2024, { contractjaar: 2025, peildatum: '2025-03-01' });
    const data = run.praktijken.find((p) => p.naam.includes('VV-DATA een maand mist'))!;
    expect(data.voorwaarden.find((v) => v.id === 'VV-DATA')!.reden).toContain('geen data aangeleverd in november 2024');
    const elevenMonths = run.praktijken.find((p) => p.naam.includes('VV-INSCHRIJVING 11 maanden'))!;
    expect(elevenMonths.voorwaarden.find((v) => v.id === 'VV-INSCHRIJVING')!.status).toBe('voldoet niet');
  });
});
