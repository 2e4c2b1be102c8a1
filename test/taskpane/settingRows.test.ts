import fc from 'fast-check';
import { defaultSettings, type ZkSettings } from '../../src/shared/settings';
import { settingRows, settingsFromRows } from '../../src/taskpane/model/settingRows';

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
