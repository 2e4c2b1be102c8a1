/**
 * The Bijlage 3 reader on the HTML mammoth produces: check boxes, labels in cells or paragraphs,
 * participant blocks and the budget table.
 */
import { chosenOptions, looksLikeBoxes } from '../../src/import/checkboxes';
import { htmlToBlocks, type Run } from '../../src/import/docx-html';
import { readForm, runsText } from '../../src/import/docx-form';

const FORMS = [
  { value: 'Coöperatie', words: ['Coöperatie'] },
  { value: 'Stichting', words: ['Stichting'] },
  { value: 'Anders', words: ['Anders'] },
];
const plain = (text: string): Run[] => [{ text, struck: false }];

describe('check boxes for "Samenwerkingsvorm o Coöperatie o Stichting o Anders, namelijk…"', () => {
  it.each([
    ['☒ Coöperatie ☐ Stichting ☐ Anders, namelijk…', ['Coöperatie']],
    ['☐ Coöperatie\n☒ Stichting\n☐ Anders, namelijk…', ['Stichting']],
    ['o Coöperatie x o Stichting o Anders', ['Coöperatie']], // an x written after the option
    ['o Coöperatie o Stichting x o Anders', ['Stichting']],
    ['o Coöperatie X Stichting o Anders', ['Stichting']], // the o replaced by an X
    ['o Coöperatie o Stichting [x] Anders, namelijk: vereniging', ['Anders']],
    ['Stichting', ['Stichting']], // just the answer
    ['o Coöperatie o Stichting o Anders, namelijk…', []], // nothing chosen
    ['☒ Coöperatie ☒ Stichting', ['Coöperatie', 'Stichting']], // two chosen: the caller reports it
  ])('%p → %p', (text, expected) => {
    expect(looksLikeBoxes(plain(text), FORMS) || text === 'Stichting').toBe(true);
    expect(chosenOptions(plain(text), FORMS)).toEqual(expected);
  });

  it('the options not chosen are struck through', () => {
    const runs: Run[] = [
      { text: 'o Coöperatie', struck: true },
      { text: ' o Stichting ', struck: false },
      { text: 'o Anders, namelijk…', struck: true },
    ];
    expect(chosenOptions(runs, FORMS)).toEqual(['Stichting']);
  });

  it('a plain list without boxes is not read as check boxes', () => {
    expect(looksLikeBoxes(plain('voorkomen; verplaatsen'), [{ value: 'voorkomen', words: ['voorkomen'] }, { value: 'verplaatsen', words: ['verplaatsen'] }])).toBe(false);
  });
});

function fields(html: string): Record<string, string> {
  const form = readForm(htmlToBlocks(html));
  return Object.fromEntries(form.fields.map((f) => [f.header, runsText(f.runs)]));
}

describe('labels from the seed, in table cells or in paragraphs', () => {
  it('label and value in neighbouring cells, "Naam praktijkhouder … Tel:" in one row', () => {
    const html =
      '<table><tr><td><p>Naam initiatief</p></td><td><p>Samen Sterk</p></td></tr>' +
      '<tr><td><p>Praktijknaam deelnemer samenwerkingsverband (1)</p></td><td><p>Fysio A</p></td></tr>' +
      '<tr><td><p>Naam praktijkhouder</p></td><td><p>M. de Wit</p></td><td><p>Tel:</p></td><td><p>030-1234567</p></td></tr>' +
      '<tr><td><p>Plaats</p></td><td><p>Zeist</p></td></tr></table>';
    expect(fields(html)).toEqual({ naamInitiatief: 'Samen Sterk', deelnemer1_praktijknaam: 'Fysio A', deelnemer1_praktijkhouder: 'M. de Wit', deelnemer1_telefoon: '030-1234567', deelnemer1_plaats: 'Zeist' });
  });

  it('paragraphs: value after a colon, or on the lines below the question; odd spacing and case', () => {
    const html =
      '<p>naam   INITIATIEF:   Beweegnetwerk</p><p></p>' +
      '<p>Inleiding/schets achtergrond of probleemstelling</p><p></p><p>Regel een.</p><p>Regel twee.</p>' +
      '<p>Naam praktijkhouder: P. Smit     Tel: 023-5252525</p>' +
      '<p>Beoogde startdatum 1 april 2021</p>';
    expect(fields(html)).toEqual({
      naamInitiatief: 'Beweegnetwerk',
      achtergrond: 'Regel een.\nRegel twee.',
      deelnemer1_praktijkhouder: 'P. Smit',
      deelnemer1_telefoon: '023-5252525',
      startdatum: '1 april 2021',
    });
  });

  it('an answer that starts with a label word stays an answer ("Nulmeting in april …" under "Wijze waarop …")', () => {
    const html = '<p>Wijze waarop de resultaten wordt gemeten</p><p>Nulmeting in april, daarna elk halfjaar.</p>';
    expect(fields(html)).toEqual({ meetmethode: 'Nulmeting in april, daarna elk halfjaar.' });
  });

  it('participant blocks (1), (2), (…) number on', () => {
    const html = ['(1)', '(2)', '(…)'].map((n, i) => `<p>Praktijknaam deelnemer samenwerkingsverband ${n}</p><p>Praktijk ${i + 1}</p><p>AGB-code: 0401000${i}</p>`).join('');
    expect(fields(html)).toEqual({
      deelnemer1_praktijknaam: 'Praktijk 1', deelnemer1_agb: '04010000',
      deelnemer2_praktijknaam: 'Praktijk 2', deelnemer2_agb: '04010001',
      deelnemer3_praktijknaam: 'Praktijk 3', deelnemer3_agb: '04010002',
    });
  });

  it('the budget table: Kosten | Inkomsten with Gevraagd bedrag, Andere bronnen and Totaal', () => {
    const row = (...cells: string[]) => `<tr>${cells.map((c) => `<td><p>${c}</p></td>`).join('')}</tr>`;
    const html =
      '<table>' +
      row('Kosten', '', 'Inkomsten', '') +
      row('Coördinatie', '€ 30.000,00', 'Gevraagd bedrag', '€ 40.000,00') +
      row('Scholing', '€ 20.000,00', 'Andere bronnen (graag specificeren): Gemeente', '€ 10.000,00') +
      row('', '€', '', '€') +
      row('Totaal', '€ 50.000,00', 'Totaal', '€ 50.000,00') +
      '</table>';
    expect(readForm(htmlToBlocks(html)).budget.map((l) => [l.header, l.value])).toEqual([
      ['kosten1_omschrijving', 'Coördinatie'], ['kosten1_bedrag', '€ 30.000,00'], ['begroting_gevraagdBedrag', '€ 40.000,00'],
      ['kosten2_omschrijving', 'Scholing'], ['kosten2_bedrag', '€ 20.000,00'], ['inkomsten1_omschrijving', 'Gemeente'], ['inkomsten1_bedrag', '€ 10.000,00'],
      ['begroting_totaalKosten', '€ 50.000,00'], ['begroting_totaalInkomsten', '€ 50.000,00'],
    ]);
  });

  it("Word's own check boxes (mammoth writes them as <input type=\"checkbox\">) count as ☒ and ☐", () => {
    const html =
      '<table><tr><td><p>Samenwerkingsvorm</p></td><td><p><input type="checkbox" /> Coöperatie <input type="checkbox" checked="checked" /> Stichting <input type="checkbox" /> Anders, namelijk…</p></td></tr></table>';
    const form = readForm(htmlToBlocks(html));
    expect(runsText(form.fields[0].runs)).toBe('☐ Coöperatie ☒ Stichting ☐ Anders, namelijk…');
    expect(chosenOptions(form.fields[0].runs, FORMS)).toEqual(['Stichting']);
  });

  it('footnotes that mammoth appends are not read as answers', () => {
    const html = '<p>Ruimte voor overige opmerkingen</p><p>Geen.</p><ol><li id="footnote-1"><p>Gedetailleerde begroting met dekkingsplan</p></li></ol>';
    expect(fields(html)).toEqual({ opmerkingen: 'Geen.' });
  });
});
