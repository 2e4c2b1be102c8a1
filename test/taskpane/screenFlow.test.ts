import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createExcelService, SHEETS } from '../../src/excel';
import type { Application } from '../../src/rules/application';
import type { Override } from '../../src/rules/outcome';
import { samenwerken2021 } from '../../src/rules/policies/samenwerken-2021';
import { screeningService } from '../../src/taskpane/adapters/screening';
import { excelWorkbook } from '../../src/taskpane/adapters/workbook';
import { screenFromSheet } from '../../src/taskpane/model/screenFlow';
import { createFakeExcel } from '../fake-excel';
import { typeInto } from '../excel/fixtures';

const k9Short = JSON.parse(readFileSync(join(__dirname, '../../samples/aanvragen/03-k9-749-klanten.json'), 'utf8')) as Application;

/** A pane session on a workbook: a new session on the same host is a reload of the pane. */
function session(host = createFakeExcel()) {
  const service = createExcelService({ run: host.run.bind(host), now: () => '2020-12-15T10:00:00.000Z', user: () => 'Anna Analist' });
  return { host, services: { workbook: excelWorkbook(service), screening: screeningService } };
}

describe('Toetsen: the Toetsing sheet is the single source of truth for judgements', () => {
  test('K9 (749 clients): a pane override replaces the judgement typed in the sheet, and a reload reads the same', async () => {
    const { host, services } = session();
    const first = await screenFromSheet(services, [k9Short], samenwerken2021);
    // K9: 749 clients is not enough (Bijlage 1 asks for at least 750).
    expect(first!.eligibility[0].status).toBe('niet geschikt');

    // In the sheet, J. de Vries confirms K9 "voldoet niet" with a reason.
    const row = host.model.tableRecords('tblToetsing').findIndex((r) => r.Aanvraag === k9Short.id && r.Toets === 'K9') + 2;
    typeInto(host, SHEETS.toetsing, `N${row}`, 'voldoet niet');
    typeInto(host, SHEETS.toetsing, `O${row}`, '749 klanten volgens de aanvraag');
    typeInto(host, SHEETS.toetsing, `P${row}`, 'J. de Vries');

    // In the pane, Anna overrides K9 with a written reason: the new ledger shows 812 clients.
    const override: Override = { checkId: 'K9', status: 'voldoet', reden: 'Ledenlijst nagestuurd: 812 klanten.', beoordelaar: 'Anna Analist', rol: 'analist', tijdstip: '2020-12-15T10:00:00.000Z' };
    host.resetStats();
    const after = await screenFromSheet(services, [k9Short], samenwerken2021, [{ aanvraag: k9Short.id, override }]);
    expect(host.stats.runs).toBe(1);
    expect(host.stats.syncs).toBeLessThanOrEqual(4);
    const k9 = after!.eligibility[0].checks.find((c) => c.id === 'K9')!;
    expect(k9.status).toBe('voldoet');
    expect(k9.override).toMatchObject({ reden: override.reden, beoordelaar: 'Anna Analist' });
    expect(after!.overrides[k9Short.id]).toEqual([override]);

    // Sheet and pane agree …
    const sheetRow = host.model.tableRecords('tblToetsing').find((r) => r.Aanvraag === k9Short.id && r.Toets === 'K9')!;
    expect(sheetRow['Oordeel beoordelaar']).toBe('voldoet');
    expect(sheetRow['Reden oordeel']).toBe(override.reden);
    expect(sheetRow.Beoordelaar).toBe('Anna Analist');
    expect(sheetRow.Uitkomst).toBe('voldoet');

    // … and after a reload (a new pane session, no overrides in memory) the pane reads the same.
    const reloaded = await screenFromSheet(session(host).services, [k9Short], samenwerken2021);
    expect(reloaded!.eligibility).toEqual(after!.eligibility);
    expect(reloaded!.overrides).toEqual(after!.overrides);
  });

  test('a judgement deleted from the sheet is gone from the pane at the next screening', async () => {
    const { host, services } = session();
    const override: Override = { checkId: 'K9', status: 'voldoet', reden: 'Ledenlijst nagestuurd.', beoordelaar: 'Anna Analist', tijdstip: '2020-12-15T10:00:00.000Z' };
    await screenFromSheet(services, [k9Short], samenwerken2021, [{ aanvraag: k9Short.id, override }]);
    const row = host.model.tableRecords('tblToetsing').findIndex((r) => r.Aanvraag === k9Short.id && r.Toets === 'K9') + 2;
    for (const c of ['N', 'O', 'P', 'Q', 'R']) typeInto(host, SHEETS.toetsing, `${c}${row}`, '');
    const again = await screenFromSheet(services, [k9Short], samenwerken2021);
    expect(again!.overrides).toEqual({});
    expect(again!.eligibility[0].status).toBe('niet geschikt');
  });
});
