import ExcelJS from 'exceljs';
import type { Application } from '../../src/rules/application';
import { buildImportWorkbook } from '../../src/report/import-workbook';
import { applicationsToCsv } from '../../src/report/applications-csv';

const hostile: Application = {
  id: 'H-1',
  naamInitiatief: '=HYPERLINK("http://x.example","klik")',
  opmerkingen: '=1+1',
  achtergrond: '-1',
  doel: '@SUM(A1)',
  smartDoelen: '+31 6 12345678',
  deelnemers: [{ praktijknaam: '=2*3', agb: '04012345' }],
  extra: { Notitie: '=SUM(A1:A9)' },
};

describe('applicant text is written as text, never as a formula', () => {
  it('every cell of the exported workbook holding applicant text is a string cell', async () => {
    const bytes = await buildImportWorkbook([hostile]).xlsx.writeBuffer();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as ArrayBuffer);
    const cells: ExcelJS.Cell[] = [];
    for (const sheet of workbook.worksheets) sheet.eachRow((row) => row.eachCell((cell) => cells.push(cell)));
    // The one formula per application is the verdict column's =ZK.ELIGIBLE; no applicant text is one.
    const formulas = cells.filter((c) => c.type === ExcelJS.ValueType.Formula);
    expect(formulas.map((c) => [c.worksheet.name, c.formula.split('(')[0]])).toEqual([['Aanvragen', 'ZK.ELIGIBLE']]);
    const texts = cells.filter((c) => typeof c.value === 'string').map((c) => c.value);
    for (const value of ['=HYPERLINK("http://x.example","klik")', '=1+1', '-1', '@SUM(A1)', '+31 6 12345678', '=2*3', '=SUM(A1:A9)']) expect(texts).toContain(value);
  });

  it('text columns carry the text number format "@", so what a user types there stays text too', async () => {
    const workbook = buildImportWorkbook([]);
    const sheet = workbook.getWorksheet('Aanvragen')!;
    const header = (sheet.getRow(1).values as unknown[]).indexOf('naamInitiatief');
    expect(sheet.getColumn(header).numFmt).toBe('@');
  });

  it('CSV export: ; and decimal comma by default, yes/no as ja/nee', () => {
    const csv = applicationsToCsv([{ id: 'A-1', begroting: { gevraagdBedrag: 12500.5 }, intervisie: true }]);
    const [header, row] = csv.split('\r\n');
    const values = Object.fromEntries(header.split(';').map((h, i) => [h, row.split(';')[i]]));
    expect(values).toMatchObject({ id: 'A-1', begroting_gevraagdBedrag: '12500,5', intervisie: 'ja', kvkNummer: '' });
  });
});
