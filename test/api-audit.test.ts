/**
 * Requirement-set audit: every Office member the add-in and the functions use needs a set that
 * manifest.xml declares, at a version no higher than it declares. The sets come from the
 * `[Api set: …]` annotations in @types/office-js and @types/custom-functions-runtime.
 */
import { auditApiUse, declaredSets, readManifest, uncovered, type ApiUse } from '../scripts/api-audit';

describe('requirement sets of the Office API the add-in uses', () => {
  const uses = auditApiUse();
  const declared = declaredSets(readManifest());

  it('reads the annotations: members whose set the Office.js reference names', () => {
    const find = (member: string) => uses.find((u) => u.member === member);
    // Each set as the Office.js reference documents it.
    expect(find('Excel.Range.values')).toMatchObject({ set: 'ExcelApi', version: '1.1' });
    expect(find('Excel.Table.resize')).toMatchObject({ set: 'ExcelApi', version: '1.13' });
    expect(find('Excel.Range.style')).toMatchObject({ set: 'ExcelApi', version: '1.7' });
    expect(find('CustomFunctions.Error')).toMatchObject({ set: 'CustomFunctionsRuntime', version: '1.2' });
    expect(find('Excel.Table.resize')?.files.every((f) => f.startsWith('src/excel/'))).toBe(true);
  });

  it('no member needs a higher set than manifest.xml declares', () => {
    expect(uses.map((u) => uncovered(u, declared)).filter(Boolean)).toEqual([]);
  });

  it('reads the sets of manifest.xml, with DefaultMinVersion for a set without MinVersion', () => {
    const xml = '<Requirements><Sets DefaultMinVersion="1.3"><Set Name="ExcelApi" MinVersion="1.13"/><Set Name="SharedRuntime"/></Sets></Requirements>';
    expect(declaredSets(xml)).toEqual({ ExcelApi: '1.13', SharedRuntime: '1.3' });
  });

  it('a member above the declared version, of an undeclared set, or of a preview set is named', () => {
    const use = (set: string | null, version: string | null): ApiUse => ({ member: 'Excel.X.y', set, version, files: [] });
    const manifest = { ExcelApi: '1.13', CustomFunctionsRuntime: '1.1' };
    expect(uncovered(use('ExcelApi', '1.14'), manifest)).toBe('Excel.X.y vraagt ExcelApi 1.14, manifest.xml noemt 1.13');
    // 1.9 < 1.13: versions compare by number, not as text.
    expect(uncovered(use('ExcelApi', '1.9'), manifest)).toBeNull();
    expect(uncovered(use('ExcelApi', '1.13'), manifest)).toBeNull();
    expect(uncovered(use('CustomFunctionsRuntime', '1.2'), manifest)).toBe('Excel.X.y vraagt CustomFunctionsRuntime 1.2, manifest.xml noemt 1.1');
    expect(uncovered(use('ExcelApiOnline', '1.1'), manifest)).toMatch(/noemt ExcelApiOnline niet/);
    expect(uncovered(use('ExcelApi', null), manifest)).toMatch(/preview/);
    expect(uncovered(use(null, null), manifest)).toBeNull();
  });
});
