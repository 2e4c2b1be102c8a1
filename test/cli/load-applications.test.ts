import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadApplications } from '../../src/cli/load-applications';

function folderWith(files: Record<string, unknown>): string {
  const dir = mkdtempSync(join(tmpdir(), 'zk-load-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), typeof content === 'string' ? content : JSON.stringify(content));
  return dir;
}

describe('loadApplications: every file is read through src/import; wrong values are reported, records kept', () => {
  it('keeps the record, leaves wrong values out and names each field', async () => {
    const dir = folderWith({ 'a.json': { id: 'A1', aantalZkKlanten: -1, klantgroepen: ['astma', 'COPD', 'reuma'], deelnemers: [{ plaats: 'Zeist' }] } });
    const { applications, problems, unreadable } = await loadApplications(['a.json'], dir);
    expect(unreadable).toEqual([]);
    expect(applications).toEqual([{ id: 'A1', klantgroepen: ['COPD'], deelnemers: [{ plaats: 'Zeist' }] }]);
    expect(problems.map((p) => p.veld).sort()).toEqual(['aantalZkKlanten', 'klantgroepen']);
    expect(problems.every((p) => p.bestand === 'a.json' && p.ernst === 'fout')).toBe(true);
  });

  it('an application without id gets one from the file name, with a warning', async () => {
    const dir = folderWith({ 'b.json': { naamInitiatief: 'X' } });
    const { applications, problems } = await loadApplications(['b.json'], dir);
    expect(applications[0].id).toBe('b-1');
    expect(problems).toEqual([expect.objectContaining({ bestand: 'b.json', veld: 'id', ernst: 'waarschuwing' })]);
  });

  it('a folder: all importable files in name order; a missing path is listed as unreadable, the rest still read', async () => {
    const dir = folderWith({ '2.json': { id: 'T2' }, '1.json': { id: 'T1' }, 'leesmij.md': '# niet importeren' });
    const { applications, unreadable, problems } = await loadApplications(['.', 'weg.json'], dir);
    expect(applications.map((a) => a.id)).toEqual(['T1', 'T2']);
    expect(unreadable).toEqual(['weg.json']);
    expect(problems).toContainEqual(expect.objectContaining({ bestand: 'weg.json', melding: 'het bestand bestaat niet' }));
  });

  it('formula-like text stays text', async () => {
    const dir = folderWith({ 'd.json': { id: '=1+1', naamInitiatief: '=HYPERLINK("http://x","klik")', opmerkingen: '@SUM(A1)' } });
    const { applications } = await loadApplications(['d.json'], dir);
    expect(applications).toEqual([{ id: '=1+1', naamInitiatief: '=HYPERLINK("http://x","klik")', opmerkingen: '@SUM(A1)' }]);
  });
});
