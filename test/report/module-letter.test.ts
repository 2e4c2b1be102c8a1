import JSZip from 'jszip';
import { renderLetterDocx } from '../../src/report/letter-docx';
import { buildModuleLetters } from '../../src/report/module-letter';
import { BI_QUOTE, MEETBUREAU_QUOTE, REGISTER_QUOTE, vvChecklist } from './module-fixture';

const DATUM = '2025-03-03';
const text = (l: ReturnType<typeof buildModuleLetters>[number]) =>
  l.inhoud.map((b) => (b.soort === 'alinea' ? b.tekst : b.soort === 'punten' ? b.punten.map((p) => `${p.kop}: ${p.tekst}`).join('\n') : '')).join('\n');

describe('module letter: a practice that fails two conditions of Voortdurend Verbeteren', () => {
  const letters = buildModuleLetters({ list: vvChecklist(), datum: DATUM });
  const brug = letters.find((l) => l.aanvraag === '04000002')!;

  it('no letter for the practice that meets every condition; one for each of the other two', () => {
    expect(letters.map((l) => [l.aanvraag, l.bestandsnaam])).toEqual([
      ['04000002', '04000002-vv-voorwaarden.docx'],
      ['04000003', '04000003-vv-voorwaarden.docx'],
    ]);
  });

  it('states the two failed conditions as the module\'s, quoting the source with its place, and what was found', () => {
    const points = brug.inhoud.find((b) => b.soort === 'punten');
    expect(points).toEqual({
      soort: 'punten',
      punten: [
        { kop: 'Praktijkkwaliteitsregister (Voorwaarden Module Voortdurend Verbeteren, Praktijkkwaliteitsregister)', tekst: `‘${REGISTER_QUOTE.replace(/\.$/, '')}.’ Wat wij vonden: 11 maanden ingeschreven (sinds 1 april 2024); minimaal 12 maanden.` },
        { kop: 'BehandelIndex (Voorwaarden Module Voortdurend Verbeteren, BehandelIndex)', tekst: `‘${BI_QUOTE.replace(/\.$/, '')}.’ Wat wij vonden: BehandelIndex 101,2 is hoger dan de drempel 96,4.` },
      ],
    });
    expect(text(brug)).toContain('Uw praktijk voldoet niet aan deze voorwaarden van de module:');
    expect(text(brug)).toContain('Daarom komt uw praktijk op dit moment niet in aanmerking voor de module Voortdurend Verbeteren.');
  });

  it('names what could not be established (peer review) apart, and leaves out the analyst\'s aid (PDCA) and the signal', () => {
    const all = text(brug);
    expect(all).toContain('Peer review (Voorwaarden Module Voortdurend Verbeteren, Praktijkkwaliteitsregister): ‘Alle medewerkers');
    expect(all).toContain('konden wij niet vaststellen');
    expect(all).not.toMatch(/PDCA/);
    expect(all).not.toContain('de analist');
    // Two failed, one unknown, one aid left out: the PREM bureau is the one other condition met.
    expect(all).toContain('Aan de andere voorwaarde voldoet uw praktijk.');
  });

  it('a team setting that decided a source condition is named as the team\'s choice next to the quote', () => {
    const other = text(letters[1]);
    expect(other).toContain(
      `Erkend meetbureau PREM (Voorwaarden Module Voortdurend Verbeteren, Patiëntervaringen): ‘${MEETBUREAU_QUOTE.replace(/\.$/, '')}.’ Hoe dit punt wordt beoordeeld, laten de voorwaarden van de module deels open; het beoordelingsteam hanteert: lijst van het team. (De bron zegt niet welke meetbureaus Zilveren Kruis erkent.) Wat wij vonden: meetbureau "Eigen enquête" staat niet op de lijst van het team.`,
    );
  });

  it('a rule with no source at all reads as the team\'s decision, never as a condition of the module', () => {
    const list = vvChecklist();
    const choice = { soort: 'keuze' as const, instelling: 'eigenRegel', standaard: 'aan', uitleg: 'Het team wil dit weten.' };
    const own = { ...list, voorwaarden: list.voorwaarden.map((v) => (v.id === 'premBureau' ? { ...v, herkomst: choice } : v)) };
    own.praktijken = own.praktijken.map((p) => ({ ...p, cellen: { ...p.cellen, premBureau: p.cellen.premBureau && { ...p.cellen.premBureau, herkomst: choice, keuze: undefined } } }));
    const letter = buildModuleLetters({ list: own, datum: DATUM }).find((l) => l.aanvraag === '04000003')!;
    const all = text(letter);
    expect(all).toContain('Daarnaast voldoet uw praktijk niet aan wat het beoordelingsteam heeft besloten op punten die de voorwaarden van de module niet regelen:');
    expect(all).toContain('Erkend meetbureau PREM (keuze van het beoordelingsteam): Dit is een keuze van het beoordelingsteam; de voorwaarden van de module schrijven dit niet voor. Het beoordelingsteam hanteert: aan. (Het team wil dit weten.)');
    expect(all).not.toContain('Uw praktijk voldoet niet aan deze voorwaarde');
    expect(all).not.toContain(MEETBUREAU_QUOTE);
  });

  it('the .docx says it in Word: reference block with the AGB code, the quoted conditions, the policy and date', async () => {
    const zip = await JSZip.loadAsync(await renderLetterDocx(brug));
    const xml = await zip.file('word/document.xml')!.async('string');
    const words = xml.replace(/<[^>]+>/g, '');
    expect(words).toContain('AGB-code04000002');
    expect(words).toContain('Voorwaarden module Voortdurend Verbeteren: Fysiotherapie De Brug');
    expect(words).toContain('tenminste 12 maanden ingeschreven');
    expect(words).toContain('op 3 maart 2025 op grond van Module Voortdurend Verbeteren 2024–2025 (versie 2024.2)');
  });
});
