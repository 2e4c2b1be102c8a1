/**
 * The e2e walk of independent scoring (conflicts of interest, personal scoring files, the
 * consensus meeting), run after the ranking of run.ts. The assessors' part happens outside the
 * pane, as in real life: the downloaded files are filled in with exceljs (src/report/personal-fill,
 * the demo's assessor) and dropped back on the pane.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { fillPersonalFile, type TypedScore } from '../../src/report/personal-fill';
import { DEFAULT_RUBRIC_2021 } from '../../src/rules/scoring/rubric-2021';
import { tableRecords } from './workbook';

export interface WalkHelpers {
  check: (label: string, body: () => Promise<void>) => Promise<void>;
  record: (name: string) => Promise<void>;
  measured: (actie: string, body: () => Promise<void>) => Promise<void>;
}

const ROLES = ['analist', 'beleidsontwikkelaar', 'inkoper', 'zorginhoudelijk adviseur'];
const CONFLICT_REASON = 'Werkt bij een deelnemende praktijk';

/** What each assessor types: 4 on every item, except the analist's 1 on "smart" (spread 3 there). */
function typed(rol: string, ids: readonly string[], smart = rol === 'analist' ? 1 : 4): TypedScore[] {
  return ids.flatMap((aanvraag) => DEFAULT_RUBRIC_2021.items.map((item) => ({ aanvraag, item: item.id, score: item.id === 'smart' ? smart : 4, toelichting: `${rol}: onderbouwing bij ${aanvraag} ${item.id}` })));
}

/** The fake workbook's cell fill and data validations of one sheet, for a closed row. */
async function sheetGuards(page: Page, sheet: string): Promise<{ fills: Record<string, string>; custom: { row: number; rows: number }[] }> {
  return page.evaluate((name) => {
    type Model = { sheet(n: string): { cells: Map<string, { fill?: string }>; validations: { rect: { row: number; rows: number }; rule: Record<string, unknown> }[] } | undefined };
    const s = (window as unknown as { __fakeWorkbook: Model }).__fakeWorkbook.sheet(name);
    const fills: Record<string, string> = {};
    for (const [key, cell] of s?.cells ?? new Map()) if (cell.fill) fills[key] = cell.fill;
    const custom = (s?.validations ?? []).filter((v) => 'custom' in v.rule).map((v) => ({ row: v.rect.row, rows: v.rect.rows }));
    return { fills, custom };
  }, sheet);
}

export async function independentScoring(page: Page, { check, record, measured }: WalkHelpers): Promise<void> {
  const button = (name: string | RegExp) => page.getByRole('button', { name });
  const dir = mkdtempSync(join(tmpdir(), 'zk-e2e-beoordeling-'));
  let ids: string[] = [];
  let conflictApp = '';
  const downloaded = new Map<string, string>();

  await check('belangen: een beoordelaar met een belang scoort die aanvraag niet (rij dicht en grijs, gemeld na de scores, audit)', async () => {
    await page.getByRole('tab', { name: 'Beoordelen' }).click();
    ids = (await tableRecords(page, 'tblScores_inkoper')).map((r) => String(r.Aanvraag));
    conflictApp = ids[1];
    await button(/^Belangen \(0 gemeld\)/).click();
    const form = page.getByRole('group', { name: 'Belang verklaren' });
    await form.getByLabel('Aanvraag', { exact: true }).selectOption(conflictApp);
    await form.getByLabel('Beoordelaar (rol)').selectOption('inkoper');
    await form.getByRole('radio', { name: /^Belang \(/ }).check();
    await form.getByLabel('Naam van de beoordelaar').fill('Ivo Inkoop');
    // Without a reason nothing is saved.
    await button('Verklaring opslaan').click();
    await page.getByText('Schrijf kort op welk belang er is').waitFor();
    await form.getByLabel('Reden van het belang').fill(CONFLICT_REASON);
    await measured('belang opslaan', async () => {
      await button('Verklaring opslaan').click();
      await page.getByRole('list', { name: 'Gemelde belangen' }).waitFor();
    });
    const rows = await tableRecords(page, 'tblBelangen');
    assert.deepEqual(
      rows.map((r) => [r.Aanvraag, r.Beoordelaar, r.Rol, r.Belang, r.Reden, r['Scores al ingevuld']]),
      [[conflictApp, 'Ivo Inkoop', 'inkoper', 'conflict', CONFLICT_REASON, 'ja']],
      'één verklaring op het blad Belangen; de scores stonden er al',
    );
    // The inkoper had typed scores there before declaring: flagged, not hidden.
    await page.getByText('Gemeld nadat er al scores stonden').waitFor();
    // The row of that application on the inkoper's sheet is closed for typing and greyed: rows are 0-based, header = 0.
    const row = ids.indexOf(conflictApp) + 1;
    const guards = await sheetGuards(page, 'Scores inkoper');
    assert.deepEqual(guards.custom, [{ row, rows: 1 }], 'alleen de rij van de aanvraag met een belang weigert invoer');
    assert.equal(guards.fills[`${row},2`], '#BFBFBF', 'de scorecellen van die rij zijn grijs');
    assert.ok(!Object.keys(guards.fills).some((k) => Number(k.split(',')[0]) !== row), 'geen andere rij is grijs');
    const audit = (await tableRecords(page, 'tblAudit')).map((r) => r.Actie);
    assert.equal(audit.filter((a) => a === 'belangverklaring').length, 1, 'auditregel belangverklaring');
    assert.equal(audit.filter((a) => a === 'late belangverklaring').length, 1, 'auditregel voor een belang gemeld na de scores');
  });

  await check('onafhankelijk scoren: vier persoonlijke bestanden uitdelen en teruglezen; een nieuwere versie vervangt de vorige', async () => {
    await button('Onafhankelijk scoren: beoordelingsbestanden').click();
    // Made in the pane (exceljs in the browser), no Excel request.
    await button('Beoordelingsbestanden maken').click();
    await page.getByRole('list', { name: 'Beoordelingsbestanden om te downloaden' }).waitFor();
    const links = page.getByRole('list', { name: 'Beoordelingsbestanden om te downloaden' }).getByRole('link');
    assert.equal(await links.count(), 4, 'één bestand per beoordelaar');
    for (let i = 0; i < 4; i++) {
      const [download] = await Promise.all([page.waitForEvent('download'), links.nth(i).click()]);
      const name = download.suggestedFilename();
      const path = join(dir, name);
      await download.saveAs(path);
      downloaded.set(name, path);
    }
    assert.deepEqual([...downloaded.keys()].sort(), ROLES.map((r) => `beoordeling-${r.replace(/ /g, '-')}.xlsx`).sort());
    // Each assessor fills in their own file; the inkoper's has no rows for the application with the conflict.
    const filled: string[] = [];
    for (const rol of ROLES) {
      const source = downloaded.get(`beoordeling-${rol.replace(/ /g, '-')}.xlsx`)!;
      const { bytes, nietGevonden } = await fillPersonalFile(readFileSync(source), typed(rol, ids), { opgeslagen: '2026-01-10T10:00:00.000Z' });
      assert.deepEqual([...new Set(nietGevonden.map((t) => t.aanvraag))], rol === 'inkoper' ? [conflictApp] : [], `${rol}: rijen in het bestand`);
      writeFileSync(join(dir, `ingevuld-${rol}.xlsx`), bytes);
      filled.push(join(dir, `ingevuld-${rol}.xlsx`));
    }
    const input = page.locator('input[type=file][accept=".xlsx"]');
    await measured('beoordelingen inlezen', async () => {
      await input.setInputFiles(filled);
      await page.getByText(/^4 bestand\(en\) gelezen/).waitFor();
    });
    // The analist's 1 on "smart" is in the analist's score sheet now, with the comment.
    const analist = await tableRecords(page, 'tblScores_analist');
    const smartHeader = Object.keys(analist[0]).find((h) => h.startsWith('smart:'))!;
    assert.deepEqual(analist.map((r) => r[smartHeader]), ids.map(() => 1), 'de scores uit het bestand van de analist staan op zijn scoreblad');
    assert.match(String(analist[0].Toelichting), /analist: onderbouwing bij/);
    // A second version of the beleidsontwikkelaar's file (saved later, one score changed) replaces the first.
    const second = await fillPersonalFile(readFileSync(downloaded.get('beoordeling-beleidsontwikkelaar.xlsx')!), typed('beleidsontwikkelaar', ids).map((t) => (t.aanvraag === ids[0] && t.item === 'smart' ? { ...t, score: 2 } : t)), {
      opgeslagen: '2026-01-11T10:00:00.000Z',
    });
    const v2 = join(dir, 'beoordeling-beleidsontwikkelaar-v2.xlsx');
    writeFileSync(v2, second.bytes);
    await input.setInputFiles([v2]);
    await page.getByRole('list', { name: 'Vervangen door een nieuwere versie' }).getByText(/beoordeling-beleidsontwikkelaar-v2\.xlsx vervangt ingevuld-beleidsontwikkelaar\.xlsx \(beleidsontwikkelaar\); 1 score\(s\) gewijzigd/).waitFor();
    const beleid = await tableRecords(page, 'tblScores_beleidsontwikkelaar');
    assert.equal(beleid[0][smartHeader], 2, 'de nieuwere versie telt');
    const audit = (await tableRecords(page, 'tblAudit')).filter((r) => r.Actie === 'beoordeling ingelezen');
    assert.ok(audit.length >= 4, 'auditregels voor de ingelezen beoordelingen');
    await record('bestanden');
  });

  await check('overleg: onenigheden met de grootste spreiding eerst, scores naast elkaar, gevolg voor de eerste zes, consensusscore met de aanwezigen', async () => {
    await page.getByRole('tab', { name: 'Overleg' }).click();
    await measured('overleg voorbereiden', async () => {
      await button('Overleg voorbereiden').click();
      await page.getByText(/onderdeel\/onderdelen om te bespreken/).waitFor();
    });
    const sheet = await tableRecords(page, 'tblOverleg');
    assert.ok(sheet.length > 0, 'het blad Overleg heeft rijen');
    const spreads = sheet.map((r) => Number(r.Spreiding));
    assert.deepEqual(spreads, [...spreads].sort((a, b) => b - a), 'grootste spreiding eerst');
    // smart: the analist's 1 against 4 (2 from the beleidsontwikkelaar's second version for the first application): spread 3.
    assert.equal(spreads[0], 3);
    for (const rol of ['analist', 'beleidsontwikkelaar', 'zorginhoudelijk adviseur']) await page.getByRole('checkbox', { name: rol }).check();
    await page.getByLabel('Vastgelegd door').fill('Bea Beleid');
    const first = sheet[0];
    await button(new RegExp(`^Spreiding 3 · ${first.Aanvraag} · `)).first().click();
    const table = page.getByRole('table', { name: `Scores van ${first.Aanvraag} op ${first.Onderdeel}` });
    assert.equal(await table.getByRole('row').count(), 5, 'kop en vier beoordelaars naast elkaar');
    await table.getByRole('row', { name: /^analist/ }).getByText('1', { exact: true }).waitFor();
    await page.getByLabel('Consensusscore (1 tot en met 5)').selectOption('4');
    await page.getByText(/^Met 4: totaal [\d,]+, plaats \d+\. De eerste 6 (blijven gelijk|veranderen)/).waitFor();
    // Without a motivation nothing is saved. (From the keyboard: focus the button, Enter.)
    const save = button('Consensusscore opslaan');
    await save.focus();
    await page.keyboard.press('Enter');
    await page.getByText('Schrijf de motivering op; zonder motivering vervangt een consensusscore de berekende score niet.').waitFor();
    await record('overleg');
    const motivatie = 'In het overleg: de doelen zijn meetbaar; de analist las een eerdere versie van het plan.';
    await page.getByLabel('Motivering van de consensus').fill(motivatie);
    await measured('overlegbesluit opslaan', async () => {
      await save.click();
      await page.getByText(/staat op het blad Consensus, met de aanwezigen/).waitFor();
    });
    const agreed = (await tableRecords(page, 'tblConsensus')).find((r) => r.Aanvraag === first.Aanvraag && r.Item === 'smart');
    assert.deepEqual([agreed?.Score, agreed?.Motivatie, agreed?.Wie, agreed?.Aanwezig], [4, motivatie, 'Bea Beleid', 'analist; beleidsontwikkelaar; zorginhoudelijk adviseur']);
    const audit = await tableRecords(page, 'tblAudit');
    assert.ok(audit.some((r) => r.Actie === 'overleg' && String(r.Melding).includes('Aanwezig: analist; beleidsontwikkelaar; zorginhoudelijk adviseur')), 'auditregel overleg met de aanwezigen');
    assert.ok(audit.some((r) => r.Actie === 'overlegbesluit' && String(r.Melding).includes(motivatie)), 'auditregel overlegbesluit met de motivering');
    const after = (await tableRecords(page, 'tblOverleg')).find((r) => r.Aanvraag === first.Aanvraag && r.Onderdeel === first.Onderdeel);
    assert.equal(after?.Consensusscore, '4 (Bea Beleid)', 'het blad Overleg toont de consensusscore');
    // Rank again with the returned scores, the declaration and the consensus score (the Selectie step follows).
    await page.getByRole('tab', { name: 'Rangschikken' }).click();
    await button('Scores inlezen en rangschikken').click();
    await page.getByText(/Loting met seed \d+/).waitFor();
  });
}
