import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_SOURCES, OUTPUT, buildFromFiles, parsePlaces, parsePostcodes } from '../../scripts/build-places';
import { MUNICIPALITIES } from '../../src/rules/data/municipalities';
import { PLACE_ALIASES, lookupPlace, lookupPostcode, suffixedPlaceNames } from '../../src/rules/places';

const places = parsePlaces(readFileSync(DEFAULT_SOURCES.woonplaatsen, 'utf8'));
const postcodes = parsePostcodes(readFileSync(DEFAULT_SOURCES.postcodes, 'utf8'));

describe('place and postcode reference data (data/gemeenten, SOURCES.md)', () => {
  it('the committed module is exactly what the script renders from the CSVs (no drift)', () => {
    expect(readFileSync(OUTPUT, 'utf8')).toBe(buildFromFiles(DEFAULT_SOURCES.woonplaatsen, DEFAULT_SOURCES.postcodes));
  });

  it('the repository copy of the CSVs and SOURCES.md equals the shared data where that is present', () => {
    // /work/shared/data exists on the build machine only; on a fresh clone the copy is the source.
    for (const name of ['woonplaatsen.csv', 'postcode4.csv', 'SOURCES.md']) {
      let shared: string | undefined;
      try {
        shared = readFileSync(join('/work/shared/data', name), 'utf8');
      } catch {
        shared = undefined;
      }
      if (shared !== undefined) expect(readFileSync(join(__dirname, '../../data/gemeenten', name), 'utf8')).toBe(shared);
    }
  });

  it('holds the counts SOURCES.md gives: 2,502 place rows with 2,427 names, 4,096 postcode rows for 4,074 PC4, 22 split', () => {
    expect(places).toHaveLength(2502);
    expect(new Set(places.map((p) => p.woonplaats)).size).toBe(2427);
    expect(postcodes).toHaveLength(4096);
    expect(new Set(postcodes.map((p) => p.pc4)).size).toBe(4074);
    const perPc4 = new Map<string, number>();
    for (const p of postcodes) perPc4.set(p.pc4, (perPc4.get(p.pc4) ?? 0) + 1);
    expect([...perPc4.values()].filter((n) => n > 1)).toHaveLength(22);
  });

  it('every place row decodes back: looking up its name finds that place in that municipality', () => {
    const missing = places.filter((row) => !lookupPlace(row.woonplaats).places.some((p) => p.name === row.woonplaats && p.municipality.code === row.code));
    expect(missing).toEqual([]);
  });

  it('every postcode row decodes back with its municipality and share, and nothing more', () => {
    const decoded = [...new Set(postcodes.map((p) => p.pc4))].flatMap((pc4) => lookupPostcode(pc4).map((a) => ({ pc4, code: a.municipality.code, share: a.share })));
    const expected = postcodes.map((p) => ({ pc4: p.pc4, code: p.code, share: p.pc6Count / p.pc6Total }));
    const order = (a: { pc4: string; code: string }, b: { pc4: string; code: string }) => a.pc4.localeCompare(b.pc4) || a.code.localeCompare(b.code);
    expect(decoded.sort(order)).toEqual(expected.sort(order));
    // A PC4 that is not in the file is not invented from a neighbouring range.
    expect(lookupPostcode('1020')).toEqual([]);
    expect(lookupPostcode('1000')).toEqual([]);
  });

  it('every municipality code in the data is a current municipality', () => {
    const codes = new Set(MUNICIPALITIES.map((m) => m.code));
    expect([...new Set([...places, ...postcodes].map((p) => p.code))].filter((c) => !codes.has(c))).toEqual([]);
  });

  it('files the BAG names with a suffix that SOURCES.md lists under their base name', () => {
    // SOURCES.md, "Known gaps": "Some names carry suffixes: …"
    const listed = ['Bergen (NH)', 'Bergen L', 'Hengelo (Gld)', 'Haren Gn', 'Driehuis NH', 'Loo Gld', 'Elst Ut', 'Beers NB', 'Katwijk NB', 'Vianen NB', 'Rijswijk (GLD)', 'Rijswijk (NB)', 'Oosterwolde Gld', 'Noordeinde Gld', 'Afferden L', 'Well L', 'Harkstede GN', 'Lageland GN', 'Alteveer gem Hoogeveen', 'Spaarndam gem. Haarlem', 'Bleskensgraaf ca'];
    const suffixed = suffixedPlaceNames();
    expect(listed.filter((name) => !suffixed.has(name))).toEqual([]);
    // Only these and Beuningen Gld; no ordinary name loses a word.
    expect([...suffixed.keys()].filter((name) => !listed.includes(name))).toEqual(['Beuningen Gld']);
  });

  it('every alias names a BAG woonplaats', () => {
    const names = new Set(places.map((p) => p.woonplaats));
    expect(Object.values(PLACE_ALIASES).filter((target) => !names.has(target))).toEqual([]);
  });

  it('rejects a CSV without the expected columns', () => {
    expect(() => parsePlaces('plaats,code\nX,0001\n')).toThrow('CSV mist kolommen: woonplaats, gemeente_code');
    expect(() => parsePostcodes('pc4\n1011\n')).toThrow(/CSV mist kolommen/);
  });
});
