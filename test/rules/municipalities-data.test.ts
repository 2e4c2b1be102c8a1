import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_SOURCES, OUTPUT, buildFromFiles, parseMergers, parseMunicipalities } from '../../scripts/build-municipalities';
import { MERGERS, MUNICIPALITIES } from '../../src/rules/data/municipalities';

describe('municipality reference data (data/gemeenten, SOURCES.md)', () => {
  it('the committed module is exactly what the script renders from the CSVs (no drift)', () => {
    expect(readFileSync(OUTPUT, 'utf8')).toBe(buildFromFiles(DEFAULT_SOURCES.gemeenten, DEFAULT_SOURCES.samenvoegingen));
  });

  it('the repository copy of the CSVs equals the shared data where that is present', () => {
    // /work/shared/data exists on the build machine only; on a fresh clone the copy is the source.
    for (const name of ['gemeenten.csv', 'samenvoegingen.csv']) {
      let shared: string | undefined;
      try {
        shared = readFileSync(join('/work/shared/data', name), 'utf8');
      } catch {
        shared = undefined;
      }
      if (shared !== undefined) expect(readFileSync(join(__dirname, '../../data/gemeenten', name), 'utf8')).toBe(shared);
    }
  });

  it('holds 342 municipalities per 1-1-2023 and 77 merger rows (SOURCES.md counts)', () => {
    expect(MUNICIPALITIES).toHaveLength(342);
    expect(MERGERS).toHaveLength(77);
    expect(new Set(MERGERS.map((m) => m.oldCode)).size).toBe(71);
  });

  it('keeps the CBS names with suffix and a quoted name with a comma', () => {
    expect(MUNICIPALITIES.find((m) => m.code === '0373')).toEqual({ code: '0373', name: 'Bergen (NH.)', province: 'Noord-Holland', plainName: 'Bergen' });
    expect(MUNICIPALITIES.find((m) => m.code === '0820')?.name).toBe('Nuenen, Gerwen en Nederwetten');
    expect(MERGERS.filter((m) => m.oldName === 'Weesp')).toEqual([
      { oldCode: '0457', oldName: 'Weesp', newCode: '0363', newName: 'Amsterdam', date: '2022-03-24', type: 'annexation (added to existing municipality)', primarySuccessor: true },
    ]);
  });

  it('rejects a CSV without the expected columns', () => {
    expect(() => parseMunicipalities('code,naam\n0001,X\n')).toThrow('CSV mist kolommen: name, province, name_plain');
    expect(() => parseMergers('old_code\n1\n')).toThrow(/CSV mist kolommen/);
  });
});
