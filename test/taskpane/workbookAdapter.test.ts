import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createExcelService } from '../../src/excel';
import type { Application } from '../../src/rules/application';
import type { Override } from '../../src/rules/outcome';
import { samenwerken2021 } from '../../src/rules/policies/samenwerken-2021';
import { screeningService } from '../../src/taskpane/adapters/screening';
import type { TypedJudgements, TypedScores } from '../../src/taskpane/services';
import { DEFAULT_RUBRIC_2021 } from '../../src/rules/scoring/rubric-2021';
import { excelWorkbook } from '../../src/taskpane/adapters/workbook';
import { createFakeExcel } from '../fake-excel';
import { FakeApplication } from '../fake-excel/objects';
import { defaultSettings } from '../../src/shared/settings';
import { settingsFromRows } from '../../src/taskpane/model/settingRows';
import { TEST_POLICY } from '../ranking/fixtures';
import { workedExample } from './workedExample';

function workbook() {
  const host = createFakeExcel();
  const service = createExcelService({ run: host.run.bind(host), now: () => '2020-12-15T10:00:00.000Z', user: () => 'Ilse Inkoper' });
  return { host, pane: excelWorkbook(service) };
}

describe('the pane writes the ranking and selection through src/excel', () => {
  test('worked example: six selected, A7 not; the audit records the impact tie-break on place 6', async () => {
    const { host, pane } = workbook();
    const { applications, eligibility, scores, ranking } = workedExample();
    host.resetStats();
    await pane.writeSelection({ outcome: ranking, policy: TEST_POLICY, applications, eligibility, scores, tijdstip: '2020-12-15T10:00:00Z' });
    expect(host.stats.runs).toBe(1);
    const rows = host.model.tableRecords('tblSelectie');
    expect(rows.map((r) => [r.Aanvraag, r.Geselecteerd])).toEqual([
      ['A1', 'ja'],
      ['A3', 'ja'],
      ['A2', 'ja'],
      ['A4', 'ja'],
      ['A5', 'ja'],
      ['A6', 'ja'],
      ['A7', 'nee'],
      // Stopped at screening: on the sheet with their decision, after the ranking.
      ['A8', 'nee'],
      ['A9', 'nee'],
    ]);
    expect(rows.slice(-2).map((r) => [r.Positie, r.Besluit])).toEqual([
      ['', 'afgewezen'],
      ['', 'afgewezen'],
    ]);
    const audit = host.model.tableRecords('tblAudit').map((r) => `${r.Actie} | ${r.Onderwerp} | ${r.Melding}`);
    expect(audit.some((line) => line.includes('gelijke stand A6 en A7') && /impact/i.test(line))).toBe(true);
    expect(audit.some((line) => line.includes('besluit A7: niet geselecteerd'))).toBe(true);
    expect(audit.some((line) => line.includes('besluit A8: afgewezen'))).toBe(true);
  });

  test('scores typed in a role sheet come back; empty cells are not scores', async () => {
    const { host, pane } = workbook();
    const apps = [{ id: 'A1', naamInitiatief: 'Een' }, { id: 'A2', naamInitiatief: 'Twee' }];
    await pane.createScoreSheets(['analist'], apps, DEFAULT_RUBRIC_2021);
    // The assessor types a 4 for A1 on the first item (column C of the "Scores analist" sheet).
    await host.run(async (context) => {
      context.workbook.worksheets.getItem('Scores analist').getRange('C2').values = [[4]];
      await context.sync();
    });
    const read = await pane.readScores(DEFAULT_RUBRIC_2021);
    expect(read.scores).toEqual([expect.objectContaining({ aanvraag: 'A1', rol: 'analist', item: DEFAULT_RUBRIC_2021.items[0].id, score: 4 })]);
    expect(read.problems).toEqual([]);
  });

  test('saving the settings writes the Instellingen sheet, reads back the same, and recalculates the =ZK functions', async () => {
    const { pane } = workbook();
    const calculate = jest.spyOn(FakeApplication.prototype, 'calculate');
    const settings = { ...defaultSettings(), seed: 4242, aggregation: 'mediaan' as const };
    await pane.writeSettings(settings, TEST_POLICY, { protocol: 2, smart: 1 });
    expect(calculate).toHaveBeenCalledWith('Full');
    const read = settingsFromRows(await pane.readSettings());
    expect(read.problems).toEqual([]);
    expect(read.patch).toMatchObject({ seed: 4242, aggregation: 'mediaan', weights: { protocol: 2, smart: 1 } });
    expect(read.beleid).toBe(`${TEST_POLICY.id} ${TEST_POLICY.versie}`);
    calculate.mockRestore();
  });

  test('an override made in the pane goes to the Toetsing sheet and comes back with its written reason', async () => {
    const { host, pane } = workbook();
    const app = JSON.parse(readFileSync(join(__dirname, '../../samples/aanvragen/03-k9-749-klanten.json'), 'utf8')) as Application;
    const override: Override = { checkId: 'K9', status: 'voldoet', reden: 'Ledenlijst nagestuurd: 812 klanten.', beoordelaar: 'Anna Analist', rol: 'analist', tijdstip: '2020-12-01T09:00:00.000Z' };
    const [before] = screeningService.screen([app], samenwerken2021, {});
    expect(before.status).toBe('niet geschikt');
    const [after] = screeningService.screen([app], samenwerken2021, { [app.id]: [override] });
    expect(after.status).toBe('geschikt');
    await pane.screen(() => [after], [app]);
    // Screening again: the judgement comes back from the sheet, and read + screen + write is one Excel.run.
    host.resetStats();
    let typed: TypedJudgements | null = null;
    await pane.screen((read) => {
      typed = read;
      return screeningService.screen([app], samenwerken2021, read.overrides);
    }, [app]);
    expect(host.stats.runs).toBe(1);
    expect(typed!.problems).toEqual([]);
    expect(typed!.overrides[app.id]).toEqual([expect.objectContaining({ checkId: 'K9', status: 'voldoet', reden: override.reden, beoordelaar: 'Anna Analist' })]);
  });

  test('ranking reads the score sheets, ranks and writes the Selectie sheet in one Excel.run', async () => {
    const { host, pane } = workbook();
    const { applications, eligibility, ranking } = workedExample();
    await pane.createScoreSheets(['analist'], applications.slice(0, 2), DEFAULT_RUBRIC_2021);
    await host.run(async (context) => {
      context.workbook.worksheets.getItem('Scores analist').getRange('C2:D2').values = [[4, 5]];
      await context.sync();
    });
    host.resetStats();
    let seen: TypedScores | null = null;
    await pane.rank((read) => {
      seen = read;
      return ranking;
    }, applications, DEFAULT_RUBRIC_2021);
    expect(host.stats.runs).toBe(1);
    expect(seen!.scores.map((x) => [x.aanvraag, x.item, x.score])).toEqual([
      ['A1', DEFAULT_RUBRIC_2021.items[0].id, 4],
      ['A1', DEFAULT_RUBRIC_2021.items[1].id, 5],
    ]);
    expect(host.model.tableRecords('tblSelectie').filter((r) => r.Positie !== '')).toHaveLength(ranking.ranglijst.length);
    expect(eligibility).toHaveLength(9);
  });
  test('a workbook opened again: the ranking batch also reads the Belangen table, so a conflict counts before the Score step ran', async () => {
    const host = createFakeExcel();
    const service = () => createExcelService({ run: host.run.bind(host), now: () => '2020-12-15T10:00:00.000Z', user: () => 'Ilse Inkoper' });
    const { applications, ranking } = workedExample();
    const roles = ['analist', 'inkoper'];
    const first = excelWorkbook(service());
    await first.createScoreSheets(roles, applications.slice(0, 2), DEFAULT_RUBRIC_2021);
    const conflict = { aanvraag: 'A1', beoordelaar: 'Ivo Inkoop', rol: 'inkoper', belang: 'conflict' as const, reden: 'Werkt bij een deelnemende praktijk', tijdstip: '2020-12-15T09:00:00.000Z' };
    await first.saveDeclaration(conflict, DEFAULT_RUBRIC_2021, roles);
    // A new pane on the same workbook knows nothing yet; its first ranking reads the declaration.
    const reopened = excelWorkbook(service());
    let seen: TypedScores | null = null;
    await reopened.rank((read) => {
      seen = read;
      return ranking;
    }, applications, DEFAULT_RUBRIC_2021);
    expect(seen!.declarations?.declarations).toEqual([expect.objectContaining({ aanvraag: 'A1', rol: 'inkoper', belang: 'conflict', reden: conflict.reden })]);
  });
});
