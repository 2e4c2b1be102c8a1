import { SHEETS, scoreSheetName } from '../../src/excel';
import { NOW, applications, screening, setup, typeInto } from './fixtures';

const RUBRIC = { schaal: { min: 1, max: 5 }, items: [{ id: 'I1', tekst: 'Inhoudelijke kwaliteit' }, { id: 'I2', tekst: 'Impact' }] };
const ROLES = ['analist', 'zorginhoudelijk adviseur'];

describe('reading back what assessors typed', () => {
  it('makes one score sheet per role, with the 31-character sheet name for the longest role', async () => {
    const { host, service } = setup();
    await service.ensureScoreSheets(ROLES, applications(3), RUBRIC);
    expect(scoreSheetName('zorginhoudelijk adviseur')).toBe('Scores zorginhoudelijk adviseur');
    expect(host.model.sheets.map((s) => s.name)).toEqual(expect.arrayContaining(['Scores analist', 'Scores zorginhoudelijk adviseur']));
    const sheet = host.model.requireSheet('Scores analist');
    expect(sheet.frozenRows).toBe(1);
    expect(sheet.validations.some((v) => JSON.stringify(v.rule).includes('"formula1":1') && JSON.stringify(v.rule).includes('"formula2":5'))).toBe(true);
  });

  it('reads typed scores into plain entries; empty is null; 7 and "goed" are problems naming the cell', async () => {
    const { host, service } = setup();
    await service.ensureScoreSheets(ROLES, applications(2), RUBRIC);
    // Columns: A Aanvraag, B Naam, C I1, D I2, E Toelichting; row 2 = A00001, row 3 = A00002.
    typeInto(host, 'Scores analist', 'C2', '4');
    typeInto(host, 'Scores analist', 'D2', '5');
    typeInto(host, 'Scores analist', 'E2', 'Sterk plan');
    typeInto(host, 'Scores analist', 'C3', '7');
    typeInto(host, 'Scores analist', 'D3', 'goed');
    const { scores, problems } = await service.readScores(RUBRIC);
    const analist = scores.filter((s) => s.rol === 'analist');
    expect(analist).toEqual([
      { aanvraag: 'A00001', beoordelaar: 'analist', rol: 'analist', item: 'I1', score: 4, toelichting: 'Sterk plan' },
      { aanvraag: 'A00001', beoordelaar: 'analist', rol: 'analist', item: 'I2', score: 5, toelichting: 'Sterk plan' },
      { aanvraag: 'A00002', beoordelaar: 'analist', rol: 'analist', item: 'I1', score: null },
      { aanvraag: 'A00002', beoordelaar: 'analist', rol: 'analist', item: 'I2', score: null },
    ]);
    expect(problems.map((p) => p.plaats)).toEqual(["'Scores analist'!C3", "'Scores analist'!D3"]);
    expect(problems[0].melding).toContain('geen geheel getal van 1 tot en met 5');
    expect(scores.filter((s) => s.rol === 'zorginhoudelijk adviseur').every((s) => s.score === null)).toBe(true);
  });

  it('making the score sheets again adds new applications and keeps every typed score', async () => {
    const { host, service } = setup();
    await service.ensureScoreSheets(ROLES, applications(2), RUBRIC);
    typeInto(host, 'Scores analist', 'C2', '3');
    const report = await service.ensureScoreSheets(ROLES, applications(4), RUBRIC);
    expect(report.rijen.tblScores_analist).toBe(2);
    const rows = host.model.tableRecords('tblScores_analist');
    expect(rows.map((r) => r.Aanvraag)).toEqual(['A00001', 'A00002', 'A00003', 'A00004']);
    expect(rows[0]['I1: Inhoudelijke kwaliteit']).toBe(3);
  });

  it('screening again never touches a score sheet and keeps judgements typed in Toetsing', async () => {
    const { host, service } = setup();
    const apps = applications(2);
    await service.writeScreening(screening(apps), apps);
    await service.ensureScoreSheets(ROLES, apps, RUBRIC);
    typeInto(host, 'Scores analist', 'C2', '4');
    const before = JSON.stringify([...host.model.requireSheet('Scores analist').cells]);

    // An assessor overrides K9 of A00001 (row 3: A00001/K4 is row 2) with a written reason.
    const row = host.model.tableRecords('tblToetsing').findIndex((r) => r.Aanvraag === 'A00001' && r.Toets === 'K9') + 2;
    typeInto(host, SHEETS.toetsing, `O${row}`, 'voldoet niet');
    typeInto(host, SHEETS.toetsing, `P${row}`, 'Klantaantal telt ook niet-ZK-klanten mee');
    typeInto(host, SHEETS.toetsing, `Q${row}`, 'J. de Vries');

    const report = await service.writeScreening(screening(apps), apps);
    expect(report.meldingen.join(' ')).toContain('1 oordeel');
    expect(JSON.stringify([...host.model.requireSheet('Scores analist').cells])).toBe(before);

    const { overrides, problems } = await service.readOverrides();
    expect(problems).toEqual([]);
    expect(overrides).toEqual({
      A00001: [{ checkId: 'K9', status: 'voldoet niet', reden: 'Klantaantal telt ook niet-ZK-klanten mee', beoordelaar: 'J. de Vries', tijdstip: NOW }],
    });
  });

  it('a judgement without a written reason is reported, not used', async () => {
    const { host, service } = setup();
    const apps = applications(1);
    await service.writeScreening(screening(apps), apps);
    typeInto(host, SHEETS.toetsing, 'O2', 'voldoet');
    const { overrides, problems } = await service.readOverrides();
    expect(overrides).toEqual({});
    expect(problems[0]).toMatchObject({ bestand: 'Toetsing', veld: 'Reden oordeel' });
  });

  it('the audit sheet only grows: import problems, then screening, appended under each other', async () => {
    const { host, service } = setup();
    const apps = applications(2);
    await service.writeApplications(apps, [{ bestand: 'aanvragen.csv', plaats: 'rij 3', veld: 'kvkNummer', melding: 'KvK-nummer "1234567" heeft 7 cijfers, verwacht 8' }]);
    await service.writeScreening(screening(apps), apps);
    const audit = host.model.tableRecords('tblAudit');
    expect(audit.map((r) => r.Actie)).toEqual(['import', 'importprobleem', 'toetsing']);
    expect(audit[1].Onderwerp).toBe('aanvragen.csv · rij 3 · kvkNummer');
  });

  it('writes the selection with a ranking chart on Selectie, replacing the old chart', async () => {
    const { host, service } = setup();
    const rows = [1, 2, 3].map((i) => ({ positie: i, id: `A${i}`, naam: `Init ${i}`, regio: 'Zwolle', totaal: 10 - i, geselecteerd: i <= 2, reden: 'r', onenigheid: i === 3 ? ['I1'] : [] }));
    await service.writeSelection({ rows, seed: 7 });
    await service.writeSelection({ rows, seed: 7 }, { final: true });
    const sheet = host.model.requireSheet('Selectie');
    expect(sheet.charts).toHaveLength(1);
    expect(sheet.charts[0]).toMatchObject({ name: 'Rangschikking', type: 'BarClustered', source: { row: 0, col: 2, rows: 4, cols: 2 } });
    expect(host.model.tableRecords('tblSelectie')[0]).toMatchObject({ Positie: 1, 'Naam initiatief': 'Init 1', Totaalscore: 9, Geselecteerd: 'ja' });
    expect(sheet.conditionalFormats.some((f) => f.rule.operator === 'GreaterThanOrEqual' && f.fill === '#FFEB9C')).toBe(true);
  });

  it('reads table names with their sheets and headers, and any table as header → value records', async () => {
    const { service } = setup();
    await service.writeSettings([{ sleutel: 'seed', waarde: '2021', toelichting: 'lotingszaad' }]);
    const tables = await service.readTableNames();
    expect(tables.find((t) => t.name === 'tblInstellingen')).toEqual({ name: 'tblInstellingen', sheet: 'Instellingen', headers: ['Sleutel', 'Waarde', 'Toelichting'] });
    const data = await service.readTable('tblInstellingen');
    expect(data.records).toEqual([{ Sleutel: 'seed', Waarde: '2021', Toelichting: 'lotingszaad' }]);
    await expect(service.readTable('tblBestaatNiet')).rejects.toThrow('Tabel tblBestaatNiet lezen is mislukt: de tabel "tblBestaatNiet" bestaat niet in deze werkmap.');
  });
});

describe('when an assessor renamed a column', () => {
  it('screening refuses to rewrite Toetsing rather than lose typed judgements', async () => {
    const { host, service } = setup();
    const apps = applications(1);
    await service.writeScreening(screening(apps), apps);
    typeInto(host, SHEETS.toetsing, 'O2', 'voldoet');
    typeInto(host, SHEETS.toetsing, 'P2', 'Protocol nagelezen');
    host.model.cellAt(SHEETS.toetsing, 'P1').value = 'Mijn reden';
    await expect(service.writeScreening(screening(apps), apps)).rejects.toThrow('Toetsing schrijven is mislukt: de kolom(men) "Reden oordeel" ontbreken in het blad Toetsing.');
    expect(host.model.cellAt(SHEETS.toetsing, 'P2').value).toBe('Protocol nagelezen');
  });

  it('making score sheets again leaves a sheet without its Aanvraag column alone and says so', async () => {
    const { host, service } = setup();
    await service.ensureScoreSheets(['analist'], applications(1), RUBRIC);
    host.model.cellAt('Scores analist', 'A1').value = 'Nummer';
    const report = await service.ensureScoreSheets(['analist'], applications(2), RUBRIC);
    expect(report.meldingen).toEqual(['Blad "Scores analist" heeft geen kolom "Aanvraag" meer; er zijn geen aanvragen toegevoegd. Zet de kolomnaam terug.']);
    expect(host.model.tableRecords('tblScores_analist')).toHaveLength(1);
  });
});
