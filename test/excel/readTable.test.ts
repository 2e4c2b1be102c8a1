import { toTableData } from '../../src/excel';

describe('reading a table back', () => {
  it('gives header → value records, leaves out empty rows and keeps the sheet row numbers', () => {
    const data = toTableData([
      ['Aanvraag', 'Score'],
      ['A1', 4],
      ['', ''],
      ['A3', 'goed'],
    ]);
    expect(data.records).toEqual([
      { Aanvraag: 'A1', Score: 4 },
      { Aanvraag: 'A3', Score: 'goed' },
    ]);
    // A3 is on the fourth row of the sheet (header on row 1), even though row 3 was skipped.
    expect(data.rowNumbers).toEqual([2, 4]);
  });
});
