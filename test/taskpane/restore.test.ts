import { initialState, paneReducer, SHEET_SOURCE } from '../../src/taskpane/model/state';

describe('opening a workbook that already holds applications (written by zk or an earlier session)', () => {
  const applications = [{ id: 'A-1', naamInitiatief: 'Samen sterk' }];

  it('the pane carries on with them, named as coming from the workbook', () => {
    const state = paneReducer(initialState, { type: 'restored', applications, problems: [] });
    expect(state.applications).toEqual(applications);
    expect(state.files).toEqual([SHEET_SOURCE]);
  });

  it('an import made before the workbook answered is not replaced', () => {
    const imported = { ...initialState, applications: [{ id: 'B-1' }] };
    expect(paneReducer(imported, { type: 'restored', applications, problems: [] })).toBe(imported);
  });
});
