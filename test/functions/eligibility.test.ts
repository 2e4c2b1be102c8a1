import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateCustomFunctionsMetadata } from 'custom-functions-metadata';
import { eligible, reasons } from '../../src/functions/eligibility';
import { applicationToRecord } from '../../src/import/flat';
import { applicationSchema, type Application } from '../../src/rules/application';

const SAMPLES = join(__dirname, '..', '..', 'samples', 'aanvragen');

function sample(file: string): Application {
  return applicationSchema.parse(JSON.parse(readFileSync(join(SAMPLES, file), 'utf8')));
}

/** The header row and the application row as Excel hands them to a custom function (1×n ranges). */
function rangesOf(app: Application): [(string | number | boolean | null)[][], (string | number | boolean | null)[][]] {
  const { headers, values } = applicationToRecord(app);
  return [[headers], [values]];
}

/** Expected overall status per sample, from samples/aanvragen/README.md's table. */
function expectedStatuses(): Map<string, string> {
  const readme = readFileSync(join(SAMPLES, 'README.md'), 'utf8');
  const rows = [...readme.matchAll(/^\|\s*`?([\w.-]+\.json)`?\s*\|.*\|\s*`?(geschikt|niet geschikt|onvolledig)`?\s*\|\s*$/gm)];
  return new Map(rows.map((m) => [m[1], m[2]]));
}

describe('=ZK.ELIGIBLE(koppen, rij) on a row of the import table', () => {
  const expected = expectedStatuses();

  it('finds the expected status in the samples README for every sample', () => {
    const files = readdirSync(SAMPLES).filter((f) => f.endsWith('.json'));
    expect([...expected.keys()].sort()).toEqual(files.sort());
  });

  it.each([...expectedStatuses()])('%s: %s', (file, status) => {
    const result = eligible(...rangesOf(sample(file)));
    if (status === 'geschikt') expect(result).toBe(true);
    else if (status === 'niet geschikt') expect(result).toBe(false);
    else expect(result).toMatchObject({ code: 'notAvailable', message: expect.stringMatching(/^onvolledig: /) });
  });

  it('K9: 749 clients is not enough — FALSE', () => {
    expect(eligible(...rangesOf(sample('03-k9-749-klanten.json')))).toBe(false);
  });

  it('ranges of different widths are #VALUE! with a Dutch message', () => {
    const [koppen, rij] = rangesOf(sample('01-geschikt-utrecht.json'));
    expect(eligible(koppen, [rij[0].slice(1)])).toMatchObject({ code: 'invalidValue', message: expect.stringContaining('even brede bereiken') });
    expect(eligible([['', '']], [['a', 'b']])).toMatchObject({ code: 'invalidValue', message: expect.stringContaining('kopregel is leeg') });
  });
});

describe('=ZK.REASONS(koppen, rij)', () => {
  it('spills one line per check, K1 to K11 then the general checks, K10 saying it repeats K1', () => {
    const lines = reasons(...rangesOf(sample('03-k9-749-klanten.json'))) as string[][];
    const ids = lines.map(([line]) => line.split(' ')[0]);
    expect(ids).toEqual(['K1', 'K2', 'K3', 'K4', 'K5', 'K6', 'K7', 'K8', 'K9', 'K10', 'K11', 'regio', 'looptijd', 'uitsluitingen', 'elementen', 'businesscase', 'dekking', 'indiening']);
    expect(lines.find(([l]) => l.startsWith('K9 '))![0]).toMatch(/^K9 voldoet niet: .*749/);
    expect(lines.find(([l]) => l.startsWith('K10 '))![0]).toMatch(/herhaalt K1/);
    expect(lines.every((row) => row.length === 1)).toBe(true);
  });
  it('answers a one-cell #VALUE! for an empty header row', () => {
    expect(reasons([['']], [['x']])).toEqual([[{ code: 'invalidValue', message: expect.stringContaining('kopregel is leeg') }]]);
  });
});

describe('functions.json metadata for ELIGIBLE and REASONS', () => {
  it('is generated from the JSDoc without errors', async () => {
    const result = await generateCustomFunctionsMetadata([join(__dirname, '..', '..', 'src', 'functions', 'eligibility.ts')], true);
    expect(result.errors).toEqual([]);
    const metadata = JSON.parse(result.metadataJson);
    expect(metadata.functions.map((f: { id: string }) => f.id)).toEqual(['ELIGIBLE', 'REASONS']);
    expect(metadata.functions[1].result.dimensionality).toBe('matrix');
  });
});
