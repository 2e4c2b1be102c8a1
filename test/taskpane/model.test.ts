import fc from 'fast-check';
import { webDarkTheme, webLightTheme } from '@fluentui/react-components';
import type { Application } from '../../src/rules/application';
import type { Override } from '../../src/rules/outcome';
import { binCountFor, binValues } from '../../src/taskpane/components/Histogram';
import { completenessPerRole } from '../../src/taskpane/model/completeness';
import { mergeApplications } from '../../src/import/merge';
import { selectionChange } from '../../src/taskpane/model/rankingInput';
import { initialState, paneReducer, withOverride } from '../../src/taskpane/model/state';
import { parseOptional } from '../../src/taskpane/steps/RankStep';
import { themeFor, themeKindFor } from '../../src/taskpane/theme';

const app = (id: string, extra: Partial<Application> = {}): Application => ({ id, naamInitiatief: `Initiatief ${id}`, ...extra });

describe('re-import in the pane', () => {
  const problem = (bestand: string, melding: string) => ({ bestand, plaats: 'rij 2', veld: 'kvkNummer', melding });

  test('the first import lists no changes; a second one lists every changed field from the merge', () => {
    let state = paneReducer(initialState, { type: 'imported', files: ['a.json'], merge: mergeApplications([], [app('A1')]), problems: [] });
    expect(state.lastImport).toBeNull();
    const merge = mergeApplications(state.applications, [app('A1', { doel: 'Minder valincidenten' }), app('A2')]);
    state = paneReducer(state, { type: 'imported', files: ['a.json'], merge, problems: [] });
    expect(state.lastImport?.added).toEqual(['A2']);
    expect(state.lastImport?.updated).toEqual(['A1']);
    expect(state.lastImport?.changes.map((c) => c.veld)).toEqual(['doel']);
    expect(state.applications.map((a) => a.id)).toEqual(['A1', 'A2']);
  });

  test('problems of a file imported again are replaced; those of other files are kept', () => {
    let state = paneReducer(initialState, {
      type: 'imported',
      files: ['a.csv', 'b.json'],
      merge: mergeApplications([], [app('A1')]),
      problems: [problem('a.csv', 'oud'), problem('b.json', 'blijft')],
    });
    state = paneReducer(state, { type: 'imported', files: ['a.csv'], merge: mergeApplications(state.applications, [app('A1')]), problems: [problem('a.csv', 'nieuw')] });
    expect(state.problems.map((p) => p.melding)).toEqual(['blijft', 'nieuw']);
    expect(state.files).toEqual(['a.csv', 'b.json']);
  });

  test('overrides stay attached: the merge keeps the existing id', () => {
    const override: Override = { checkId: 'K9', status: 'voldoet', reden: 'ledenlijst nagestuurd', beoordelaar: 'Anna', tijdstip: '2020-12-01T09:00:00Z' };
    let state = paneReducer(initialState, { type: 'imported', files: ['a.json'], merge: mergeApplications([], [app('A1')]), problems: [] });
    state = paneReducer(state, { type: 'screened', eligibility: [], overrides: { A1: [override] }, problems: [] });
    state = paneReducer(state, { type: 'imported', files: ['a.json'], merge: mergeApplications(state.applications, [app('A1', { doel: 'nieuw' })]), problems: [] });
    expect(state.overrides.A1).toEqual([override]);
  });
});

describe('overrides', () => {
  const override = (checkId: string, reden: string): Override => ({ checkId, status: 'voldoet', reden, beoordelaar: 'Anna', tijdstip: '2020-12-01T09:00:00Z' });

  test('a newer override of the same check replaces the older one; other checks and applications are kept', () => {
    let all = withOverride({}, 'A1', override('K9', 'eerste'));
    all = withOverride(all, 'A1', override('K5', 'protocol nagestuurd'));
    all = withOverride(all, 'A2', override('K9', 'ander'));
    all = withOverride(all, 'A1', override('K9', 'tweede'));
    expect(all.A1.map((o) => [o.checkId, o.reden])).toEqual([
      ['K5', 'protocol nagestuurd'],
      ['K9', 'tweede'],
    ]);
    expect(all.A2).toHaveLength(1);
  });
});

describe('completeness per assessor role', () => {
  test('counts each filled (application, item) once per role, and only for eligible applications', () => {
    const score = (aanvraag: string, rol: string, item: string) => ({ aanvraag, beoordelaar: rol, rol, item, score: 3, toelichting: '' });
    const scores = [score('A1', 'analist', 'smart'), score('A1', 'analist', 'smart'), score('A1', 'analist', 'bereik'), score('A9', 'analist', 'smart'), score('A2', 'inkoper', 'smart')];
    expect(completenessPerRole(['analist', 'inkoper'], ['A1', 'A2'], ['smart', 'bereik'], scores)).toEqual([
      { rol: 'analist', ingevuld: 2, verwacht: 4, uitgesloten: 0 },
      { rol: 'inkoper', ingevuld: 1, verwacht: 4, uitgesloten: 0 },
    ]);
  });
});

describe('what-if', () => {
  test('names who enters and who leaves the selection', () => {
    expect(selectionChange(['A1', 'A2', 'A6'], ['A1', 'A2', 'A7'])).toEqual({ in: ['A7'], out: ['A6'] });
  });

  test('empty means no limit; a decimal comma is read', () => {
    expect(parseOptional('')).toBeUndefined();
    expect(parseOptional('  ')).toBeUndefined();
    expect(parseOptional('2')).toBe(2);
    expect(parseOptional('1,5')).toBe(1.5);
    expect(parseOptional('veel')).toBeUndefined();
  });
});

describe('histogram bins', () => {
  test('every value lands in exactly one bin, the maximum in the last', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 300, noNaN: true }), { minLength: 1, maxLength: 200 }), fc.integer({ min: 1, max: 40 }), (values, n) => {
        const bins = binValues(values, n);
        expect(bins).toHaveLength(n);
        expect(bins.reduce((sum, b) => sum + b.count, 0)).toBe(values.length);
      }),
    );
  });

  test('about √n bars: 11 practices get 5, 9,800 get 24', () => {
    expect(binCountFor(11)).toBe(5);
    expect(binCountFor(100)).toBe(10);
    expect(binCountFor(9800)).toBe(24);
  });

  test('BI 80, 100, 100, 120 in two bins of width 20: [80,100) has one, [100,120] three', () => {
    expect(binValues([80, 100, 100, 120], 2).map((b) => b.count)).toEqual([1, 3]);
  });
});

describe('theme', () => {
  test("follows Office's body background: dark gives the dark theme", async () => {
    expect(themeKindFor({ bodyBackgroundColor: '#262626' })).toBe('dark');
    expect(themeKindFor({ bodyBackgroundColor: '#FFFFFF' })).toBe('light');
    expect(themeKindFor(undefined)).toBe('light');
    expect(themeKindFor({ bodyBackgroundColor: 'geen kleur' })).toBe('light');
    await expect(themeFor({ bodyBackgroundColor: '#262626' })).resolves.toBe(webDarkTheme);
    await expect(themeFor({ bodyBackgroundColor: '#FFFFFF' })).resolves.toBe(webLightTheme);
  });
});
