import { SHEETS } from '../../src/excel';
import type { OverridesRead } from '../../src/excel';
import type { Override } from '../../src/rules/outcome';
import { applications, screening, setup, syncsOf, typeInto } from './fixtures';

/**
 * The Toetsing sheet is the single source of truth for judgements: an override made in the pane is
 * written into its check's judgement cells (Oordeel beoordelaar N, Reden oordeel O, Beoordelaar P,
 * Rol Q, Tijdstip oordeel R), replacing a judgement typed there — for that one check only.
 */
const K9_BY_PANE: Override = {
  checkId: 'K9',
  status: 'voldoet',
  reden: 'Ledenlijst nagestuurd: 812 klanten van Zilveren Kruis.',
  beoordelaar: 'Anna Analist',
  rol: 'analist',
  tijdstip: '2020-12-02T09:00:00.000Z',
};

const rowOf = (host: ReturnType<typeof setup>['host'], aanvraag: string, toets: string) =>
  host.model.tableRecords('tblToetsing').findIndex((r) => r.Aanvraag === aanvraag && r.Toets === toets) + 2;

describe('an override made in the pane over a judgement typed in Toetsing', () => {
  it('replaces the typed judgement of that one check; other rows and score sheets stay as typed', async () => {
    const { host, service } = setup();
    const apps = applications(2);
    await service.writeScreening(screening(apps), apps);
    await service.ensureScoreSheets(['analist'], apps, { items: [{ id: 'I1', tekst: 'Inhoud' }] });
    typeInto(host, 'Scores analist', 'C2', '4');
    const scoresBefore = JSON.stringify([...host.model.requireSheet('Scores analist').cells]);
    // J. de Vries typed "voldoet niet" for K9 of A00001; Piet typed a judgement for K4 of A00002.
    const k9 = rowOf(host, 'A00001', 'K9');
    typeInto(host, SHEETS.toetsing, `O${k9}`, 'voldoet niet');
    typeInto(host, SHEETS.toetsing, `P${k9}`, 'Klantaantal telt ook niet-ZK-klanten mee');
    typeInto(host, SHEETS.toetsing, `Q${k9}`, 'J. de Vries');
    const k4 = rowOf(host, 'A00002', 'K4');
    typeInto(host, SHEETS.toetsing, `O${k4}`, 'voldoet');
    typeInto(host, SHEETS.toetsing, `P${k4}`, '  Drie disciplines, zie bijlage  ');
    typeInto(host, SHEETS.toetsing, `Q${k4}`, 'Piet');

    let seen: OverridesRead | null = null;
    const syncs = await syncsOf(host, () =>
      service.writeScreening(
        (typed) => {
          seen = typed;
          return screening(apps);
        },
        apps,
        { overrides: [{ aanvraag: 'A00001', override: K9_BY_PANE }] },
      ),
    );
    expect(syncs).toBeLessThanOrEqual(4);
    // The screening already sees the pane's override as the sheet's judgement.
    expect(seen!.overrides.A00001).toEqual([{ ...K9_BY_PANE }]);
    expect(seen!.overrides.A00002).toEqual([expect.objectContaining({ checkId: 'K4', status: 'voldoet', beoordelaar: 'Piet' })]);

    const row = rowOf(host, 'A00001', 'K9');
    expect(['O', 'P', 'Q', 'R', 'S'].map((c) => host.model.cellAt(SHEETS.toetsing, `${c}${row}`).value)).toEqual([
      'voldoet',
      K9_BY_PANE.reden,
      'Anna Analist',
      'analist',
      '2020-12-02T09:00:00.000Z',
    ]);
    // Piet's judgement is kept exactly as typed (spaces included).
    const other = rowOf(host, 'A00002', 'K4');
    expect(host.model.cellAt(SHEETS.toetsing, `P${other}`).value).toBe('  Drie disciplines, zie bijlage  ');
    expect(host.model.cellAt(SHEETS.toetsing, `Q${other}`).value).toBe('Piet');
    // Untouched: no judgement on A00001/K4 and A00002/K9.
    expect(host.model.cellAt(SHEETS.toetsing, `O${rowOf(host, 'A00001', 'K4')}`).value ?? '').toBe('');
    expect(JSON.stringify([...host.model.requireSheet('Scores analist').cells])).toBe(scoresBefore);

    // Reading again (a reload of the pane) gives the same judgement.
    const read = await service.readOverrides();
    expect(read.problems).toEqual([]);
    expect(read.overrides.A00001).toEqual([{ ...K9_BY_PANE }]);
  });

  it('writes one audit row naming the check, the judgement it replaced, the new one and the reason', async () => {
    const { host, service } = setup();
    const apps = applications(1);
    await service.writeScreening(screening(apps), apps);
    const k9 = rowOf(host, 'A00001', 'K9');
    typeInto(host, SHEETS.toetsing, `O${k9}`, 'voldoet niet');
    typeInto(host, SHEETS.toetsing, `P${k9}`, 'Klantaantal telt dubbel');
    typeInto(host, SHEETS.toetsing, `Q${k9}`, 'J. de Vries');
    await service.writeScreening(screening(apps), apps, { overrides: [{ aanvraag: 'A00001', override: K9_BY_PANE }] });
    const rows = host.model.tableRecords('tblAudit').filter((r) => r.Actie === 'afwijking');
    expect(rows).toEqual([
      {
        Tijdstip: '2020-12-02T09:00:00.000Z',
        Actie: 'afwijking',
        Onderwerp: 'A00001 · K9',
        Melding: `K9 bij A00001: voldoet (berekend: voldoet; vervangt het getypte oordeel "voldoet niet" van J. de Vries). Reden: ${K9_BY_PANE.reden}`,
        Wie: 'Anna Analist',
        Rol: 'analist',
      },
    ]);
    // The screening's own row says what happened, without counting the replaced judgement as kept.
    const screeningRow = host.model.tableRecords('tblAudit').filter((r) => r.Actie === 'toetsing').pop();
    expect(screeningRow?.Melding).toContain('0 oordelen behouden, 1 afwijking(en) uit het taakvenster vastgelegd');
  });

  it('on a check without a typed judgement, the override fills the empty cells (first screening included)', async () => {
    const { host, service } = setup();
    const apps = applications(1);
    await service.writeScreening(screening(apps), apps, { overrides: [{ aanvraag: 'A00001', override: K9_BY_PANE }] });
    const row = rowOf(host, 'A00001', 'K9');
    expect(host.model.cellAt(SHEETS.toetsing, `O${row}`).value).toBe('voldoet');
    expect(host.model.tableRecords('tblToetsing')).toHaveLength(2);
    const audit = host.model.tableRecords('tblAudit').find((r) => r.Actie === 'afwijking');
    expect(audit?.Melding).toContain('geen eerder oordeel');
  });

  it('a judgement typed without a reason stays refused, even when the pane overrides another check', async () => {
    const { host, service } = setup();
    const apps = applications(1);
    await service.writeScreening(screening(apps), apps);
    typeInto(host, SHEETS.toetsing, `O${rowOf(host, 'A00001', 'K4')}`, 'voldoet niet');
    let seen: OverridesRead | null = null;
    await service.writeScreening(
      (typed) => {
        seen = typed;
        return screening(apps);
      },
      apps,
      { overrides: [{ aanvraag: 'A00001', override: K9_BY_PANE }] },
    );
    expect(seen!.overrides.A00001.map((o) => o.checkId)).toEqual(['K9']);
    expect(seen!.problems).toEqual([expect.objectContaining({ bestand: 'Toetsing', veld: 'Reden oordeel' })]);
    expect(seen!.problems[0].melding).toContain('een oordeel zonder geschreven reden telt niet');
    // Still in the sheet as typed, for the assessor to complete.
    expect(host.model.cellAt(SHEETS.toetsing, `O${rowOf(host, 'A00001', 'K4')}`).value).toBe('voldoet niet');
  });
});
