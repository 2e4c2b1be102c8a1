/**
 * The module samples as Excel holds them: Praktijken and Therapeuten written into the fake Excel
 * through the schema (dates as serials, counts as numbers), and the BehandelIndex sheet as the BI
 * step writes it from the BI sample for contract year 2025.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { createExcelService, writeTables } from '../../src/excel';
import { parseBiBytes } from '../../src/import/bi';
import { readModuleFiles } from '../../src/import/modules';
import { computeBehandelIndex, settingsFromRule } from '../../src/rules/bi/behandelindex';
import { VOORTDUREND_VERBETEREN_MODULE_2024 } from '../../src/rules/policies/voortdurend-verbeteren-2024';
import { excelWorkbook } from '../../src/taskpane/adapters/workbook';
import { TABLES } from '../../src/workbook/names';
import { MODULE_INPUT_TABLES, moduleInputTables } from '../../src/workbook/module-input';
import { createFakeExcel } from '../fake-excel';
import { ROOT } from '../cli/io';

export type Matrix = (string | number | boolean)[][];
export const SAMPLES = ['samples/modules/praktijken.csv', 'samples/modules/therapeuten.csv'];
export const BI = 'samples/bi/behandelindex-2022-2023.csv';

export async function sampleModuleTables(): Promise<Record<string, Matrix>> {
  const host = createFakeExcel();
  const service = createExcelService({ run: host.run.bind(host), now: () => '2025-03-03T09:00:00.000Z' });
  const files = await Promise.all(SAMPLES.map(async (f, i) => ({ bestand: f, bytes: await fs.readFile(path.join(ROOT, f)), verwacht: i === 0 ? ('praktijken' as const) : ('therapeuten' as const) })));
  const input = await readModuleFiles(files);
  await host.run((context) => writeTables(context, moduleInputTables(input.praktijken, input.therapeuten)));
  const parsed = await parseBiBytes(await fs.readFile(path.join(ROOT, BI)), { bestand: BI });
  const bi = computeBehandelIndex(parsed.rows, settingsFromRule(VOORTDUREND_VERBETEREN_MODULE_2024.behandelIndex!, { contractjaar: 2025 }), BI);
  await excelWorkbook(service).writeBiResult(bi);
  const matrix = (name: string): Matrix => {
    const records = host.model.tableRecords(name);
    const headers = Object.keys(records[0]);
    return [headers, ...records.map((r) => headers.map((h) => r[h]))];
  };
  return Object.fromEntries([MODULE_INPUT_TABLES.praktijken, MODULE_INPUT_TABLES.therapeuten, TABLES.behandelIndex, TABLES.biDrempel].map((n) => [n, matrix(n)]));
}

