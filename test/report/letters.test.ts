import JSZip from 'jszip';
import { renderLetterDocx } from '../../src/report/letter-docx';
import { type LetterBlock, SEED_RESERVATION, buildLetters, chairName, dutchDate, forApplicant, surname } from '../../src/report/letter-model';
import { incompleteRun, smallRun } from './fixture';
import type { Application } from '../../src/rules/application';
import { type ProcedureSettings, runProcedure } from '../../src/rules/ranking/procedure';
import type { Score } from '../../src/rules/scoring/score';
import type { TeamDecision } from '../../src/rules/team-decision';
import { TEST_POLICY, application, byGroup, eligible, scoresFor } from '../ranking/fixtures';

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

  it('formal Dutch letter layout: sender, addressee with the chair, date, our reference, Betreft, salutation, signature', async () => {
    const text = await docxText(await renderLetterDocx(byId.get('A1')!));
    const lines = text.split('\n').filter((l) => l.trim());
    expect(lines.slice(0, 3)).toEqual(['Zilveren Kruis', 'Zorginkoop Paramedisch', 'zorginkoop.paramedisch@zilverenkruis.nl']);
    expect(lines.slice(3, 7)).toEqual(['Samenwerkingsverband A1', 'T.a.v. dr. P. Jansen, voorzitter', 'Vaartweg 12', '3995 AB  Houten']);
    expect(lines.slice(7, 13)).toEqual(['Datum', '31 december 2020', 'Ons kenmerk', 'A1', 'Betreft', 'Uw aanvraag voor de module Samenwerken in de Regio: =HYPERLINK("http://evil.example","klik")']);
    // Salutation by surname: no title, no initials.
    expect(lines[13]).toBe('Geachte heer/mevrouw Jansen,');
    expect(lines.slice(-3)).toEqual(['Met vriendelijke groet,', 'Zilveren Kruis Zorginkoop Paramedisch', 'namens het beoordelingsteam Samenwerken in de Regio']);
  });

  it('selected: place, total and the own scores in Dutch numbers, with a total row', async () => {
    const text = await docxText(await renderLetterDocx(byId.get('A1')!));
    expect(text).toContain('Op 2 november 2020 ontvingen wij uw aanvraag');
    expect(text).toContain('is geselecteerd voor de module Samenwerken in de Regio');
    // A1: nine items, every assessor gives 5: 9 × 5 = 45.
    expect(text).toContain('Uw plan eindigde op plaats 1 van 3 met een totaalscore van 45,00.');
    expect(text).toContain('schaal van 1 (onvoldoende) tot en met 5 (uitstekend)');
    expect(text).toContain('Totaalscore\n45,00');
    expect(text).toContain('op grond van de voorwaarden van de module Samenwerken in de Regio 2021 (versie test)');
    expect(text).toContain('vermeld ons kenmerk A1.');
    // TEST_POLICY has no module period: the sentence about it is left out rather than guessed.
    expect(text).not.toContain('De module loopt van');
  });

  it('the chair is addressed by surname only, once ("H. Smit, voorzitter" as signed)', () => {
    const a2 = byId.get('A2')!;
    expect(a2.aanhef).toBe('Geachte heer/mevrouw Smit,');
    expect(a2.adres).toContain('T.a.v. H. Smit, voorzitter');
    expect((a2.inhoud[0] as { tekst: string }).tekst).toContain('van Coöperatie Zorg Zwolle U.A. Hartelijk dank');
  });

  it('surnames for the salutation: initials, titles and first names dropped, a tussenvoegsel capitalised', () => {
    expect(surname('A. de Wit')).toBe('De Wit');
    expect(surname('dr. P. Jansen')).toBe('Jansen');
    expect(surname('J.P. van der Berg')).toBe('Van der Berg');
    expect(surname('Jan van der Berg')).toBe('Van der Berg');
    expect(surname('Smit')).toBe('Smit');
    // "-1" as a signature (hostile sample 11) is no name: the letter falls back to the board.
    expect(chairName({ id: 'x', handtekening: '-1' })).toBe('');
  });

  it('not selected: its score per item next to the lowest selected application (A2: 4 against A3: 3), totals, and the seed’s reservation', async () => {
    const a3 = byId.get('A3')!;
    const table = a3.inhoud.find((b) => b.soort === 'tabel') as Extract<LetterBlock, { soort: 'tabel' }>;
    expect(table.koppen).toEqual(['Beoordelingsonderdeel', 'Uw score', 'Laagst geselecteerde aanvraag']);
    expect(table.rijen.map((r) => r.slice(1))).toEqual(Array(9).fill(['3,00', '4,00']));
    expect(table.totaal).toEqual(['Totaalscore', '27,00', '36,00']);
    const text = await docxText(await renderLetterDocx(a3));
    expect(text).toContain('niet is geselecteerd');
    expect(text).toContain('Uw plan eindigde op plaats 3 van 3 met een totaalscore van 27,00.');
    expect(text).toContain('laagst geplaatste geselecteerde aanvraag (plaats 2, totaalscore 36,00)');
    expect(text).toContain(SEED_RESERVATION);
    expect(SEED_RESERVATION).toBe('Zilveren Kruis behoudt zich het recht voor om een projectplan gemotiveerd af te wijzen.');
  });

  it('rejected: the condition in the seed’s words and what was found, readable without check ids, and the reservation', async () => {
    const text = await docxText(await renderLetterDocx(byId.get('A4')!));
    expect(text).toContain('Voorwaarde 9 van bijlage 1: ‘Tenminste 750 klanten van Zilveren Kruis.’ Wat wij vonden: 749 klanten van Zilveren Kruis; de voorwaarde is tenminste 750.');
    expect(text).not.toMatch(/\bK9\b/);
    expect(text).toContain('Daarom komt uw initiatief niet in aanmerking voor de module Samenwerken in de Regio.');
    expect(text).toContain(SEED_RESERVATION);
  });

  it('applicant text in a letter is plain text (the initiative name "=HYPERLINK(…)" is printed as written)', async () => {
    const text = await docxText(await renderLetterDocx(byId.get('A1')!));
    expect(text).toContain(`‘=HYPERLINK("http://evil.example","klik")’`);
  });

  it('field names in a reason are left out for the applicant; place names and periods in brackets stay', () => {
    expect(forApplicant("niet ingevuld: 'SMART geformuleerde doelstelling van het projectplan' (smartDoelen, nulmeting); 'Duur van het initiatief' (einddatum of looptijd)")).toBe(
      "niet ingevuld: 'SMART geformuleerde doelstelling van het projectplan'; 'Duur van het initiatief'",
    );
    expect(forApplicant('buiten de kernregio: Fysiotherapie Woensel (Eindhoven)')).toBe('buiten de kernregio: Fysiotherapie Woensel (Eindhoven)');
    expect(forApplicant('einddatum ontbreekt (module 1-4-2021 t/m 31-12-2022)')).toBe('einddatum ontbreekt (module 1-4-2021 t/m 31-12-2022)');
  });
});

describe('letters for what has no ordinary decision', () => {
  const run = incompleteRun();
  const letters = buildLetters({ result: run.result, policy: run.policy, aanvragen: run.aanvragen, datum: '2020-12-31' });
  const decided = (besluit: TeamDecision['besluit'], extra: Partial<TeamDecision> = {}) => {
    const r = incompleteRun([{ aanvraag: 'B3', besluit, motivering: '', wie: 'Ilse Inkoper', rol: 'inkoper', tijdstip: '2020-12-16T09:00:00Z', ...extra }]);
    return buildLetters({ result: r.result, policy: r.policy, aanvragen: r.aanvragen, datum: '2020-12-31' });
  };

  it('no letter for B2 (not completely scored yet) nor for B3 (incomplete, and the team has not decided)', () => {
    expect(letters.map((l) => [l.aanvraag, l.soort])).toEqual([['B1', 'geselecteerd']]);
    expect(run.result.besluiten.find((b) => b.id === 'B3')!.besluit).toBe('besluit van het team nodig');
  });

  it('selected under samenwerken-2021: the module period of the seed, 1 april 2021 tot en met 31 december 2022', () => {
    const policy = { ...run.policy, looptijd: { van: '2021-04-01', tot: '2022-12-31' } };
    const b1 = buildLetters({ result: run.result, policy, aanvragen: run.aanvragen, datum: '2020-12-31' }).find((l) => l.aanvraag === 'B1')!;
    expect(b1.inhoud.some((b) => b.soort === 'alinea' && b.tekst.includes('De module loopt van 1 april 2021 tot en met 31 december 2022; de doelstellingen van uw initiatief moeten binnen dit tijdspad te behalen zijn.'))).toBe(true);
  });

  it('the team rejects B3 with a motivation: the letter quotes it, and says nothing of completion being impossible', async () => {
    const b3 = decided('afwijzen', { motivering: 'Het aantal klanten is ook na navraag niet onderbouwd.' }).find((l) => l.aanvraag === 'B3')!;
    expect(b3.soort).toBe('afgewezen');
    const text = await docxText(await renderLetterDocx(b3));
    expect(text).toContain('Uw aanvraag is onvolledig: op de volgende punten konden wij niet vaststellen dat uw aanvraag voldoet, omdat de benodigde informatie ontbrak.');
    expect(text).toContain('Het beoordelingsteam heeft besloten uw aanvraag af te wijzen, met deze motivering: ‘Het aantal klanten is ook na navraag niet onderbouwd.’');
    expect(text).toContain(SEED_RESERVATION);
    expect(text).not.toMatch(/aanvullen kan niet meer|niet meer mogelijk|zoals zij op die datum waren ingediend/);
    // The signature "-1" is no name.
    expect(text).toContain('Geachte heer/mevrouw,');
    expect(text).toContain('T.a.v. het bestuur');
  });

  it('a rejection without motivation is refused: no letter, and the refusal is reported', () => {
    const r = incompleteRun([{ aanvraag: 'B3', besluit: 'afwijzen', motivering: '  ', wie: 'Ilse Inkoper', tijdstip: '2020-12-16T09:00:00Z' }]);
    expect(buildLetters({ result: r.result, policy: r.policy, aanvragen: r.aanvragen, datum: '2020-12-31' }).map((l) => l.aanvraag)).toEqual(['B1']);
    expect(r.result.besluiten.find((b) => b.id === 'B3')!.soort).toBe('besluitNodig');
    expect(r.result.meldingen.join('\n')).toContain('afwijzen bij B3 geweigerd: een onvolledige aanvraag wordt alleen met een schriftelijke motivering afgewezen');
  });

  it('the team asks for the missing items: a verzoek om aanvulling naming the form question of K9 and the reply date', async () => {
    const b3 = decided('aanvulling', { antwoordVoor: '2021-01-14', motivering: 'Graag ook de bron van het aantal.' }).find((l) => l.aanvraag === 'B3')!;
    expect([b3.soort, b3.bestandsnaam]).toEqual(['verzoek om aanvulling', 'B3-verzoek-om-aanvulling.docx']);
    const points = b3.inhoud.filter((b) => b.soort === 'punten').flatMap((b) => (b as Extract<typeof b, { soort: 'punten' }>).punten);
    // Exactly the one unknown knock-out, with the Bijlage 3-style label of its field aantalZkKlanten.
    expect(points).toEqual([{ kop: 'Voorwaarde 9 van bijlage 1', tekst: '‘Het samenwerkingsverband levert zorg aan tenminste 750 klanten van Zilveren Kruis.’ Wij missen: Aantal klanten Zilveren Kruis.' }]);
    const text = await docxText(await renderLetterDocx(b3));
    expect(text).toContain('Wilt u de ontbrekende gegevens uiterlijk 14 januari 2021 sturen naar zorginkoop.paramedisch@zilverenkruis.nl, met vermelding van ons kenmerk B3?');
    expect(text).toContain('Toelichting van het beoordelingsteam: Graag ook de bron van het aantal.');
    expect(text).not.toContain(SEED_RESERVATION);
  });
});

describe('not selected: the letter gives the reason that decided', () => {
  const letterText = (run: ReturnType<typeof runProcedure>, policy: typeof TEST_POLICY, aanvragen: Application[], id: string) =>
    (buildLetters({ result: run, policy, aanvragen, datum: '2020-12-31' }).find((l) => l.aanvraag === id)!.inhoud.find((b) => b.soort === 'alinea' && b.tekst.startsWith('Uw aanvraag voldeed')) as { tekst: string }).tekst;
  const procedure = (policy: typeof TEST_POLICY, aanvragen: Application[], scores: Score[], instellingen: ProcedureSettings) =>
    runProcedure({ policy, aanvragen, toetsing: aanvragen.map((a) => eligible(a.id)), scores, instellingen, tijdstip: '2020-12-15T10:00:00Z', wie: 'Ilse Inkoper', rol: 'inkoper' });

  it('skipped by the budget cap: the cap is the reason, not "maximaal 2 initiatieven"', () => {
    const policy = { ...TEST_POLICY, maxSelecties: 2 };
    // C1 45 (€ 50.000), C2 36 (€ 125.000,50), C3 27 (€ 50.000); cap € 100.000: C1 and C3 fit, C2 does not.
    const aanvragen = [application('C1'), application('C2', { begroting: { gevraagdBedrag: 125000.5 } }), application('C3')];
    const scores = [...scoresFor('C1', byGroup([5, 5, 5, 5], [5, 5, 5], 5, 5)), ...scoresFor('C2', byGroup([4, 4, 4, 4], [4, 4, 4], 4, 4)), ...scoresFor('C3', byGroup([3, 3, 3, 3], [3, 3, 3], 3, 3))];
    const text = letterText(procedure(policy, aanvragen, scores, { seed: 1, resamples: 0, budget: 100000 }), policy, aanvragen, 'C2');
    expect(text).toContain(
      'Uw plan eindigde op plaats 2 van 3 met een totaalscore van 36,00. Het beoordelingsteam heeft besloten binnen een budgetplafond van € 100.000,00 te selecteren; met het gevraagd bedrag van € 125.000,50 zou het totaal op € 175.000,50 komen.',
    );
    expect(text).not.toContain('maximaal twee initiatieven');
  });

  it('a tie at the cut is explained by its tie-break, without naming the other applicant', () => {
    const policy = { ...TEST_POLICY, maxSelecties: 1 };
    // D1 and D2 both 36; D1 has 1,500 clients of Zilveren Kruis, D2 900: D1 takes the only place.
    const aanvragen = [application('D1', { aantalZkKlanten: 1500 }), application('D2', { aantalZkKlanten: 900 })];
    const scores = [...scoresFor('D1', byGroup([4, 4, 4, 4], [4, 4, 4], 4, 4)), ...scoresFor('D2', byGroup([4, 4, 4, 4], [4, 4, 4], 4, 4))];
    const text = letterText(procedure(policy, aanvragen, scores, { seed: 1, resamples: 0 }), policy, aanvragen, 'D2');
    expect(text).toContain('sluiten wij met maximaal één initiatief de module af. Uw plan eindigde op plaats 2 van 2 met een totaalscore van 36,00.');
    expect(text).toContain('Uw plan had dezelfde totaalscore als de aanvraag op plaats 1. Bij een gelijke totaalscore bepaalt de beslisregel ‘meer klanten van Zilveren Kruis’ de volgorde; daarbij ging de andere aanvraag voor.');
    expect(text).not.toContain('D1');
  });
});
