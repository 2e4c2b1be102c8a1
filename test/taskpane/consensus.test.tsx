import { createExcelService } from '../../src/excel';
import { rankingService } from '../../src/taskpane/adapters/ranking';
import { excelWorkbook, selectionModel } from '../../src/taskpane/adapters/workbook';
import { rankingInput } from '../../src/taskpane/model/rankingInput';
import { initialState } from '../../src/taskpane/model/state';
import type { ConsensusEntry, TypedScores } from '../../src/taskpane/services';
import { DEFAULT_RUBRIC_2021, rubricFor } from '../../src/rules/scoring/rubric-2021';
import { defaultSettings } from '../../src/shared/settings';
import { TEST_POLICY } from '../ranking/fixtures';
import { createFakeExcel } from '../fake-excel';
import { renderPane } from './render';
import { workedExample } from './workedExample';

/*
 * Worked example: A4 35, A5 31, A6 30 and A7 30 (A6 above A7 on impact). A7's item scores are
 * protocol 4, smart 4, meting 4, borging 3, then 3 on the other five: 4+4+4+3+5×3 = 30.
 * The panel agrees on borging 5 for A7: 4+4+4+5+5×3 = 32, so A7 moves above A5 (31) and A6 (30)
 * and takes place 5; A6 drops to place 7, outside the six.
 */
const A7_BORGING: ConsensusEntry = {
  aanvraag: 'A7',
  item: 'borging',
  score: 5,
  motivatie: 'Na het panelgesprek: de borging is in de begroting voor drie jaar opgenomen.',
  wie: 'Bea Beleid',
  rol: 'beleidsontwikkelaar',
  tijdstip: '2020-12-15T11:00:00.000Z',
};

function ranked(consensus: ConsensusEntry[]) {
  const { applications, eligibility, scores } = workedExample();
  const state = { ...initialState, applications, eligibility, scores };
  const rubric = rubricFor(TEST_POLICY);
  return { state, ranking: rankingService.rank(rankingInput(state, TEST_POLICY, rubric, { ...defaultSettings(), seed: 2021 }, '2020-12-15T12:00:00Z', { consensus })) };
}

describe('Rangschikken: consensus scores', () => {
  test('A7: borging 5 by consensus gives 32, place 5 and selected; A6 drops out; the ranking shows where consensus counted', () => {
    const { state, ranking } = ranked([A7_BORGING]);
    const a7 = ranking.ranglijst.find((r) => r.id === 'A7')!;
    expect([a7.positie, a7.totaal, a7.geselecteerd]).toEqual([5, 32, true]);
    expect(ranking.ranglijst.find((r) => r.id === 'A6')).toMatchObject({ positie: 7, geselecteerd: false });
    const { text } = renderPane('rangschikken', { ...state, ranking });
    expect(text).toMatch(/5\. Initiatief A7 32 geselecteerd/);
    expect(text).toContain('Consensusscore gebruikt: Borging 5 (Bea Beleid)');
    expect(text).toContain('Consensusscore vastleggen');
    // The Selectie sheet's row says so too.
    const sheetRow = selectionModel(ranking, state.applications).rows.find((r) => r.id === 'A7');
    expect(sheetRow?.consensus).toEqual(['Borging 5 (Bea Beleid)']);
    // The audit of the procedure records the consensus with its motivation.
    expect(ranking.audit.some((e) => e.wat.startsWith('consensusscore A7 / ') && e.wat.endsWith(': 3 → 5') && e.waarom === A7_BORGING.motivatie)).toBe(true);
  });

  test('without a motivation (typed so in the sheet) it is refused with a Dutch note and A7 keeps 30', () => {
    const { state, ranking } = ranked([{ ...A7_BORGING, motivatie: '' }]);
    expect(ranking.ranglijst.find((r) => r.id === 'A7')).toMatchObject({ totaal: 30, positie: 7 });
    const { text } = renderPane('rangschikken', { ...state, ranking });
    expect(text).toContain('Meldingen bij de rangschikking');
    expect(text).toContain('alleen met een schriftelijke motivatie');
    expect(text).not.toContain('Consensusscore gebruikt');
  });

  test('the form is in Dutch with the rubric scale, and in English from the catalogue', () => {
    const { state, ranking } = ranked([]);
    const nl = renderPane('rangschikken', { ...state, ranking }).text;
    expect(nl).toContain('Consensusscore vastleggen');
    const en = renderPane('rangschikken', { ...state, ranking }, 'en').text;
    expect(en).toContain('Record a consensus score');
  });

  test('through src/excel: saved on the Consensus sheet and read back with the scores when ranking (one Excel.run)', async () => {
    const host = createFakeExcel();
    const pane = excelWorkbook(createExcelService({ run: host.run.bind(host), now: () => '2020-12-15T10:00:00.000Z', user: () => 'Bea Beleid' }));
    await pane.saveConsensus(A7_BORGING, DEFAULT_RUBRIC_2021);
    await expect(pane.saveConsensus({ ...A7_BORGING, motivatie: '' }, DEFAULT_RUBRIC_2021)).rejects.toThrow('alleen met een schriftelijke motivatie');
    expect(host.model.tableRecords('tblConsensus')).toHaveLength(1);
    host.resetStats();
    let seen: TypedScores | null = null;
    const { applications, ranking } = workedExample();
    await pane.rank((read) => {
      seen = read;
      return ranking;
    }, applications, DEFAULT_RUBRIC_2021);
    expect(host.stats.runs).toBe(1);
    expect(host.stats.syncs).toBeLessThanOrEqual(4);
    expect(seen!.consensus).toEqual([{ aanvraag: 'A7', item: 'borging', score: 5, motivatie: A7_BORGING.motivatie, wie: 'Bea Beleid', rol: 'beleidsontwikkelaar' }]);
    const audit = host.model.tableRecords('tblAudit').filter((r) => r.Actie === 'consensusscore');
    expect(audit).toHaveLength(1);
    expect([audit[0].Wie, audit[0].Rol]).toEqual(['Bea Beleid', 'beleidsontwikkelaar']);
  });
});
