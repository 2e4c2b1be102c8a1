/**
 * How the workbook layer scales, against the fake Excel: writing N applications with the
 * service (constant syncs, chunked requests) versus a naive writer that syncs once per row, as
 * hand-written add-in code often does. Prints syncs, request bytes and time ratios; in Excel on
 * the web every sync is a network round trip, so the sync column is what users feel.
 *
 * Run: npx tsx bench/excel.ts
 */
import { performance } from 'node:perf_hooks';
import { createExcelService } from '../src/excel';
import type { Application } from '../src/rules/application';
import { createFakeExcel } from '../test/fake-excel';

function applications(n: number): Application[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `A${i + 1}`,
    naamInitiatief: `Initiatief ${i + 1}`,
    doel: 'Zorg verplaatsen van de tweede naar de eerste lijn voor kwetsbare ouderen.',
    deelnemers: [{ praktijknaam: `Praktijk ${i + 1}`, agb: '04123456', gemeente: 'Zwolle' }],
  }));
}

async function service(n: number): Promise<{ ms: number; syncs: number; maxRequest: number }> {
  const host = createFakeExcel();
  const excel = createExcelService({ run: host.run.bind(host), now: () => '2020-12-01T10:00:00Z' });
  const apps = applications(n);
  const start = performance.now();
  await excel.writeApplications(apps, []);
  return { ms: performance.now() - start, syncs: host.stats.syncs, maxRequest: Math.max(...host.stats.requests.map((r) => r.bytes)) };
}

/** The baseline: one row at a time, format and value, one sync each. */
async function naive(n: number): Promise<{ ms: number; syncs: number; maxRequest: number }> {
  const host = createFakeExcel();
  const apps = applications(n);
  const start = performance.now();
  await host.run(async (context) => {
    const sheet = context.workbook.worksheets.add('Aanvragen');
    for (let i = 0; i < apps.length; i++) {
      const range = sheet.getRangeByIndexes(i + 1, 0, 1, 3);
      range.numberFormat = [['@', '@', '@']];
      range.values = [[apps[i].id, apps[i].naamInitiatief ?? '', apps[i].doel ?? '']];
      await context.sync();
    }
  });
  return { ms: performance.now() - start, syncs: host.stats.syncs, maxRequest: Math.max(...host.stats.requests.map((r) => r.bytes)) };
}

async function main(): Promise<void> {
  process.stdout.write('N        writer   syncs  grootste verzoek   ms      syncs t.o.v. naïef\n');
  for (const n of [10, 1_000, 10_000]) {
    const ours = await service(n);
    const base = await naive(n);
    const line = (name: string, r: typeof ours, ratio: string) =>
      `${String(n).padEnd(8)} ${name.padEnd(8)} ${String(r.syncs).padStart(5)}  ${(r.maxRequest / 1024).toFixed(0).padStart(10)} KB  ${r.ms.toFixed(0).padStart(6)}  ${ratio}\n`;
    process.stdout.write(line('service', ours, `${(ours.syncs / base.syncs).toFixed(4)}×`));
    process.stdout.write(line('naïef', base, '1×'));
  }
}

void main();
