import type { Page } from 'playwright-core';

/** Cells as a person sees them (values), read from the fake Excel in the page. */
export async function tableRecords(page: Page, table: string): Promise<Record<string, string | number | boolean>[]> {
  return page.evaluate((name) => (window as unknown as { __fakeWorkbook: { tableRecords(n: string): Record<string, string | number | boolean>[] } }).__fakeWorkbook.tableRecords(name), table);
}

export async function tableNames(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __fakeWorkbook: { tables: { name: string }[] } }).__fakeWorkbook.tables.map((t) => t.name));
}

export async function cellAt(page: Page, sheet: string, address: string): Promise<{ value: string | number | boolean; formula?: string; numberFormat: string }> {
  return page.evaluate(
    ([s, a]) => (window as unknown as { __fakeWorkbook: { cellAt(s: string, a: string): { value: string | number | boolean; formula?: string; numberFormat: string } } }).__fakeWorkbook.cellAt(s, a),
    [sheet, address] as const,
  );
}

/** Addresses of cells holding a formula on a sheet (applicant text must never become one). */
export async function formulaCells(page: Page, sheet: string): Promise<string[]> {
  return page.evaluate((name) => {
    const model = (window as unknown as { __fakeWorkbook: { sheet(n: string): { cells: Map<string, { formula?: string }> } | undefined } }).__fakeWorkbook;
    const found: string[] = [];
    for (const [key, cell] of model.sheet(name)?.cells ?? new Map()) if (cell.formula !== undefined) found.push(`${key}: ${cell.formula}`);
    return found;
  }, sheet);
}

export async function syncStats(page: Page): Promise<{ runs: number; syncs: number }> {
  return page.evaluate(() => {
    const stats = (window as unknown as { __fakeExcel: { stats: { runs: number; syncs: number } } }).__fakeExcel.stats;
    return { runs: stats.runs, syncs: stats.syncs };
  });
}

/**
 * Types scores into every assessor's score table as a person would (through Excel.run in the page,
 * whole numbers into the item columns). Score = base per application row, with one assessor
 * deviating on the second item so the disagreement flag has something to show.
 */
export async function typeScores(page: Page, bases: readonly number[]): Promise<number> {
  return page.evaluate(async (rowBases) => {
    let typed = 0;
    await Excel.run(async (context) => {
      const tables = context.workbook.tables;
      tables.load('items/name');
      await context.sync();
      const scoreTables = tables.items.filter((t) => t.name.startsWith('tblScores_'));
      const parts = scoreTables.map((table) => ({ table, header: table.getHeaderRowRange().load('values'), body: table.getDataBodyRange().load('values') }));
      await context.sync();
      parts.forEach(({ header, body }, tableIndex) => {
        const headers = header.values[0].map(String);
        const itemColumns = headers.map((h, c) => (/^[^:]+:/.test(h) ? c : -1)).filter((c) => c >= 0);
        body.values = body.values.map((row, r) => {
          const next = [...row];
          itemColumns.forEach((c, k) => {
            const base = rowBases[r % rowBases.length];
            const deviation = tableIndex === 0 && k === 1 ? -2 : 0;
            next[c] = Math.min(5, Math.max(1, base + deviation));
            typed += 1;
          });
          return next;
        });
      });
      await context.sync();
    });
    return typed;
  }, bases);
}

/** Types one value into one cell, as an assessor would. */
export async function typeCell(page: Page, sheet: string, address: string, value: string | number): Promise<void> {
  await page.evaluate(
    async ([s, a, v]) => {
      await Excel.run(async (context) => {
        context.workbook.worksheets.getItem(s).getRange(a).values = [[v]];
        await context.sync();
      });
    },
    [sheet, address, value] as const,
  );
}

/** Creates a table of BehandelIndex data in the workbook, as an analyst would paste it. */
export async function addBiTable(page: Page, sheet: string, table: string, rows: readonly (readonly (string | number)[])[]): Promise<void> {
  await page.evaluate(
    async ({ sheetName, tableName, values }) => {
      await Excel.run(async (context) => {
        const ws = context.workbook.worksheets.add(sheetName);
        const last = String.fromCharCode(64 + values[0].length);
        const address = `A1:${last}${values.length}`;
        const range = ws.getRange(address);
        range.numberFormat = values.map((row) => row.map((_, c) => (c === 0 ? '@' : 'General')));
        range.values = values.map((row) => [...row]);
        const t = context.workbook.tables.add(`${sheetName}!${address}`, true);
        t.name = tableName;
        await context.sync();
      });
    },
    { sheetName: sheet, tableName: table, values: rows.map((r) => [...r]) },
  );
}
