import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from './capture';
const ROOT_DIR = join(__dirname, '..', '..');

const samples = join(__dirname, '../../samples/aanvragen');

jest.setTimeout(120_000);

describe('zk toets', () => {
  it('prints the eligibility table for a folder, aligned, with reasons for the rest', async () => {
    const { code, out, err } = await run(['toets', samples]);
    expect(code).toBe(0);
    expect(err).toBe('');
    const lines = out.split('\n');
    expect(lines[0]).toMatch(/^Aanvraag\s+Uitslag\s+Regio\s+K1\s+K2 .* K10\s+K11\s+regio\s+looptijd\s+uitsluitingen\s+elementen\s+businesscase\s+dekking\s+indiening$/);
    expect(lines[1]).toMatch(/^A-2021-001\s+geschikt\s+Utrecht\s+✓/);
    // Columns line up: "Uitslag" starts at the same offset in every row.
    const column = lines[0].indexOf('Uitslag');
    for (const line of lines.slice(1, 13)) expect(line.slice(column)).toMatch(/^(geschikt|niet geschikt|onvolledig)/);
    expect(out).toContain('K9 voldoet niet: 749 klanten van Zilveren Kruis, minder dan 750 [bron: Bijlage 1, 9]');
    // Every check's origin, once, under the table.
    expect(out).toMatch(/Herkomst van de regels:\n.*\n.*K1\s+bron: Bijlage 1, 1\s+knock-out/);
    // K10 repeats K1 and is checked once, but comes from its own place.
    expect(out).toMatch(/^K10\s+bron: Bijlage 1, 10\s+knock-out$/m);
    expect(out).toMatch(/^dekking\s+keuze van het team: begrotingsdekking \(standaard: signaal\)\s+waarschuwing$/m);
  });

  it('--json prints {id, status, regio, checks[{id, status, reden}]} with all 18 check ids', async () => {
    const { code, out } = await run(['toets', '--json', join(samples, '03-k9-749-klanten.json')]);
    expect(code).toBe(0);
    const [result] = JSON.parse(out);
    expect(Object.keys(result)).toEqual(['id', 'status', 'regio', 'checks']);
    expect(result).toMatchObject({ id: 'A-2021-003', status: 'niet geschikt', regio: 'Zwolle' });
    expect(result.checks.map((c: { id: string }) => c.id)).toEqual(['K1', 'K2', 'K3', 'K4', 'K5', 'K6', 'K7', 'K8', 'K9', 'K10', 'K11', 'regio', 'looptijd', 'uitsluitingen', 'elementen', 'businesscase', 'dekking', 'indiening']);
    expect(Object.keys(result.checks[0])).toEqual(['id', 'status', 'reden', 'knockout', 'herkomst', 'bevindingen']);
    const k9 = result.checks.find((c: { id: string }) => c.id === 'K9');
    expect(k9.herkomst).toMatchObject({ soort: 'bron', document: 'samenwerken2021', plaats: 'Bijlage 1, 9', citaat: 'Het samenwerkingsverband levert zorg aan tenminste 750 klanten van Zilveren Kruis.' });
    expect(k9.bevindingen[0]).toMatchObject({ code: expect.stringMatching(/^K9\./), veld: 'aantalZkKlanten' });
  });

  it('lists a geschikt application received after 5 november 2020 with a warning, still geschikt', async () => {
    const { out } = await run(['toets', join(__dirname, '../../samples/beoordeling/aanvragen/A-2021-105.json')]);
    expect(out).toMatch(/^A-2021-105\s+geschikt\s+Drenthe\s/m);
    expect(out).toContain('A-2021-105 (geschikt):\n  indiening voldoet niet (waarschuwing): ontvangen op 9 november 2020, na de uiterste indiendatum (uiterlijk 5 november 2020)');
  });

  it('reads a file holding an array of applications', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'zk-toets-'));
    writeFileSync(join(dir, 'twee.json'), JSON.stringify([{ id: 'X1' }, { id: 'X2', aantalZkKlanten: 10 }]));
    const { out } = await run(['toets', '--json', 'twee.json'], dir);
    expect(JSON.parse(out).map((r: { id: string; status: string }) => [r.id, r.status])).toEqual([
      ['X1', 'onvolledig'],
      ['X2', 'niet geschikt'],
    ]);
  });

  it('a wrong value is reported with its field path on stderr and the record is kept', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'zk-toets-'));
    writeFileSync(join(dir, 'a.json'), JSON.stringify({ id: 'W1', aantalZkKlanten: 'veel', klantgroepen: ['COPD', 'astma'], deelnemers: [{ gemeente: 'Houten', zkContract2021: 'ja' }] }));
    const { code, out, err } = await run(['toets', '--json', 'a.json'], dir);
    expect(code).toBe(0);
    expect(err).toContain("a.json aanvraag 1 (aantalZkKlanten): 'veel' is geen aantal");
    expect(err).toContain("(klantgroepen): 'astma' is geen bekende klantgroep");
    const [result] = JSON.parse(out);
    expect(result.id).toBe('W1');
    expect(result.regio).toBe('Utrecht');
    expect(result.checks.find((c: { id: string }) => c.id === 'K2').status).toBe('voldoet');
  });

  it('a file that does not exist: exit 2, Dutch message naming the file', async () => {
    const { code, err, out } = await run(['toets', 'bestaat-niet.json']);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toBe("zk toets: kan 'bestaat-niet.json' niet lezen: het bestand bestaat niet\n");
  });

  it('a file that is not JSON: exit 2, naming the file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'zk-toets-'));
    writeFileSync(join(dir, 'kapot.json'), '{ "id": ');
    const { code, err } = await run(['toets', 'kapot.json'], dir);
    expect(code).toBe(2);
    expect(err).toMatch(/^zk toets: kan 'kapot.json' niet lezen: geen geldige JSON/);
  });

  it('reads every import format: the Word forms, the Dutch Excel CSV and the workbook in samples/import', async () => {
    const { code, out } = await run(['toets', '--json', join(ROOT_DIR, 'samples', 'import')]);
    expect(code).toBe(0);
    const ids = JSON.parse(out).map((r: { id: string }) => r.id);
    // samples/import/EXPECTED.md: 13 applications in 7 files (JSON, CSV, XLSX and four Word forms).
    expect(ids).toHaveLength(13);
  });

  it('one unreadable file among good ones: the good ones are still screened, exit 2', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'zk-toets-'));
    writeFileSync(join(dir, 'goed.json'), JSON.stringify({ id: 'G1' }));
    writeFileSync(join(dir, 'kapot.json'), '{ "id": ');
    const { code, out, err } = await run(['toets', '--json', 'goed.json', 'kapot.json'], dir);
    expect(code).toBe(2);
    expect(JSON.parse(out).map((r: { id: string }) => r.id)).toEqual(['G1']);
    expect(err).toMatch(/kan 'kapot.json' niet lezen: geen geldige JSON/);
  });

  it('without files: exit 2 with usage', async () => {
    const { code, err } = await run(['toets']);
    expect(code).toBe(2);
    expect(err).toContain('geef minstens één bestand of map op');
  });
});
