/**
 * One schema, two writers: the module sheets the add-in writes with Office.js (here into the fake
 * Excel) and the ones `zk module … -o` writes with exceljs hold the same tables, headers, values,
 * number formats and status colours, and both put the chart on the summary's Omschrijving and
 * Voldoet niet columns.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { createExcelService } from '../../src/excel';
import { plainCellValue } from '../../src/import/xlsx';
import { writeModuleWorkbook } from '../../src/report/module-workbook';
import { MODULE_CHART, CHECKLIST_TABLES } from '../../src/workbook/module-checklist';
import { createFakeExcel } from '../fake-excel';
import { readRect } from '../fake-excel/model';
import { FORMULA_NAME, vvChecklist } from '../report/module-fixture';

const EXCEL_EPOCH_DAYS = 25_569;
type Grid = { values: unknown[][]; formats: string[][] };

async function fromExcelJs(): Promise<{ tables: Map<string, Grid>; fills: Map<string, Set<string>>; chartRefs: string[] }> {
  const bytes = await writeModuleWorkbook([vvChecklist()], { problemen: [] });
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  const tables = new Map<string, Grid>();
  const fills = new Map<string, Set<string>>();
  for (const ws of wb.worksheets) {
    const [found] = (ws as unknown as { getTables(): { table: { name: string; tableRef: string } }[] }).getTables();
    if (!found) continue;
    const [, lastCol, lastRow] = /^A1:([A-Z]+)(\d+)$/.exec(found.table.tableRef) ?? [];
    const cols = ws.getColumn(lastCol).number;
    const grid: Grid = { values: [], formats: [] };
    for (let r = 1; r <= Number(lastRow); r++) {
      const row = Array.from({ length: cols }, (_, c) => ws.getCell(r, c + 1));
      grid.values.push(row.map((cell) => {
        const v = plainCellValue(cell.value);
        return v instanceof Date ? v.getTime() / 86_400_000 + EXCEL_EPOCH_DAYS : (v ?? '');
      }));
      grid.formats.push(row.map((cell) => (r === 1 ? '' : cell.numFmt)));
    }
    tables.set(found.table.name, grid);
    const cf = (ws as unknown as { conditionalFormattings: { ref: string; rules: { formulae?: string[]; style?: { fill?: { bgColor?: { argb?: string } } } }[] }[] }).conditionalFormattings;
    for (const c of cf) {
      const col = /^([A-Z]+)2:/.exec(c.ref)![1];
      for (const rule of c.rules) {
        const set = fills.get(`${found.table.name}!${col}`) ?? new Set<string>();
        set.add(`${rule.formulae?.[0]?.replace(/^"|"$/g, '')}→#${rule.style?.fill?.bgColor?.argb?.slice(2)}`);
        fills.set(`${found.table.name}!${col}`, set);
      }
    }
  }
  const zip = await JSZip.loadAsync(bytes);
  const chartXml = await zip.file('xl/charts/chart1.xml')!.async('string');
  const chartRefs = [...chartXml.matchAll(/<c:f>([^<]+)<\/c:f>/g)].map((m) => m[1].replace(/&apos;/g, "'"));
  return { tables, fills, chartRefs };
}

async function fromOfficeJs() {
  const host = createFakeExcel();
  const service = createExcelService({ run: host.run.bind(host), now: () => '2025-03-03T09:00:00.000Z', user: () => 'Anna Analist' });
  const report = await service.writeModuleChecklists([vvChecklist()]);
  const tables = new Map<string, Grid>();
  const fills = new Map<string, Set<string>>();
  for (const name of Object.values(CHECKLIST_TABLES.vv)) {
    const table = host.model.table(name)!;
    tables.set(name, {
      values: readRect(table.sheet, table.rect, (c) => c?.value ?? ''),
      formats: readRect(table.sheet, table.rect, (c) => c?.numberFormat ?? 'General').map((row, r) => (r === 0 ? row.map(() => '') : row)),
    });
    for (const cf of table.sheet.conditionalFormats) {
      const col = String.fromCharCode(65 + cf.rect.col);
      const key = `${name}!${col}`;
      const set = fills.get(key) ?? new Set<string>();
      const formula = String((cf.rule as { formula1?: string }).formula1 ?? '');
      // Office.js states "at least n" for counts, exceljs "greater than n − 1e-9": the same cells.
      set.add(`${formula.startsWith('=') ? formula.slice(2, -1) : String(Number(formula) - 1e-9)}→${cf.fill}`);
      fills.set(key, set);
    }
  }
  return { host, report, tables, fills };
}

describe('module sheets: the add-in and zk write the same tables', () => {
  let office: Awaited<ReturnType<typeof fromOfficeJs>>;
  let exceljs: Awaited<ReturnType<typeof fromExcelJs>>;
  beforeAll(async () => {
    office = await fromOfficeJs();
    exceljs = await fromExcelJs();
  });

  it.each(Object.values(CHECKLIST_TABLES.vv))('%s: the same headers and values (dates as the same serial)', (name) => {
    expect(office.tables.get(name)!.values).toEqual(exceljs.tables.get(name)!.values);
  });

  it.each(Object.values(CHECKLIST_TABLES.vv))('%s: the same number format in every data cell', (name) => {
    expect(office.tables.get(name)!.formats).toEqual(exceljs.tables.get(name)!.formats);
  });

  it('a practice name that looks like a formula stays text in the add-in too', () => {
    const sheet = office.host.model.sheet('Voortdurend Verbeteren')!;
    const cells = [...sheet.cells.values()];
    expect(cells.filter((c) => c.formula)).toEqual([]);
    expect(cells.find((c) => c.value === FORMULA_NAME)?.numberFormat).toBe('@');
  });

  it('the same status colours on the same columns', () => {
    const norm = (m: Map<string, Set<string>>) => Object.fromEntries([...m].map(([k, v]) => [k, [...v].map((x) => x.toUpperCase()).sort()]).sort());
    expect(norm(office.fills)).toEqual(norm(exceljs.fills));
    expect(office.fills.get(`${CHECKLIST_TABLES.vv.checklist}!G`)).toEqual(new Set(['voldoet→#C6EFCE', 'voldoet niet→#FFC7CE', 'onbekend→#FFEB9C']));
  });

  it('the chart stands on the summary\'s Omschrijving and Voldoet niet columns in both', () => {
    const sheet = office.host.model.sheet('VV samenvatting')!;
    expect(sheet.charts.map((c) => [c.name, c.type, c.source])).toEqual([[MODULE_CHART('vv'), 'BarClustered', { row: 0, col: 1, rows: 6, cols: 2 }]]);
    expect(exceljs.chartRefs).toEqual(["'VV samenvatting'!$C$1", "'VV samenvatting'!$B$2:$B$6", "'VV samenvatting'!$C$2:$C$6"]);
  });

  it('writing again replaces the sheets and the chart (one chart, the same rows) and logs each write', async () => {
    const service = createExcelService({ run: office.host.run.bind(office.host), now: () => '2025-03-04T09:00:00.000Z' });
    await service.writeModuleChecklists([vvChecklist()]);
    expect(office.host.model.sheet('VV samenvatting')!.charts).toHaveLength(1);
    expect(office.host.model.tableRecords(CHECKLIST_TABLES.vv.checklist)).toHaveLength(3);
    const audit = office.host.model.tableRecords('tblAudit').filter((r) => r.Actie === 'modulevoorwaarden');
    expect(audit).toHaveLength(2);
    expect(audit[0].Melding).toBe('3 praktijken getoetst aan 5 voorwaarden van Voortdurend Verbeteren (1 voldoet, 2 voldoet niet); beleid voortdurend-verbeteren-2024 2024.2.');
    expect(office.report.rijen).toEqual({ [CHECKLIST_TABLES.vv.checklist]: 3, [CHECKLIST_TABLES.vv.details]: 15, [CHECKLIST_TABLES.vv.samenvatting]: 5 });
  });
});
