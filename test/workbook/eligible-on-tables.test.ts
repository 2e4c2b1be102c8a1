/**
 * =ZK.ELIGIBLE(Aanvragen[#Headers]; Aanvragen[@]; Deelnemers[#All]; Begroting[#All]) on the
 * tables the add-in writes and on the workbook `zk import -o x.xlsx` writes: for every sample
 * application the verdict of `zk toets`.
 */
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { createExcelService } from '../../src/excel';
import { eligible } from '../../src/functions/eligibility';
import { plainCellValue } from '../../src/import/xlsx';
import { loadApplications } from '../../src/cli/load-applications';
import { TABLES, VERDICT_HEADER } from '../../src/workbook';
import { createFakeExcel } from '../fake-excel';
import { ROOT, zk } from '../cli/io';

type Matrix = (string | number | boolean | null)[][];

/** What the function gives, as zk toets words it. */
function verdictOf(result: unknown): string {
  if (result === true) return 'geschikt';
  if (result === false) return 'niet geschikt';
  if (typeof result === 'object' && result !== null && (result as { code?: string }).code === 'notAvailable') return 'onvolledig';
  return `fout: ${JSON.stringify(result)}`;
}

/** Calls the function for every row the way Excel does with the verdict column's formula: the row up to the column before it. */
function verdicts(aanvragen: Matrix, deelnemers: Matrix, begroting: Matrix): Map<string, string> {
  const [header, ...rows] = aanvragen;
  const span = header.indexOf(VERDICT_HEADER);
  expect(span).toBe(header.length - 1);
  const id = header.indexOf('id');
  return new Map(rows.map((row) => [String(row[id]), verdictOf(eligible([header.slice(0, span)], [row.slice(0, span)], deelnemers, begroting))]));
}

async function toetsVerdicts(): Promise<Map<string, string>> {
  const { code, out } = await zk(['toets', 'samples/aanvragen', '--json']);
  expect(code).toBeLessThanOrEqual(1);
  return new Map((JSON.parse(out) as { id: string; status: string }[]).map((r) => [r.id, r.status]));
}

describe('=ZK.ELIGIBLE on the Aanvragen, Deelnemers and Begroting tables agrees with zk toets', () => {
  let expected: Map<string, string>;
  beforeAll(async () => {
    expected = await toetsVerdicts();
    expect(new Set(expected.values())).toEqual(new Set(['geschikt', 'niet geschikt', 'onvolledig']));
  }, 120_000);

  it('on the tables the pane wrote into Excel (the formula in every row names them)', async () => {
    const host = createFakeExcel();
    const service = createExcelService({ run: host.run.bind(host), now: () => '2020-12-01T10:00:00Z' });
    const { applications } = await loadApplications(['samples/aanvragen'], ROOT);
    await service.writeApplications(applications, []);
    const matrix = (name: string): Matrix => {
      const records = host.model.tableRecords(name);
      const headers = Object.keys(records[0]);
      return [headers, ...records.map((r) => headers.map((h) => r[h]))];
    };
    expect(verdicts(matrix(TABLES.aanvragen), matrix(TABLES.deelnemers), matrix(TABLES.begroting))).toEqual(expected);
    // The formula each row carries: this row, its participants and its budget lines.
    const sheet = host.model.sheet('Aanvragen')!;
    const formulas = [...sheet.cells.values()].flatMap((c) => (c.formula ? [c.formula] : []));
    expect(formulas).toHaveLength(applications.length);
    expect(new Set(formulas).size).toBe(1);
    expect(formulas[0]).toContain(',Deelnemers[#All],Begroting[#All])');
  }, 120_000);

  it('on the workbook zk import -o x.xlsx wrote', async () => {
    const file = path.join(await fs.mkdtemp(path.join(os.tmpdir(), 'zk-import-')), 'aanvragen.xlsx');
    const run = await zk(['import', 'samples/aanvragen', '-o', file]);
    expect(run.code).toBeLessThanOrEqual(1);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const matrix = (sheet: string): Matrix => {
      const ws = workbook.getWorksheet(sheet)!;
      const rows: Matrix = [];
      ws.eachRow((row) => rows.push(Array.from({ length: ws.columnCount }, (_, c) => {
        const v = plainCellValue(row.getCell(c + 1).value);
        return v instanceof Date ? v.getTime() / 86_400_000 + 25_569 : (v as string | number | boolean | null);
      })));
      return rows;
    };
    expect(verdicts(matrix('Aanvragen'), matrix('Deelnemers'), matrix('Begroting'))).toEqual(expected);
  }, 120_000);
});

describe('zk import -o', () => {
  it('writes JSON for .json and refuses any other extension with a Dutch message and exit code 2', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'zk-import-'));
    const json = await zk(['import', 'samples/aanvragen/01-geschikt-utrecht.json', '-o', path.join(dir, 'a.json')]);
    expect(json.code).toBe(0);
    expect(JSON.parse(await fs.readFile(path.join(dir, 'a.json'), 'utf8'))[0].id).toBeDefined();
    const csv = await zk(['import', 'samples/aanvragen/01-geschikt-utrecht.json', '-o', path.join(dir, 'a.csv')]);
    expect(csv.code).toBe(2);
    expect(csv.err).toContain('kies een bestand dat eindigt op .json');
    expect(csv.err).toContain('niet .csv');
    await expect(fs.stat(path.join(dir, 'a.csv'))).rejects.toThrow();
  }, 120_000);
});

