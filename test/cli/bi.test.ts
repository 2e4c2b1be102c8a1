import ExcelJS from 'exceljs';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import golden from '../golden/percentile.json';
import { main } from '../../src/cli/main';
import { decileColumn, threshold } from '../../src/functions/bi';

const ROOT = join(__dirname, '..', '..');
const SAMPLE = 'samples/bi/behandelindex-2022-2023.csv';

async function run(args: string[], cwd = ROOT) {
  let out = '';
  let err = '';
  const code = await main(args, { out: (t) => (out += t), err: (t) => (err += t), cwd });
  return { code, out, err };
}

/** LibreOffice's PERCENTILE.INC over the 2023 population of the sample (test/golden/percentile.json). */
function libreOfficeDeciles(): number[] {
  const set = golden.sets.find((s) => s.naam === 'sample-populatie-2023')!;
  return [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9].map((k) => set.inc[set.k.findIndex((x) => Math.abs(x - k) < 1e-12)] as number);
}

describe('zk bi on the sample', () => {
  it('--json: exactly the agreed keys; 2025 looks at 2023; boundaries equal LibreOffice Calc', async () => {
    const { code, out, err } = await run(['bi', SAMPLE, '--contractjaar', '2025', '--json']);
    // The sample holds ten deliberate errors (seeds/002): read with errors is exit 1, with the count on stderr.
    expect(code).toBe(1);
    expect(err).toMatch(/^zk bi: '.*behandelindex-2022-2023\.csv': 19\.407 van 19\.410 rijen ingelezen; 10 meldingen over rijen of waarden die niet meetellen\n$/);
    const json = JSON.parse(out);
    expect(Object.keys(json)).toEqual(['referentiejaar', 'methode', 'deciel', 'drempel', 'decielgrenzen', 'aantallen', 'praktijken']);
    expect(Object.keys(json.aantallen)).toEqual(['voldoet', 'voldoetNiet', 'onbekend']);
    expect(Object.keys(json.praktijken[0])).toEqual(['agb', 'naam', 'bi', 'deciel', 'status']);
    expect(json.referentiejaar).toBe(2023);
    expect(json.methode).toBe('inc');
    expect(json.deciel).toBe(6);
    const expected = libreOfficeDeciles();
    json.decielgrenzen.forEach((v: number, i: number) => expect(v).toBeCloseTo(expected[i], 9));
    expect(json.drempel).toBeCloseTo(expected[5], 9);
    const { voldoet, voldoetNiet, onbekend } = json.aantallen;
    expect(voldoet + voldoetNiet + onbekend).toBe(json.praktijken.length);
    // The functions give the same threshold and deciles over the same population column.
    const population = json.praktijken.filter((p: { deciel: number | null }) => p.deciel !== null);
    const column = population.map((p: { bi: number }) => [p.bi]);
    expect(threshold(column)).toBe(json.drempel);
    expect(decileColumn(column).map((r) => r[0])).toEqual(population.map((p: { deciel: number }) => p.deciel));
    // Nobody above the threshold passes, nobody at or below it fails.
    for (const p of json.praktijken) {
      if (p.status === 'voldoet') expect(p.bi).toBeLessThanOrEqual(json.drempel);
      if (p.status === 'voldoet niet') expect(p.bi).toBeGreaterThan(json.drempel);
    }
  });

  it('human output names the reference year, method, threshold, counts and problems', async () => {
    const { code, out } = await run(['bi', SAMPLE, '--contractjaar', '2024', '--methode', 'exc', '--deciel', '5']);
    expect(code).toBe(1);
    expect(out).toContain('Contractjaar:    2024 → referentiejaar 2022');
    expect(out).toContain('Methode:         PERCENTILE.EXC');
    expect(out).toMatch(/Drempel: +[\d,]+ \(waarde van het 5e deciel/);
    expect(out).toMatch(/Voldoet: +[\d.]+\nVoldoet niet: +[\d.]+\nOnbekend: +[\d.]+/);
    expect(out).toContain("Jaar '20233' is geen geldig jaartal; de rij is overgeslagen.");
  });

  it('-o on the sample: every practice of 2023 in the table, status coloured, problems as a table', async () => {
    const target = join(mkdtempSync(join(tmpdir(), 'zk-bi-')), 'behandelindex.xlsx');
    const { code, out } = await run(['bi', SAMPLE, '--contractjaar', '2025', '--json', '-o', target]);
    expect(code).toBe(1);
    const json = JSON.parse(out);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(target);
    const sheet = workbook.getWorksheet('BehandelIndex')!;
    expect(sheet.rowCount).toBe(json.praktijken.length + 1);
    const formats = (sheet as unknown as { conditionalFormattings: Array<{ ref: string; rules: Array<{ formulae: string[] }> }> }).conditionalFormattings;
    expect(formats[0].ref).toBe(`F2:F${json.praktijken.length + 1}`);
    expect(formats[0].rules.map((r) => r.formulae[0])).toEqual(['"voldoet"', '"voldoet niet"', '"onbekend"']);
    const problems = workbook.getWorksheet('Problemen')!;
    expect(problems.getTable('ProblemenTabel')).toBeDefined();
    expect(problems.rowCount).toBe(1 + 10); // 8 bad values + 2 duplicate AGB codes in 2023
  });
});

describe('zk bi on small files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'zk-bi-'));
  // 91 … 100 in 2023: INC P60 = 96.4 (h = 5.4). One practice with 5 patients, one name that looks like a formula.
  const lines = ['AGB-code;Praktijknaam;Jaar;BehandelIndex;Aantal patiënten;BI-ondergrens'];
  [91, 92, 93, 94, 95, 96, 97, 98, 99, 100].forEach((bi, i) => lines.push(`0400000${i};Praktijk ${i};2023;${bi},0;40;${bi - 4},5`));
  lines.push('04000010;"=HYPERLINK(""http://x"";""klik"")";2023;80,0;5;70,0');
  writeFileSync(join(dir, 'klein.csv'), lines.join('\r\n'));

  it('--ondergrens judges by the lower bound: BI 99 (bound 95,5) voldoet, BI 100 (bound 96,5) not; threshold 96,4 still from the BIs', async () => {
    const { out } = await run(['bi', 'klein.csv', '--contractjaar', '2025', '--ondergrens', '--json'], dir);
    const json = JSON.parse(out);
    expect(json.drempel).toBeCloseTo(96.4, 10);
    const status = Object.fromEntries(json.praktijken.map((p: { bi: number; status: string }) => [p.bi, p.status]));
    expect(status[99]).toBe('voldoet');
    expect(status[100]).toBe('voldoet niet');
    expect(status[80]).toBe('onbekend');
  });

  it('--min-patienten 5 lets the 5-patient practice into the population', async () => {
    const { out } = await run(['bi', 'klein.csv', '--contractjaar', '2025', '--min-patienten', '5', '--json'], dir);
    expect(JSON.parse(out).aantallen.onbekend).toBe(0);
  });

  it('-o writes a workbook: a real table, text cells, no formulas from input, summary and problems', async () => {
    const { code, out } = await run(['bi', 'klein.csv', '--contractjaar', '2025', '-o', 'uit.xlsx'], dir);
    expect(code).toBe(0);
    expect(out).toContain('Werkmap geschreven: uit.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(dir, 'uit.xlsx'));
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Samenvatting', 'BehandelIndex', 'Problemen']);
    const sheet = workbook.getWorksheet('BehandelIndex')!;
    expect(sheet.getTable('tblBehandelIndex')).toBeDefined();
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    // The practices' table, then (after an empty column) the histogram's classes the chart draws.
    expect(sheet.getRow(1).values).toEqual([undefined, 'AGB-code', 'Praktijknaam', 'BehandelIndex', 'BI-ondergrens', 'Deciel', 'Uitkomst', 'Reden', undefined, 'BI-klasse', 'Vanaf', 'Tot', 'Aantal praktijken', 'Voldoet']);
    expect(sheet.getCell('A2').value).toBe('04000000'); // text, leading zero kept
    expect(sheet.getCell('C2').value).toBe(91);
    expect(sheet.getCell('C2').numFmt).toBe('[$-413]0.0');
    const injected = sheet.getCell('B12');
    expect(injected.value).toBe('=HYPERLINK("http://x";"klik")');
    expect(injected.type).toBe(ExcelJS.ValueType.String);
    sheet.eachRow((row) => row.eachCell((cell) => expect(cell.type).not.toBe(ExcelJS.ValueType.Formula)));
    expect(sheet.getCell('F12').value).toBe('onbekend');
    const summary = workbook.getWorksheet('Samenvatting')!;
    const labels = new Map<string, unknown>();
    summary.eachRow((row) => labels.set(String(row.getCell(1).value), row.getCell(2).value));
    expect(labels.get('Referentiejaar')).toBe(2023);
    expect(labels.get('Drempel (6e deciel)')).toBeCloseTo(96.4, 10);
    expect(labels.get('P60')).toBeCloseTo(96.4, 10);
    expect(labels.get('Voorwaarde')).toBeDefined();
    expect(workbook.getWorksheet('Problemen')!.getCell('A2').value).toBe('Geen problemen gevonden.');
  });

  it('-o: the summary comes first, and every sheet prints landscape, one page wide, with the policy and threshold in the page header', async () => {
    await run(['bi', 'klein.csv', '--contractjaar', '2025', '-o', 'afdruk.xlsx'], dir);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(dir, 'afdruk.xlsx'));
    for (const ws of workbook.worksheets) {
      expect(ws.pageSetup).toMatchObject({ orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, paperSize: 9 });
      // Threshold 96,4 (see above), written the Dutch way.
      expect(ws.headerFooter.oddHeader).toContain('Contractjaar 2025 · BI 2023 · drempel 96,4');
    }
    const summary = workbook.getWorksheet('Samenvatting')!;
    let p60: ExcelJS.Cell | undefined;
    summary.eachRow((row) => String(row.getCell(1).value) === 'P60' && (p60 = row.getCell(2)));
    expect(p60!.numFmt).toBe('[$-413]0.0###');
  });

  it('--beleid: a team policy with another offset and decile is a data change, not a code change', async () => {
    // referentiejaarVerschil 1: contract year 2024 looks at 2023; decile 5, INC: h = 0.5·9 = 4.5 → 95.5.
    writeFileSync(join(dir, 'beleid.json'), JSON.stringify({
      id: 'eigen-2024', versie: '1', naam: 'Eigen BI-regel', bron: 'test',
      behandelIndex: { deciel: 5, referentiejaarVerschil: 1, contractjaren: [2024] },
    }));
    const { code, out } = await run(['bi', 'klein.csv', '--contractjaar', '2024', '--beleid', 'beleid.json'], dir);
    expect(code).toBe(0);
    expect(out).toContain('BehandelIndex — Eigen BI-regel (eigen-2024, versie 1)');
    expect(out).toContain('Contractjaar:    2024 → referentiejaar 2023');
    expect(out).toContain('Drempel:         95,5 (waarde van het 5e deciel');
    writeFileSync(join(dir, 'zonder-bi.json'), JSON.stringify({ id: 'x', versie: '1', naam: 'x', bron: 'x' }));
    const without = await run(['bi', 'klein.csv', '--contractjaar', '2024', '--beleid', 'zonder-bi.json'], dir);
    expect(without.code).toBe(2);
    expect(without.err).toBe("zk bi: beleid 'zonder-bi.json' heeft geen regel 'behandelIndex'.\n");
    writeFileSync(join(dir, 'fout.json'), JSON.stringify({ id: 'x', versie: '1', naam: 'x', bron: 'x', behandelIndex: { deciel: 12 } }));
    const wrong = await run(['bi', 'klein.csv', '--contractjaar', '2024', '--beleid', 'fout.json'], dir);
    expect(wrong.code).toBe(2);
    expect(wrong.err).toBe("zk bi: beleid 'fout.json' klopt niet: behandelIndex.deciel: te groot (hoogstens 9).\n");
  });

  it('exit 2 with a Dutch message: missing file, wrong option, no BI column', async () => {
    const missing = await run(['bi', 'bestaat-niet.csv', '--contractjaar', '2025'], dir);
    expect(missing.code).toBe(2);
    expect(missing.err).toBe("zk bi: kan BehandelIndex-bestand 'bestaat-niet.csv' niet lezen: het bestand bestaat niet\n");
    const noYear = await run(['bi', 'klein.csv'], dir);
    expect(noYear.code).toBe(2);
    expect(noYear.err).toContain('--contractjaar ontbreekt.');
    const method = await run(['bi', 'klein.csv', '--contractjaar', '2025', '--methode', 'median'], dir);
    expect(method.err).toContain("--methode 'median' is onbekend; kies inc, exc of nearest.");
    writeFileSync(join(dir, 'geen-bi.csv'), 'AGB;Naam;Jaar\n04000001;A;2023\n');
    const noBi = await run(['bi', 'geen-bi.csv', '--contractjaar', '2025'], dir);
    expect(noBi.code).toBe(2);
    expect(noBi.err).toContain('Geen kolom voor BehandelIndex gevonden');
    writeFileSync(join(dir, 'binair.csv'), Buffer.from([0x00, 0x01, 0x02, 0xff]));
    expect((await run(['bi', 'binair.csv', '--contractjaar', '2025'], dir)).code).toBe(2);
  });
});
