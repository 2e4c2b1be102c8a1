/**
 * A team setting changed in the Instellingen sheet counts in `zk` as it does in the add-in: the
 * run lays it over the policy's own choice and names it. Minimum quality is the setting here:
 * with a minimum total of the third-ranked total, only the applications at or above it are
 * selected, fewer than the six the policy allows.
 */
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { SAMPLE_ARGS, zk } from '../cli/io';

interface Ranked {
  ranglijst: { id: string; totaal: number; geselecteerd: boolean }[];
}

describe('team settings typed in the Instellingen sheet of a saved workbook', () => {
  it('change the selection in zk rangschik, and the run names the change', async () => {
    const file = path.join(await fs.mkdtemp(path.join(os.tmpdir(), 'zk-teamkeuze-')), 'selectie.xlsx');
    expect((await zk(['selectie', ...SAMPLE_ARGS, '-o', file, '--steekproeven', '0'])).code).toBe(0);

    const before = await zk(['rangschik', file, file, '--json']);
    expect(before.code).toBe(0);
    const ranked = (JSON.parse(before.out) as Ranked).ranglijst;
    expect(ranked.filter((r) => r.geselecteerd).length).toBe(6);
    const third = [...ranked].sort((a, b) => b.totaal - a.totaal)[2].totaal;
    const atLeast = ranked.filter((r) => r.totaal >= third).map((r) => r.id).sort();

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const sheet = workbook.getWorksheet('Instellingen')!;
    let edited = 0;
    sheet.eachRow((row) => {
      if (row.getCell(1).value === 'teamkeuze minimumKwaliteit') {
        row.getCell(2).value = `aan: totaalscore ten minste ${String(third).replace('.', ',')}`;
        edited++;
      }
    });
    expect(edited).toBe(1);
    await workbook.xlsx.writeFile(file);

    const after = await zk(['rangschik', file, file, '--json']);
    const selected = (JSON.parse(after.out) as Ranked).ranglijst.filter((r) => r.geselecteerd).map((r) => r.id).sort();
    expect(selected).toEqual(atLeast);
    expect(selected.length).toBeLessThan(6);
    expect(after.err).toContain('uit de werkmap: minimumkwaliteit voor selectie = aan: totaalscore ten minste');
    expect(after.err).toContain('(beleid: uit)');
  });

  it('a value the setting does not take is reported by sheet and key, and the policy’s value stays', async () => {
    const file = path.join(await fs.mkdtemp(path.join(os.tmpdir(), 'zk-teamkeuze-')), 'selectie.xlsx');
    expect((await zk(['selectie', ...SAMPLE_ARGS, '-o', file, '--steekproeven', '0'])).code).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    workbook.getWorksheet('Instellingen')!.eachRow((row) => {
      if (row.getCell(1).value === 'teamkeuze gemengdeRegio') row.getCell(2).value = 'soms';
    });
    await workbook.xlsx.writeFile(file);
    const run = await zk(['rangschik', file, file, '--json']);
    expect(run.err).toMatch(/selectie\.xlsx \(Instellingen\), teamkeuze gemengdeRegio \(Waarde\): 'soms' is geen geldige waarde .*kies ‘meerderheid’, ‘alle’, ‘beoordelaar’.*de waarde uit het beleid blijft gelden/);
  });
});
