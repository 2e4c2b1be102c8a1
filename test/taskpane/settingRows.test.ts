import fc from 'fast-check';
import { activePolicy } from '../../src/functions/policy';
import { samenwerken2021 } from '../../src/rules/policies/samenwerken-2021';
import { teamSettingsSchema, type TeamSettings } from '../../src/rules/team-settings';
import { changedTeamSettings, withTeamSettings } from '../../src/rules/team-settings-display';
import { defaultSettings, getSettings, resetSettings, updateSettings, type ZkSettings } from '../../src/shared/settings';
import { settingRows, settingsFromRows, type SettingRow } from '../../src/taskpane/model/settingRows';

const policy = { id: 'samenwerken-2021', versie: '1.1', naam: 'Samenwerken in de Regio 2021' };

describe('the Instellingen sheet', () => {
  test('what is written is read back: seed, aggregation, normalisation, BI settings and every weight', () => {
    const settings = fc.record({
      seed: fc.nat(),
      aggregation: fc.constantFrom<ZkSettings['aggregation']>('gemiddelde', 'mediaan'),
      normalise: fc.boolean(),
      contractjaar: fc.integer({ min: 2020, max: 2030 }),
      deciel: fc.integer({ min: 1, max: 9 }),
      methode: fc.constantFrom<ZkSettings['bi']['methode']>('inc', 'exc', 'nearest'),
      ondergrens: fc.boolean(),
    });
    const weights = fc.dictionary(fc.constantFrom('protocol', 'smart', 'bereik', 'jzojp'), fc.double({ min: 0, max: 10, noNaN: true }));
    fc.assert(
      fc.property(settings, weights, (s, w) => {
        const full: ZkSettings = { ...defaultSettings(), seed: s.seed, aggregation: s.aggregation, normalise: s.normalise, bi: { ...defaultSettings().bi, contractjaar: s.contractjaar, deciel: s.deciel, methode: s.methode, opOndergrens: s.ondergrens } };
        const read = settingsFromRows(settingRows(full, policy, w));
        expect(read.problems).toEqual([]);
        expect(read.beleid).toBe('samenwerken-2021 1.1');
        expect(read.patch).toMatchObject({ seed: s.seed, aggregation: s.aggregation, normalise: s.normalise, bi: full.bi });
        if (Object.keys(w).length > 0) expect(read.patch.weights).toEqual(w);
      }),
    );
  });

  test('a weight typed with a decimal comma counts; a wrong value is a problem naming the key, the rest is used', () => {
    const read = settingsFromRows([
      { sleutel: 'gewicht bereik', waarde: '1,5' },
      { sleutel: 'seed', waarde: 'twintig' },
      { sleutel: 'aggregatie', waarde: 'Mediaan' },
      { sleutel: 'kleur', waarde: 'blauw' },
    ]);
    expect(read.patch).toEqual({ weights: { bereik: 1.5 }, aggregation: 'mediaan' });
    expect(read.problems.map((p) => [p.plaats, p.ernst])).toEqual([
      ['seed', 'fout'],
      ['kleur', 'waarschuwing'],
    ]);
  });
});

describe('team settings in the Instellingen sheet', () => {
  const base = { ...policy, teamkeuzes: teamSettingsSchema.parse({}) };
  const rowOf = (rows: SettingRow[], id: string) => rows.find((r) => r.sleutel === `teamkeuze ${id}`)!;

  test('every value written for a setting reads back as that value', () => {
    const cases: Partial<TeamSettings>[] = [
      { gemengdeRegio: 'meerderheid' },
      { gemengdeRegio: 'alle' },
      { gemengdeRegio: 'beoordelaar' },
      { startVoorModule: 'niet-toegestaan' },
      { begrotingsdekking: 'knock-out' },
      { aanvullingTermijnDagen: 21 },
      { minimumKwaliteit: { aan: false } },
      { minimumKwaliteit: { aan: true, minItemScore: 2.5 } },
      { minimumKwaliteit: { aan: true, minItemScore: 3, minTotaal: 30 } },
      { onvolledig: 'besluit-team' },
    ];
    for (const change of cases) {
      const rows = settingRows(defaultSettings(), { ...base, teamkeuzes: { ...base.teamkeuzes, ...change } }, {});
      const read = settingsFromRows(rows);
      expect(read.problems).toEqual([]);
      expect(read.patch.teamkeuzes).toMatchObject(change);
    }
  });

  test('a person types another value: it is the change, with capitals and a decimal comma read as meant', () => {
    const read = settingsFromRows([
      { sleutel: 'teamkeuze gemengdeRegio', waarde: 'Alle' },
      { sleutel: 'teamkeuze minimumKwaliteit', waarde: 'aan: geen onderdeel onder 2,5' },
      { sleutel: 'teamkeuze aanvullingTermijnDagen', waarde: '28' },
    ]);
    expect(read.problems).toEqual([]);
    expect(read.patch.teamkeuzes).toEqual({ gemengdeRegio: 'alle', minimumKwaliteit: { aan: true, minItemScore: 2.5 }, aanvullingTermijnDagen: 28 });
  });

  test('a value the setting does not take is a problem naming the sheet, the key and the allowed values; the rest is used', () => {
    const read = settingsFromRows([
      { sleutel: 'teamkeuze gemengdeRegio', waarde: 'soms' },
      { sleutel: 'teamkeuze aanvullingTermijnDagen', waarde: '-3' },
      { sleutel: 'teamkeuze kleur', waarde: 'blauw' },
      { sleutel: 'teamkeuze begrotingsdekking', waarde: 'knock-out' },
    ]);
    expect(read.patch.teamkeuzes).toEqual({ begrotingsdekking: 'knock-out' });
    expect(read.problems.map((p) => [p.bestand, p.plaats, p.veld, p.ernst])).toEqual([
      ['Instellingen', 'teamkeuze gemengdeRegio', 'Waarde', 'fout'],
      ['Instellingen', 'teamkeuze aanvullingTermijnDagen', 'Waarde', 'fout'],
      ['Instellingen', 'teamkeuze kleur', 'Sleutel', 'waarschuwing'],
    ]);
    expect(read.problems[0].melding).toBe("'soms' is geen geldige waarde voor deelnemers in meerdere of buiten de kernregio’s (kies ‘meerderheid’, ‘alle’, ‘beoordelaar’); de waarde uit het beleid blijft gelden");
    expect(read.problems[1].melding).toContain('een geheel getal groter dan 0');
  });

  test('the sheet says the value may be changed there', () => {
    expect(rowOf(settingRows(defaultSettings(), base, {}), 'gemengdeRegio').toelichting).toContain('Wijzigen: hier in de kolom Waarde');
  });
});

describe('team settings in force', () => {
  afterEach(resetSettings);

  test('a change is laid over the policy; only a value that differs from the policy counts as changed', () => {
    const own = samenwerken2021.teamkeuzes;
    const merged = withTeamSettings(samenwerken2021, { gemengdeRegio: 'alle', aanvullingTermijnDagen: own.aanvullingTermijnDagen });
    expect(merged.teamkeuzes).toEqual({ ...own, gemengdeRegio: 'alle' });
    expect(samenwerken2021.teamkeuzes.gemengdeRegio).toBe('meerderheid');
    expect(withTeamSettings(samenwerken2021, {})).toBe(samenwerken2021);
    expect(changedTeamSettings(own, { gemengdeRegio: 'alle', aanvullingTermijnDagen: own.aanvullingTermijnDagen })).toEqual(['gemengdeRegio']);
  });

  test('the =ZK functions judge with the changed settings, and loading another policy clears the changes', () => {
    updateSettings({ teamkeuzes: { begrotingsdekking: 'knock-out' } });
    expect(activePolicy().teamkeuzes.begrotingsdekking).toBe('knock-out');
    expect(activePolicy()).toBe(activePolicy());
    updateSettings({ policy: { ...samenwerken2021, id: 'team-2024' } });
    expect(getSettings().teamkeuzes).toEqual({});
    expect(activePolicy().teamkeuzes.begrotingsdekking).toBe('signaal');
  });
});
