import { ExcelActionError, writeTable } from '../../src/excel';
import { REQUEST_LIMIT_BYTES } from '../fake-excel';
import { applications, setup } from './fixtures';

const LONG = 'Samenwerken in de regio voor kwetsbare ouderen, COPD en kanker; '.repeat(10); // 650 characters

describe('requests stay under the 5 MB limit of Excel on the web', () => {
  it('10,000 rows of long text are written in several requests, each under 5 MB', async () => {
    const { host } = setup();
    const rows = Array.from({ length: 10_000 }, (_, i) => [`A${i}`, LONG, LONG]);
    await host.run((context) =>
      writeTable(context, {
        sheet: 'Aanvragen',
        table: 'tblLang',
        columns: [
          { header: 'Aanvraag', kind: 'text' },
          { header: 'Doel', kind: 'text' },
          { header: 'Toelichting', kind: 'text' },
        ],
        rows,
      }),
    );
    const total = host.stats.requests.reduce((sum, r) => sum + r.bytes, 0);
    expect(total).toBeGreaterThan(2 * REQUEST_LIMIT_BYTES); // so one request could not have held it
    for (const request of host.stats.requests) {
      expect(request.refused).toBe(false);
      expect(request.bytes).toBeLessThanOrEqual(REQUEST_LIMIT_BYTES);
    }
    expect(host.model.tableRecords('tblLang')).toHaveLength(10_000);
    expect(host.model.cellAt('Aanvragen', 'B10001').value).toBe(LONG);
  });

  it('control: the fake refuses a request above its limit, and the service reports it in Dutch', async () => {
    // A fake with a 1 MB limit, while the writer plans for 4 MB: the first big request fails.
    const { service } = setup({ limitBytes: 1024 * 1024 });
    const apps = applications(3_000, () => LONG);
    const error = await service.writeApplications(apps, []).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ExcelActionError);
    expect((error as ExcelActionError).code).toBe('RequestPayloadSizeLimitExceeded');
    expect((error as ExcelActionError).message).toMatch(/^Aanvragen schrijven is mislukt: de opdracht aan Excel is groter dan 5 MB/);
  });
});
