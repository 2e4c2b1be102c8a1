import { threshold } from '../../src/functions/bi';
import { region } from '../../src/functions/regions';
import { samenwerken2021 } from '../../src/rules/policies/samenwerken-2021';
import { resetSettings, updateSettings } from '../../src/shared/settings';

/*
 * Shared runtime: what the task pane puts in the settings store (a loaded policy, the BI decile and
 * method in Instellingen) is what the =ZK functions compute with.
 */
afterEach(resetSettings);

describe('=ZK functions follow the settings of the task pane', () => {
  test('REGION uses the policy loaded in the pane: a team that adds Eindhoven to a core region', () => {
    expect(region('Eindhoven')).toBe('');
    updateSettings({
      policy: { ...samenwerken2021, id: 'team-2024', regios: [...samenwerken2021.regios, { naam: 'Zuidoost-Brabant', gemeenten: ['Eindhoven'] }] },
    });
    expect(region('Eindhoven')).toBe('Zuidoost-Brabant');
    expect(region('Capelle a/d IJssel')).toBe('Rotterdam');
  });

  test('BI.THRESHOLD without a decile uses the decile set in the pane; an argument still wins', () => {
    // BI 1 … 10, PERCENTILE.INC: decile 6 → h = 0.6 · 9 = 5.4 → 6 + 0.4 · (7 − 6) = 6.4;
    // decile 5 → h = 0.5 · 9 = 4.5 → 5 + 0.5 · (6 − 5) = 5.5.
    const range = Array.from({ length: 10 }, (_, i) => [i + 1]);
    expect(threshold(range)).toBeCloseTo(6.4, 9);
    updateSettings({ bi: { deciel: 5 } });
    expect(threshold(range)).toBeCloseTo(5.5, 9);
    expect(threshold(range, 6)).toBeCloseTo(6.4, 9);
  });

  test('BI.THRESHOLD without a method uses the method set in the pane', () => {
    const range = Array.from({ length: 10 }, (_, i) => [i + 1]);
    updateSettings({ bi: { methode: 'exc' } });
    expect(threshold(range)).toBe(threshold(range, undefined, 'EXC'));
    expect(threshold(range)).not.toBe(threshold(range, undefined, 'INC'));
  });
});
