import { installFakeOffice } from '../fake-excel';

describe('the fake Office host installed in a page', () => {
  it('provides Excel.run, Office.onReady with the display language, and CustomFunctions.associate', async () => {
    const page: Record<string, any> = {};
    const host = installFakeOffice(page, { displayLanguage: 'en-US' });
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
    const page: Record<string, any> = {};
    installFakeOffice(page);
    const error = await page.Excel.run(async (context: Excel.RequestContext) => {
      const range = context.workbook.worksheets.add('Blad1').getRange('A1');
      await context.sync();
      return range.values;
    }).catch((e: { code?: string }) => e);
    expect(error.code).toBe('PropertyNotLoaded');
  });
});
