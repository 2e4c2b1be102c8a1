import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { renderToStaticMarkup } from 'react-dom/server';
import { createExcelService } from '../../src/excel';
import { excelWorkbook } from '../../src/taskpane/adapters/workbook';
import { rankingService } from '../../src/taskpane/adapters/ranking';
import { TeamDecisionForm } from '../../src/taskpane/components/TeamDecisionForm';
import { I18nProvider, loadLanguage, type Language } from '../../src/taskpane/i18n';
import { rankingInput } from '../../src/taskpane/model/rankingInput';
import { initialState, paneReducer } from '../../src/taskpane/model/state';
import type { CheckResult, EligibilityResult } from '../../src/rules/outcome';
import type { TeamDecision } from '../../src/rules/team-decision';
import { DEFAULT_RUBRIC_2021 } from '../../src/rules/scoring/rubric-2021';
import { defaultSettings } from '../../src/shared/settings';
import { TEST_POLICY, application } from '../ranking/fixtures';
import { createFakeExcel } from '../fake-excel';

// The English texts are a chunk of their own (i18n/index.tsx).
beforeAll(() => loadLanguage('en'));

const ASK: TeamDecision = { aanvraag: 'B3', besluit: 'aanvulling', motivering: '', antwoordVoor: '2021-01-14', wie: 'Ilse Inkoper', rol: 'inkoper', tijdstip: '2020-12-16T09:00:00.000Z' };

function formText(language: Language, current?: TeamDecision): string {
  const html = renderToStaticMarkup(
    <FluentProvider theme={webLightTheme}>
      <I18nProvider language={language}>
        <TeamDecisionForm aanvraag="B3" current={current} proposedDate="2021-01-14" roles={TEST_POLICY.rollen} now={() => '2020-12-16T09:00:00.000Z'} onSave={() => undefined} />
      </I18nProvider>
    </FluentProvider>,
  );
  return html.replace(/<style[^>]*>[\s\S]*?<\/style>/g, ' ').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
}

describe('the team decision in the pane', () => {
  test('the form proposes a request with the reply date 14 January 2021 (decision date + 14 days), in Dutch and English', () => {
    const nl = formText('nl');
    expect(nl).toContain('Om aanvulling vragen (verzoek om aanvulling)');
    expect(nl).toContain('Antwoord vóór (JJJJ-MM-DD)');
    expect(renderToStaticMarkup(<I18nProvider language="nl"><TeamDecisionForm aanvraag="B3" proposedDate="2021-01-14" roles={[]} now={() => ''} onSave={() => undefined} /></I18nProvider>)).toContain('value="2021-01-14"');
    expect(formText('en')).toContain('Ask for the missing items (request letter)');
  });

  test('a rejection already taken opens as a rejection with its motivation required', () => {
    const text = formText('nl', { ...ASK, besluit: 'afwijzen', motivering: 'Niet onderbouwd.' });
    expect(text).toContain('Motivering');
    expect(text).not.toContain('Antwoord vóór');
  });

  test('a decision goes into the ranking: B3 gets "verzoek om aanvulling" instead of waiting for the team', () => {
    const onbekend: CheckResult = { id: 'K9', label: 'K9', status: 'onbekend', reden: 'niet opgegeven', velden: ['aantalZkKlanten'], knockout: true, bevindingen: [], herkomst: { soort: 'bron', document: 'samenwerken2021', plaats: 'Bijlage 1, 9', citaat: 'tenminste 750 klanten' } };
    const b3: EligibilityResult = { id: 'B3', status: 'onvolledig', regio: 'Utrecht', checks: [onbekend], beleid: { id: 'samenwerken-2021', versie: 'test' } };
    const base = { ...initialState, applications: [application('B3')], eligibility: [b3] };
    const rank = (state: typeof base) => rankingService.rank(rankingInput(state, TEST_POLICY, DEFAULT_RUBRIC_2021, defaultSettings(), '2020-12-15T10:00:00Z'));
    expect(rank(base).besluiten[0].besluit).toBe('besluit van het team nodig');
    const decided = paneReducer(base, { type: 'teamDecided', decisions: [ASK] });
    expect(rank(decided).besluiten[0].besluit).toBe('verzoek om aanvulling');
  });

  test('the decisions read from the Besluiten sheet replace the session\'s, and make a ranking without them stale', () => {
    const ranked = { ...initialState, ranking: {} as never };
    const read = paneReducer(ranked, { type: 'teamDecisionsRead', decisions: [ASK], problems: [] });
    expect([read.teamDecisions, read.teamDecisionsRead, read.ranking]).toEqual([[ASK], true, null]);
    const same = paneReducer({ ...read, ranking: {} as never }, { type: 'teamDecisionsRead', decisions: [ASK], problems: [] });
    expect(same.ranking).not.toBeNull();
  });

  test('through src/excel: saved on the Besluiten sheet with an audit row in one Excel.run; a rejection without motivation is refused', async () => {
    const host = createFakeExcel();
    const service = createExcelService({ run: host.run.bind(host), now: () => '2020-12-16T09:00:00.000Z', user: () => 'Ilse Inkoper' });
    const pane = excelWorkbook(service);
    host.resetStats();
    await pane.saveTeamDecision(ASK, '2020-12-31');
    expect(host.stats.runs).toBe(1);
    expect(host.stats.syncs).toBeLessThanOrEqual(4);
    await expect(pane.saveTeamDecision({ ...ASK, besluit: 'afwijzen', antwoordVoor: undefined }, '2020-12-31')).rejects.toThrow('een onvolledige aanvraag wordt alleen met een schriftelijke motivering afgewezen');
    // A newer decision on the same application replaces the row.
    await pane.saveTeamDecision({ ...ASK, besluit: 'afwijzen', antwoordVoor: undefined, motivering: 'Ook na navraag niet onderbouwd.' }, '2020-12-31');
    expect(host.model.tableRecords('tblBesluiten')).toHaveLength(1);
    const audit = host.model.tableRecords('tblAudit').filter((r) => r.Actie === 'besluit van het team');
    expect(audit.map((r) => [r.Onderwerp, r.Wie, r.Rol])).toEqual([
      ['B3', 'Ilse Inkoper', 'inkoper'],
      ['B3', 'Ilse Inkoper', 'inkoper'],
    ]);
    expect(String(audit[1].Melding)).toBe("B3: afwijzen (vervangt ‘aanvulling’ van Ilse Inkoper). Motivering: Ook na navraag niet onderbouwd.");
    const read = await service.readTeamDecisions({ datum: '2020-12-31' });
    expect(read.problems).toEqual([]);
    expect(read.besluiten).toEqual([{ aanvraag: 'B3', besluit: 'afwijzen', motivering: 'Ook na navraag niet onderbouwd.', wie: 'Ilse Inkoper', rol: 'inkoper', tijdstip: '2020-12-16T09:00:00.000Z' }]);
  });
});
