import fc from 'fast-check';
import { queueTableRead, writeTable } from '../../src/excel';
import { setup } from './fixtures';
import { OVERRIDE_HEADERS, SCREENING_COLUMNS } from '../../src/workbook/screening';

/** Text that Excel would otherwise interpret: formulas, signs, numbers with leading zeros, dates, booleans. */
const risky = fc.oneof(
  fc.string(),
  fc.string().map((s) => '=' + s),
  fc.string().map((s) => '+' + s),
  fc.string().map((s) => '-' + s),
  fc.string().map((s) => '@' + s),
  fc.stringMatching(/^0\d{7}$/),
  fc.constantFrom('TRUE', 'onwaar', '2021-04-01', '1,5', '=1+1'),
);

describe('round trip through the workbook (property)', () => {
  it('any text written to a text column reads back identical, and no cell holds a formula', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(risky, fc.option(fc.double({ noNaN: true, noDefaultInfinity: true }), { nil: null })), { maxLength: 20 }), async (rows) => {
        const { host } = setup();
        await host.run((context) =>
          writeTable(context, {
            sheet: 'Blad',
            table: 'tblRond',
            columns: [
              { header: 'Tekst', kind: 'text' },
              { header: 'Getal', kind: 'decimal' },
            ],
            rows,
          }),
        );
        const read = await host.run(async (context) => {
          const reader = queueTableRead(context, 'tblRond');
          await context.sync();
          return reader.read();
        });
        const nonEmpty = rows.filter(([text, n]) => text !== '' || n !== null);
        expect(read.rows).toEqual(nonEmpty.map(([text, n]) => [text, n ?? '']));
        for (const cell of host.model.requireSheet('Blad').cells.values()) expect(cell.formula).toBeUndefined();
      }),
      { numRuns: 60 },
    );
  });

  it('re-running screening any number of times keeps every typed judgement', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 4 }), fc.string({ minLength: 1 }), async (times, reden) => {
        const { host, service } = setup();
        const results = [{ id: 'A1', status: 'onvolledig' as const, regio: null, beleid: { id: 'p', versie: '1' }, checks: [{ id: 'K5', label: 'Protocol', status: 'onbekend' as const, reden: '', velden: [], knockout: true, bevindingen: [], herkomst: { soort: 'hulp' as const, uitleg: 'test' } }] }];
        await service.writeScreening(results);
        const sheet = host.model.requireSheet('Toetsing');
        // Columns by header in the one schema, so a new program column does not move the test.
        const oordeelCol = SCREENING_COLUMNS.findIndex((c) => c.header === OVERRIDE_HEADERS.oordeel);
        const redenCol = SCREENING_COLUMNS.findIndex((c) => c.header === OVERRIDE_HEADERS.reden);
        sheet.ensureCell(1, oordeelCol).value = 'voldoet';
        sheet.ensureCell(1, redenCol).value = reden;
        for (let i = 0; i < times; i++) await service.writeScreening(results);
        // Exactly as typed, spaces included.
        expect(host.model.requireSheet('Toetsing').cell(1, redenCol)?.value).toBe(reden);
        const { overrides } = await service.readOverrides();
        if (reden.trim() === '') expect(overrides).toEqual({});
        else expect(overrides.A1?.[0]).toMatchObject({ checkId: 'K5', status: 'voldoet', reden: reden.trim() });
      }),
      { numRuns: 40 },
    );
  });
});
