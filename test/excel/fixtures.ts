import type { Application } from '../../src/rules/application';
import type { EligibilityResult } from '../../src/rules/outcome';
import { createExcelService } from '../../src/excel';
import { createFakeExcel, type FakeExcelHost } from '../fake-excel';
import { writeValue } from '../fake-excel/model';

export const NOW = '2020-12-01T10:00:00.000Z';

export function setup(options: { limitBytes?: number } = {}): { host: FakeExcelHost; service: ReturnType<typeof createExcelService> } {
  const host = createFakeExcel(options);
  const service = createExcelService({ run: host.run.bind(host), now: () => NOW, user: () => 'test' });
  return { host, service };
}

/** Compact fictional applications: an id, a name, one participant. */
export function applications(n: number, text: (i: number) => string = () => ''): Application[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `A${String(i + 1).padStart(5, '0')}`,
    naamInitiatief: `Initiatief ${i + 1}`,
    doel: text(i) || undefined,
    deelnemers: [{ praktijknaam: `Praktijk ${i + 1}`, agb: '04123456', gemeente: 'Zwolle' }],
  }));
}

export function screening(apps: readonly Application[]): EligibilityResult[] {
  return apps.map((a) => ({
    id: a.id,
    status: 'geschikt',
    regio: 'Zwolle',
    beleid: { id: 'samenwerken-2021', versie: '1' },
    checks: [
      { id: 'K4', label: 'Minimaal 3 disciplines', status: 'voldoet', reden: '3 disciplines', velden: ['deelnemers'], knockout: true, bevindingen: [], herkomst: { soort: 'bron', document: 'samenwerken2021', plaats: 'Bijlage 1, 4', citaat: 'minimaal 3 disciplines' } },
      { id: 'K9', label: 'Minimaal 750 klanten', status: 'voldoet', reden: '800 klanten', velden: ['aantalZkKlanten'], knockout: true, bevindingen: [], herkomst: { soort: 'bron', document: 'samenwerken2021', plaats: 'Bijlage 1, 9', citaat: 'tenminste 750 klanten' } },
    ],
  }));
}

/** What an assessor does in Excel: type into a cell (Excel interprets the input). */
export function typeInto(host: FakeExcelHost, sheet: string, address: string, input: string): void {
  const { parseAddress } = require('../fake-excel/model') as typeof import('../fake-excel/model');
  const { row, col } = parseAddress(address);
  writeValue(host.model.requireSheet(sheet).ensureCell(row, col), input);
}

/** Syncs of the last action (stats are reset before it). */
export async function syncsOf(host: FakeExcelHost, act: () => Promise<unknown>): Promise<number> {
  host.resetStats();
  await act();
  expect(host.stats.runs).toBe(1);
  return host.stats.syncs;
}
