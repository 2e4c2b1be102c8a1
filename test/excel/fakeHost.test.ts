import { installFakeOffice } from '../fake-excel';

/** The globals the fake host puts on a page, as this test uses them. */
interface PageGlobals {
  Office: { onReady(): Promise<unknown>; context: { displayLanguage: string } };
  CustomFunctions: { associate(id: string, fn: () => unknown): void; registered: Record<string, unknown> };
  Excel: { run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> };
  __fakeWorkbook: { cellAt(sheet: string, address: string): { value: unknown } };
}

function fakePage(options?: Parameters<typeof installFakeOffice>[1]) {
  const target: Record<string, unknown> = {};
  const host = installFakeOffice(target, options);
  return { page: target as unknown as PageGlobals, host };
}

describe('the fake Office host installed in a page', () => {
  it('provides Excel.run, Office.onReady with the display language, and CustomFunctions.associate', async () => {
    const { page, host } = fakePage({ displayLanguage: 'en-US' });
    await expect(page.Office.onReady()).resolves.toMatchObject({ host: 'Excel' });
    expect(page.Office.context.displayLanguage).toBe('en-US');
    const fn = () => 'x';
    page.CustomFunctions.associate('VERSION', fn);
    expect(page.CustomFunctions.registered.VERSION).toBe(fn);
    await page.Excel.run(async (context: Excel.RequestContext) => {
      context.workbook.worksheets.add('Blad1').getRange('A1').values = [['hallo']];
      await context.sync();
    });
    expect(page.__fakeWorkbook.cellAt('Blad1', 'A1').value).toBe('hallo');
    expect(host.stats).toMatchObject({ runs: 1, syncs: 1 });
  });

  it('like Office.js, reading a property that was not loaded is an error', async () => {
    const { page } = fakePage();
    const error = await page.Excel.run(async (context: Excel.RequestContext) => {
      const range = context.workbook.worksheets.add('Blad1').getRange('A1');
      await context.sync();
      // eslint-disable-next-line office-addins/load-object-before-read -- the point of the test
      return range.values;
    }).catch((e: { code?: string }) => e);
    expect((error as { code?: string }).code).toBe('PropertyNotLoaded');
  });
});
