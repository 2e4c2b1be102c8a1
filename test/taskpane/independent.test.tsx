import { meetingFromProcedure } from '../../src/rules/scoring/meeting';
import type { Belangverklaring } from '../../src/rules/scoring/conflicts';
import { completenessPerRole, visibilityPlan } from '../../src/taskpane/model/completeness';
import { mergeScores, paneReducer, initialState } from '../../src/taskpane/model/state';
import { conflictsOf } from '../../src/taskpane/steps/ScoreStep';
import { renderPane } from './render';
import { workedExample } from './workedExample';

const score = (aanvraag: string, rol: string, item: string, value = 3) => ({ aanvraag, beoordelaar: rol, rol, item, score: value, toelichting: '' });
const CONFLICT: Belangverklaring = { aanvraag: 'A2', beoordelaar: 'Ivo Inkoop', rol: 'inkoper', belang: 'conflict', reden: 'Werkt bij een deelnemende praktijk', tijdstip: '2020-12-15T09:00:00Z' };

describe('completeness with a declared conflict of interest', () => {
  test('the conflicted role expects no scores for that application; its typed score there does not count', () => {
    // Two applications × two items = 4 expected; the inkoper is out of A2, so 2 expected.
    const scores = [score('A1', 'inkoper', 'smart'), score('A2', 'inkoper', 'smart'), score('A1', 'analist', 'smart')];
    const conflicts = conflictsOf({ declarations: [CONFLICT] }, ['analist', 'inkoper']);
    expect(conflicts).toEqual([{ rol: 'inkoper', aanvraag: 'A2' }]);
    expect(completenessPerRole(['analist', 'inkoper'], ['A1', 'A2'], ['smart', 'bereik'], scores, conflicts)).toEqual([
      { rol: 'analist', ingevuld: 1, verwacht: 4, uitgesloten: 0 },
      { rol: 'inkoper', ingevuld: 1, verwacht: 2, uitgesloten: 1 },
    ]);
  });

  test('a later "geen belang" by the same assessor withdraws the conflict', () => {
    const withdrawn = { ...CONFLICT, belang: 'geen' as const, reden: '', tijdstip: '2020-12-15T10:00:00Z' };
    expect(conflictsOf({ declarations: [CONFLICT, withdrawn] }, ['inkoper'])).toEqual([]);
  });
});

describe('shared-workbook mode: which score sheets are hidden', () => {
  const c = (rol: string, ingevuld: number, verwacht: number) => ({ rol, ingevuld, verwacht, uitgesloten: 0 });

  test('while someone still scores, the finished sheets are hidden and the unfinished stay visible', () => {
    expect(visibilityPlan([c('analist', 18, 18), c('inkoper', 5, 18), c('beleidsontwikkelaar', 0, 18)], true)).toEqual([
      { rol: 'analist', zichtbaar: false },
      { rol: 'inkoper', zichtbaar: true },
      { rol: 'beleidsontwikkelaar', zichtbaar: true },
    ]);
  });

  test('once everyone has finished, or with the option off, every sheet is shown', () => {
    expect(visibilityPlan([c('analist', 18, 18), c('inkoper', 9, 9)], true).every((p) => p.zichtbaar)).toBe(true);
    expect(visibilityPlan([c('analist', 18, 18), c('inkoper', 0, 18)], false).every((p) => p.zichtbaar)).toBe(true);
  });
});

describe('scores read back from personal files in the pane state', () => {
  test('replace the same application, role and item; others stay; nothing doubles', () => {
    const before = [score('A1', 'analist', 'smart', 2), score('A1', 'inkoper', 'smart', 4)];
    const merged = mergeScores(before, [score('A1', 'analist', 'smart', 5), score('A2', 'analist', 'smart', 1)]);
    expect(merged.map((s) => [s.aanvraag, s.rol, s.score])).toEqual([
      ['A1', 'inkoper', 4],
      ['A1', 'analist', 5],
      ['A2', 'analist', 1],
    ]);
    const state = paneReducer(initialState, { type: 'returnedRead', files: [], readBack: { scores: merged, problems: [], replacements: [], files: [] } });
    expect(state.scores).toHaveLength(3);
  });
});

describe('Beoordelen with declarations, hand-out and shared mode', () => {
  test('shows the three sections, the conflicts counted, and completeness without the conflicted application', () => {
    const { applications, eligibility } = workedExample();
    const ids = eligibility.filter((e) => e.status === 'geschikt').map((e) => e.id);
    const { text } = renderPane('beoordelen', { applications, eligibility, declarations: [{ ...CONFLICT, aanvraag: ids[0] }], declarationsRead: true });
    expect(text).toContain('Belangen (1 gemeld)');
    expect(text).toContain('Onafhankelijk scoren: beoordelingsbestanden');
    expect(text).toContain('Gedeelde werkmap: scorebladen verbergen');
    // 9 rubric items; the inkoper scores one application fewer.
    expect(text).toContain(`inkoper: 0 van ${(ids.length - 1) * 9} scores ingevuld`);
    expect(text).toContain('scoort 1 aanvraag/aanvragen niet wegens een gemeld belang');
    expect(text).toContain(`analist: 0 van ${ids.length * 9} scores ingevuld`);
  });

  test('before the Belangen sheet is read, the section does not claim there are none', () => {
    const { applications, eligibility } = workedExample();
    const { text } = renderPane('beoordelen', { applications, eligibility });
    expect(text).toContain('Belangen (nog niet gelezen: kies Scores inlezen)');
    expect(text).not.toContain('0 gemeld');
  });

  test('in English from the catalogue', () => {
    const { applications, eligibility } = workedExample();
    const { text } = renderPane('beoordelen', { applications, eligibility, declarationsRead: true }, 'en');
    expect(text).toContain('Conflicts of interest (0 declared)');
    expect(text).toContain('Independent scoring: personal scoring files');
  });
});

describe('Overleg', () => {
  function view() {
    const { applications, eligibility, scores, ranking } = workedExample();
    const items = meetingFromProcedure(ranking, ranking.scores, []);
    return { applications, eligibility, scores, items, meeting: { items, panel: items[0]?.scores.map((s) => ({ beoordelaar: s.beoordelaar, rol: s.rol })) ?? [] } };
  }

  test('lists the disputed items largest spread first, asks who was present, in Dutch and English', () => {
    const { applications, eligibility, items, meeting } = view();
    expect(items.length).toBeGreaterThan(0);
    const { text, html } = renderPane('overleg', { applications, eligibility, meeting });
    expect(text).toContain(`${items.length} onderdeel/onderdelen om te bespreken`);
    expect(text).toContain('Aanwezig bij het overleg');
    const headers = [...text.matchAll(/Spreiding (\d+(?:,\d+)?) · /g)].map((m) => Number(m[1].replace(',', '.')));
    expect(headers).toHaveLength(items.length);
    expect(headers).toEqual([...headers].sort((a, b) => b - a));
    expect((html.match(/type="checkbox"/g) ?? []).length).toBe(meeting.panel.length);
    expect(renderPane('overleg', { applications, eligibility, meeting }, 'en').text).toContain('Present at the meeting');
  });

  test('says so when nobody disagrees', () => {
    const { applications, eligibility } = view();
    expect(renderPane('overleg', { applications, eligibility, meeting: { items: [], panel: [] } }).text).toContain('Er is geen onderdeel waarover de beoordelaars het oneens zijn (verschil van 2 punten of meer).');
  });
});
