/**
 * Edge-case applications, written by hand from the source text (module Samenwerken in de Regio
 * 2021, Bijlage 1–3), not from the program's output. Each starts from the fixture that meets
 * every check and changes one thing; `quote` is the line of the source the expected verdict rests
 * on. Where the source is silent or ambiguous, `ambigu` says so and which team setting or assessor
 * decision carries the verdict. Used by edge-cases.test.ts and by the one-verdict-on-every-path
 * test in test/import (every case is also written to JSON, CSV, XLSX and Word and read back).
 */
import type { Application, Participant } from '../../src/rules/application';
import type { CheckStatus, EligibilityStatus } from '../../src/rules/outcome';
import type { TeamSettings } from '../../src/rules/team-settings';
import { eligibleApplication } from './fixtures';

export interface EdgeCase {
  naam: string;
  quote: string;
  /** Set when the source does not decide by itself: what does. */
  ambigu?: string;
  app: Application;
  teamkeuzes?: Partial<TeamSettings>;
  verdict: EligibilityStatus;
  /** The checks whose status the case is about. */
  checks: Record<string, CheckStatus>;
}

function edited(change: (a: Application) => void): Application {
  const app = eligibleApplication();
  change(app);
  return app;
}

const fysio = (extra: Partial<Participant> = {}): Participant => ({ praktijknaam: 'Fysio Oost', plaats: 'Houten', gemeente: 'Houten', zkContract2021: true, zkContract2022: true, ...extra });
const third = (extra: Partial<Participant>): ((a: Application) => void) => (a) => {
  a.deelnemers![2] = { praktijknaam: 'Derde Praktijk', plaats: 'Nieuwegein', ...extra };
};

const B1_4 = 'Bijlage 1, 4: "In het samenwerkingsverband zijn tenminste 3 eerstelijns disciplines verenigd."';
const B1_8 = 'Bijlage 1, 8: "Binnen het samenwerkingsverband vindt tenminste één keer per kwartaal multidisciplinair overleg (MDO) plaats."';
const B1_9 = 'Bijlage 1, 9: "Het samenwerkingsverband levert zorg aan tenminste 750 klanten van Zilveren Kruis."';
const B1_11 = 'Bijlage 1, 11: "Alle fysiotherapiepraktijken die in aanmerking willen komen voor de module een overeenkomst fysiotherapie hebben met Zilveren Kruis hebben voor 2021 en 2022."';
const B1_1 = 'Bijlage 1, 1: "Het samenwerkingsverband is een juridisch geformaliseerde entiteit en handelt in overeenstemming met de geldende wet- en regelgeving."';
const B1_2 = 'Bijlage 1, 2: "Het samenwerkingsverband levert zorg aan tenminste 1 van onderstaande klantgroepen"';
const B1_3 = 'Bijlage 1, 3: "wordt invulling gegeven aan de doelstellingen van Juiste Zorg Op Juiste Plek (JZOJP)"';
const UITSL = 'paragraaf 1: "Voorstellen waarbij onderstaande onderwerpen (gedeeltelijk) deel uit maken van het initiatief, komen niet in aanmerking"';
const UITSL_HULP = `${UITSL} — a word in the plan only looks like a subject; whether the subject is part of the initiative is the assessor's reading (hulp), so onbekend until confirmed`;
const BC = 'paragraaf 1, element 4: "dat u kunt aantonen dat de opbrengsten van het initiatief opwegen tegen de kosten die er gemaakt moeten worden"';
const BC2 = 'paragraaf 1, element 4: "Indien er zorg vanuit de tweede lijn wordt verplaatst naar de eerste lijn, moet dit een directe besparing opleveren in de tweede lijn."';
const DEKKING = 'Bijlage 3: "Dekking projectbegroting en welke partijen hebben hiervoor toezeggingen gedaan." — asked for, but nowhere a condition';
const DUUR = 'paragraaf 1, element 5: "De module loopt van 1 april 2021 en eindigt uiterlijk op 31-12-2022."';
const ELEM = 'paragraaf 1: "Deze onderbouwing moet tenminste de volgende elementen bevatten"';

export const EDGE_CASES: EdgeCase[] = [
  // K9: 750 clients
  { naam: 'K9: 749 klanten', quote: B1_9, app: edited((a) => (a.aantalZkKlanten = 749)), verdict: 'niet geschikt', checks: { K9: 'voldoet niet' } },
  { naam: 'K9: precies 750 klanten', quote: B1_9, app: edited((a) => (a.aantalZkKlanten = 750)), verdict: 'geschikt', checks: { K9: 'voldoet' } },
  { naam: 'K9: 0 klanten', quote: B1_9, app: edited((a) => (a.aantalZkKlanten = 0)), verdict: 'niet geschikt', checks: { K9: 'voldoet niet' } },
  { naam: 'K9: aantal niet opgegeven', quote: B1_9, app: edited((a) => delete a.aantalZkKlanten), verdict: 'onvolledig', checks: { K9: 'onbekend' } },

  // K8: once a quarter = 4 a year
  { naam: 'K8: MDO 3 keer per jaar', quote: B1_8, app: edited((a) => (a.mdoPerJaar = 3)), verdict: 'niet geschikt', checks: { K8: 'voldoet niet' } },
  { naam: 'K8: MDO 4 keer per jaar', quote: B1_8, app: edited((a) => (a.mdoPerJaar = 4)), verdict: 'geschikt', checks: { K8: 'voldoet' } },
  { naam: 'K8: MDO maandelijks', quote: B1_8, app: edited((a) => (a.mdoPerJaar = 12)), verdict: 'geschikt', checks: { K8: 'voldoet' } },
  { naam: 'K8: MDO niet opgegeven', quote: B1_8, app: edited((a) => delete a.mdoPerJaar), verdict: 'onvolledig', checks: { K8: 'onbekend' } },

  // K4: three first-line disciplines, as people write them
  { naam: 'K4: twee disciplines', quote: B1_4, app: edited((a) => a.deelnemers!.pop()), verdict: 'niet geschikt', checks: { K4: 'voldoet niet' } },
  {
    naam: 'K4: Fysiotherapiepraktijk, Huisartspraktijk, Diëtistenpraktijk',
    quote: B1_4,
    app: edited((a) => {
      a.deelnemers![0].discipline = 'Fysiotherapiepraktijk';
      a.deelnemers![1].discipline = 'Huisartspraktijk';
      a.deelnemers![2].discipline = 'Diëtistenpraktijk';
    }),
    verdict: 'geschikt',
    checks: { K4: 'voldoet', K11: 'voldoet' },
  },
  {
    naam: 'K4: afkortingen fysio, HA en diëtisten',
    quote: B1_4,
    app: edited((a) => {
      a.deelnemers![0].discipline = 'fysio';
      a.deelnemers![1].discipline = 'HA';
      a.deelnemers![2].discipline = 'Diëtisten';
    }),
    verdict: 'geschikt',
    checks: { K4: 'voldoet' },
  },
  { naam: 'K4: Ergotherapeuten (meervoud) als derde', quote: B1_4, app: edited(third({ discipline: 'Ergotherapeuten', agb: '26000009' })), verdict: 'geschikt', checks: { K4: 'voldoet' } },
  { naam: 'K4: Logopediepraktijk als derde', quote: B1_4, app: edited(third({ discipline: 'Logopediepraktijk' })), verdict: 'geschikt', checks: { K4: 'voldoet' } },
  { naam: 'K4: Huisartsenpraktijk Delftwijk (naam na de discipline)', quote: B1_4, app: edited((a) => (a.deelnemers![1].discipline = 'Huisartsenpraktijk Delftwijk')), verdict: 'geschikt', checks: { K4: 'voldoet' } },
  {
    naam: 'K4: twee fysiotherapiepraktijken en een huisarts zijn twee disciplines',
    quote: B1_4,
    app: edited(third({ discipline: 'Fysiotherapeuten', agb: '04000010', zkContract2021: true, zkContract2022: true })),
    verdict: 'niet geschikt',
    checks: { K4: 'voldoet niet' },
  },
  { naam: 'K4: derde zonder discipline, AGB-code 24… (diëtist)', quote: B1_4, app: edited(third({ agb: '24000011' })), verdict: 'geschikt', checks: { K4: 'voldoet' } },
  { naam: 'K4: derde met een discipline die niet herkend wordt', quote: B1_4, app: edited(third({ discipline: 'Beweegagogiek' })), verdict: 'onvolledig', checks: { K4: 'onbekend' } },
  {
    naam: 'K4: derde "Diëtist" met AGB-code 04… (fysiotherapeut): tekst en code spreken elkaar tegen',
    quote: B1_4,
    ambigu: 'text and AGB code name different disciplines: an assessor decides (K4 and K11 onbekend, both shown)',
    app: edited(third({ discipline: 'Diëtist', agb: '04000012' })),
    verdict: 'onvolledig',
    checks: { K4: 'onbekend', K11: 'onbekend' },
  },
  { naam: 'K4: derde is een ziekenhuis (medisch specialist)', quote: B1_4, app: edited(third({ discipline: 'medisch specialist' })), verdict: 'niet geschikt', checks: { K4: 'voldoet niet' } },
  { naam: 'K4: derde zonder discipline en zonder AGB-code', quote: B1_4, app: edited(third({})), verdict: 'onvolledig', checks: { K4: 'onbekend' } },

  // K11: every physiotherapy practice has an agreement for 2021 and 2022
  {
    naam: 'K11: "Fysiotherapiepraktijk" met AGB 04… zonder overeenkomst 2022',
    quote: B1_11,
    app: edited((a) => (a.deelnemers![0] = fysio({ discipline: 'Fysiotherapiepraktijk', agb: '04000013', zkContract2022: false }))),
    verdict: 'niet geschikt',
    checks: { K11: 'voldoet niet' },
  },
  { naam: 'K11: fysiotherapie zonder overeenkomst 2021', quote: B1_11, app: edited((a) => (a.deelnemers![0].zkContract2021 = false)), verdict: 'niet geschikt', checks: { K11: 'voldoet niet' } },
  { naam: 'K11: overeenkomst 2022 niet opgegeven', quote: B1_11, app: edited((a) => delete a.deelnemers![0].zkContract2022), verdict: 'onvolledig', checks: { K11: 'onbekend' } },
  {
    naam: 'K11: twee spellingen, "fysio" met en "Fysiotherapeuten" zonder overeenkomst 2022',
    quote: B1_11,
    app: edited((a) => {
      a.deelnemers![0].discipline = 'fysio';
      a.deelnemers!.push(fysio({ praktijknaam: 'Fysio West', discipline: 'Fysiotherapeuten', zkContract2022: false }));
    }),
    verdict: 'niet geschikt',
    checks: { K11: 'voldoet niet', K4: 'voldoet' },
  },
  {
    naam: 'K11: geen discipline, AGB-code 04… en geen overeenkomst 2022',
    quote: `${B1_11} — the AGB code's kind 04 is fysiotherapeuten (Vektis)`,
    app: edited((a) => a.deelnemers!.push({ praktijknaam: 'Praktijk Zuid', plaats: 'Zeist', agb: '04000014', zkContract2021: true, zkContract2022: false })),
    verdict: 'niet geschikt',
    checks: { K11: 'voldoet niet' },
  },
  {
    naam: 'K11: "Huisartspraktijk" met AGB 04… zonder overeenkomst: niet vast te stellen',
    quote: B1_11,
    ambigu: 'text says huisarts, the AGB code physiotherapist: an assessor decides',
    app: edited((a) => a.deelnemers!.push({ praktijknaam: 'Praktijk Noord', plaats: 'Zeist', discipline: 'Huisartspraktijk', agb: '04000015', zkContract2021: false, zkContract2022: false })),
    verdict: 'onvolledig',
    checks: { K11: 'onbekend', K4: 'voldoet' },
  },

  // K1 / K10: formal legal entity
  { naam: 'K1: KvK-nummer ontbreekt', quote: `${B1_1} — Bijlage 3 asks "KvK nummer" as the evidence`, app: edited((a) => delete a.kvkNummer), verdict: 'onvolledig', checks: { K1: 'onbekend', K10: 'onbekend' } },
  { naam: 'K1: KvK-nummer met 7 cijfers', quote: B1_1, app: edited((a) => (a.kvkNummer = '8123456')), verdict: 'onvolledig', checks: { K1: 'onbekend' } },
  { naam: 'K1: KvK-nummer met spatie', quote: B1_1, app: edited((a) => (a.kvkNummer = '8123 4567')), verdict: 'geschikt', checks: { K1: 'voldoet' } },
  { naam: 'K1: Anders, namelijk B.V.', quote: B1_1, app: edited((a) => ((a.samenwerkingsvorm = 'Anders'), (a.samenwerkingsvormAnders = 'B.V.'))), verdict: 'geschikt', checks: { K1: 'voldoet' } },
  { naam: 'K1: Anders, namelijk stichting', quote: B1_1, app: edited((a) => ((a.samenwerkingsvorm = 'Anders'), (a.samenwerkingsvormAnders = 'Stichting Samen Gezond'))), verdict: 'geschikt', checks: { K1: 'voldoet' } },
  {
    naam: 'K1: Anders, namelijk maatschap',
    quote: B1_1,
    ambigu: 'a maatschap is a contract, not a legal person; whether it is "juridisch geformaliseerd" the source does not say: an assessor decides',
    app: edited((a) => ((a.samenwerkingsvorm = 'Anders'), (a.samenwerkingsvormAnders = 'maatschap'))),
    verdict: 'onvolledig',
    checks: { K1: 'onbekend' },
  },
  { naam: 'K1: handelt niet conform wet- en regelgeving', quote: B1_1, app: edited((a) => (a.handeltConformWetgeving = false)), verdict: 'niet geschikt', checks: { K1: 'voldoet niet' } },

  // K2, K3
  { naam: 'K2: geen klantgroep', quote: B1_2, app: edited((a) => (a.klantgroepen = [])), verdict: 'niet geschikt', checks: { K2: 'voldoet niet' } },
  { naam: 'K2: COPD en kanker', quote: B1_2, app: edited((a) => (a.klantgroepen = ['COPD', 'kanker'])), verdict: 'geschikt', checks: { K2: 'voldoet' } },
  { naam: 'K3: geen JZOJP-doel', quote: B1_3, app: edited((a) => (a.jzojpDoelen = [])), verdict: 'niet geschikt', checks: { K3: 'voldoet niet' } },

  // Exclusions in the plan itself and in the budget
  {
    naam: 'uitsluiting in het doel: wetenschappelijk onderzoek',
    quote: UITSL_HULP,
    app: edited((a) => (a.doel = 'Wij doen wetenschappelijk onderzoek naar valpreventie bij ouderen.')),
    verdict: 'onvolledig',
    checks: { uitsluitingen: 'onbekend' },
  },
  { naam: 'uitsluiting in de achtergrond: overhead', quote: UITSL_HULP, app: edited((a) => (a.achtergrond = 'De praktijken delen de overhead van de coöperatie.')), verdict: 'onvolledig', checks: { uitsluitingen: 'onbekend' } },
  { naam: 'uitsluiting in de SMART-doelen: nieuwbouw', quote: UITSL_HULP, app: edited((a) => (a.smartDoelen = 'In 2022 is de nieuwbouw van het gezondheidscentrum klaar.')), verdict: 'onvolledig', checks: { uitsluitingen: 'onbekend' } },
  {
    naam: 'achtergrond citeert onderzoek: geen signaal',
    quote: `${UITSL} — research cited as evidence ("uit onderzoek blijkt") is not research that is part of the initiative`,
    app: edited((a) => (a.achtergrond = 'Uit onderzoek van de GGD blijkt dat thuiswonende ouderen vaak vallen.')),
    verdict: 'geschikt',
    checks: { uitsluitingen: 'voldoet' },
  },
  { naam: '"opbouw" is geen bouwproject', quote: UITSL, app: edited((a) => (a.doel = 'Opbouw van een wijknetwerk valpreventie.')), verdict: 'geschikt', checks: { uitsluitingen: 'voldoet' } },
  {
    naam: 'kostenregel met categorie overhead',
    quote: `${UITSL} • Overheadkosten`,
    app: edited((a) => a.begroting!.kosten!.push({ omschrijving: 'Algemene kosten', bedrag: 0, categorie: 'overhead' })),
    verdict: 'niet geschikt',
    checks: { uitsluitingen: 'voldoet niet' },
  },
  {
    naam: 'kostenregel "Overheadkosten" zonder categorie',
    quote: UITSL_HULP,
    app: edited((a) => a.begroting!.kosten!.push({ omschrijving: 'Overheadkosten', bedrag: 0 })),
    verdict: 'onvolledig',
    checks: { uitsluitingen: 'onbekend' },
  },
  {
    naam: 'kostenregel commerciële app-ontwikkeling zonder categorie',
    quote: UITSL_HULP,
    app: edited((a) => a.begroting!.kosten!.push({ omschrijving: 'Commerciële verkoop van de valapp', bedrag: 0 })),
    verdict: 'onvolledig',
    checks: { uitsluitingen: 'onbekend' },
  },
  {
    naam: 'kostenregel met categorie al vergoed door Zilveren Kruis',
    quote: `${UITSL} • Projectkosten e.d. die al eerder door Zilveren Kruis zijn uitbetaald`,
    app: edited((a) => a.begroting!.kosten!.push({ omschrijving: 'Voortzetting 2020', bedrag: 0, categorie: 'al vergoed door Zilveren Kruis' })),
    verdict: 'niet geschikt',
    checks: { uitsluitingen: 'voldoet niet' },
  },

  // Business case vs budget coverage
  { naam: 'businesscase: opbrengsten gelijk aan de kosten', quote: BC, app: edited((a) => (a.businesscase = { opbrengsten: 40000, zorgUitTweedeLijn: false })), verdict: 'geschikt', checks: { businesscase: 'voldoet' } },
  { naam: 'businesscase: opbrengsten € 1 onder de kosten', quote: BC, app: edited((a) => (a.businesscase = { opbrengsten: 39999, zorgUitTweedeLijn: false })), verdict: 'niet geschikt', checks: { businesscase: 'voldoet niet' } },
  { naam: 'businesscase: zorg uit de tweede lijn zonder besparing', quote: BC2, app: edited((a) => (a.businesscase = { opbrengsten: 50000, zorgUitTweedeLijn: true, besparingTweedeLijn: 0 })), verdict: 'niet geschikt', checks: { businesscase: 'voldoet niet' } },
  { naam: 'businesscase: zorg uit de tweede lijn, besparing niet opgegeven', quote: BC2, app: edited((a) => (a.businesscase = { opbrengsten: 50000, zorgUitTweedeLijn: true })), verdict: 'onvolledig', checks: { businesscase: 'onbekend' } },
  {
    naam: 'begroting niet gedekt, businesscase positief (standaard: signaal)',
    quote: `${BC}; ${DEKKING}`,
    ambigu: 'teamkeuzes.begrotingsdekking: signaal (default) shows it; knock-out rejects',
    app: edited((a) => ((a.begroting!.gevraagdBedrag = 20000), (a.begroting!.totaalInkomsten = 30000))),
    verdict: 'geschikt',
    checks: { businesscase: 'voldoet', dekking: 'voldoet niet' },
  },
  {
    naam: 'begroting niet gedekt, team kiest knock-out',
    quote: DEKKING,
    ambigu: 'teamkeuzes.begrotingsdekking: knock-out',
    teamkeuzes: { begrotingsdekking: 'knock-out' },
    app: edited((a) => ((a.begroting!.gevraagdBedrag = 20000), (a.begroting!.totaalInkomsten = 30000))),
    verdict: 'niet geschikt',
    checks: { businesscase: 'voldoet', dekking: 'voldoet niet' },
  },

  // Required elements
  { naam: 'elementen: SMART-doelen niet ingevuld', quote: ELEM, app: edited((a) => delete a.smartDoelen), verdict: 'onvolledig', checks: { elementen: 'onbekend' } },
  { naam: 'elementen en K5: geen samenwerkingsprotocol', quote: `${ELEM} 1. Het samenwerkingsprotocol`, app: edited((a) => (a.samenwerkingsprotocol = false)), verdict: 'niet geschikt', checks: { K5: 'voldoet niet', elementen: 'voldoet niet' } },

  // Period: expectations that hold whatever the reading of durations
  { naam: 'looptijd: einde 31-12-2022', quote: DUUR, app: edited((a) => (a.einddatum = '2022-12-31')), verdict: 'geschikt', checks: { looptijd: 'voldoet' } },
  { naam: 'looptijd: einde 1-1-2023', quote: DUUR, app: edited((a) => (a.einddatum = '2023-01-01')), verdict: 'niet geschikt', checks: { looptijd: 'voldoet niet' } },

  // Submission date
  {
    naam: 'indiening: ontvangen 6 november 2020',
    quote: 'paragraaf 2: "Uiterlijk 5 november 2020 dient u als samenwerkingsverband uw initiatief in bij Zilveren Kruis"',
    ambigu: 'the source also says "Zilveren Kruis behoudt zich het recht voor de planning te allen tijde te wijzigen": a late plan is shown (waarschuwing), the team decides',
    app: edited((a) => (a.ontvangen = '2020-11-06')),
    verdict: 'geschikt',
    checks: { indiening: 'voldoet niet' },
  },
];
