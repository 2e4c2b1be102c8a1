import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Application } from '../../src/rules/application';
import { evaluateEligibility } from '../../src/rules/eligibility';
import { samenwerken2021 } from '../../src/rules/policies/samenwerken-2021';
import { mergeApplications } from '../../src/import/merge';
import { STEP_IDS } from '../../src/taskpane/steps/types';
import { workedExample } from './workedExample';
import { renderToStaticMarkup } from 'react-dom/server';
import { DEFAULT_RUBRIC_2021 } from '../../src/rules/scoring/rubric-2021';
import { RankingExplanation } from '../../src/taskpane/steps/rank/RankingExplanation';
import { renderPane } from './render';
import { testServices } from './testServices';
import { App } from '../../src/taskpane/App';
import { webLightTheme } from '@fluentui/react-components';

const sample: Application = JSON.parse(readFileSync(join(__dirname, '../../samples/aanvragen/01-geschikt-utrecht.json'), 'utf8'));

describe('the pane frame', () => {
  test('shows every step as a tab, in Dutch by default', () => {
    const { html, text } = renderPane('importeren');
    expect(html).toContain('role="tablist"');
    for (const label of ['Importeren', 'Toetsen', 'Beoordelen', 'Rangschikken', 'Selectie', 'BehandelIndex', 'Instellingen']) expect(text).toContain(label);
    expect((html.match(/role="tab"/g) ?? []).length).toBe(STEP_IDS.length);
    expect(html).toContain('lang="nl-NL"');
  });

  test('until the tab bar is loaded, its labels stand in its place and take no input', () => {
    // A pane whose services are still loading (as in Office): the first render has no tab bar yet.
    const services = { ...testServices(), ready: () => new Promise<void>(() => undefined) };
    const html = renderToStaticMarkup(<App services={services} language="nl" theme={webLightTheme} />);
    const nav = html.slice(html.indexOf('<nav'), html.indexOf('</nav>'));
    expect(nav).not.toContain('role="tab');
    expect(nav).not.toMatch(/<button|tabindex/);
    for (const label of ['Importeren', 'Toetsen', 'Beoordelen', 'Overleg', 'Rangschikken', 'Selectie', 'BehandelIndex', 'Modules', 'Instellingen']) expect(nav).toContain(`>${label}</span>`);
    // The panel is still labelled by the selected step.
    expect(nav).toContain('id="tab-importeren"');
    expect(html).toContain('aria-labelledby="tab-importeren"');
    expect(html).toContain('Bestanden kiezen');
  });

  test('English when Office says so', () => {
    const { text, html } = renderPane('importeren', {}, 'en');
    expect(text).toContain('Import applications');
    expect(text).toContain('Screen');
    expect(html).toContain('lang="en-US"');
  });

  test('names the policy in force and its version', () => {
    expect(renderPane('importeren').text).toContain(`Beleid: ${samenwerken2021.naam} (versie ${samenwerken2021.versie})`);
  });
});

describe('Importeren', () => {
  test('offers the file picker for all four formats', () => {
    const { html, text } = renderPane('importeren');
    expect(html).toMatch(/type="file"[^>]*accept=".json,.csv,.xlsx,.docx"|accept=".json,.csv,.xlsx,.docx"[^>]*type="file"/);
    expect(text).toContain('Bestanden kiezen');
    expect(text).toContain('sleep bestanden hierheen');
  });

  test('lists every problem with file, place and field', () => {
    const { text } = renderPane('importeren', {
      applications: [sample],
      files: ['aanvragen.csv'],
      problems: [{ bestand: 'aanvragen.csv', plaats: 'rij 3', veld: 'kvkNummer', melding: "'1234567' heeft 7 cijfers, verwacht 8" }],
    });
    expect(text).toContain('1 aanvragen uit 1 bestanden; 1 problemen.');
    expect(text).toContain('aanvragen.csv · rij 3 · kvkNummer');
    expect(text).toContain("'1234567' heeft 7 cijfers, verwacht 8");
  });

  test('a re-import shows what changed, field by field', () => {
    const newer: Application = { ...sample, aantalZkKlanten: 1234 };
    const merge = mergeApplications([sample], [newer]);
    const { text } = renderPane('importeren', { applications: merge.applications, files: ['a.json'], lastImport: merge });
    expect(text).toContain('0 nieuw, 1 bijgewerkt (1 veld(en) gewijzigd).');
    expect(text).toContain(merge.changes[0].melding);
    expect(merge.changes[0].melding).toContain('1234');
  });
});

describe('Toetsen', () => {
  const k9Short: Application = { ...sample, id: 'A-749', naamInitiatief: 'Bijna genoeg klanten', aantalZkKlanten: 749 };
  const eligibility = [sample, k9Short].map((app) => evaluateEligibility(app, samenwerken2021));

  test('shows a status badge per application and counts per status', () => {
    const { text } = renderPane('toetsen', { applications: [sample, k9Short], eligibility });
    expect(eligibility.map((r) => r.status)).toEqual(['geschikt', 'niet geschikt']);
    expect(text).toContain(sample.naamInitiatief!);
    expect(text).toContain('Bijna genoeg klanten');
    expect(text).toMatch(/geschikt 1 niet geschikt 1 onvolledig 0/);
  });

  test('K9: 749 clients is not enough, and the header names K9 as the deciding check', () => {
    const { text } = renderPane('toetsen', { applications: [k9Short], eligibility: eligibility.slice(1) });
    const k9 = eligibility[1].checks.find((c) => c.id === 'K9')!;
    expect(k9.status).toBe('voldoet niet');
    expect(text).toMatch(/Bijna genoeg klanten niet geschikt door K9\b/);
  });

  test('one row per application: the checks and the criteria\'s wording wait until the row is opened', () => {
    const { text } = renderPane('toetsen', { applications: [k9Short], eligibility: eligibility.slice(1) });
    const k9 = eligibility[1].checks.find((c) => c.id === 'K9')!;
    expect(text).toContain(`niet geschikt door K9: ${k9.reden}`);
    // The criterion's text (on the Toetsing sheet and in the opened row) is not on the first screen.
    expect(text).not.toContain(k9.label);
    expect(text).not.toContain('Afwijken…');
  });

  test('before import it asks to import first', () => {
    expect(renderPane('toetsen').text).toContain('Importeer eerst aanvragen.');
  });
});

describe('Beoordelen', () => {
  test('completeness per assessor role: 7 eligible × 9 items = 63 scores each', () => {
    const { applications, eligibility, scores } = workedExample();
    const { text } = renderPane('beoordelen', { applications, eligibility, scores: scores.filter((s) => s.rol !== 'inkoper') });
    expect(text).toContain('analist: 63 van 63 scores ingevuld');
    expect(text).toContain('inkoper: 0 van 63 scores ingevuld');
    expect(text).toContain('Scorebladen maken');
    // The items and the scale's wording fold away under one line that says what is there.
    expect(text).toContain('Onderdelen (9) en schaal 1 tot en met 5');
    expect(text.indexOf('Scorebladen maken')).toBeLessThan(text.indexOf('Onderdelen (9)'));
  });
});

describe('Rangschikken', () => {
  test('A6 takes place 6 on the impact tie-break, A7 is seventh; the seed is shown', () => {
    const { applications, eligibility, scores, ranking } = workedExample();
    const { text } = renderPane('rangschikken', { applications, eligibility, scores, ranking });
    expect(text).toContain('Loting met seed 2021.');
    expect(text).toContain('7 gerangschikt, 6 geselecteerd, 2 niet gerangschikt.');
    expect(text).toMatch(/6\. Initiatief A6 30 geselecteerd/);
    // A7's one line says why it is below A6 with the same total.
    expect(text).toMatch(/7\. Initiatief A7 30 niet geselecteerd Rotterdam · gelijk, beslist door hogere score op impact voor klanten/);
    expect(text).toMatch(/Niet gerangschikt Initiatief A8 niet geschikt door K9: 749 klanten van Zilveren Kruis; de voorwaarde is tenminste 750\./);
  });

  test('on demand: the weights, the tie-break chain and how each tie was decided', () => {
    const { ranking } = workedExample();
    const html = renderToStaticMarkup(<RankingExplanation ranking={ranking} rubric={DEFAULT_RUBRIC_2021} />);
    const text = html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
    expect(text).toContain('meer klanten van Zilveren Kruis → lager gevraagd bedrag → loting');
    expect(text).toContain('A6 boven A7: gelijk totaal, beslist door');
  });

  test('the main action comes before the limits, which fold away and say what they are', () => {
    const { applications, eligibility } = workedExample();
    const { text } = renderPane('rangschikken', { applications, eligibility, constraints: { maxPerRegio: 2 } });
    expect(text.indexOf('Scores inlezen en rangschikken')).toBeLessThan(text.indexOf('Grenzen: hoogstens 2 per kernregio'));
  });
});

describe('Selectie', () => {
  test('lists the six selected initiatives', () => {
    const { applications, eligibility, scores, ranking } = workedExample();
    const { text } = renderPane('selectie', { applications, eligibility, scores, ranking });
    expect(text).toContain('6 initiatieven geselecteerd:');
    for (const id of ['A1', 'A2', 'A3', 'A4', 'A5', 'A6']) expect(text).toContain(`Initiatief ${id} (${id})`);
    expect(text).not.toContain('Initiatief A7 (A7)');
  });

  test('asks to rank first', () => {
    expect(renderPane('selectie').text).toContain('Rangschik eerst de aanvragen.');
  });
});

describe('Instellingen', () => {
  test('shows the policy, one weight per rubric item, seed and aggregation', () => {
    const { text } = renderPane('instellingen');
    expect(text).toContain(`${samenwerken2021.naam} (${samenwerken2021.id}, versie ${samenwerken2021.versie})`);
    // Each weight is labelled with the item's Dutch name, not its id (e.g. "Gewicht SMART-doelen en nulmeting").
    for (const name of ['Samenwerkingsprotocol', 'SMART-doelen en nulmeting', 'Meting en evaluatie', 'Borging']) expect(text).toContain(`Gewicht ${name}`);
    expect(text).not.toContain('Gewicht smart');
    expect(text).toContain('Seed voor de loting');
    expect(text).toContain('Mediaan');
  });

  test('lists every team setting as the team’s choice, with its value, its default and why', () => {
    const { html, text } = renderPane('instellingen');
    expect(text).toContain('Keuzes van het team');
    expect(text).toContain('nooit als beleid van Zilveren Kruis');
    expect(text).toContain('Deelnemers in meerdere of buiten de kernregio’s');
    expect(text).toContain('Standaard: meerderheid.');
    expect(text).toContain('Termijn voor aanvulling (dagen)');
    expect(text).toContain('Minimumkwaliteit voor selectie');
    // The choices are radio buttons a keyboard reaches, the current one checked.
    expect(html).toMatch(/<input type="radio"[^>]*checked=""[^>]*value="meerderheid"/);
  });
});

describe('BehandelIndex', () => {
  test('quotes the seed rule and offers to read the tables', () => {
    const { text } = renderPane('behandelindex');
    expect(text).toContain('De Behandelindex is kleiner dan of gelijk aan de waarde van het 6e deciel.');
    expect(text).toContain('Tabellen vernieuwen');
  });
});
