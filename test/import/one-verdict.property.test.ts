/**
 * One verdict per application, whatever the path: an application written to JSON, to CSV (Dutch
 * and international Excel) and to the import workbook (XLSX), and read back, is screened to the
 * same verdict with the same reasons. Applications come from a generator near the boundaries of
 * the criteria (750 clients, MDO 4, disciplines as people spell them, AGB codes that agree or
 * not, exclusion words in the plan and the budget, budgets that are or are not covered), from
 * the hand-written edge cases (test/rules/edge-cases.ts) and from samples/aanvragen.
 *
 * The Word form (Bijlage 3) is written by a test writer (bijlage3-writer.ts). The form has no
 * place for a cost line's category, so for that path the applications are compared without it:
 * the same lines, read from JSON without a category, must give the same verdict.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { importFile } from '../../src/import';
import { applicationsToCsv } from '../../src/report/applications-csv';
import { buildImportWorkbook } from '../../src/report/import-workbook';
import { COST_CATEGORIES, type Application, type Participant } from '../../src/rules/application';
import { evaluateEligibility, reportedChecks } from '../../src/rules/eligibility';
import { samenwerken2021 } from '../../src/rules/policies/samenwerken-2021';
import { EDGE_CASES } from '../rules/edge-cases';
import { eligibleApplication } from '../rules/fixtures';
import { bijlage3Docx } from './bijlage3-writer';

type Verdict = { id: string; status: string; checks: Array<[string, string, string]> };

function verdicts(apps: readonly Application[]): Verdict[] {
  return apps.map((app) => {
    const r = evaluateEligibility(app, samenwerken2021);
    return { id: r.id, status: r.status, checks: reportedChecks(r).map((c) => [c.id, c.status, c.reden] as [string, string, string]) };
  });
}

async function viaJson(apps: readonly Application[]): Promise<Application[]> {
  return (await importFile('aanvragen.json', new TextEncoder().encode(JSON.stringify(apps)))).applications;
}
async function viaCsv(apps: readonly Application[], delimiter: ';' | ',' = ';'): Promise<Application[]> {
  return (await importFile('aanvragen.csv', new TextEncoder().encode(applicationsToCsv(apps, { delimiter })))).applications;
}
async function viaXlsx(apps: readonly Application[]): Promise<Application[]> {
  return (await importFile('aanvragen.xlsx', new Uint8Array(await buildImportWorkbook(apps).xlsx.writeBuffer()))).applications;
}

async function viaDocx(apps: readonly Application[]): Promise<Application[]> {
  const out: Application[] = [];
  for (const app of apps) out.push(...(await importFile(`${app.id}.docx`, await bijlage3Docx(app))).applications);
  return out;
}

/** What a Word form can carry: the same application without cost categories. */
function withoutCategories(app: Application): Application {
  const copy = JSON.parse(JSON.stringify(app)) as Application;
  for (const line of copy.begroting?.kosten ?? []) delete line.categorie;
  return copy;
}

const opt = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const SPELLINGS = ['fysiotherapie', 'Fysiotherapiepraktijk', 'fysio', 'Fysiotherapeuten', 'huisarts', 'Huisartspraktijk', 'HA', 'POH', 'Diëtistenpraktijk', 'diëtist', 'ergotherapie', 'Logopediepraktijk', 'medisch specialist', 'beweegagogiek', 'Praktijk De Linde'];
const AGBS = ['04000001', '01000002', '24000003', '26000004', '03000005', '99000006', '0400000'];
const PLACES = ['Houten', 'Zeist', 'Utrecht', 'Nieuwegein', 'Eindhoven'];
const COST_TEXTS = ['Coördinatie', 'Scholing', 'Overheadkosten', 'Wetenschappelijk onderzoek', 'Verbouwing oefenzaal', 'Opbouw netwerk', 'Huur', 'Modulegelden 2020'];
const PLAN_TEXTS = ['Valpreventie thuis.', 'Wij doen wetenschappelijk onderzoek naar vallen.', 'Opbouw van een wijknetwerk.', 'De overhead wordt gedeeld.', 'Nieuwbouw van een gezondheidscentrum.'];

const participant: fc.Arbitrary<Participant> = fc.record(
  {
    praktijknaam: fc.constantFrom('Fysio Oost', 'Huisarts West', 'Praktijk Noord', 'Diëtist Zuid'),
    plaats: fc.constantFrom(...PLACES),
    discipline: opt(fc.constantFrom(...SPELLINGS)),
    agb: opt(fc.constantFrom(...AGBS)),
    zkContract2021: opt(fc.boolean()),
    zkContract2022: opt(fc.boolean()),
  },
  { requiredKeys: ['praktijknaam', 'plaats'] },
);

/** Applications near the fixture that meets everything, with the decisive fields varied. */
const nearBoundary: fc.Arbitrary<Application> = fc
  .record({
    n: fc.nat(9999),
    aantal: opt(fc.constantFrom(0, 749, 750, 751)),
    mdo: opt(fc.constantFrom(3, 4, 12)),
    deelnemers: fc.array(participant, { minLength: 1, maxLength: 4 }),
    kosten: fc.array(fc.record({ omschrijving: fc.constantFrom(...COST_TEXTS), bedrag: fc.integer({ min: 0, max: 30000 }), categorie: opt(fc.constantFrom(...COST_CATEGORIES)) }, { requiredKeys: ['omschrijving', 'bedrag'] }), { maxLength: 3 }),
    gevraagd: fc.integer({ min: 0, max: 60000 }),
    doel: fc.constantFrom(...PLAN_TEXTS),
    smart: opt(fc.constantFrom(...PLAN_TEXTS)),
    kvk: opt(fc.constantFrom('81234567', '8123 4567', '8123456')),
    vorm: fc.constantFrom<[Application['samenwerkingsvorm'], string | undefined]>(['Coöperatie', undefined], ['Stichting', undefined], ['Anders', 'B.V.'], ['Anders', 'maatschap'], [undefined, undefined]),
    opbrengsten: opt(fc.constantFrom(0, 39999, 40000, 60000)),
    tweedeLijn: opt(fc.boolean()),
    besparing: opt(fc.constantFrom(0, 5000)),
    klantgroepen: fc.subarray(['kwetsbare ouderen', 'COPD', 'kanker'] as const),
  })
  .map((g) => {
    const app = eligibleApplication();
    app.id = `P-${g.n}`;
    app.deelnemers = g.deelnemers;
    if (g.aantal === undefined) delete app.aantalZkKlanten;
    else app.aantalZkKlanten = g.aantal;
    if (g.mdo === undefined) delete app.mdoPerJaar;
    else app.mdoPerJaar = g.mdo;
    app.begroting = { kosten: g.kosten, gevraagdBedrag: g.gevraagd };
    app.doel = g.doel;
    if (g.smart === undefined) delete app.smartDoelen;
    else app.smartDoelen = g.smart;
    if (g.kvk === undefined) delete app.kvkNummer;
    else app.kvkNummer = g.kvk;
    if (g.vorm[0] === undefined) delete app.samenwerkingsvorm;
    else app.samenwerkingsvorm = g.vorm[0];
    if (g.vorm[1] !== undefined) app.samenwerkingsvormAnders = g.vorm[1];
    app.klantgroepen = [...g.klantgroepen];
    app.businesscase = {
      ...(g.opbrengsten === undefined ? {} : { opbrengsten: g.opbrengsten }),
      ...(g.tweedeLijn === undefined ? {} : { zorgUitTweedeLijn: g.tweedeLijn }),
      ...(g.besparing === undefined ? {} : { besparingTweedeLijn: g.besparing }),
    };
    return app;
  });

const batch = fc.uniqueArray(nearBoundary, { selector: (a) => a.id, minLength: 1, maxLength: 4 });

describe('one verdict per application: JSON, CSV, XLSX and the Word form agree', () => {
  it('generated applications near the boundaries, through JSON and CSV (; and ,)', async () => {
    await fc.assert(
      fc.asyncProperty(batch, async (apps) => {
        const expected = verdicts(await viaJson(apps));
        // The screening of the record itself, before any file, is what every path must give.
        expect(expected).toEqual(verdicts(apps));
        expect(verdicts(await viaCsv(apps))).toEqual(expected);
        expect(verdicts(await viaCsv(apps, ','))).toEqual(expected);
      }),
      { numRuns: 150 },
    );
  }, 120_000);

  it('generated applications near the boundaries, through the import workbook', async () => {
    await fc.assert(
      fc.asyncProperty(batch, async (apps) => {
        expect(verdicts(await viaXlsx(apps))).toEqual(verdicts(await viaJson(apps)));
      }),
      // exceljs writes and reads a workbook in about 0.1 s, so fewer runs than for CSV.
      { numRuns: 25 },
    );
  }, 120_000);

  it('generated applications near the boundaries, through the Word form (Bijlage 3)', async () => {
    await fc.assert(
      fc.asyncProperty(batch, async (apps) => {
        const plain = apps.map(withoutCategories);
        expect(verdicts(await viaDocx(plain))).toEqual(verdicts(await viaJson(plain)));
      }),
      // Writing and reading a Word document takes about 0.1 s.
      { numRuns: 25 },
    );
  }, 120_000);

  const edge = EDGE_CASES.filter((c) => !c.teamkeuzes).map((c, i) => ({ ...c.app, id: `E-${i + 1}` }));
  const samplesDir = join(__dirname, '..', '..', 'samples', 'aanvragen');
  const samples: Application[] = readdirSync(samplesDir)
    .filter((f) => f.endsWith('.json'))
    .flatMap((f) => [JSON.parse(readFileSync(join(samplesDir, f), 'utf8'))].flat());

  it.each([
    ['the edge cases', edge],
    ['samples/aanvragen', samples],
  ])('%s: the same verdicts and reasons from JSON, CSV, XLSX and Word', async (_, apps) => {
    const expected = verdicts(await viaJson(apps));
    expect(verdicts(await viaCsv(apps))).toEqual(expected);
    expect(verdicts(await viaCsv(apps, ','))).toEqual(expected);
    expect(verdicts(await viaXlsx(apps))).toEqual(expected);
    const plain = apps.map(withoutCategories);
    expect(verdicts(await viaDocx(plain))).toEqual(verdicts(await viaJson(plain)));
  }, 60_000);

  it('the edge cases keep the verdict the source implies after the round trip', async () => {
    const imported = await viaCsv(edge);
    const expected = EDGE_CASES.filter((c) => !c.teamkeuzes).map((c) => c.verdict);
    expect(verdicts(imported).map((v) => v.status)).toEqual(expected);
  });
});

describe('the Word form judges a cost line as JSON does', () => {
  it('"Overheadkosten stichting" without a category: the same signal from the Word form and from JSON', async () => {
    const file = join(__dirname, '..', '..', 'samples', 'import', 'bijlage3-zwolle-ademruimte.docx');
    const [fromWord] = (await importFile('bijlage3-zwolle-ademruimte.docx', new Uint8Array(readFileSync(file)))).applications;
    expect(fromWord.begroting?.kosten?.[1]).toEqual({ omschrijving: 'Overheadkosten stichting', bedrag: 8000 });
    const [fromJson] = await viaJson([fromWord]);
    const checkOf = (app: Application) => reportedChecks(evaluateEligibility(app, samenwerken2021)).find((c) => c.id === 'uitsluitingen')!;
    expect(checkOf(fromWord)).toEqual(checkOf(fromJson));
    expect(checkOf(fromWord)).toMatchObject({ status: 'onbekend', beoordelaarNodig: true });
    expect(checkOf(fromWord).bevindingen).toEqual([
      expect.objectContaining({ code: 'uitsluitingen.kostenregel_signaal', kostenregel: { index: 1, omschrijving: 'Overheadkosten stichting', bedrag: 8000 }, herkomst: expect.objectContaining({ soort: 'hulp' }) }),
    ]);
  });
});
