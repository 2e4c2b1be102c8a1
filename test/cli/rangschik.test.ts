import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { SAMPLE_ARGS, zk } from './io';

/*
 * Expected ranking of the samples, by hand from the levels in scripts/demo-scores.ts
 * (total = 4·inhoud + 3·impact + businesscase + haalbaarheid; each item's mean is its level):
 *   A-2021-002 40, A-2021-104 39, A-2021-101 36 and A-2021-001 36 (101 has 1500 ZK clients, 001 900),
 *   A-2021-102 33, A-2021-011 30 and A-2021-103 30 (impact 12 against 9), A-2021-012 27 + 1 = 28
 * (consensus raises jzojp from the mean 3 to 4, samples/beoordeling/consensus.csv), A-2021-105 23.
 * A-2021-106 misses two items of one assessor; seven samples fail screening, A-2021-010 is onvolledig.
 */
const EXPECTED = [
  [1, 'A-2021-002', 40, true],
  [2, 'A-2021-104', 39, true],
  [3, 'A-2021-101', 36, true],
  [4, 'A-2021-001', 36, true],
  [5, 'A-2021-102', 33, true],
  [6, 'A-2021-011', 30, true],
  [7, 'A-2021-103', 30, false],
  [8, 'A-2021-012', 28, false],
  [9, 'A-2021-105', 23, false],
];

/** A sample CSV as an .xlsx with one sheet (the score column as numbers, as Excel would hold them). */
async function csvAsWorkbook(csvFile: string, sheet: string, numberColumn: number): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'zk-'));
  const rows = Papa.parse<string[]>(await fs.readFile(path.join(__dirname, '../..', csvFile), 'utf8'), { skipEmptyLines: true }).data;
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheet);
  rows.forEach((row, i) => ws.addRow(i === 0 ? row : row.map((v, c) => (c === numberColumn ? Number(v) : v))));
  const file = path.join(dir, `${sheet.toLowerCase()}.xlsx`);
  await wb.xlsx.writeFile(file);
  return file;
}

// Each test runs the whole CLI in-process on the samples; on a loaded machine that takes seconds.
jest.setTimeout(120_000);

describe('zk rangschik', () => {
  it('--json prints seed, weights and the ranking with the top 6', async () => {
    const { code, out, err } = await zk(['rangschik', ...SAMPLE_ARGS, '--json', '--steekproeven', '0']);
    expect(err).toBe('');
    expect(code).toBe(0);
    const json = JSON.parse(out);
    expect(json.seed).toBe(2021);
    expect(Object.values(json.gewichten)).toEqual([1, 1, 1, 1, 1, 1, 1, 1, 1]);
    expect(json.ranglijst.map((e: { positie: number; id: string; totaal: number; geselecteerd: boolean }) => [e.positie, e.id, e.totaal, e.geselecteerd])).toEqual(EXPECTED);
    expect(json.ranglijst[6].reden).toContain('buiten de maximaal 6 selecties');
    expect(json.uitgesloten.map((u: { id: string }) => u.id)).toContain('A-2021-106');
    expect(json.uitgesloten.find((u: { id: string }) => u.id === 'A-2021-003').reden).toContain('749');
    const besluit = (id: string) => json.uitgesloten.find((u: { id: string }) => u.id === id).besluit;
    expect([besluit('A-2021-106'), besluit('A-2021-010'), besluit('A-2021-003')]).toEqual(['nog niet volledig beoordeeld', 'besluit van het team nodig', 'afgewezen']);
  });

  it('reads the same scores from an .xlsx file (sheet Scores) with the same result', async () => {
    const args = [...SAMPLE_ARGS];
    args[2] = await csvAsWorkbook('samples/scores/scores.csv', 'Scores', 4);
    const { out, err } = await zk(['rangschik', ...args, '--json', '--steekproeven', '0']);
    expect(err).toBe('');
    expect(JSON.parse(out).ranglijst.map((e: { id: string; totaal: number }) => [e.id, e.totaal])).toEqual(EXPECTED.map((e) => [e[1], e[2]]));
  });

  it('reads the consensus scores from an .xlsx file too: same ranking as from the CSV, and different from none', async () => {
    const args = [...SAMPLE_ARGS];
    args[args.indexOf('--consensus') + 1] = await csvAsWorkbook('samples/beoordeling/consensus.csv', 'Consensus', 2);
    const fromXlsx = await zk(['rangschik', ...args, '--json', '--steekproeven', '0']);
    const fromCsv = await zk(['rangschik', ...SAMPLE_ARGS, '--json', '--steekproeven', '0']);
    const none = await zk(['rangschik', ...SAMPLE_ARGS.slice(0, -2), '--json', '--steekproeven', '0']);
    expect(fromXlsx.err).toBe('');
    expect(fromXlsx.out).toBe(fromCsv.out);
    // The sample's consensus lifts A-2021-012's jzojp from its mean 3 to 4: one point more in total.
    const total = (o: string) => JSON.parse(o).ranglijst.find((e: { id: string }) => e.id === 'A-2021-012').totaal;
    expect(total(fromXlsx.out)).toBe(total(none.out) + 1);
  });

  it('the same seed gives the same output', async () => {
    const a = await zk(['rangschik', ...SAMPLE_ARGS, '--json', '--seed', '7', '--steekproeven', '50']);
    const b = await zk(['rangschik', ...SAMPLE_ARGS, '--json', '--seed', '7', '--steekproeven', '50']);
    expect(a.out).toBe(b.out);
    expect(JSON.parse(a.out).seed).toBe(7);
  });

  it('--max-per-regio 1: A-2021-001 (Utrecht, after A-2021-104) is skipped and A-2021-103 moves in', async () => {
    const { out } = await zk(['rangschik', ...SAMPLE_ARGS, '--json', '--max-per-regio', '1', '--steekproeven', '0']);
    const list = JSON.parse(out).ranglijst as { id: string; geselecteerd: boolean; reden: string }[];
    const a001 = list.find((e) => e.id === 'A-2021-001')!;
    expect(a001.geselecteerd).toBe(false);
    expect(a001.reden).toContain('per kernregio is voor Utrecht al bereikt');
    expect(list.filter((e) => e.geselecteerd).map((e) => e.id)).toEqual(['A-2021-002', 'A-2021-104', 'A-2021-101', 'A-2021-102', 'A-2021-011', 'A-2021-103']);
  });

  it('--budget 150000: the selection stays under the cap and the skipped ones name it', async () => {
    const { out } = await zk(['rangschik', ...SAMPLE_ARGS, '--json', '--budget', '150.000', '--steekproeven', '0']);
    const list = JSON.parse(out).ranglijst as { geselecteerd: boolean; reden: string }[];
    expect(list.some((e) => e.reden.includes('budgetplafond'))).toBe(true);
  });

  it('what-if --gewicht protocol=2: A-2021-103 (protocol ≈ 4) passes A-2021-011 (protocol ≈ 3) and enters the top 6', async () => {
    // Each protocol mean is its inhoud level ± 0.25: 103 gets 30 + 3.75…4.25, 011 gets 30 + 2.75…3.25.
    const { out } = await zk(['rangschik', ...SAMPLE_ARGS, '--json', '--gewicht', 'protocol=2', '--steekproeven', '0']);
    const json = JSON.parse(out);
    expect(json.gewichten.protocol).toBe(2);
    expect(json.watAls).toEqual({ erbij: ['A-2021-103'], eraf: ['A-2021-011'] });
  });

  it('refuses a weight for an unknown item', async () => {
    const { code, err } = await zk(['rangschik', ...SAMPLE_ARGS, '--gewicht', 'kwaliteit=2']);
    expect(code).toBe(2);
    expect(err).toContain("Onbekend item in de gewichten: kwaliteit");
  });

  it('prints a table with the tie-break when not --json', async () => {
    const { out } = await zk(['rangschik', ...SAMPLE_ARGS, '--steekproeven', '0']);
    expect(out).toContain('gelijk met A-2021-011: hogere score op impact voor klanten');
    expect(out).toContain('Afgewezen bij de toetsing:');
    expect(out).toContain('Nog niet volledig beoordeeld (nog geen besluit en geen brief):\n  A-2021-106: 3 van minimaal 4 beoordelaars');
    expect(out).toContain('Besluit van het team nodig (nog geen brief; geef het besluit met --besluiten):\n  A-2021-010: Niet vast te stellen door ontbrekende gegevens');
  });

  it('reports a bad score row on stderr (file, row, field) and still ranks', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'zk-'));
    const csv = await fs.readFile(path.join(__dirname, '../../samples/scores/scores.csv'), 'utf8');
    await fs.writeFile(path.join(dir, 'scores.csv'), csv + 'A-2021-105,Sanne de Boer,inkoper,smart,7,te hoog\n');
    const { code, err, out } = await zk(['rangschik', ...SAMPLE_ARGS.slice(0, 2), path.join(dir, 'scores.csv'), '--json', '--steekproeven', '0']);
    // Ranked all the same, but a row was left out: exit 1, and the count is said.
    expect(code).toBe(1);
    expect(err).toMatch(/scores\.csv, rij 360 \(score\): Score 7 ligt buiten de schaal 1–5\./);
    expect(err).toMatch(/zk rangschik: scorebestand '.*scores\.csv': 358 van 359 rijen ingelezen; 1 rij telt niet mee/);
    expect(JSON.parse(out).ranglijst.length).toBeGreaterThan(0);
  });

  it('exit 2 with a Dutch message for a missing file or a wrong option', async () => {
    const missing = await zk(['rangschik', 'samples/aanvragen', 'bestaat-niet.csv']);
    expect(missing.code).toBe(2);
    expect(missing.err).toContain("kan scorebestand 'bestaat-niet.csv' niet lezen");
    const badSeed = await zk(['rangschik', ...SAMPLE_ARGS, '--seed', 'abc']);
    expect(badSeed.code).toBe(2);
    expect(badSeed.err).toContain("--seed verwacht een geheel getal");
    const nothing = await zk(['rangschik']);
    expect(nothing.code).toBe(2);
  });
});
