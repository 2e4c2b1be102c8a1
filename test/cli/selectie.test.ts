import golden from '../golden/percentile.json';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ROOT, SAMPLE_ARGS, zk } from './io';

// Each test runs the whole CLI in-process on the samples; on a loaded machine that takes seconds.
jest.setTimeout(120_000);

describe('zk selectie', () => {
  it('writes the workbook and one letter per decision', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'zk-'));
    const xlsx = path.join(dir, 'selectie.xlsx');
    const brieven = path.join(dir, 'brieven');
    const { code, out } = await zk(['selectie', ...SAMPLE_ARGS, '-o', xlsx, '--brieven', brieven, '--seed', '5', '--steekproeven', '100']);
    expect(code).toBe(0);
    expect(out).toContain('Werkmap geschreven');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(xlsx);
    const ws = wb.getWorksheet('Selectie')!;
    expect(ws.getCell('B2').value).toBe('A-2021-002');
    const files = (await fs.readdir(brieven)).sort();
    // 9 ranked + 7 rejected; A-2021-106 (not completely scored) and A-2021-010 (incomplete, no team decision) get no letter yet.
    expect(files).toHaveLength(16);
    expect(files.filter((f) => f.startsWith('A-2021-010'))).toEqual([]);
    expect(files).toContain('A-2021-103-niet-geselecteerd.docx');
    const zip = await JSZip.loadAsync(await fs.readFile(path.join(brieven, 'A-2021-005-afgewezen.docx')));
    const xml = await zip.file('word/document.xml')!.async('string');
    expect(xml).toContain('Zilveren Kruis behoudt zich het recht voor om een projectplan gemotiveerd af te wijzen.');
  }, 120_000);

  it('the override and the consensus score of A-2021-012 are in the audit with who, role and why', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'zk-'));
    const xlsx = path.join(dir, 's.xlsx');
    await zk(['selectie', ...SAMPLE_ARGS, '-o', xlsx, '--steekproeven', '0']);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(xlsx);
    const rows: string[][] = [];
    // Audit: Tijdstip, Actie, Onderwerp, Melding, Wie, Rol; here who, role, what and why.
    wb.getWorksheet('Audit')!.eachRow((r) => rows.push([5, 6, 3, 4].map((c) => String(r.getCell(c).value))));
    const override = rows.find((r) => r[2].startsWith('overschrijving uitsluitingen (A-2021-012)'))!;
    expect(override).toEqual(['Ruud Hoekstra', 'zorginhoudelijk adviseur', 'overschrijving uitsluitingen (A-2021-012): onbekend → voldoet', expect.stringContaining('geen inrichtings- of bouwproject')]);
    expect(rows.some((r) => r[2].startsWith('beslisregel: gelijke stand A-2021-011 en A-2021-103'))).toBe(true);
    expect(rows.find((r) => r[2].startsWith('consensusscore'))).toEqual(['Fatima El Idrissi', 'analist', 'consensusscore A-2021-012 / Juiste zorg op de juiste plek: 3 → 4', expect.stringContaining('e-healthcomponent')]);
  }, 120_000);

  it('--besluiten: the team asks A-2021-010 for the missing items; the letter, the Besluiten sheet and the audit follow', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'zk-'));
    const xlsx = path.join(dir, 's.xlsx');
    const brieven = path.join(dir, 'brieven');
    const besluiten = path.join(ROOT, 'samples', 'beoordeling', 'besluiten.csv');
    const { code, out, err } = await zk(['selectie', ...SAMPLE_ARGS, '-o', xlsx, '--brieven', brieven, '--besluiten', besluiten, '--steekproeven', '0']);
    expect([code, err]).toEqual([0, '']);
    expect(out).toContain('Verzoek om aanvulling:\n  A-2021-010: Niet vast te stellen door ontbrekende gegevens');
    expect((await fs.readdir(brieven)).filter((f) => f.startsWith('A-2021-010'))).toEqual(['A-2021-010-verzoek-om-aanvulling.docx']);
    const zip = await JSZip.loadAsync(await fs.readFile(path.join(brieven, 'A-2021-010-verzoek-om-aanvulling.docx')));
    const xml = await zip.file('word/document.xml')!.async('string');
    // The reply date the sample sets: 14 January 2021, the decision date 31 December 2020 plus the default 14 days.
    expect(xml).toContain('uiterlijk 14 januari 2021');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(xlsx);
    const rows: string[][] = [];
    // The Audit table of the schema: Tijdstip, Actie, Onderwerp, Melding, Wie, Rol.
    wb.getWorksheet('Audit')!.eachRow((r) => rows.push([3, 4, 5, 6].map((c) => String(r.getCell(c).value))));
    expect(rows.find((r) => r[0].startsWith('besluit van het team A-2021-010'))).toEqual([
      'besluit van het team A-2021-010: om aanvulling vragen (antwoord vóór 14 januari 2021)',
      'De aanvraag is op veel punten leeg, het team beoordeelt haar zodra de gegevens er zijn.',
      'Sanne de Boer',
      'inkoper',
    ]);
    const sheet = wb.getWorksheet('Besluiten')!;
    expect(sheet.getRow(2).values).toEqual(expect.arrayContaining(['A-2021-010', 'aanvulling']));
  }, 120_000);

  it('--besluiten: a rejection without motivation is refused on stderr (file, row, field) and decides nothing', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'zk-'));
    const file = path.join(dir, 'besluiten.csv');
    await fs.writeFile(file, 'aanvraag,besluit,motivering,antwoordVoor,wie,rol,tijdstip\nA-2021-010,afwijzen,,,Sanne de Boer,inkoper,2020-12-10T15:00:00Z\n');
    const { code, out, err } = await zk(['rangschik', ...SAMPLE_ARGS, '--besluiten', file, '--steekproeven', '0']);
    expect(code).toBe(0);
    expect(err).toContain('besluiten.csv, rij 2 (Motivering): afwijzen bij A-2021-010 geweigerd: een onvolledige aanvraag wordt alleen met een schriftelijke motivering afgewezen; besluit genegeerd');
    expect(out).toContain('Besluit van het team nodig (nog geen brief; geef het besluit met --besluiten):\n  A-2021-010:');
  }, 120_000);

  it('refuses to run without -o', async () => {
    const { code, err } = await zk(['selectie', ...SAMPLE_ARGS]);
    expect(code).toBe(2);
    expect(err).toContain('geef met -o aan');
  });
});

describe('zk demo', () => {
  it('runs the whole pipeline on samples/ into out/, with progress lines and a summary', async () => {
    const cwd = await fs.mkdtemp(path.join(os.tmpdir(), 'zk-demo-'));
    const { code, out, err } = await zk(['demo', '--samples', path.join(ROOT, 'samples'), '--steekproeven', '200'], cwd);
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(out).toContain('Aanvragen inlezen… 18 gelezen');
    expect(out).toContain('Toetsen aan bijlage 1 en de voorwaarden… 10 geschikt, 7 niet geschikt, 1 onvolledig');
    expect(out).toContain('Scores van de beoordelaars inlezen… 358 scores van 4 beoordelaars');
    expect(out).toMatch(/A-2021-011 .* 6 +30 .* geselecteerd/);
    // Independent scoring: four personal files handed out, filled from samples/scores, read back; the ranking uses those.
    // Ruud Hoekstra declared a conflict for A-2021-102 (samples/beoordeling/belangen.csv): his 9 scores there have no row.
    expect(out).toContain('Persoonlijke scorebestanden uitdelen… 4 bestanden in out/beoordeling, elk 10 aanvragen (Ruud Hoekstra (zorginhoudelijk adviseur) scoort A-2021-102 niet: belang gemeld)');
    expect(out).toContain('; 9 scores zonder rij in het bestand (belang)');
    expect(out).toContain('Ingevulde scorebestanden inlezen… 349 scores van 4 beoordelaars, 2 nog niet gescoord');
    // A-2021-102 without his scores: (33 × 4 − his 32) / 3 per item summed = 33,33 (worked out from samples/scores/scores.csv).
    expect(out).toMatch(/A-2021-102 .* 5 +33,33 .* geselecteerd/);
    expect((await fs.readdir(path.join(cwd, 'out', 'beoordeling', 'ingevuld'))).sort()).toEqual(['beoordeling-analist.xlsx', 'beoordeling-beleidsontwikkelaar.xlsx', 'beoordeling-inkoper.xlsx', 'beoordeling-zorginhoudelijk-adviseur.xlsx']);
    await expect(fs.stat(path.join(cwd, 'out', 'selectie.xlsx'))).resolves.toBeTruthy();
    expect(out).toContain('Besluiten van het team over onvolledige aanvragen inlezen… 1 verzoek(en) om aanvulling, 0 afwijzing(en)');
    // 9 ranked + 7 rejected + the verzoek om aanvulling to A-2021-010 (samples/beoordeling/besluiten.csv).
    expect((await fs.readdir(path.join(cwd, 'out', 'brieven'))).length).toBe(17);
    // The BehandelIndex step: contract year 2025 looks at the BI of 2023 (KNGF analysis 2024–2025); the threshold is
    // LibreOffice Calc's PERCENTILE.INC(…; 0,6) over the sample's 2023 population (test/golden).
    const population = golden.sets.find((s) => s.naam === 'sample-populatie-2023')!;
    const p60 = population.inc[population.k.indexOf(0.6)] as number;
    expect(out).toContain(`contractjaar 2025 (BI 2023): drempel ${String(p60).replace('.', ',')};`);
    await expect(fs.stat(path.join(cwd, 'out', 'behandelindex.xlsx'))).resolves.toBeTruthy();
  }, 120_000);

  it('the summary says which applications have no ordinary decision, and why', async () => {
    const cwd = await fs.mkdtemp(path.join(os.tmpdir(), 'zk-demo-'));
    const { out } = await zk(['demo', '--samples', path.join(ROOT, 'samples'), '--steekproeven', '0'], cwd);
    expect(out).toMatch(/^A-2021-106 .* nog niet volledig beoordeeld$/m);
    expect(out).toMatch(/^A-2021-010 .* verzoek om aanvulling$/m);
    expect(out).toContain('Nog niet volledig beoordeeld (nog geen besluit en geen brief):\n  A-2021-106: 3 van minimaal 4 beoordelaars scoorden alle onderdelen; Ruud Hoekstra (zorginhoudelijk adviseur) mist Bereik ZK-klanten, Juiste zorg op de juiste plek;');
    expect(out).toMatch(/Verzoek om aanvulling:\n {2}A-2021-010: Niet vast te stellen door ontbrekende gegevens: K1\/K10: samenwerkingsvorm ontbreekt; .* Het team \(Sanne de Boer, inkoper\) vraagt om aanvulling vóór 14 januari 2021\./);
    expect(out).not.toContain('aanvullen kan niet meer');
    // A-2021-105 arrived on 9 November 2020: ranked all the same, and flagged.
    expect(out).toContain('Let op (waarschuwing bij de toetsing, blokkeert niet):\n  A-2021-105: indiening: ontvangen op 9 november 2020, na de uiterste indiendatum (uiterlijk 5 november 2020)');
  }, 120_000);
});
