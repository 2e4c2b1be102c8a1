import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { applicationSchema } from '../../src/rules/application';
import { evaluateEligibility } from '../../src/rules/eligibility';
import { samenwerken2021 } from '../../src/rules/policies/samenwerken-2021';
import { validateAgb, validateKvk, validatePostcode } from '../../src/rules/validators';
import { resolveMunicipality } from '../../src/rules/regions';

const dir = join(__dirname, '../../samples/aanvragen');

/** The table in samples/aanvragen/README.md: | bestand | wat het toetst | verwachte uitslag | */
function expectations(): Array<[string, string]> {
  const readme = readFileSync(join(dir, 'README.md'), 'utf8');
  return [...readme.matchAll(/^\|\s*([\w-]+\.json)\s*\|.*\|\s*(geschikt|niet geschikt|onvolledig)\s*\|$/gm)].map((m) => [m[1], m[2]]);
}

describe('samples/aanvragen: expected outcome per README', () => {
  it('the README lists every sample file, and there are at least 8', () => {
    const listed = expectations().map(([file]) => file).sort();
    const files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
    expect(listed).toEqual(files);
    expect(files.length).toBeGreaterThanOrEqual(8);
  });

  it('has at least two geschikt, one onvolledig and seven niet geschikt', () => {
    const statuses = expectations().map(([, s]) => s);
    expect(statuses.filter((s) => s === 'geschikt').length).toBeGreaterThanOrEqual(2);
    expect(statuses.filter((s) => s === 'onvolledig').length).toBeGreaterThanOrEqual(1);
    expect(statuses.filter((s) => s === 'niet geschikt').length).toBeGreaterThanOrEqual(7);
  });

  it.each(expectations())('%s is %s', (file, expected) => {
    const app = applicationSchema.parse(JSON.parse(readFileSync(join(dir, file), 'utf8')));
    expect(evaluateEligibility(app, samenwerken2021).status).toBe(expected);
  });

  it.each(expectations())('%s has well-formed AGB, KvK and postcodes (where given)', (file) => {
    const app = applicationSchema.parse(JSON.parse(readFileSync(join(dir, file), 'utf8')));
    if (app.kvkNummer) expect(validateKvk(app.kvkNummer)).toMatchObject({ ok: true });
    for (const d of app.deelnemers ?? []) {
      if (d.agb) expect(validateAgb(d.agb)).toMatchObject({ ok: true });
      if (d.postcode) expect(validatePostcode(d.postcode)).toMatchObject({ ok: true });
      if (d.discipline === 'fysiotherapie' && d.agb) expect(d.agb.startsWith('04')).toBe(true);
      expect(resolveMunicipality(d.gemeente ?? d.plaats ?? '', samenwerken2021).status).not.toBe('onbekend');
    }
  });
});
