import { NUMBER_FORMATS } from '../../src/workbook/formats';
import { writeTable } from '../../src/excel';
import { setup } from './fixtures';

const HOSTILE = ['=HYPERLINK("https://example.org","klik")', '+31 6 12345678', '-1+2', '@SUM(A1:A3)', '04123456', '=1+1'];

describe('applicant text stays text', () => {
  it('control: the fake, like Excel, turns =1+1 typed into a General cell into a formula', async () => {
    const { host } = setup();
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.add('Proef');
      sheet.getRange('A1:C1').values = [['=1+1', '+abc', '04123456']];
      await context.sync();
    });
    expect(host.model.cellAt('Proef', 'A1')).toMatchObject({ formula: '=1+1', value: 2 });
    expect(host.model.cellAt('Proef', 'B1').formula).toBe('=+abc');
    // A General cell also eats the leading zero of an AGB code.
    expect(host.model.cellAt('Proef', 'C1').value).toBe(4123456);
  });

  it('control: formatting "@" AFTER writing is too late, so the order in the writer matters', async () => {
    const { host } = setup();
    await host.run(async (context) => {
      const range = context.workbook.worksheets.add('Proef').getRange('A1');
      range.values = [['=HYPERLINK("https://example.org","klik")']];
      range.numberFormat = [['@']];
      await context.sync();
    });
    expect(host.model.cellAt('Proef', 'A1').formula).toBe('=HYPERLINK("https://example.org","klik")');
  });

  it('writeTable formats text columns "@" before writing, so every value is kept literally', async () => {
    const { host } = setup();
    await host.run((context) =>
      writeTable(context, {
        sheet: 'Aanvragen',
        table: 'tblProef',
        columns: [
          { header: 'Aanvraag', kind: 'text' },
          { header: 'Tekst', kind: 'text' },
        ],
        rows: HOSTILE.map((t, i) => [`A${i}`, t]),
      }),
    );
    HOSTILE.forEach((text, i) => {
      const cell = host.model.cellAt('Aanvragen', `B${i + 2}`);
      expect(cell.formula).toBeUndefined();
      expect(cell.value).toBe(text);
      expect(cell.numberFormat).toBe('@');
    });
  });

  it('a value that does not fit a number or date column is written as text, not interpreted', async () => {
    const { host } = setup();
    await host.run((context) =>
      writeTable(context, {
        sheet: 'Blad',
        table: 'tblBlad',
        columns: [
          { header: 'Bedrag', kind: 'euro' },
          { header: 'Datum', kind: 'date' },
        ],
        rows: [
          [1250.5, '2021-04-01'],
          ['=1+1', '=2+2'],
        ],
      }),
    );
    expect(host.model.cellAt('Blad', 'A2')).toMatchObject({ value: 1250.5, numberFormat: NUMBER_FORMATS.euro });
    // 2021-04-01 is serial 44287 (Excel: =DATE(2021;4;1) shows 44287 in General format).
    expect(host.model.cellAt('Blad', 'B2')).toMatchObject({ value: 44287, numberFormat: NUMBER_FORMATS.date });
    expect(host.model.cellAt('Blad', 'A3')).toMatchObject({ value: '=1+1', numberFormat: '@' });
    expect(host.model.cellAt('Blad', 'B3').formula).toBeUndefined();
  });

  it('the service writes hostile applicant text and AGB codes as text in Aanvragen and Deelnemers', async () => {
    const { host, service } = setup();
    await service.writeApplications(
      [{ id: 'A1', naamInitiatief: '=HYPERLINK("https://example.org","klik")', doel: '@SUM(A1)', deelnemers: [{ praktijknaam: '+Fysio', agb: '04123456', telefoon: '-0612345678' }] }],
      [],
    );
    const [app] = host.model.tableRecords('Aanvragen');
    expect(app.naamInitiatief).toBe('=HYPERLINK("https://example.org","klik")');
    expect(app.doel).toBe('@SUM(A1)');
    const [participant] = host.model.tableRecords('Deelnemers');
    expect(participant).toMatchObject({ aanvraagId: 'A1', praktijknaam: '+Fysio', agb: '04123456', telefoon: '-0612345678' });
    // Only the verdict column holds a formula: =ZK.ELIGIBLE over this row and the other two tables.
    const formulas = [...host.model.sheet('Aanvragen')!.cells.values()].filter((c) => c.formula !== undefined).map((c) => c.formula);
    expect(formulas).toHaveLength(1);
    expect(formulas[0]).toMatch(/^=ZK\.ELIGIBLE\(Aanvragen\[\[#Headers\],\[id\]:\[[^\]]+\]\],Aanvragen\[\[#This Row\],\[id\]:\[[^\]]+\]\],Deelnemers\[#All\],Begroting\[#All\]\)$/);
  });
});
