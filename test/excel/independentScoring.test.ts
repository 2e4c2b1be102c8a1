import type { Belangverklaring } from '../../src/rules/scoring/conflicts';
import type { Score } from '../../src/rules/scoring/score';
import { LOCKED_FILL } from '../../src/excel/scoreGuards';
import type { MeetingSheet } from '../../src/excel/scoringActions';
import { applications, setup, syncsOf, typeInto } from './fixtures';

/*
 * Independent scoring through src/excel against the fake Excel: a declaration closes one role's
 * row, the read-back refuses a score typed there anyway, returned files' scores land in the score
 * sheets, the shared-workbook mode hides sheets, and the meeting's decision is stored with who was
 * present. Each action is one Excel.run with a fixed number of syncs.
 */
const RUBRIC = { schaal: { min: 1, max: 5 }, items: [{ id: 'I1', tekst: 'Inhoud' }, { id: 'I2', tekst: 'Impact' }] };
const ROLES = ['analist', 'beleidsontwikkelaar', 'inkoper', 'zorginhoudelijk adviseur'];
const CONFLICT: Belangverklaring = { aanvraag: 'A00002', beoordelaar: 'Ivo Inkoop', rol: 'inkoper', belang: 'conflict', reden: 'Werkt bij een deelnemende praktijk', tijdstip: '2020-12-01T11:00:00.000Z' };

async function withSheets(n = 3) {
  const { host, service } = setup();
  const apps = applications(n);
  await service.ensureScoreSheets(ROLES, apps, RUBRIC);
  return { host, service, apps };
}

const customRows = (host: Awaited<ReturnType<typeof withSheets>>['host'], sheet: string) =>
  host.model.requireSheet(sheet).validations.filter((v) => 'custom' in v.rule).map((v) => ({ row: v.rect.row, rows: v.rect.rows, col: v.rect.col, cols: v.rect.cols }));

describe('declarations of interest in the workbook', () => {
  test('a conflict closes that role’s row for that application only: refusing validation and grey fill; Belangen row and audit, in one Excel.run of 3 syncs', async () => {
    const { host, service } = await withSheets();
    // The inkoper had typed a score for A00002 (row 3 of the sheet) before declaring.
    typeInto(host, 'Scores inkoper', 'C3', '4');
    const syncs = await syncsOf(host, () => service.saveDeclaration(CONFLICT, { rubric: RUBRIC, roles: ROLES, naam: 'Initiatief 2' }));
    expect(syncs).toBe(3);
    expect(host.model.tableRecords('tblBelangen')).toEqual([
      { Aanvraag: 'A00002', 'Naam initiatief': 'Initiatief 2', Beoordelaar: 'Ivo Inkoop', Rol: 'inkoper', Belang: 'conflict', Reden: CONFLICT.reden, Tijdstip: CONFLICT.tijdstip, 'Scores al ingevuld': 'ja' },
    ]);
    // Row index 2 (0-based) is A00002; the two item columns are C and D (index 2, width 2).
    expect(customRows(host, 'Scores inkoper')).toEqual([{ row: 2, rows: 1, col: 2, cols: 2 }]);
    expect(host.model.cellAt('Scores inkoper', 'C3').fill).toBe(LOCKED_FILL);
    expect(host.model.cellAt('Scores inkoper', 'D3').fill).toBe(LOCKED_FILL);
    expect(host.model.cellAt('Scores inkoper', 'C2').fill).toBeUndefined();
    // Other roles' sheets are open everywhere.
    expect(customRows(host, 'Scores analist')).toEqual([]);
    const audit = host.model.tableRecords('tblAudit').filter((r) => String(r.Actie).includes('belangverklaring'));
    expect(audit.map((r) => r.Actie)).toEqual(['belangverklaring', 'late belangverklaring']);
  });

  test('a score typed in the closed row anyway is refused on reading, naming the cell; other scores count', async () => {
    const { host, service } = await withSheets();
    await service.saveDeclaration(CONFLICT, { rubric: RUBRIC, roles: ROLES });
    typeInto(host, 'Scores inkoper', 'C3', '5');
    typeInto(host, 'Scores inkoper', 'C2', '3');
    const read = await service.readScores(RUBRIC);
    const inkoper = read.scores.filter((s) => s.rol === 'inkoper' && s.score !== null);
    expect(inkoper.map((s) => [s.aanvraag, s.item, s.score])).toEqual([['A00001', 'I1', 3]]);
    const refused = read.problems.filter((p) => p.plaats === `'Scores inkoper'!C3`);
    expect(refused).toHaveLength(1);
    expect(refused[0].melding).toContain('heeft een belang bij aanvraag A00002');
    expect(read.belangen).toHaveLength(1);
  });

  test('"geen belang" afterwards reopens the row: the scale’s rule again, no fill', async () => {
    const { host, service } = await withSheets();
    await service.saveDeclaration(CONFLICT, { rubric: RUBRIC, roles: ROLES });
    const saved = await service.saveDeclaration({ ...CONFLICT, belang: 'geen', reden: '', tijdstip: '2020-12-01T12:00:00.000Z' }, { rubric: RUBRIC, roles: ROLES });
    // The action gives back what the sheet holds now, as a separate read would.
    expect(saved.belangen).toEqual(await service.readDeclarations());
    expect(saved.belangen.belangen.map((b) => b.belang)).toEqual(['geen']);
    expect(customRows(host, 'Scores inkoper')).toEqual([]);
    expect(host.model.cellAt('Scores inkoper', 'C3').fill).toBeUndefined();
    const rule = host.model.requireSheet('Scores inkoper').validations.find((v) => v.rect.row <= 2 && v.rect.row + v.rect.rows > 2);
    expect(rule?.rule).toEqual({ wholeNumber: { formula1: 1, formula2: 5, operator: 'Between' } });
    // One row per assessor and application: the newer declaration replaced the first.
    expect(host.model.tableRecords('tblBelangen').map((r) => r.Belang)).toEqual(['geen']);
  });

  test('a conflict without a reason is refused with a Dutch message; nothing is written', async () => {
    const { host, service } = await withSheets();
    await expect(service.saveDeclaration({ ...CONFLICT, reden: ' ' }, { rubric: RUBRIC, roles: ROLES })).rejects.toThrow('een belang heeft een korte reden nodig');
    expect(host.model.table('tblBelangen')).toBeUndefined();
  });

  test('score sheets made after a declaration have no row for the conflicted application', async () => {
    const { host, service } = setup();
    const apps = applications(3);
    await service.saveDeclaration(CONFLICT, { rubric: RUBRIC, roles: ROLES });
    await service.ensureScoreSheets(ROLES, apps, RUBRIC);
    expect(host.model.tableRecords('tblScores_inkoper').map((r) => r.Aanvraag)).toEqual(['A00001', 'A00003']);
    expect(host.model.tableRecords('tblScores_analist').map((r) => r.Aanvraag)).toEqual(['A00001', 'A00002', 'A00003']);
  });
});

describe('scores read back from personal files', () => {
  const returned = (rol: string, ids: readonly string[], score: number): Score[] =>
    ids.flatMap((aanvraag) => RUBRIC.items.map((i) => ({ aanvraag, beoordelaar: rol, rol, item: i.id, score, toelichting: i.id === 'I1' ? `${rol} over ${aanvraag}` : '' })));

  test('land in the role’s score sheet (scores, comment, name) without touching other roles’ cells; a missing sheet is made', async () => {
    const { host, service, apps } = await withSheets();
    typeInto(host, 'Scores analist', 'C2', '2');
    await service.writeReturnedScores(
      [...returned('inkoper', ['A00001', 'A00003'], 4)],
      { roles: ['analist', 'inkoper'], applications: apps, rubric: RUBRIC, bron: 'beoordeling-inkoper.xlsx' },
    );
    const inkoper = host.model.tableRecords('tblScores_inkoper');
    expect(inkoper.map((r) => [r.Aanvraag, r['I1: Inhoud'], r['I2: Impact'], r.Toelichting])).toEqual([
      ['A00001', 4, 4, 'I1: inkoper over A00001'],
      ['A00002', '', '', ''],
      ['A00003', 4, 4, 'I1: inkoper over A00003'],
    ]);
    expect(host.model.tableRecords('tblScores_analist')[0]['I1: Inhoud']).toBe(2);
    expect(host.model.tableRecords('tblAudit').filter((r) => r.Actie === 'beoordeling ingelezen').map((r) => r.Melding)).toEqual(['4 scores uit beoordeling-inkoper.xlsx in Scores inkoper gezet.']);
    // A role without a sheet yet gets one with the returned scores in it.
    const fresh = setup();
    await fresh.service.writeReturnedScores(returned('analist', ['A00002'], 5), { roles: ROLES, applications: apps, rubric: RUBRIC, bron: 'a.xlsx' });
    expect(fresh.host.model.tableRecords('tblScores_analist').map((r) => [r.Aanvraag, r['I1: Inhoud']])).toEqual([
      ['A00001', ''],
      ['A00002', 5],
      ['A00003', ''],
    ]);
  });

  test('each application read back is an audited moment (one row per assessor and application); a conflict declared later is flagged', async () => {
    const { host, service, apps } = await withSheets();
    await service.writeReturnedScores(returned('inkoper', ['A00002'], 4), { roles: ROLES, applications: apps, rubric: RUBRIC, bron: 'beoordeling-inkoper.xlsx' });
    const moments = host.model.tableRecords('tblAudit').filter((r) => r.Actie === 'scores ingelezen');
    expect(moments.map((r) => [r.Onderwerp, r.Wie, r.Rol, r.Melding])).toEqual([['A00002', 'inkoper', 'inkoper', 'beoordeling ingelezen: beoordeling-inkoper.xlsx']]);
    // Declared in the workbook later (a time after the read-back's), for the application already read back.
    await service.saveDeclaration({ ...CONFLICT, tijdstip: '2020-12-02T09:00:00.000Z' }, { rubric: RUBRIC, roles: ROLES });
    const read = await service.readDeclarations();
    expect(read.late).toHaveLength(1);
    expect(read.late[0].verklaring.aanvraag).toBe('A00002');
  });

  test('one Excel.run with the same number of syncs for 3 and for 300 applications', async () => {
    const counts: number[] = [];
    for (const n of [3, 300]) {
      const { host, service, apps } = await withSheets(n);
      const scores = ROLES.flatMap((rol) => returned(rol, apps.map((a) => a.id), 3));
      counts.push(await syncsOf(host, () => service.writeReturnedScores(scores, { roles: ROLES, applications: apps, rubric: RUBRIC, bron: 'vier bestanden' })));
      expect(host.model.tableRecords('tblScores_zorginhoudelijk_adviseur').every((r) => r['I2: Impact'] === 3)).toBe(true);
    }
    expect(counts[0]).toBe(counts[1]);
    expect(counts[0]).toBeLessThanOrEqual(4);
  });
});

describe('shared-workbook mode', () => {
  test('hides and shows score sheets (worksheet.visibility), audited as not being security', async () => {
    const { host, service } = await withSheets();
    const syncs = await syncsOf(host, () => service.setScoreSheetVisibility(ROLES.map((rol) => ({ rol, zichtbaar: rol !== 'analist' }))));
    expect(syncs).toBe(3);
    expect(host.model.requireSheet('Scores analist').visibility).toBe('Hidden');
    expect(host.model.requireSheet('Scores inkoper').visibility).toBe('Visible');
    expect(String(host.model.tableRecords('tblAudit').at(-1)?.Melding)).toContain('Verbergen is geen beveiliging');
    await service.setScoreSheetVisibility(ROLES.map((rol) => ({ rol, zichtbaar: true })));
    expect(host.model.requireSheet('Scores analist').visibility).toBe('Visible');
  });
});

describe('the consensus meeting in the workbook', () => {
  const sheet = (read: { consensus: { aanvraag: string; item: string; score: number }[] }): MeetingSheet => ({
    rows: [
      {
        aanvraag: 'A00001',
        naam: 'Initiatief 1',
        item: 'I1',
        label: 'Inhoud',
        spreiding: 3,
        gemiddelde: 3.25,
        mediaan: 3.5,
        min: 1,
        max: 4,
        waarde: read.consensus.find((c) => c.aanvraag === 'A00001')?.score ?? 3.25,
        scores: [],
        positie: 1,
        geselecteerd: true,
        effecten: [],
      },
    ],
    panel: [],
    n: 6,
  });
  const decision = { aanvraag: 'A00001', item: 'I1', score: 4, motivatie: 'Na het gesprek: het plan is uitvoerbaar.', wie: 'Bea Beleid', rol: 'beleidsontwikkelaar', tijdstip: '2020-12-03T10:00:00.000Z', aanwezig: [{ wie: 'analist', rol: 'analist' }, { wie: 'Bea Beleid', rol: 'beleidsontwikkelaar' }] };

  test('Overleg is written from the scores read in the same run; a decision goes to Consensus with who was present, audited, and Overleg shows it (one run each)', async () => {
    const { host, service } = await withSheets();
    expect(await syncsOf(host, () => service.writeMeeting(sheet, RUBRIC))).toBeLessThanOrEqual(4);
    expect(host.model.tableRecords('tblOverleg').map((r) => [r.Aanvraag, r.Spreiding, r['Telt nu']])).toEqual([['A00001', 3, 3.25]]);
    expect(await syncsOf(host, () => service.saveMeetingDecision(decision, RUBRIC, sheet))).toBeLessThanOrEqual(4);
    expect(host.model.tableRecords('tblConsensus').map((r) => [r.Aanvraag, r.Item, r.Score, r.Wie, r.Aanwezig])).toEqual([['A00001', 'I1', 4, 'Bea Beleid', 'analist; Bea Beleid (beleidsontwikkelaar)']]);
    expect(host.model.tableRecords('tblOverleg')[0]['Telt nu']).toBe(4);
    const audit = host.model.tableRecords('tblAudit').filter((r) => String(r.Actie).startsWith('overleg'));
    expect(audit.map((r) => r.Actie)).toEqual(['overleg voorbereid', 'overleg', 'overlegbesluit']);
    expect(String(audit[2].Melding)).toContain('Aanwezig: analist; Bea Beleid (beleidsontwikkelaar).');
  });

  test('refused without anyone present, and when the recorder has a conflict for the application; nothing is stored', async () => {
    const { host, service } = await withSheets();
    await expect(service.saveMeetingDecision({ ...decision, aanwezig: [] }, RUBRIC)).rejects.toThrow('wie er bij het overleg aanwezig waren');
    await service.saveDeclaration({ ...CONFLICT, aanvraag: 'A00001', beoordelaar: 'Bea Beleid', rol: 'beleidsontwikkelaar' }, { rubric: RUBRIC, roles: ROLES });
    await expect(service.saveMeetingDecision(decision, RUBRIC)).rejects.toThrow('Bea Beleid heeft een belang bij A00001');
    expect(host.model.table('tblConsensus')).toBeUndefined();
  });
});
