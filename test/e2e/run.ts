/**
 * End-to-end walk through the task pane in headless Chromium (Debian's when installed, otherwise
 * the one inside the npm package @sparticuz/chromium; ZK_BROWSER=npm forces that one), with the
 * fake Excel host injected:
 * import → screen (with an override) → score sheets and typed scores → rank → a conflict of
 * interest, personal scoring files handed out and four read back, the consensus meeting → selection and
 * letters → BehandelIndex → settings. Asserts the fake workbook's cells, saves screenshots of each
 * step at 320 px and 500 px into test-results/e2e/, and checks every step with axe-core.
 *
 * Run after a build:  npm run build && npx tsx test/e2e/run.ts
 * Exit code 0 when every check passes, 1 otherwise (the failures are printed in Dutch/English);
 * a run that takes longer than ZK_E2E_TIMEOUT_S (900 s) ends with exit 1 and names its step.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { build } from 'esbuild';
import type { BrowserContext, Page } from 'playwright-core';
import { launchChromium } from './browser';
import { reportPaneStart } from './perf';
import { serveDirectory } from './server';
import { recordStep, RESULTS_DIR, type StepReport } from './steps';
import { walkFiles } from './walkFiles';
import { modulePractices, moduleTherapists } from './modules';
import { independentScoring } from './independent';
import { addBiTable, cellAt, formulaCells, syncStats, tableNames, tableRecords, typeCell, typeScores } from './workbook';

const ROOT = join(__dirname, '../..');
const DIST = join(ROOT, 'dist');
const OFFICE_CDN = 'https://appsforoffice.microsoft.com/';

async function fakeOfficeBundle(): Promise<string> {
  const result = await build({
    entryPoints: [join(ROOT, 'test/fake-excel/browser.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    logLevel: 'silent',
  });
  return result.outputFiles[0].text;
}

/** Only our own origin; office.js from the CDN is answered with the fake host; anything else is refused and recorded. */
async function guardNetwork(context: BrowserContext, origin: string, fake: string, foreign: string[]): Promise<void> {
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    // office.js from the CDN (ZK_OFFICE_JS=cdn) or from our own origin (=local) is answered with the fake host.
    if (url.startsWith(OFFICE_CDN) || url === `${origin}/office.js`) return route.fulfill({ body: fake, contentType: 'text/javascript; charset=utf-8' });
    if (url.startsWith(origin) || url.startsWith('blob:') || url.startsWith('data:')) return route.continue();
    foreign.push(url);
    return route.abort();
  });
}

async function openPane(context: BrowserContext, url: string, fake: string, injectDirectly: boolean, pageFake?: string): Promise<{ page: Page; errors: string[] }> {
  const page = await context.newPage();
  // A page of its own may get a variant of the host (e.g. Office in a dark theme).
  if (pageFake) await page.route(/appsforoffice\.microsoft\.com|\/office\.js$/, (route) => route.fulfill({ body: pageFake, contentType: 'text/javascript; charset=utf-8' }));
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}${e.stack ? `\n${e.stack.split("\n").slice(1, 6).join("\n")}` : ''}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  if (injectDirectly) await page.addInitScript({ content: pageFake ?? fake });
  await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
  return { page, errors };
}

const clickTab = (page: Page, name: string) => page.getByRole('tab', { name }).click();
const button = (page: Page, name: string | RegExp) => page.getByRole('button', { name });

/** What the run is doing now: named by the global timeout when a step hangs. */
let stage = 'voorbereiden';

/**
 * The whole walk normally takes a few minutes; a stuck step (a browser that never answers, a
 * wait without its own timeout) must not keep CI waiting for hours. ZK_E2E_TIMEOUT_S overrides it.
 */
const E2E_TIMEOUT_S = Number(process.env.ZK_E2E_TIMEOUT_S ?? 900);

async function main(): Promise<void> {
  stage = 'dist/taskpane.html lezen';
  if (!existsSync(join(DIST, 'taskpane.html'))) throw new Error('dist/taskpane.html ontbreekt: draai eerst `npm run build`.');
  const html = readFileSync(join(DIST, 'taskpane.html'), 'utf8');
  stage = 'de nep-Office-bundel bouwen';
  const fake = await fakeOfficeBundle();
  const foreign: string[] = [];
  const reports: StepReport[] = [];
  const failures: string[] = [];
  let passed = 0;
  let current: Page | null = null;
  const check = async (label: string, body: () => Promise<void>) => {
    stage = label;
    try {
      await body();
      passed += 1;
      console.log(`  ✓ ${label}`);
    } catch (e) {
      // The pane's own error message (role=alert) usually says what went wrong.
      const alerts = current ? await current.getByRole('alert').allTextContents().catch(() => []) : [];
      // What the pane showed when the check failed, for the reader of a CI log.
      const shot = join(RESULTS_DIR, `mislukt-${failures.length + 1}.png`);
      const saved = current ? await current.screenshot({ path: shot, fullPage: true, timeout: 10_000 }).then(() => `schermafbeelding: ${shot}`).catch(() => null) : null;
      const message = [(e as Error).message, ...alerts.map((a) => `melding in het taakvenster: ${a}`), ...(saved ? [saved] : [])].join('\n');
      failures.push(`${label}: ${message}`);
      console.log(`  ✗ ${label}\n    ${message.split('\n').join('\n    ')}`);
    }
  };
  // Everything started is started inside the try, so the finally closes whatever did start.
  const opened: { server?: Awaited<ReturnType<typeof serveDirectory>>; browser?: Awaited<ReturnType<typeof launchChromium>> } = {};
  try {
    stage = 'de bestandsserver starten';
    const server = (opened.server = await serveDirectory(DIST));
    stage = 'Chromium starten';
    const browser = (opened.browser = await launchChromium());
    console.log(`Chromium: ${browser.choice.kind} (${browser.choice.executablePath})`);
    await guardNetwork(browser.context, server.url, fake, foreign);
    // ZK_OFFICE_JS=none builds have no office.js tag: the fake is then injected before the page's scripts.
    const injectDirectly = !html.includes(OFFICE_CDN) && !/src=["']?office\.js/.test(html);
    const { page, errors } = await openPane(browser.context, `${server.url}/taskpane.html`, fake, injectDirectly);
    current = page;
    const files = walkFiles(mkdtempSync(join(tmpdir(), 'zk-e2e-files-')));
    let step = 0;
    const record = async (name: string) => reports.push(await recordStep(page, ++step, name));
    /** Excel.run and sync counts of one user action (a click and what it waits for). */
    const actions: { actie: string; runs: number; syncs: number }[] = [];
    const measured = async (actie: string, body: () => Promise<void>) => {
      const before = await syncStats(page);
      await body();
      const after = await syncStats(page);
      actions.push({ actie, runs: after.runs - before.runs, syncs: after.syncs - before.syncs });
    };

    await check('het taakvenster opent in het Nederlands', async () => {
      await page.getByRole('heading', { name: 'Aanvragen importeren' }).waitFor();
      await record('start');
    });

    await check(`importeren: ${files.first.map((f) => f.split('/').pop()).join(', ')}`, async () => {
      await measured('importeren', async () => {
        await page.locator('input[type=file]').first().setInputFiles(files.first);
        await page.getByText(/aanvragen uit \d+ bestanden/).waitFor();
      });
      const rows = await tableRecords(page, 'Aanvragen');
      assert.equal(rows.length, files.expectedApplications, 'aantal rijen in de tabel Aanvragen');
      for (const [id, text] of files.hostile) {
        const row = rows.find((r) => Object.values(r).includes(id));
        assert.ok(row, `aanvraag ${id} staat in de tabel Aanvragen`);
        assert.ok(Object.values(row).map(String).includes(text), `${text} staat letterlijk als tekst in de werkmap`);
      }
      // The only formulas are the verdict column's =ZK.ELIGIBLE, one per application; no applicant text is one.
      const formulas = await formulaCells(page, 'Aanvragen');
      assert.equal(formulas.length, files.expectedApplications, 'één =ZK.ELIGIBLE per aanvraag');
      assert.ok(formulas.every((f) => f.includes(': =ZK.ELIGIBLE(')), 'alleen =ZK.ELIGIBLE is een formule op het blad Aanvragen');
    });

    await check('opnieuw importeren door een bestand op het vak te slepen toont wat er veranderde', async () => {
      const dataTransfer = await page.evaluateHandle(
        ([name, text]) => {
          const transfer = new DataTransfer();
          transfer.items.add(new File([text], name, { type: 'application/json' }));
          return transfer;
        },
        [basename(files.reimport), readFileSync(files.reimport, 'utf8')] as const,
      );
      const zone = page.getByText('Of sleep bestanden hierheen').locator('..');
      await zone.dispatchEvent('dragover', { dataTransfer });
      await zone.dispatchEvent('drop', { dataTransfer });
      await page.getByText(/0 nieuw, 1 bijgewerkt \(1 veld\(en\) gewijzigd\)/).waitFor();
      await page.getByText(new RegExp(`aanvraag ${files.reimportId}: opmerkingen`)).waitFor();
      await record('importeren');
    });

    await check('toetsenbord: pijltjes en Enter in de stappen, "Verder" zet de focus op de kop van de volgende stap', async () => {
      await page.getByRole('tab', { name: 'Importeren' }).focus();
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { name: 'Toetsen aan Bijlage 1' }).waitFor();
      await clickTab(page, 'Importeren');
      await button(page, 'Verder naar Toetsen').click();
      const focused = await page.evaluate(() => `${document.activeElement?.tagName} ${document.activeElement?.textContent}`);
      assert.equal(focused, 'H2 Toetsen aan Bijlage 1');
    });

    await check('toetsen: statussen en redenen per toets', async () => {
      await clickTab(page, 'Toetsen');
      await measured('toetsen', async () => {
        await button(page, /aanvragen toetsen/).click();
        await page.getByRole('status').filter({ hasText: 'niet geschikt' }).waitFor();
      });
      const rows = await tableRecords(page, 'tblToetsing');
      assert.ok(rows.length > 0, 'tblToetsing heeft rijen');
    });

    await check('afwijken vraagt een geschreven motivering', async () => {
      // Someone already typed a judgement for the first check in the Toetsing sheet.
      const first = files.overrides[0];
      const typedRow = (await tableRecords(page, 'tblToetsing')).findIndex((r) => r.Aanvraag === first.id && r.Toets === first.check) + 2;
      assert.ok(typedRow >= 2, `rij van ${first.check} bij ${first.id} in tblToetsing`);
      await typeCell(page, 'Toetsing', `O${typedRow}`, 'voldoet niet');
      await typeCell(page, 'Toetsing', `P${typedRow}`, 'Getypt in het blad, vervangen door het taakvenster');
      await typeCell(page, 'Toetsing', `Q${typedRow}`, 'J. de Vries');
      for (const [n, o] of files.overrides.entries()) {
        await page.getByRole('button', { name: o.title }).first().click();
        await page.getByRole('button', { name: `Afwijken van ${o.check} bij ${o.id}` }).click();
        if (n === 0) {
          // Without a written reason nothing is saved.
          await button(page, 'Afwijking opslaan').click();
          await page.getByText('Schrijf op waarom u afwijkt').waitFor();
        }
        await page.getByLabel('Motivering').fill(o.reden);
        await page.getByLabel('Uw naam').fill('Anna Analist');
        // Read the sheet's judgements, write the override over its check, screen and write: one Excel.run.
        await measured('afwijking opslaan', async () => {
          await button(page, 'Afwijking opslaan').click();
          await page.getByText(o.reden).first().waitFor();
        });
      }
      const screening = await tableRecords(page, 'tblToetsing');
      for (const o of files.overrides) {
        assert.ok(
          screening.some((r) => Object.values(r).includes(o.id) && Object.values(r).includes(o.check) && Object.values(r).map(String).some((v) => v.includes(o.reden))),
          `de afwijking van ${o.check} bij ${o.id} staat met motivering in tblToetsing`,
        );
      }
      // The pane's override replaced the typed judgement of that one check: sheet and pane agree.
      const row = screening.find((r) => r.Aanvraag === first.id && r.Toets === first.check)!;
      assert.equal(row['Reden oordeel'], first.reden, 'het blad heeft de motivering uit het taakvenster');
      assert.equal(row.Beoordelaar, 'Anna Analist');
      assert.ok(!screening.some((r) => String(r['Reden oordeel']).startsWith('Getypt in het blad')), 'het getypte oordeel is vervangen');
      const audit = (await tableRecords(page, 'tblAudit')).filter((r) => r.Actie === 'afwijking');
      assert.equal(audit.length, files.overrides.length, 'één auditregel per afwijking');
      assert.match(String(audit[0].Melding), /vervangt het getypte oordeel "voldoet niet" van J\. de Vries/);
      await record('toetsen');
    });

    await check('beoordelen: scorebladen voor de vier rollen, scores getypt, volledigheid per beoordelaar', async () => {
      await clickTab(page, 'Beoordelen');
      await measured('scorebladen maken', async () => {
        await button(page, 'Scorebladen maken').click();
        await page.getByText(/Scorebladen gemaakt voor 4 rollen/).waitFor();
      });
      const scoreTables = (await tableNames(page)).filter((n) => n.startsWith('tblScores_'));
      assert.equal(scoreTables.length, 4, `vier scoretabellen, gevonden: ${scoreTables.join(', ')}`);
      const typed = await typeScores(page, [5, 4, 4, 3, 3, 2, 4, 3]);
      assert.ok(typed > 0, 'scores getypt');
      // A typo: "zes" instead of a number is named with sheet and cell, and not counted …
      await typeCell(page, 'Scores inkoper', 'C2', 'zes');
      // Exactly this button: the Belangen heading also names it ("kies Scores inlezen").
      await button(page, /^Scores inlezen$/).click();
      await page.getByText(`'Scores inkoper'!C2`).waitFor();
      await page.getByText(/inkoper: (\d+) van (\d+) scores ingevuld/).waitFor();
      // … and once corrected, every role is complete.
      await typeCell(page, 'Scores inkoper', 'C2', 5);
      await button(page, /^Scores inlezen$/).click();
      for (const rol of ['analist', 'beleidsontwikkelaar', 'inkoper', 'zorginhoudelijk adviseur']) {
        await page.getByText(new RegExp(`${rol}: (\\d+) van \\1 scores ingevuld`)).waitFor();
      }
      await record('beoordelen');
    });

    await check('rangschikken: seed, tiebreaks, stabiliteit en wat-als', async () => {
      await clickTab(page, 'Rangschikken');
      await measured('rangschikken', async () => {
        await button(page, 'Scores inlezen en rangschikken').click();
        await page.getByText(/Loting met seed \d+/).waitFor();
      });
      /*
       * Hand calculation: the first and ninth score-sheet rows get base score 5 from all four roles
       * on all nine items (weight 1), except the analist's 3 on "smart": mean (3+5+5+5)/4 = 4.5.
       * Total = 8 × 5 + 4.5 = 44.5 for both; the next base is 4 → at most 36. So places 1 and 2
       * hold 44.5, and their tie is decided by the chain (not by the lottery unless all else is equal).
       */
      const ranked = await tableRecords(page, 'tblSelectie');
      assert.deepEqual(ranked.slice(0, 2).map((r) => r.Totaalscore), [44.5, 44.5]);
      assert.ok(Number(ranked[2].Totaalscore) < 44.5);
      await button(page, /Stabiliteit berekenen/).click();
      await page.getByText(/Kans op selectie bij hersteekproef/).first().waitFor();
      await page.getByRole('button', { name: /Wat als/ }).click();
      // The panel renders when it opens: until then `.last()` below would be the main constraints field.
      await button(page, 'Vergelijken').waitFor();
      await page.getByLabel('Maximaal per kernregio').last().fill('1');
      await button(page, 'Vergelijken').click();
      await page.getByText(/De selectie blijft gelijk|Erin: /).waitFor();

      // Consensus: the panel agrees on 5 for "smart" of the first application (its mean was 4.5).
      const top = String(ranked[0].Aanvraag);
      await page.getByRole('button', { name: 'Consensusscore vastleggen' }).click();
      await page.getByLabel('Aanvraag', { exact: true }).selectOption(top);
      await page.getByLabel('Beoordelingsonderdeel').selectOption('smart');
      await page.getByLabel('Score (1 tot en met 5)').selectOption('5');
      await page.getByLabel('Vastgelegd door').fill('Bea Beleid');
      // Without a written motivation nothing is stored.
      await button(page, 'Consensusscore opslaan').click();
      await page.getByText('Schrijf de motivering op; zonder motivering vervangt een consensusscore de berekende score niet.').waitFor();
      assert.ok(!(await tableNames(page)).includes('tblConsensus'), 'geen blad Consensus zonder motivering');
      const motivatie = 'Panel eens na toelichting: de doelen zijn meetbaar, de nulmeting staat in het plan.';
      await page.getByLabel('Motivering van de consensus').fill(motivatie);
      await measured('consensus opslaan', async () => {
        await button(page, 'Consensusscore opslaan').click();
        await page.getByText(/staat op het blad Consensus/).waitFor();
      });
      const agreed = await tableRecords(page, 'tblConsensus');
      assert.deepEqual(
        agreed.map((r) => [r.Aanvraag, r.Item, r.Score, r.Motivatie, r.Wie]),
        [[top, 'smart', 5, motivatie, 'Bea Beleid']],
      );
      assert.equal((await cellAt(page, 'Consensus', 'D2')).numberFormat, '@', 'motivatie als tekst');
      assert.deepEqual(await formulaCells(page, 'Consensus'), [], 'geen formules op het blad Consensus');
      const consensusAudit = (await tableRecords(page, 'tblAudit')).filter((r) => r.Actie === 'consensusscore');
      assert.equal(consensusAudit.length, 1, 'één auditregel voor de consensusscore');
      // Ranking again reads it back: 8 items × 5 + smart 5 (consensus instead of 4.5) = 45, alone on top.
      await button(page, 'Scores inlezen en rangschikken').click();
      await page.getByText('Consensusscore gebruikt: SMART-doelen en nulmeting 5 (Bea Beleid)').waitFor();
      const withConsensus = await tableRecords(page, 'tblSelectie');
      assert.deepEqual([withConsensus[0].Aanvraag, withConsensus[0].Totaalscore], [top, 45]);
      assert.equal(withConsensus[0]['Consensusscore gebruikt'], 'SMART-doelen en nulmeting 5 (Bea Beleid)', 'het blad Selectie noemt de consensusscore');
      assert.equal(withConsensus[1].Totaalscore, 44.5);
      await record('rangschikken');
      // With z-score normalisation every ranked row records how far it moved (0 included).
      await page.getByRole('switch', { name: /normaliseren/ }).check();
      await button(page, 'Scores inlezen en rangschikken').click();
      await page.waitForFunction(() => {
        const t = (window as unknown as { __fakeWorkbook: { tableRecords(n: string): Record<string, unknown>[] } }).__fakeWorkbook.tableRecords('tblSelectie');
        const ranked = t.filter((r) => r.Positie !== '');
        return ranked.length > 0 && ranked.every((r) => typeof r['Verschuiving door normalisatie'] === 'number');
      });
      await page.getByRole('switch', { name: /normaliseren/ }).uncheck();
      await button(page, 'Scores inlezen en rangschikken').click();
      await page.waitForFunction(() =>
        (window as unknown as { __fakeWorkbook: { tableRecords(n: string): Record<string, unknown>[] } }).__fakeWorkbook.tableRecords('tblSelectie').every((r) => r['Verschuiving door normalisatie'] === ''),
      );
    });

    await independentScoring(page, { check, record: async (name) => void (await record(name)), measured });

    await check('selectie: blad Selectie en brieven (.docx)', async () => {
      await clickTab(page, 'Selectie');
      const chosen = Number((await page.getByText(/initiatieven geselecteerd/).textContent())?.match(/\d+/)?.[0]);
      assert.ok(chosen >= 1 && chosen <= 6, `1 tot 6 geselecteerd, niet ${chosen}`);
      await measured('selectie schrijven', async () => {
        await button(page, 'Blad Selectie schrijven').click();
        await page.getByText('Het blad Selectie is geschreven.').waitFor();
      });
      const rows = await tableRecords(page, 'tblSelectie');
      const selected = rows.filter((r) => r.Geselecteerd === 'ja' || r.Geselecteerd === true);
      assert.equal(selected.length, chosen, `geselecteerde rijen in tblSelectie: ${JSON.stringify(rows.slice(0, 2))}`);
      await button(page, 'Brieven maken (.docx)').click();
      const firstLetter = page.getByRole('list', { name: 'Brieven om te downloaden' }).getByRole('link').first();
      await firstLetter.waitFor();
      const [download] = await Promise.all([page.waitForEvent('download'), firstLetter.click()]);
      const saved = join(RESULTS_DIR, (await download.suggestedFilename()) || 'brief.docx');
      await download.saveAs(saved);
      assert.equal(readFileSync(saved).subarray(0, 2).toString('latin1'), 'PK', 'de brief is een .docx (zip)');
      await record('selectie');
    });

    await check('BehandelIndex: drempel van het 6e deciel, histogram, resultaattabel', async () => {
      /*
       * Reference year 2023 for contract year 2025. BI 90, 91, …, 100 (n = 11) plus one practice
       * without BI. PERCENTILE.INC at k = 0.6: h = 0.6 · (11 − 1) = 6 → the 7th smallest = 96 exactly.
       * BI ≤ 96: 90…96 = 7 voldoet; 97…100 = 4 voldoet niet; the empty BI is onbekend.
       */
      const rows: (string | number)[][] = [['AGB-code', 'Praktijknaam', 'Jaar', 'BehandelIndex']];
      for (let i = 0; i <= 10; i++) rows.push([`040${String(10001 + i)}`, `Praktijk ${i + 1}`, 2023, 90 + i]);
      rows.push(['04020001', 'Praktijk zonder BI', 2023, '']);
      await addBiTable(page, 'BI-gegevens', 'tblBiInvoer', rows);
      await clickTab(page, 'BehandelIndex');
      await button(page, 'Tabellen vernieuwen').click();
      // The pane picks the table that looks like BI data by itself.
      assert.equal(await page.getByLabel('Tabel').inputValue(), 'tblBiInvoer');
      await button(page, 'Berekenen').click();
      await page.getByText(/Drempel \(deciel 6, BI 2023/).waitFor();
      const threshold = await page.getByText(/Drempel \(deciel 6/).textContent();
      assert.match(threshold ?? '', /: 96$/, 'drempel 96');
      await page.getByText('voldoet: 7').waitFor();
      await page.getByText('voldoet niet: 4').waitFor();
      await page.getByText('onbekend: 1').waitFor();
      await button(page, 'Resultaattabel schrijven').click();
      await page.getByText('De resultaattabel BehandelIndex is geschreven.').waitFor();
      await record('behandelindex');

      // Shared runtime: =ZK.BI.THRESHOLD without a decile follows the decile chosen in this tab.
      // Same 11 BI values: decile 5 → h = 0.5 · 10 = 5 → the 6th smallest, 95; decile 6 → 96.
      const formula = (range: number[][]) =>
        page.evaluate((r) => (window as unknown as { CustomFunctions: { registered: Record<string, (range: number[][]) => unknown> } }).CustomFunctions.registered['BI.THRESHOLD'](r), range);
      const values = Array.from({ length: 11 }, (_, i) => [90 + i]);
      assert.equal(await formula(values), 96, '=ZK.BI.THRESHOLD met deciel 6 uit het taakvenster');
      await page.getByLabel('Deciel').fill('5');
      assert.equal(await formula(values), 95, '=ZK.BI.THRESHOLD volgt deciel 5 uit het taakvenster');
      await page.getByLabel('Deciel').fill('6');
    });

    await check('instellingen: seed en gewichten gaan naar het blad Instellingen', async () => {
      await clickTab(page, 'Instellingen');
      await page.getByLabel('Seed voor de loting').fill('4242');
      await button(page, 'Opslaan in blad Instellingen').click();
      await page.getByText('Instellingen opgeslagen in de werkmap.').waitFor();
      const rows = await tableRecords(page, 'tblInstellingen');
      assert.ok(rows.some((r) => Object.values(r).map(String).includes('4242')), 'seed 4242 in tblInstellingen');
      await record('instellingen');
    });

    await check('een fout uit Excel wordt een Nederlandse melding in het taakvenster, de getypte oordelen blijven', async () => {
      // Someone renamed the column that holds typed judgements: screening again must refuse, not lose them.
      await page.evaluate(async () => {
        await Excel.run(async (context) => {
          const header = context.workbook.tables.getItem('tblToetsing').getHeaderRowRange();
          header.load('values');
          await context.sync();
          header.values = [header.values[0].map((h) => (h === 'Reden oordeel' ? 'Waarom' : h))];
          await context.sync();
        });
      });
      await clickTab(page, 'Toetsen');
      await button(page, /aanvragen toetsen/).click();
      const alert = page.getByRole('alert');
      await alert.waitFor();
      const text = (await alert.textContent()) ?? '';
      assert.match(text, /Reden oordeel/, `de melding noemt de kolom: ${text}`);
      const kept = await tableRecords(page, 'tblToetsing');
      for (const o of files.overrides) assert.ok(kept.some((r) => Object.values(r).map(String).some((v) => v.includes(o.reden))), `motivering bij ${o.id} staat er nog`);
      await record('foutmelding');
    });

    await check('instellingen: een beleidsbestand van het team laden; een kapot bestand noemt de plaats van de fout', async () => {
      await clickTab(page, 'Instellingen');
      const dir = mkdtempSync(join(tmpdir(), 'zk-e2e-beleid-'));
      const broken = join(dir, 'kapot-beleid.json');
      writeFileSync(broken, JSON.stringify({ id: 'team', versie: '1', naam: 'Kapot', bron: 'test', maxSelecties: 'zes' }));
      const chooser = page.locator('input[type=file][accept=".json"]');
      await chooser.setInputFiles([broken]);
      await page.getByText(/kapot-beleid\.json · .*maxSelecties/).waitFor();
      const policy = JSON.parse(readFileSync(join(ROOT, 'samples/beleid/samenwerken-2021.json'), 'utf8'));
      const team = join(dir, 'team-beleid.json');
      writeFileSync(team, JSON.stringify({ ...policy, id: 'team-2024', versie: '2024.1', naam: 'Samenwerken in de Regio 2024 (team)', maxSelecties: 5 }));
      await chooser.setInputFiles([team]);
      await page.getByText('Beleid: Samenwerken in de Regio 2024 (team) (versie 2024.1)').waitFor();
      await clickTab(page, 'Selectie');
      await page.getByText('Wij sluiten met maximaal 5 initiatieven').waitFor();
    });

    await check('modules: de voorwaarden per praktijk, de BehandelIndex-rij erbij, checklistbladen en brieven', async () => {
      // Two practices of the BI table above: 04010001 (BI 90) and 04010011 (BI 100, above the threshold 96),
      // the second registered 11 months before the check date 1-3-2025 (the source asks for 12).
      await addBiTable(page, 'Praktijken', 'Praktijken', modulePractices());
      await addBiTable(page, 'Therapeuten', 'Therapeuten', moduleTherapists());
      await clickTab(page, 'Modules');
      await page.getByRole('heading', { name: 'Modulevoorwaarden' }).waitFor();
      await page.getByLabel('Maand van instroom (JJJJ-MM)').fill('2025-03');
      await measured('modules toetsen', () => button(page, 'Voorwaarden toetsen').click());
      // No bureau list is set (a team choice), so the first practice is unknown, not met.
      await page.getByText('0 voldoet, 1 voldoet niet, 1 onbekend').waitFor();
      await page.getByText('BehandelIndex van het blad BehandelIndex: drempel 96 (BI-jaar 2023).').waitFor();
      await page.getByRole('button', { name: /04010011 · Fysiotherapie Elf/ }).click();
      await page.getByText('Blad BehandelIndex, rij 12: BI 100, deciel 10, voldoet niet').waitFor();
      await page.getByText(/11 hele maanden vóór de peildatum 1-3-2025, minder dan 12/).waitFor();
      await page.getByText(/Opmerking in de bron: Door het KNGF is al eerder aangegeven/).first().waitFor();
      await record('modules');
      await measured('checklistbladen schrijven', () => button(page, 'Checklistbladen schrijven').click());
      await page.getByText('De checklist-, detail- en samenvattingsbladen van beide modules zijn geschreven.').waitFor();
      const checklist = await tableRecords(page, 'tblModuleVV');
      assert.deepEqual(checklist.map((r) => [r['AGB-code'], r.Uitkomst, r.BehandelIndex]), [
        ['04010001', 'onbekend', 'voldoet'],
        ['04010011', 'voldoet niet', 'voldoet niet'],
      ]);
      const summary = await tableRecords(page, 'tblModuleVVSamenvatting');
      assert.equal(summary[0]['Voldoet niet'], 1, 'the most blocking condition first');
      assert.ok((await tableNames(page)).includes('tblModuleVSDetails'), 'VS details written');
      await button(page, 'Brieven maken (.docx)').click();
      await page.getByRole('link', { name: '04010011-vv-voorwaarden.docx' }).waitFor();
      await record('modules-geschreven');
    });

    await check('Excel-verzoeken per actie: elke Excel.run met hoogstens 4 syncs', async () => {
      console.log(`    ${actions.map((a) => `${a.actie}: ${a.runs} run(s), ${a.syncs} syncs`).join('; ')}`);
      for (const a of actions) assert.ok(a.runs >= 1 && a.syncs <= 4 * a.runs, `${a.actie}: ${a.runs} runs, ${a.syncs} syncs`);
      for (const actie of ['importeren', 'toetsen', 'scorebladen maken', 'afwijking opslaan', 'rangschikken', 'consensus opslaan', 'belang opslaan', 'beoordelingen inlezen', 'overleg voorbereiden', 'overlegbesluit opslaan', 'selectie schrijven']) {
        assert.equal(actions.find((a) => a.actie === actie)?.runs, 1, `${actie} is één Excel.run`);
      }
    });

    await check('geen pagina-fouten', async () => {
      assert.deepEqual(errors, []);
    });

    await check('Engels als Office Engels is', async () => {
      const english = await openPane(browser.context, `${server.url}/taskpane.html?lang=en-US`, fake, injectDirectly);
      await english.page.getByRole('heading', { name: 'Import applications' }).waitFor();
      reports.push(await recordStep(english.page, 11, 'engels'));
      await english.page.close();
    });

    await check('donker thema van Office geeft een donker taakvenster zonder ernstige axe-overtredingen', async () => {
      const darkHost = `${fake};\nwindow.Office.context.officeTheme = { bodyBackgroundColor: '#262626' };`;
      const dark = await openPane(browser.context, `${server.url}/taskpane.html`, fake, injectDirectly, darkHost);
      await dark.page.getByRole('heading', { name: 'Aanvragen importeren' }).waitFor();
      const background = await dark.page.evaluate(() => getComputedStyle(document.querySelector('#zk-panel')!.parentElement!).backgroundColor);
      assert.equal(background, 'rgb(41, 41, 41)', 'achtergrond van het donkere Fluent-thema');
      reports.push(await recordStep(dark.page, ++step, 'donker'));
      await dark.page.close();
    });

    await check('start gemeten tegen een minimale Fluent-pagina; geen zware bibliotheek bij de start', () =>
      reportPaneStart(browser.context, `${server.url}/taskpane.html`, fake, injectDirectly ? fake : undefined),
    );

    for (const report of reports) {
      await check(`axe: geen ernstige of kritieke overtredingen bij ${report.name}`, async () => {
        assert.deepEqual(report.violations, []);
      });
      await check(`layout: niets breder dan het venster bij ${report.name}`, async () => {
        assert.deepEqual(report.overflow, []);
      });
    }
    await check('geen verzoeken naar andere origins', async () => {
      assert.deepEqual(foreign, []);
    });
    writeFileSync(join(RESULTS_DIR, 'report.json'), JSON.stringify({ reports, actions, failures, foreign }, null, 2));
  } finally {
    stage = 'Chromium en de bestandsserver sluiten';
    // A failing close must not hide the other close, nor the run's own error.
    await opened.browser?.close().catch((e) => console.error(`Chromium sluiten mislukt: ${(e as Error).message}`));
    await opened.server?.close().catch((e) => console.error(`bestandsserver sluiten mislukt: ${(e as Error).message}`));
  }
  // The plain closing line CI reads.
  console.log(`\ne2e: ${passed} passed, ${failures.length} failed`);
  if (failures.length > 0) {
    console.log(`\n${failures.length} e2e-controle(s) mislukt.`);
    process.exitCode = 1;
  } else {
    console.log(`\nAlle e2e-controles geslaagd; schermafbeeldingen in ${RESULTS_DIR}.`);
  }
}

const watchdog = setTimeout(() => {
  console.error(`\ne2e: afgebroken na ${E2E_TIMEOUT_S} s; bezig met: ${stage}`);
  // Playwright ends the browsers it launched when the process exits.
  process.exit(1);
}, E2E_TIMEOUT_S * 1000);

main()
  .catch((e) => {
    console.error(`\ne2e mislukt bij: ${stage}\n`, e);
    process.exitCode = 1;
  })
  .finally(() => {
    clearTimeout(watchdog);
    // Ends the run even if a handle (a socket, a child) is still open: the result is already printed.
    process.exit(process.exitCode ?? 0);
  });
