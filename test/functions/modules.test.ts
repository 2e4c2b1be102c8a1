/**
 * =ZK.VV.ELIGIBLE and =ZK.VS.GROUPS on the tables as Excel holds them (Praktijken and Therapeuten
 * written into the fake Excel, dates as serials, counts as numbers; the BehandelIndex sheet as the
 * BI step writes it) agree with `zk module vv|vs` on the samples, practice by practice.
 */
import { vsGroups, vvEligible, vvReasons } from '../../src/functions/modules';
import { resetSettings, updateSettings } from '../../src/shared/settings';
import { TABLES } from '../../src/workbook/names';
import { MODULE_INPUT_TABLES } from '../../src/workbook/module-input';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { moduleService } from '../../src/taskpane/adapters/modules';
import { ROOT, zk } from '../cli/io';
import { BI, SAMPLES, sampleModuleTables, type Matrix } from '../workbook/module-tables';

const verdictOf = (v: unknown): string => (v === true ? 'voldoet' : v === false ? 'voldoet niet' : (v as { code?: string }).code === 'notAvailable' ? 'onbekend' : `fout: ${JSON.stringify(v)}`);

describe('module functions on the workbook\'s tables agree with zk module on the samples', () => {
  let tables: Record<string, Matrix>;
  beforeAll(async () => {
    tables = await sampleModuleTables();
    updateSettings({ bi: { contractjaar: 2025, deciel: 6, methode: 'inc', minPatienten: 10, opOndergrens: false } });
  }, 120_000);
  afterAll(() => resetSettings());

  it('=ZK.VV.ELIGIBLE gives every practice the outcome of zk module vv (contract year 2025, entry March)', async () => {
    const run = await zk(['module', 'vv', ...SAMPLES, '--bi', BI, '--contractjaar', '2025', '--maand', '2025-03', '--json']);
    const cli = new Map((JSON.parse(run.out) as { praktijken: { agb: string; status: string }[] }).praktijken.map((p) => [p.agb, p.status]));
    const [header, ...rows] = tables[MODULE_INPUT_TABLES.praktijken];
    const agb = header.indexOf('AGB-code praktijk');
    const got = new Map(await Promise.all(rows.map(async (row) => [String(row[agb]), verdictOf(await vvEligible([header], [row], tables.Therapeuten, tables[TABLES.behandelIndex], tables[TABLES.biDrempel], '2025-03'))] as const)));
    expect(got).toEqual(cli);
    // The samples cover both answers a practice can get from the built-in policy (no bureau list: never all met).
    expect(new Set(got.values())).toEqual(new Set(['voldoet niet', 'onbekend']));
  });

  it('with the team’s settings loaded in the Modules step, the functions judge as zk module --beleid does', async () => {
    const team = 'samples/modules/keuzes-team.json';
    const run = await zk(['module', 'vv', ...SAMPLES, '--bi', BI, '--contractjaar', '2025', '--maand', '2025-03', '--beleid', team, '--json']);
    const cli = new Map((JSON.parse(run.out) as { praktijken: { agb: string; status: string }[] }).praktijken.map((p) => [p.agb, p.status]));
    const loaded = await moduleService.loadTeamFile('keuzes-team.json', readFileSync(join(ROOT, team), 'utf8'));
    expect(loaded.problems).toEqual([]);
    try {
      const [header, ...rows] = tables[MODULE_INPUT_TABLES.praktijken];
      const agb = header.indexOf('AGB-code praktijk');
      const got = new Map(await Promise.all(rows.map(async (row) => [String(row[agb]), verdictOf(await vvEligible([header], [row], tables.Therapeuten, tables[TABLES.behandelIndex], tables[TABLES.biDrempel], '2025-03'))] as const)));
      expect(got).toEqual(cli);
      // With a recognised PREM bureau some practices meet the whole module (7 in the samples' documentation).
      expect([...got.values()].filter((v) => v === 'voldoet').length).toBe(7);
    } finally {
      updateSettings({ modulePolicy: null });
    }
  });

  it('without the BehandelIndex tables the BI condition is unknown for every practice (=ZK.VV.REASONS says so)', async () => {
    const [header, ...rows] = tables[MODULE_INPUT_TABLES.praktijken];
    const biLine = (lines: unknown[][]) => lines.map(([l]) => String(l)).find((l) => l.startsWith('BehandelIndex '));
    const bi = await Promise.all(rows.map(async (row) => biLine(await vvReasons([header], [row], tables.Therapeuten))));
    expect(new Set(bi.map((l) => l?.split(':')[0]))).toEqual(new Set(['BehandelIndex onbekend']));
    // With them, the BI line follows the BehandelIndex sheet: some practices meet it, some do not.
    const withBi = await Promise.all(rows.map(async (row) => biLine(await vvReasons([header], [row], tables.Therapeuten, tables[TABLES.behandelIndex], tables[TABLES.biDrempel], '2025-03'))));
    expect(new Set(withBi.map((l) => l?.split(':')[0]))).toEqual(new Set(['BehandelIndex voldoet', 'BehandelIndex voldoet niet', 'BehandelIndex onbekend']));
  });

  it('=ZK.VS.GROUPS lists the patient groups zk module vs opens for each practice', async () => {
    const run = await zk(['module', 'vs', SAMPLES[1], SAMPLES[0], '--json']);
    const cli = new Map((JSON.parse(run.out) as { praktijken: { agb: string; magBehandelen: string[] }[] }).praktijken.map((p) => [p.agb, p.magBehandelen.join(', ') || 'geen']));
    const [header, ...rows] = tables[MODULE_INPUT_TABLES.praktijken];
    const agb = header.indexOf('AGB-code praktijk');
    const got = new Map(await Promise.all(rows.map(async (row) => [String(row[agb]), String(await vsGroups([header], [row], tables.Therapeuten)).replace(/ \(onbekend: .*\)$/, '')] as const)));
    expect(got).toEqual(new Map([...cli].filter(([k]) => got.has(k))));
    expect([...got.values()]).toContain('Parkinson, COPD');
  });

  it('=ZK.VS.GROUPS with one group: WAAR where the practice may treat it, ONWAAR where not', async () => {
    const [header, ...rows] = tables[MODULE_INPUT_TABLES.praktijken];
    const row = rows.find((r) => String(r[1]).includes('Parkinson en COPD'))!;
    expect(await vsGroups([header], [row], tables.Therapeuten, 'COPD')).toBe(true);
    expect(await vsGroups([header], [row], tables.Therapeuten, 'PAV')).toBe(false);
    expect(await vsGroups([header], [row], tables.Therapeuten, 'knie')).toEqual({ code: 'invalidValue', message: 'patiëntengroep "knie" bestaat niet; kies uit Parkinson, PAV, COPD, bekkenbodem, oedeem en lymfe' });
  });

  it('bad arguments are #VALUE! with a Dutch message from the one catalogue', async () => {
    const [header, row] = tables[MODULE_INPUT_TABLES.praktijken];
    expect(await vvEligible([header], [row.slice(1)])).toEqual({ code: 'invalidValue', message: `de kopregel heeft ${header.length} kolommen en de rij ${header.length - 1}; geef even brede bereiken` });
    expect(await vvEligible([header.map(() => '')], [row])).toEqual({ code: 'invalidValue', message: 'de kopregel is leeg; geef de rij met kolomnamen van de tabel Praktijken' });
    expect(await vvEligible([header], [row], undefined, undefined, undefined, 'maart')).toEqual({ code: 'invalidValue', message: 'maand "maart" is geen maand als JJJJ-MM (bijvoorbeeld 2025-03) of een datum' });
  });
});
