/**
 * Property: an application list exported to CSV or to the import workbook (applicationToRecord +
 * writer) and imported again gives the same applications as importing the JSON directly.
 */
import fc from 'fast-check';
import { importFile } from '../../src/import';
import { importJsonText } from '../../src/import/json';
import { applicationsToCsv } from '../../src/report/applications-csv';
import { buildImportWorkbook } from '../../src/report/import-workbook';
import iconv from 'iconv-lite';
import { applications } from './arbitraries';

describe('JSON → export → import gives the same applications', () => {
  it('through CSV (Dutch Excel: ; and decimal comma, UTF-8)', async () => {
    await fc.assert(
      fc.asyncProperty(applications, async (apps) => {
        const expected = importJsonText('a.json', JSON.stringify(apps)).applications;
        const result = await importFile('export.csv', new TextEncoder().encode(applicationsToCsv(apps)));
        expect(result.applications).toEqual(expected);
      }),
      { numRuns: 200 },
    );
  });

  it('through CSV with , and a decimal point, in Windows-1252 when the text allows it', async () => {
    await fc.assert(
      fc.asyncProperty(applications, async (apps) => {
        const expected = importJsonText('a.json', JSON.stringify(apps)).applications;
        const bytes = iconv.encode(applicationsToCsv(apps, { delimiter: ',' }), 'win1252');
        const result = await importFile('export.csv', new Uint8Array(bytes));
        expect(result.applications).toEqual(expected);
      }),
      { numRuns: 100 },
    );
  });

  it('through the import workbook (sheets Aanvragen, Deelnemers, Begroting)', async () => {
    await fc.assert(
      fc.asyncProperty(applications, async (apps) => {
        const expected = importJsonText('a.json', JSON.stringify(apps)).applications;
        const bytes = new Uint8Array(await buildImportWorkbook(apps).xlsx.writeBuffer());
        const result = await importFile('export.xlsx', bytes);
        expect(result.applications).toEqual(expected);
      }),
      // exceljs writes (with the schema's validation, colours and notes) and reads a workbook in
      // about 0.3 s, so fewer runs than for CSV (jest.config.js gives every test 120 s).
      { numRuns: 30 },
    );
  });
});
