/**
 * Issue 6, "done when": the BI tab, the functions and the command produce the same threshold on
 * the sample. The tab reads an Excel table (numbers as numbers, text as text); here the sample CSV
 * is turned into such a table, and the tab's service must agree with `zk bi` and with LibreOffice.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import golden from '../golden/percentile.json';
import { main } from '../../src/cli/main';
import { threshold } from '../../src/functions/bi';
import { VOORTDUREND_VERBETEREN_2024 } from '../../src/rules/policies/voortdurend-verbeteren-2024';
import { biService } from '../../src/taskpane/adapters/bi';

const SAMPLE = join(__dirname, '..', '..', 'samples', 'bi', 'behandelindex-2022-2023.csv');

/** The CSV as a Dutch Excel holds it after opening: "102,0" is the number 102, AGB codes stay text. */
function asExcelTable(): unknown[][] {
  const text = readFileSync(SAMPLE, 'utf8').replace(/^\uFEFF/, '');
  const rows = Papa.parse<string[]>(text, { delimiter: ';', skipEmptyLines: true }).data;
  return rows.map((row, r) =>
    row.map((cell, c) => (r > 0 && c >= 2 && /^-?\d+(,\d+)?$/.test(cell) ? Number(cell.replace(',', '.')) : cell)),
  );
}

describe('BI tab on the sample agrees with zk bi and LibreOffice', () => {
  it('contract year 2025: same threshold, boundaries and counts', async () => {
    const table = asExcelTable();
    const columns = biService.guessColumns(table[0] as string[]);
    const tab = await biService.compute('tblBI', table, columns, { contractjaar: 2025, deciel: 6, methode: 'inc', minPatienten: 10, opOndergrens: false }, VOORTDUREND_VERBETEREN_2024);

    let out = '';
    const code = await main(['bi', SAMPLE, '--contractjaar', '2025', '--json'], { out: (t) => (out += t), err: () => undefined, cwd: process.cwd() });
    // 1: the sample's ten deliberate errors are rows or values that do not count (read with errors).
    expect(code).toBe(1);
    const cli = JSON.parse(out);

    const population = golden.sets.find((s) => s.naam === 'sample-populatie-2023')!;
    const libreOfficeP60 = population.inc[population.k.indexOf(0.6)] as number;

    expect(tab.referentiejaar).toBe(2023);
    expect(tab.drempel).toBeCloseTo(libreOfficeP60, 9);
    expect(tab.drempel).toBe(cli.drempel);
    expect(tab.decielgrenzen).toEqual(cli.decielgrenzen);
    expect(tab.aantallen).toEqual(cli.aantallen);

    // =ZK.BI.THRESHOLD over the same population (2023, a BI, ≥ 10 patients, no duplicate AGB) gives it too.
    expect(population.data.length).toBe(tab.aantallen.voldoet + tab.aantallen.voldoetNiet);
    expect(threshold(population.data.map((v) => [v]), 6, 'INC')).toBe(tab.drempel);
  });
});
