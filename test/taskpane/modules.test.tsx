import type { ModuleOutcome, ModuleTables } from '../../src/taskpane/services';
import { toTableData } from '../../src/workbook/tableData';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { ROOT, zk } from '../cli/io';
import { BI, SAMPLES, sampleModuleTables } from '../workbook/module-tables';
import { testServices } from './testServices';
import type { ModuleChecklist } from '../../src/workbook/module-checklist';
import { KNGF_REMARK, vvChecklist } from '../report/module-fixture';
import { renderPane } from './render';

const VS: ModuleChecklist = {
  module: 'vs',
  naam: 'Verdiepen & Specialiseren',
  beleid: { id: 'verdiepen-specialiseren-2024', versie: '2024.1' },
  voorwaarden: [],
  praktijken: [],
  opmerking: 'N.B. Indien u zonder aan deze voorwaarden te voldoen mensen met COPD, bekkenbodemklachten of oedeem- en lymfevaataandoeningen te behandelen, dan worden ge behandelingen vergoed.',
};

function outcome(): ModuleOutcome {
  return {
    lists: [vvChecklist(), VS],
    problems: [{ bestand: 'werkmap', plaats: 'Praktijken!rij 5', veld: 'ingeschrevenSinds', melding: 'Datum "31-02-2024" bestaat niet.' }],
    biRows: { '04000002': { rij: 7, bi: '101,2', deciel: '8', uitkomst: 'voldoet niet', reden: 'BI 101,2 > drempel 96,4' } },
    bi: { drempel: '96,4', referentiejaar: '2023' },
  };
}

describe('Modules step', () => {
  it('is a tab of the pane, between BehandelIndex and Instellingen, and asks for the contract year and month', () => {
    const { text, html } = renderPane('modules');
    expect(text).toMatch(/BehandelIndex Modules Instellingen/);
    expect(text).toContain('Modulevoorwaarden');
    expect(text).toContain('Gelezen uit de tabellen Praktijken en Therapeuten en het blad BehandelIndex.');
    expect(text).toContain('Maand van instroom (JJJJ-MM)');
    expect(html).toMatch(/<button[^>]*>Voorwaarden toetsen<\/button>/);
    // Nothing checked yet: no result, no write button.
    expect(text).not.toContain('Checklistbladen schrijven');
  });

  it('after a check: counts, and per practice every condition with reason, evidence and origin; not-met first', () => {
    const { text } = renderPane('modules', { modules: outcome() });
    expect(text).toContain('BehandelIndex van het blad BehandelIndex: drempel 96,4 (BI-jaar 2023).');
    expect(text).toContain('1 voldoet, 2 voldoet niet, 0 onbekend');
    // Only the practices that do not meet everything, by default; the first is open.
    expect(text).toContain('2 van 2 praktijken getoond');
    expect(text).not.toContain('04000001 · Fysio Noord');
    expect(text).toContain('04000002 · Fysiotherapie De Brug');
    const brug = text.slice(text.indexOf('04000002 · Fysiotherapie De Brug'));
    expect(brug.indexOf('Praktijkkwaliteitsregister')).toBeLessThan(brug.indexOf('Peer review'));
    expect(brug).toContain('11 maanden ingeschreven (sinds 1 april 2024)');
    expect(brug).toContain('Bewijs: ingeschrevenSinds 2024-04-01; drempel 12 maanden');
    expect(brug).toContain('Herkomst: bron: Voorwaarden Module Voortdurend Verbeteren, Praktijkkwaliteitsregister');
  });

  it('links the BehandelIndex condition to its row on the BehandelIndex sheet, with KNGF\'s remark next to it', () => {
    const { text } = renderPane('modules', { modules: outcome() });
    expect(text).toContain('Blad BehandelIndex, rij 7: BI 101,2, deciel 8, voldoet niet');
    expect(text).toContain(`Opmerking in de bron: ${KNGF_REMARK}`);
    expect(text).toContain('Signalen voor de analist: PDCA: geen verslag gevonden; de analist beoordeelt');
  });

  it('lists the problems with file, place and field, and offers the sheets and the letters', () => {
    const { text, html } = renderPane('modules', { modules: outcome() });
    expect(text).toContain('werkmap · Praktijken!rij 5 · ingeschrevenSinds');
    expect(html).toMatch(/<button[^>]*>Checklistbladen schrijven<\/button>/);
    expect(html).toMatch(/<button[^>]*>Brieven maken \(\.docx\)<\/button>/);
  });

  it('in English when Office is English; the source\'s words stay as quoted', () => {
    const { text } = renderPane('modules', { modules: outcome() }, 'en');
    expect(text).toContain('Module conditions');
    expect(text).toContain('1 met, 2 not met, 0 unknown');
    expect(text).toContain('BehandelIndex sheet, row 7: BI 101,2, decile 8, voldoet niet');
    expect(text).toContain(`Remark in the source: ${KNGF_REMARK}`);
    expect(text).toContain('Origin: source: Voorwaarden Module Voortdurend Verbeteren, Praktijkkwaliteitsregister');
  });
});

describe('Modules step service on the samples', () => {
  let tables: ModuleTables;
  beforeAll(async () => {
    const matrices = await sampleModuleTables();
    tables = Object.fromEntries(Object.entries(matrices).map(([name, m]) => [name, toTableData(m)]));
  }, 120_000);

  it('reads the workbook\'s tables and the BehandelIndex sheet, and agrees with zk module vv and vs', async () => {
    const services = testServices();
    const outcome = await services.modules.check(tables, { contractjaar: 2025, maand: '2025-03', taal: 'nl' });
    const vvRun = JSON.parse((await zk(['module', 'vv', ...SAMPLES, '--bi', BI, '--contractjaar', '2025', '--maand', '2025-03', '--json'])).out) as { praktijken: { agb: string; status: string }[] };
    const [vv, vs] = outcome.lists;
    expect(vv.praktijken.map((p) => [p.agb, p.uitkomst])).toEqual(vvRun.praktijken.map((p) => [p.agb, p.status]));
    expect(outcome.bi).toEqual({ drempel: '102,8', referentiejaar: '2023' });
    // Every practice's BI condition is linked to its row on the BehandelIndex sheet, when it has one.
    const linked = vv.praktijken.filter((p) => outcome.biRows[p.agb]);
    expect(linked.length).toBeGreaterThan(0);
    for (const p of linked) expect(p.cellen['VV-BI']?.status).toBe(outcome.biRows[p.agb].uitkomst);
    const vsRun = JSON.parse((await zk(['module', 'vs', SAMPLES[1], SAMPLES[0], '--json'])).out) as { praktijken: { agb: string; magBehandelen: string[] }[] };
    expect(vs.praktijken.map((p) => [p.agb, p.uitkomst])).toEqual(vsRun.praktijken.map((p) => [p.agb, p.magBehandelen.join(', ') || 'geen']));
    expect(vs.opmerking).toContain('niet zichtbaar voor deze patiënten in de zorgzoeker');
  });

  it('with the team\'s settings file (recognised bureaus) the pane agrees with zk module vv --beleid', async () => {
    const services = testServices();
    const text = await fs.readFile(path.join(ROOT, 'samples/modules/keuzes-team.json'), 'utf8');
    const loaded = await services.modules.loadTeamFile('keuzes-team.json', text);
    expect(loaded.problems).toEqual([]);
    const outcome = await services.modules.check(tables, { contractjaar: 2025, maand: '2025-03', taal: 'nl', team: loaded.file });
    const cli = JSON.parse((await zk(['module', 'vv', ...SAMPLES, '--bi', BI, '--contractjaar', '2025', '--maand', '2025-03', '--beleid', 'samples/modules/keuzes-team.json', '--json'])).out) as { praktijken: { agb: string; status: string }[] };
    expect(outcome.lists[0].praktijken.map((p) => [p.agb, p.uitkomst])).toEqual(cli.praktijken.map((p) => [p.agb, p.status]));
    // With recognised bureaus, some practices meet every condition.
    expect(outcome.lists[0].praktijken.some((p) => p.uitkomst === 'voldoet')).toBe(true);
  });

  it('a broken settings file is refused with the place of the error, and the defaults stay', async () => {
    const services = testServices();
    const bad = await services.modules.loadTeamFile('keuzes.json', JSON.stringify({ keuzes: { telperiodeMaanden: 0 } }));
    expect(bad.file).toBeUndefined();
    expect(bad.problems.map((p) => p.veld)).toEqual(['keuzes.telperiodeMaanden']);
    expect((await services.modules.loadTeamFile('keuzes.json', '{ kapot')).problems[0].melding).toMatch(/^geen geldige JSON/);
  });

  it('renders the Verdiepen & Specialiseren checklist with the patient groups and the source\'s N.B.', async () => {
    const services = testServices();
    const outcome = await services.modules.check(tables, { contractjaar: 2025, taal: 'nl' });
    const { text } = renderPane('modules', { modules: { ...outcome, lists: [outcome.lists[1]] } });
    expect(text).toContain('Verdiepen & Specialiseren');
    expect(text).toContain('N.B. Indien u zonder aan deze voorwaarden te voldoen');
    expect(text).toMatch(/Parkinson, COPD/);
    // Counted per patient group, from the samples' zk module vs summary (one practice each).
    expect(text).toContain('Praktijken per patiëntengroep die zij onder de module behandelen: Parkinson 1, PAV 1, COPD 1, Bekkenbodem 1, Oedeem en lymfe 1');
  });
});
