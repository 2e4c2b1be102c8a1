import type { SelectionRow } from '../../src/excel';
import { REQUEST_LIMIT_BYTES } from '../fake-excel';
import { applications, screening, setup, syncsOf } from './fixtures';

/**
 * One Excel.run per user action and a number of syncs that does not grow with the number of rows:
 * the same count for 10 and for 10,000 applications. (Only bytes can add a sync, one per ~4 MB
 * because of the 5 MB request limit; see payloadLimit.test.ts. These compact applications fit.)
 */
const RUBRIC = { schaal: { min: 1, max: 5 }, items: [{ id: 'I1', tekst: 'Inhoud' }, { id: 'I2', tekst: 'Impact' }] };
const ROLES = ['analist', 'beleidsontwikkelaar', 'inkoper', 'zorginhoudelijk adviseur'];

function ranking(n: number): SelectionRow[] {
  return Array.from({ length: n }, (_, i) => ({ positie: i + 1, id: `A${i + 1}`, naam: `Initiatief ${i + 1}`, regio: 'Zwolle', totaal: 100 - i / n, geselecteerd: i < 6, reden: i < 6 ? 'top 6' : 'niet bij de beste 6', onenigheid: [] }));
}

async function countsFor(n: number): Promise<Record<string, number>> {
  const { host, service } = setup();
  const apps = applications(n);
  const counts: Record<string, number> = {};
  counts.import = await syncsOf(host, () => service.writeApplications(apps, [{ bestand: 'a.csv', plaats: 'rij 2', veld: 'kvkNummer', melding: 'KvK-nummer heeft 7 cijfers' }]));
  counts.screen = await syncsOf(host, () => service.writeScreening(screening(apps), apps));
  counts.rescreen = await syncsOf(host, () => service.writeScreening(screening(apps), apps));
  const override = { checkId: 'K9', status: 'voldoet niet' as const, reden: 'Ledenlijst telt dubbel', beoordelaar: 'Anna Analist', tijdstip: '2020-12-02T09:00:00Z' };
  counts.override = await syncsOf(host, () => service.writeScreening(() => screening(apps), apps, { overrides: [{ aanvraag: apps[0].id, override }] }));
  counts.scoreSheets = await syncsOf(host, () => service.ensureScoreSheets(ROLES, apps, RUBRIC));
  counts.readScores = await syncsOf(host, () => service.readScores(RUBRIC));
  counts.rank = await syncsOf(host, () => service.writeSelection({ rows: ranking(n), seed: 2021 }));
  counts.select = await syncsOf(host, () => service.writeSelection({ rows: ranking(n), seed: 2021 }, { final: true }));
  for (const request of host.stats.requests) {
    expect(request.bytes).toBeLessThanOrEqual(REQUEST_LIMIT_BYTES);
    expect(request.responseBytes).toBeLessThanOrEqual(REQUEST_LIMIT_BYTES);
  }
  return counts;
}

describe('context.sync() calls per user action', () => {
  it('are the same for 10 and for 10,000 applications, and at most 4', async () => {
    const small = await countsFor(10);
    const large = await countsFor(10_000);
    for (const count of [...Object.values(small), ...Object.values(large)]) expect(count).toBeLessThanOrEqual(4);
    // First import: inspect + write (no Audit table yet to count rows of).
    expect(small.import).toBe(2);
    // Screening again: inspect; Toetsing's header row and the audit size; the typed columns; write.
    expect(small.rescreen).toBe(4);
    // Writing 10,000 applications sends every import column and one =ZK.ELIGIBLE formula per row
    // (more than the 4 MB budget of one request): one flush under the 5 MB limit, the only sync the row count adds.
    expect(large).toEqual({ ...small, import: small.import + 1 });
  }, 120_000);

  it('suspend calculation around the writes of an action', async () => {
    const { host, service } = setup();
    await service.writeApplications(applications(10), []);
    expect(host.stats.suspendCalls).toBeGreaterThanOrEqual(1);
  });
});
