import JSZip from 'jszip';
import { renderLetterDocx } from '../../src/report/letter-docx';
import { SEED_RESERVATION, buildLetters, dutchDate } from '../../src/report/letter-model';
import { smallRun } from './fixture';

async function docxText(buffer: Buffer): Promise<string> {
  const zip = await JSZip.loadAsync(buffer);
  const xml = await zip.file('word/document.xml')!.async('string');
  return xml
    .replace(/<\/w:p>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&apos;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');
}

describe('decision letters', () => {
  const run = smallRun();
  const letters = buildLetters({ result: run.result, policy: run.policy, aanvragen: run.aanvragen, datum: '2020-12-31' });
  const byId = new Map(letters.map((l) => [l.aanvraag, l]));

  it('one letter per decision: A1 and A2 selected, A3 not selected, A4 rejected', () => {
    expect(letters.map((l) => [l.aanvraag, l.soort, l.bestandsnaam])).toEqual([
      ['A1', 'geselecteerd', 'A1-geselecteerd.docx'],
      ['A2', 'geselecteerd', 'A2-geselecteerd.docx'],
      ['A3', 'niet geselecteerd', 'A3-niet-geselecteerd.docx'],
      ['A4', 'afgewezen', 'A4-afgewezen.docx'],
    ]);
  });

  it('dates are written the Dutch way', () => {
    expect(dutchDate('2020-12-31')).toBe('31 december 2020');
    expect(dutchDate('2021-04-01')).toBe('1 april 2021');
  });

  it('selected: formal Dutch, address, policy, date and the own scores', async () => {
    const text = await docxText(await renderLetterDocx(byId.get('A1')!));
    expect(text).toContain('Geachte heer/mevrouw dr. P. Jansen,');
    expect(text).toContain('Vaartweg 12');
    expect(text).toContain('31 december 2020');
    expect(text).toContain('Op 2 november 2020 ontvingen wij uw aanvraag');
    expect(text).toContain('is geselecteerd voor de module Samenwerken in de Regio');
    expect(text).toContain('plaats 1 met een totaalscore van 45');
    expect(text).toContain('Samenwerken in de Regio 2021 (versie test)');
    expect(text).toContain('Met vriendelijke groet,');
  });

  it('the chair is addressed by name only, once ("H. Smit, voorzitter" as signed)', () => {
    const a2 = byId.get('A2')!;
    expect(a2.aanhef).toBe('Geachte heer/mevrouw H. Smit,');
    expect(a2.adres).toContain('t.a.v. H. Smit, voorzitter');
    expect(a2.alineas[0]).toContain('van Coöperatie Zorg Zwolle U.A. Hartelijk dank');
  });

  it('not selected: its score per item next to the lowest selected application (A2: 4 against A3: 3), and the seed’s reservation', async () => {
    const a3 = byId.get('A3')!;
    expect(a3.tabel!.koppen).toEqual(['Beoordelingsonderdeel', 'Uw score', 'Laagst geselecteerde aanvraag']);
    expect(a3.tabel!.rijen.map((r) => r.slice(1))).toEqual(Array(9).fill(['3', '4']));
    const text = await docxText(await renderLetterDocx(a3));
    expect(text).toContain('niet is geselecteerd');
    expect(text).toContain('plaats 3 met een totaalscore van 27');
    expect(text).toContain('laagst geplaatste geselecteerde aanvraag (plaats 2, totaalscore 36)');
    expect(text).toContain(SEED_RESERVATION);
    expect(SEED_RESERVATION).toBe('Zilveren Kruis behoudt zich het recht voor om een projectplan gemotiveerd af te wijzen.');
  });

  it('rejected: names the failed check and why, and quotes the reservation', async () => {
    const text = await docxText(await renderLetterDocx(byId.get('A4')!));
    expect(text).toContain('K9 (Tenminste 750 klanten van Zilveren Kruis): 749 klanten van Zilveren Kruis; de voorwaarde is tenminste 750.');
    expect(text).toContain('niet in aanmerking voor de module Samenwerken in de Regio');
    expect(text).toContain(SEED_RESERVATION);
  });

  it('applicant text in a letter is plain text (the initiative name "=HYPERLINK(…)" is printed as written)', async () => {
    const text = await docxText(await renderLetterDocx(byId.get('A1')!));
    expect(text).toContain(`'=HYPERLINK("http://evil.example","klik")'`);
  });
});
