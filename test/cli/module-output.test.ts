/**
 * `zk module vv … -o x.xlsx --brieven map/` on the samples: the workbook holds the same outcomes
 * and counts the command prints as JSON, and every practice that does not meet every condition
 * gets a letter.
 */
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { CHECKLIST_SHEETS } from '../../src/workbook/module-checklist';
import { zk } from './io';

const ARGS = ['module', 'vv', 'samples/modules/praktijken.csv', 'samples/modules/therapeuten.csv', '--bi', 'samples/bi/behandelindex-2022-2023.csv', '--contractjaar', '2025', '--maand', '2025-03', '--beleid', 'samples/modules/keuzes-team.json'];

interface Json {
  praktijken: { agb: string; status: string }[];
  samenvatting: { id: string; voldoet: number; voldoetNiet: number; onbekend: number }[];
}

describe('zk module vv -o x.xlsx --brieven map/', () => {
  let dir: string;
  let json: Json;
  let wb: ExcelJS.Workbook;
  let printed: string;
  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'zk-module-'));
    const run = await zk([...ARGS, '-o', path.join(dir, 'vv.xlsx'), '--brieven', path.join(dir, 'brieven')]);
    printed = run.out;
    json = JSON.parse((await zk([...ARGS, '--json'])).out) as Json;
    wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(dir, 'vv.xlsx'));
  }, 120_000);
  afterAll(() => fs.rm(dir, { recursive: true, force: true }));

  it('the checklist has every practice with the outcome the JSON gives it', () => {
    const ws = wb.getWorksheet(CHECKLIST_SHEETS.vv.checklist)!;
    const rows: [string, string][] = [];
    ws.eachRow((row, n) => n > 1 && rows.push([String(row.getCell(1).value), String(row.getCell(4).value)]));
    expect(rows).toEqual(json.praktijken.map((p) => [p.agb, p.status]));
  });

  it('the summary counts each condition as the JSON does, the most blocking first', () => {
    const ws = wb.getWorksheet(CHECKLIST_SHEETS.vv.samenvatting)!;
    const rows: [string, number, number, number][] = [];
    ws.eachRow((row, n) => n > 1 && rows.push([String(row.getCell(1).value), Number(row.getCell(3).value), Number(row.getCell(4).value), Number(row.getCell(5).value)]));
    const expected = json.samenvatting.map((s) => [s.id, s.voldoetNiet, s.voldoet, s.onbekend]);
    expect([...rows].sort()).toEqual([...expected].sort());
    const blocking = rows.map((r) => r[1]);
    expect(blocking).toEqual([...blocking].sort((a, b) => b - a));
  });

  it('writes one letter per practice that does not meet every condition, named by AGB code', async () => {
    const letters = (await fs.readdir(path.join(dir, 'brieven'))).sort();
    const open = json.praktijken.filter((p) => p.status !== 'voldoet').map((p) => `${p.agb}-vv-voorwaarden.docx`).sort();
    expect(letters).toEqual(open);
    expect(printed).toContain(`Brieven: ${open.length} in `);
  });
});

describe('zk module vs -o x.xlsx', () => {
  it('has a column per patient group, the groups each practice may treat as its outcome, and the N.B. under the table', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'zk-module-vs-'));
    try {
      const file = path.join(dir, 'vs.xlsx');
      const run = await zk(['module', 'vs', 'samples/modules/therapeuten.csv', 'samples/modules/praktijken.csv', '-o', file]);
      expect(run.code).toBeLessThanOrEqual(1);
      const json = JSON.parse((await zk(['module', 'vs', 'samples/modules/therapeuten.csv', 'samples/modules/praktijken.csv', '--json'])).out) as { praktijken: { agb: string; magBehandelen: string[] }[] };
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(file);
      expect(wb.worksheets.map((w) => w.name)).toEqual([CHECKLIST_SHEETS.vs.checklist, CHECKLIST_SHEETS.vs.details, CHECKLIST_SHEETS.vs.samenvatting, 'Problemen']);
      const ws = wb.getWorksheet(CHECKLIST_SHEETS.vs.checklist)!;
      expect((ws.getRow(1).values as unknown[]).slice(1)).toEqual(['AGB-code', 'Praktijknaam', 'Peildatum', 'Uitkomst', 'Parkinson', 'PAV', 'COPD', 'Bekkenbodem', 'Oedeem en lymfe', 'Signalen']);
      const outcomes: [string, string][] = [];
      for (let r = 2; r <= json.praktijken.length + 1; r++) outcomes.push([String(ws.getCell(r, 1).value), String(ws.getCell(r, 4).value)]);
      expect(outcomes).toEqual(json.praktijken.map((p) => [p.agb, p.magBehandelen.join(', ') || 'geen']));
      const below = String(ws.getCell(json.praktijken.length + 3, 1).value);
      expect(below).toContain('niet zichtbaar voor deze patiënten in de zorgzoeker van Zilveren Kruis');
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
