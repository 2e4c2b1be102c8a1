import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MODULE_WRITERS } from '../../src/cli/module-output';
import { readModuleFiles } from '../../src/import/modules';
import { sheetFromSpec } from '../../src/report/workbook-model';
import { writeWorkbook } from '../../src/report/write-xlsx';
import { moduleInputTables } from '../../src/workbook/module-input';
import { zk, ROOT } from './io';

const P = 'samples/modules/praktijken.csv';
const T = 'samples/modules/therapeuten.csv';
const BI = 'samples/bi/behandelindex-2022-2023.csv';
const KEUZES = 'samples/modules/keuzes-team.json';
const VV = ['module', 'vv', P, T, '--bi', BI, '--contractjaar', '2025', '--maand', '2025-03'];

const tmp = () => mkdtempSync(join(tmpdir(), 'zk-module-'));

describe('zk module vv', () => {
  it('prints per practice each condition with reason and origin, the overall outcome and the counts', async () => {
    const { code, out } = await zk([...VV, '--beleid', KEUZES]);
    // The BI sample holds unreadable rows on purpose: read, reported, exit 1 (as zk bi).
    expect(code).toBe(1);
    expect(out).toContain('Contractjaar:  2025, peildatum 1-3-2025; BehandelIndex 2023, drempel 102,8');
    expect(out).toMatch(/\(VV-DATA een maand mist, voldoet niet\) — voldoet niet \(voldoet niet aan: Maandelijks data\)/);
    expect(out).toContain('voldoet niet  Maandelijks data: aangeleverd aan');
    expect(out).toContain('geen data aangeleverd in november 2024');
    expect(out).toContain('[bron: paragraaf 4, Voorwaarden Module Voortdurend Verbeteren, Data, 1; keuze van het team: telperiodeMaanden (standaard: 12)]');
    expect(out).toContain('hulp: KNGF (paragraaf 7, Waar hebben we moeite mee?, BehandelIndex): "Door het KNGF is al eerder aangegeven dat de huidige Behandelindex geen indicator voor kwaliteit kan zijn."');
    expect(out).toMatch(/Totaal \(module\)\s+7\s+17\s+18/);
    // Every condition blocks one sample practice; ties keep the policy's order.
    expect(out).toContain('Houden de meeste praktijken tegen: BIG en KRF NL/SKF (1), PREM (overeenkomst) (1), KNGF-inrichtingseisen (1)');
  });

  it('--json gives the documented shape, with conditions once and results per practice', async () => {
    const { out } = await zk([...VV, '--json']);
    const json = JSON.parse(out);
    expect(Object.keys(json)).toEqual(['module', 'beleid', 'contractjaar', 'peildatum', 'referentiejaar', 'biDrempel', 'totaal', 'samenvatting', 'keuzes', 'voorwaarden', 'praktijken', 'problemen']);
    expect(json).toMatchObject({ module: 'voortdurend-verbeteren', beleid: { id: 'voortdurend-verbeteren-2024' }, contractjaar: 2025, peildatum: '2025-03-01', referentiejaar: 2023 });
    expect(json.voorwaarden.find((v: { id: string }) => v.id === 'VV-BI').herkomst.citaat).toBe('De Behandelindex is kleiner dan of gelijk aan de waarde van het 6e deciel.');
    const first = json.praktijken[0];
    expect(Object.keys(first)).toEqual(['agb', 'naam', 'bron', 'status', 'reden', 'voorwaarden']);
    // Without the team's bureau list every named PREM bureau is unknown, so nobody meets the whole module.
    expect(json.totaal.voldoet).toBe(0);
    expect(first.voorwaarden.find((v: { id: string }) => v.id === 'VV-MEETBUREAU').status).toBe('onbekend');
  });

  it('-o x.json writes the same JSON', async () => {
    const dir = tmp();
    const target = join(dir, 'vv.json');
    const { err } = await zk([...VV, '-o', target, '--json']);
    expect(err).toContain(`Geschreven: ${target}`);
    expect(JSON.parse(readFileSync(target, 'utf8')).module).toBe('voortdurend-verbeteren');
  });

  it('-o x.xlsx goes to the registered writer; without one it stops with exit 2 and a Dutch message', async () => {
    const saved = MODULE_WRITERS.xlsx;
    const dir = tmp();
    try {
      delete MODULE_WRITERS.xlsx;
      const none = await zk([...VV, '-o', join(dir, 'vv.xlsx')]);
      expect(none.code).toBe(2);
      expect(none.err).toContain('het schrijven van een werkmap (.xlsx) voor de modules is nog niet beschikbaar');
      let got: string | undefined;
      MODULE_WRITERS.xlsx = async (run, context) => {
        got = `${run.module} ${context.bestanden.join(',')}`;
        return new Uint8Array([1, 2, 3]);
      };
      await zk([...VV, '-o', join(dir, 'vv.xlsx')]);
      expect(got).toBe(`voortdurend-verbeteren ${P},${T},${BI}`);
      expect([...readFileSync(join(dir, 'vv.xlsx'))]).toEqual([1, 2, 3]);
    } finally {
      if (saved) MODULE_WRITERS.xlsx = saved;
      else delete MODULE_WRITERS.xlsx;
    }
  });

  it('exit 2 for wrong use or unreadable input, with a Dutch message naming the file', async () => {
    expect(await zk(['module', 'vv', P, '--bi', BI])).toMatchObject({ code: 2, err: expect.stringContaining('--contractjaar ontbreekt') });
    expect(await zk(['module', 'vv', P, '--contractjaar', '2025'])).toMatchObject({ code: 2, err: expect.stringContaining('--bi ontbreekt') });
    expect(await zk([...VV.slice(0, 4), '--bi', BI, '--contractjaar', '2025', '--maand', '2024-03'])).toMatchObject({ code: 2, err: expect.stringContaining('ligt niet in contractjaar 2025') });
    expect(await zk(['module', 'xx', P])).toMatchObject({ code: 2, err: expect.stringContaining("onbekende module 'xx'") });
    const missing = await zk(['module', 'vv', 'bestaat-niet.csv', '--bi', BI, '--contractjaar', '2025']);
    expect(missing).toMatchObject({ code: 2, err: expect.stringContaining("kan praktijkbestand 'bestaat-niet.csv' niet lezen: het bestand bestaat niet") });
  });

  it('exit 1 when a value was not read: it counts as unknown and is reported by file, row and field', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'p.csv'), 'AGB-code praktijk;Praktijknaam;Wtza\n04655592;De Linde;misschien\n');
    writeFileSync(join(dir, 'bi.csv'), readFileSync(join(ROOT, BI)));
    const { code, out, err } = await zk(['module', 'vv', 'p.csv', '--bi', 'bi.csv', '--contractjaar', '2025'], dir);
    expect(code).toBe(1);
    expect(out).toContain("fout · p.csv · rij 2 kolom C · Voldoet aan Wtza: 'misschien' is geen ja of nee; telt als onbekend");
    expect(out).toContain('onbekend      Wtza: Voldoet aan Wtza is niet ingevuld');
    expect(err).toContain("in 'p.csv', 'bi.csv'");
  });
});

describe('one workbook with both sheets', () => {
  it('gives the same outcome per practice and condition as the two CSV files', async () => {
    const input = await readModuleFiles([P, T].map((f) => ({ bestand: f, bytes: new Uint8Array(readFileSync(join(ROOT, f))) })));
    const bladen = moduleInputTables(input.praktijken, input.therapeuten).map((spec) => sheetFromSpec(spec, { leegTekst: '' }));
    const dir = tmp();
    writeFileSync(join(dir, 'modules.xlsx'), await writeWorkbook({ titel: 'modules', maker: 'test', gemaakt: '2025-03-01T00:00:00Z', bladen }));
    const outcome = (out: string) =>
      (JSON.parse(out) as { praktijken: { agb: string; status: string; voorwaarden: { id: string; status: string; reden: string }[] }[] }).praktijken.map((p) => [p.agb, p.status, p.voorwaarden.map((v) => `${v.id} ${v.status} ${v.reden}`)]);
    const fromCsv = await zk([...VV, '--json']);
    const fromXlsx = await zk(['module', 'vv', join(dir, 'modules.xlsx'), '--bi', BI, '--contractjaar', '2025', '--maand', '2025-03', '--json']);
    expect(outcome(fromXlsx.out)).toEqual(outcome(fromCsv.out));
  });
});

describe('zk module vs', () => {
  it('lists per practice the patient groups it may treat under the module, and by whom, with the N.B.', async () => {
    const { code, out } = await zk(['module', 'vs', T, P]);
    expect(code).toBe(0);
    expect(out).toMatch(/\(voldoet aan alles, Parkinson en COPD\) — mag onder de module behandelen: Parkinson, COPD/);
    expect(out).toContain('Bron (COPD, bekkenbodem, oedeem en lymfe): "N.B. Indien u zonder aan deze voorwaarden te voldoen');
    expect(out).toContain('hulp: KNGF (paragraaf 4, Voorwaarden Module Verdiepen & Specialiseren, 3): "Beoordeling wat een COPD-netwerk is');
  });
  it('--json', async () => {
    const json = JSON.parse((await zk(['module', 'vs', T, '--json'])).out);
    expect(json.module).toBe('verdiepen-specialiseren');
    expect(json.samenvatting.map((s: { groep: string }) => s.groep)).toEqual(['Parkinson', 'PAV', 'COPD', 'bekkenbodem', 'oedeem en lymfe']);
  });
});

describe('zk template --module vv', () => {
  it('writes the sheets Praktijken, Therapeuten and Toelichting; read back it gives no rows and no problems', async () => {
    const dir = tmp();
    const { code } = await zk(['template', '--module', 'vv', '-o', 'sjabloon.xlsx'], dir);
    expect(code).toBe(0);
    const back = await readModuleFiles([{ bestand: 'sjabloon.xlsx', bytes: new Uint8Array(readFileSync(join(dir, 'sjabloon.xlsx'))) }]);
    expect(back).toMatchObject({ praktijken: [], therapeuten: [], problemen: [], leesbaar: true });
    expect(back.tabellen.map((t) => t.blad)).toEqual(['Praktijken', 'Therapeuten']);
  });
  it('--csv writes two header-only files that read back as their tables', async () => {
    const dir = tmp();
    await zk(['template', '--module', 'vv', '--csv', '-o', 'm'], dir);
    const back = await readModuleFiles(['m-praktijken.csv', 'm-therapeuten.csv'].map((f) => ({ bestand: f, bytes: new Uint8Array(readFileSync(join(dir, f))) })));
    expect(back.tabellen.map((t) => t.soort)).toEqual(['praktijken', 'therapeuten']);
    expect(back.problemen).toEqual([]);
  });
});
