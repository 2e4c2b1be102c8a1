import { threshold } from '../../src/functions/bi';
import { region } from '../../src/functions/regions';
import { samenwerken2021 } from '../../src/rules/policies/samenwerken-2021';
import { VOORTDUREND_VERBETEREN_2024 } from '../../src/rules/policies/voortdurend-verbeteren-2024';
import { getSettings, resetSettings, updateSettings } from '../../src/shared/settings';

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

  test('loading a team policy sets the BI decile, method and minimum from its BI rule, and BI.THRESHOLD follows', () => {
    // The built-in rule (Voortdurend Verbeteren 2024): "kleiner dan of gelijk aan de waarde van het 6e deciel".
    expect(getSettings().bi).toMatchObject({ deciel: 6, methode: 'inc', minPatienten: 10 });
    const team = { ...VOORTDUREND_VERBETEREN_2024, id: 'team-bi', behandelIndex: { ...VOORTDUREND_VERBETEREN_2024.behandelIndex!, deciel: 7, methode: 'exc' as const, minPatienten: 25 } };
    updateSettings({ policy: team });
    expect(getSettings().bi).toMatchObject({ deciel: 7, methode: 'exc', minPatienten: 25 });
    // BI 90 … 100 (n = 11), PERCENTILE.EXC at k = 0.7: rank 0.7 · (11 + 1) = 8.4 → 97 + 0.4 · (98 − 97) = 97.4.
    const range = Array.from({ length: 11 }, (_, i) => [90 + i]);
    expect(threshold(range)).toBeCloseTo(97.4, 9);
    // A choice in the pane after loading still counts …
    updateSettings({ bi: { deciel: 6 } });
    expect(getSettings().bi.deciel).toBe(6);
    // … and going back to the built-in policy brings back its rule.
    updateSettings({ policy: null });
    expect(getSettings().bi).toMatchObject({ deciel: 6, methode: 'inc', minPatienten: 10 });
  });

  test('a policy without a BI rule (Samenwerken in de Regio) leaves the BI choices as they are', () => {
    updateSettings({ bi: { deciel: 8, minPatienten: 30 } });
    updateSettings({ policy: samenwerken2021 });
    expect(getSettings().bi).toMatchObject({ deciel: 8, methode: 'inc', minPatienten: 30 });
  });
});
