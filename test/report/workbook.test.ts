import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { buildSelectionWorkbook } from '../../src/report/selection-workbook';
import { writeWorkbook } from '../../src/report/write-xlsx';
import { smallRun } from './fixture';

async function readBack() {
  const run = smallRun();
  const buffer = await writeWorkbook(buildSelectionWorkbook(run));
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buffer as unknown as ArrayBuffer);
  return { wb, run };
}

function header(ws: ExcelJS.Worksheet): string[] {
  return (ws.getRow(1).values as unknown[]).slice(1).map(String);
}
function cellBy(ws: ExcelJS.Worksheet, row: number, kop: string): ExcelJS.Cell {
  return ws.getRow(row).getCell(header(ws).indexOf(kop) + 1);
}

describe('selection workbook, read back with exceljs', () => {
  let wb: ExcelJS.Workbook;
  beforeAll(async () => {
    ({ wb } = await readBack());
  });

  it('has the sheets Selectie, Toetsing, Scores, Audit and Instellingen (plus Aggregatie and Gevoeligheid)', () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Selectie', 'Toetsing', 'Scores', 'Aggregatie', 'Gevoeligheid', 'Audit', 'Instellingen']);
  });

  it('each sheet is a real Excel table with a frozen header row', () => {
    for (const ws of wb.worksheets) {
      const tables = Object.keys((ws as unknown as { tables: Record<string, unknown> }).tables);
      expect(tables).toEqual([`tbl${ws.name}`]);
      expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    }
  });

  it('Selectie: ranks A1 (45) and A2 (36) above the cut-off, A3 (27) below, A4 rejected', () => {
    const ws = wb.getWorksheet('Selectie')!;
    const rows = [2, 3, 4, 5].map((r) => [cellBy(ws, r, 'Plaats').value, cellBy(ws, r, 'Aanvraag').value, cellBy(ws, r, 'Totaal').value, cellBy(ws, r, 'Besluit').value]);
    expect(rows).toEqual([
      [1, 'A1', 45, 'geselecteerd'],
      [2, 'A2', 36, 'geselecteerd'],
      [3, 'A3', 27, 'niet geselecteerd'],
      [null, 'A4', null, 'afgewezen'],
    ]);
    expect(cellBy(ws, 3, 'Onenigheid').value).toBe('bereik (spreiding 2)');
    expect(String(cellBy(ws, 5, 'Motivering').value)).toContain('749');
  });

  it('formats: € on the requested amount, scores with two decimals, text cells as text', () => {
    const ws = wb.getWorksheet('Selectie')!;
    const bedrag = cellBy(ws, 3, 'Gevraagd bedrag');
    expect(bedrag.value).toBe(125000.5);
    expect(bedrag.numFmt).toBe('"€" #,##0.00');
    expect(cellBy(ws, 2, 'Totaal').numFmt).toBe('0.00');
    expect(cellBy(ws, 2, 'Naam initiatief').numFmt).toBe('@');
    expect(cellBy(ws, 2, `Kans in top 2`).numFmt).toBe('0%');
  });

  it('applicant text that looks like a formula stays text: no cell anywhere holds a formula', () => {
    const ws = wb.getWorksheet('Selectie')!;
    expect(cellBy(ws, 2, 'Naam initiatief').value).toBe('=HYPERLINK("http://evil.example","klik")');
    expect(cellBy(ws, 3, 'Naam initiatief').value).toBe('+31 6 1234 5678');
    expect(cellBy(ws, 4, 'Naam initiatief').value).toBe('@SUM(A1:A9)');
    expect(cellBy(ws, 4, 'Naam samenwerkingsverband').value).toBe('-2+3');
    expect(wb.getWorksheet('Scores')!.getCell('F2').value).toBe('=1+1');
    for (const sheet of wb.worksheets) {
      sheet.eachRow((row) =>
        row.eachCell((cell) => {
          expect(cell.type).not.toBe(ExcelJS.ValueType.Formula);
          expect(cell.formula).toBeUndefined();
        }),
      );
    }
  });

  it('conditional formatting colours the decisions and puts data bars on the totals', () => {
    const ws = wb.getWorksheet('Selectie')!;
    const cf = (ws as unknown as { conditionalFormattings: { ref: string; rules: { type: string; formulae?: string[] }[] }[] }).conditionalFormattings;
    const kinds = cf.flatMap((c) => c.rules.map((r) => r.type));
    expect(kinds).toContain('dataBar');
    expect(cf.flatMap((c) => c.rules.flatMap((r) => r.formulae ?? []))).toEqual(expect.arrayContaining(['"geselecteerd"', '"niet geselecteerd"', '"afgewezen"']));
  });

  it('the data bar reference points at an x14 rule with the same id (an empty id makes Excel repair the file)', async () => {
    const run = smallRun();
    const zip = await JSZip.loadAsync(await writeWorkbook(buildSelectionWorkbook(run)));
    const xml = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
    const ref = /<x14:id>(\{[0-9A-F-]+\})<\/x14:id>/.exec(xml);
    expect(ref).not.toBeNull();
    expect(xml).toContain(`<x14:cfRule type="dataBar" id="${ref![1]}">`);
  });

  it('draws the cut-off line under place 2 (row 3) and explains it below the table', () => {
    const ws = wb.getWorksheet('Selectie')!;
    expect(ws.getCell('A3').border?.bottom?.style).toBe('thick');
    expect(ws.getCell('A2').border?.bottom).toBeUndefined();
    expect(String(ws.getCell('A7').value)).toContain('onder plaats 2');
  });

  it('Audit: timestamps are real dates with a date-time format; the tie-free run logs four decisions', () => {
    const ws = wb.getWorksheet('Audit')!;
    const c = ws.getCell('A2');
    expect(c.value).toEqual(new Date('2020-12-15T10:30:00.000Z'));
    expect(c.numFmt).toBe('dd-mm-yyyy hh:mm');
    const wat: string[] = [];
    ws.eachRow((row, n) => n > 1 && wat.push(String(row.getCell(4).value)));
    expect(wat.filter((w) => w.startsWith('besluit'))).toHaveLength(4);
  });

  it('Instellingen: policy, equal weights, seed and method; decision date as a date', () => {
    const ws = wb.getWorksheet('Instellingen')!;
    const settings = new Map<string, ExcelJS.CellValue>();
    ws.eachRow((row, n) => n > 1 && settings.set(String(row.getCell(1).value), row.getCell(2).value));
    expect(settings.get('Seed loting en steekproeven')).toBe(99);
    expect(settings.get('Methode')).toBe('gemiddelde per item');
    expect(settings.get('Besluitdatum')).toEqual(new Date('2020-12-31T00:00:00Z'));
    expect([...settings].filter(([k]) => k.startsWith('Gewicht ')).map(([, v]) => v)).toEqual([1, 1, 1, 1, 1, 1, 1, 1, 1]);
    expect(String(settings.get('Herkomst gewichten'))).toContain('noemt geen gewichten');
  });

  it('Toetsing lists every check of every application; Scores every score', () => {
    expect(wb.getWorksheet('Toetsing')!.actualRowCount).toBe(1 + 3 * 3 + 2);
    expect(wb.getWorksheet('Scores')!.actualRowCount).toBe(1 + 3 * 4 * 9);
  });
});
