import type { Herkomst } from '../findings';
import { policySchema, type Policy, type PolicyInput } from '../policy';
import { TEAM_SETTING_TEXTS } from '../team-settings';

/**
 * Policy `samenwerken-2021`: Zilveren Kruis, module Samenwerken in de Regio 2021, version 1.1
 * (Bijlage 3 amended 16 October 2020). Texts are quoted from that document (docs/bronnen.md);
 * line breaks of the PDF extraction are joined.
 */
const DOC = 'samenwerken2021' as const;

/** Bijlage 1 item n: the criterion's own text is the quote. Filled in below from `tekst`. */
function bijlage1(n: number): Herkomst {
  return { soort: 'bron', document: DOC, plaats: `Bijlage 1, ${n}`, citaat: '' };
}

/** Exclusion bullet n under "Voorstellen waarbij onderstaande onderwerpen …"; the quote is its `tekst`. */
function uitsluiting(n: number): Herkomst {
  return { soort: 'bron', document: DOC, plaats: `paragraaf 1, uitsluiting ${n}`, citaat: '' };
}

function bron(plaats: string, citaat: string): Herkomst {
  return { soort: 'bron', document: DOC, plaats, citaat };
}

const input: PolicyInput = {
  id: 'samenwerken-2021',
  versie: '1.1',
  naam: 'Samenwerken in de Regio 2021',
  bron: 'Zilveren Kruis, module Samenwerken in de Regio 2021, versie 1.1 (Bijlage 3 aangepast op 16 oktober 2020), Bijlage 1–3',
  criteria: [
    {
      id: 'K1',
      herkomst: bijlage1(1),
      tekst: 'Het samenwerkingsverband is een juridisch geformaliseerde entiteit en handelt in overeenstemming met de geldende wet- en regelgeving.',
      wijze: 'automatisch',
      velden: ['samenwerkingsvorm', 'samenwerkingsvormAnders', 'kvkNummer', 'handeltConformWetgeving'],
    },
    {
      id: 'K2',
      herkomst: bijlage1(2),
      tekst: 'Het samenwerkingsverband levert zorg aan tenminste 1 van onderstaande klantgroepen: a. Kwetsbare ouderen b. Mensen met COPD c. Mensen met kanker',
      wijze: 'automatisch',
      velden: ['klantgroepen'],
      minimum: 1,
    },
    {
      id: 'K3',
      herkomst: bijlage1(3),
      tekst:
        'In het samenwerkingsverband staat de zorgverlening aan de klant centraal en wordt invulling gegeven aan de doelstellingen van Juiste Zorg Op Juiste Plek (JZOJP): het voorkomen van (duurdere) zorg, verplaatsen van zorg (dichterbij klanten thuis) en het vervangen van zorg (door andere zorg, zoals e-health).',
      wijze: 'automatisch',
      velden: ['jzojpDoelen'],
      minimum: 1,
    },
    {
      id: 'K4',
      herkomst: bijlage1(4),
      tekst: 'In het samenwerkingsverband zijn tenminste 3 eerstelijns disciplines verenigd.',
      wijze: 'automatisch',
      velden: ['deelnemers[].discipline', 'deelnemers[].agb'],
      minimum: 3,
    },
    {
      id: 'K5',
      herkomst: bijlage1(5),
      tekst: 'Het samenwerkingsverband heeft wat men doet, wie wat doet én wat dat oplevert voor de patiënt vastgelegd in een samenwerkingsprotocol.',
      wijze: 'beoordelaar',
      velden: ['samenwerkingsprotocol'],
    },
    {
      id: 'K6',
      herkomst: bijlage1(6),
      tekst:
        'Het samenwerkingsverband werkt op een gestructureerde manier aan het voortdurend verbeteren van de samenwerking. Onderdeel hiervan zijn in ieder geval intercollegiale sessies, bijvoorbeeld intervisie.',
      wijze: 'beoordelaar',
      velden: ['intervisie', 'verbeterwijze'],
    },
    {
      id: 'K7',
      herkomst: bijlage1(7),
      tekst: 'Het samenwerkingsverband levert een bijdrage aan een met feiten onderbouwd en afgebakend probleem, behoefte of uitdaging in de regio.',
      wijze: 'beoordelaar',
      velden: ['probleemOnderbouwing', 'achtergrond'],
    },
    {
      id: 'K8',
      herkomst: bijlage1(8),
      tekst: 'Binnen het samenwerkingsverband vindt tenminste één keer per kwartaal multidisciplinair overleg (MDO) plaats.',
      wijze: 'automatisch',
      velden: ['mdoPerJaar'],
      // Once per quarter = at least 4 a year.
      minimum: 4,
    },
    {
      id: 'K9',
      herkomst: bijlage1(9),
      tekst: 'Het samenwerkingsverband levert zorg aan tenminste 750 klanten van Zilveren Kruis.',
      wijze: 'automatisch',
      velden: ['aantalZkKlanten'],
      minimum: 750,
    },
    {
      id: 'K10',
      herkomst: bijlage1(10),
      tekst: 'Het samenwerkingsverband is een juridisch geformaliseerde entiteit en handelt in overeenstemming met de geldende wet- en regelgeving.',
      wijze: 'automatisch',
      herhaaltVan: 'K1',
      velden: ['samenwerkingsvorm', 'samenwerkingsvormAnders', 'kvkNummer', 'handeltConformWetgeving'],
    },
    {
      id: 'K11',
      herkomst: bijlage1(11),
      tekst: 'Alle fysiotherapiepraktijken die in aanmerking willen komen voor de module een overeenkomst fysiotherapie hebben met Zilveren Kruis hebben voor 2021 en 2022.',
      wijze: 'automatisch',
      velden: ['deelnemers[].zkContract2021', 'deelnemers[].zkContract2022', 'deelnemers[].discipline', 'deelnemers[].agb'],
    },
  ],
  regios: [
    {
      naam: 'Utrecht',
      bronTekst:
        'Amersfoort, Baarn, Bunnik, Bunschoten, De Bilt, De Ronde Venen, Houten, Leusden, IJsselstein, Lopik, Montfoort, Utrecht, Nieuwegein, Nijkerk, Soest, Stichtse Vecht, Utrechtse Heuvelrug, Vianen, Vijfheerenlanden Oudewater, Wijk bij Duurstede, Woerden, Woudenberg, Zeist',
      gemeenten: [
        'Amersfoort', 'Baarn', 'Bunnik', 'Bunschoten', 'De Bilt', 'De Ronde Venen', 'Houten', 'Leusden', 'IJsselstein',
        'Lopik', 'Montfoort', 'Utrecht', 'Nieuwegein', 'Nijkerk', 'Soest', 'Stichtse Vecht', 'Utrechtse Heuvelrug', 'Vianen',
        'Vijfheerenlanden', 'Oudewater', 'Wijk bij Duurstede', 'Woerden', 'Woudenberg', 'Zeist',
      ],
    },
    {
      naam: '\u2019t Gooi',
      bronTekst: 'Almere, Blaricum, Eemnes, Gooise Meren Hilversum, Huizen, Laren, Weesp, Wijdemeren',
      gemeenten: ['Almere', 'Blaricum', 'Eemnes', 'Gooise Meren', 'Hilversum', 'Huizen', 'Laren', 'Weesp', 'Wijdemeren'],
    },
    {
      naam: 'Apeldoorn/Zutphen',
      bronTekst: 'Apeldoorn, Brummen, Epe, Heerde, Lochem, Voorst, Zutphen',
      gemeenten: ['Apeldoorn', 'Brummen', 'Epe', 'Heerde', 'Lochem', 'Voorst', 'Zutphen'],
    },
    {
      naam: 'Kennemerland',
      bronTekst: 'Beverwijk, Bloemendaal, Haarlem, Heemskerk, Heemstede, Velsen, Zandvoort',
      gemeenten: ['Beverwijk', 'Bloemendaal', 'Haarlem', 'Heemskerk', 'Heemstede', 'Velsen', 'Zandvoort'],
    },
    {
      naam: 'Zaanstreek-Waterland',
      bronTekst: 'Beemster,  Edam-Volendam, Landsmeer, Oostzaan, Purmerend, Waterland, Wormerland, Zaanstad',
      gemeenten: ['Beemster', 'Edam-Volendam', 'Landsmeer', 'Oostzaan', 'Purmerend', 'Waterland', 'Wormerland', 'Zaanstad'],
    },
    {
      naam: 'Zwolle',
      bronTekst:
        'Dalfsen, Elburg, Ermelo, Hardenberg, Harderwijk, Hattem, Kampen, Nunspeet, Oldebroek, Ommen, Putten, Staphorst, Steenwijkerland, Zwartewaterland, Zwolle',
      gemeenten: [
        'Dalfsen', 'Elburg', 'Ermelo', 'Hardenberg', 'Harderwijk', 'Hattem', 'Kampen', 'Nunspeet', 'Oldebroek', 'Ommen',
        'Putten', 'Staphorst', 'Steenwijkerland', 'Zwartewaterland', 'Zwolle',
      ],
    },
    {
      naam: 'Flevoland',
      bronTekst: 'Dronten, Lelystad, Noordoostpolder, Urk, Zeewolde',
      gemeenten: ['Dronten', 'Lelystad', 'Noordoostpolder', 'Urk', 'Zeewolde'],
    },
    {
      naam: 'Drenthe',
      bronTekst:
        'Aa en Hunze, Assen, Borger-Odoorn, Coevorden, De Wolden, Emmen, Hoogeveen, Meppel, Midden-Drenthe, Noordenveld, Tynaarlo, Westerveld',
      gemeenten: [
        'Aa en Hunze', 'Assen', 'Borger-Odoorn', 'Coevorden', 'De Wolden', 'Emmen', 'Hoogeveen', 'Meppel', 'Midden-Drenthe',
        'Noordenveld', 'Tynaarlo', 'Westerveld',
      ],
    },
    {
      naam: 'Amsterdam',
      bronTekst: 'Gemeente Amsterdam, Gemeente Diemen',
      gemeenten: ['Amsterdam', 'Diemen'],
    },
    {
      naam: 'Rotterdam',
      bronTekst: 'Capelle a/d IJssel, Krimpen a/d IJssel, Rotterdam',
      gemeenten: ['Capelle aan den IJssel', 'Krimpen aan den IJssel', 'Rotterdam'],
    },
  ],
  elementen: [
    { id: 'protocol', tekst: 'Het samenwerkingsprotocol', velden: ['samenwerkingsprotocol'], herkomst: bron('paragraaf 1, element 1', 'Het samenwerkingsprotocol. Uit het samenwerkingsprotocol moet blijken hoe de rollen binnen het samenwerkingsverband zijn verdeeld en welke afspraken er zijn gemaakt om de samenwerking te optimaliseren.') },
    {
      id: 'jzojp',
      tekst: 'Omschrijving van hoe het project bijdraagt aan de Juiste Zorg op de Juiste plek voor kwetsbare ouderen, mensen met kanker en/of mensen met COPD.',
      velden: ['doel', 'doelgroep'],
      herkomst: bron('paragraaf 1, element 2', 'Omschrijving van hoe het project bijdraagt aan de Juiste Zorg op de Juiste plek voor kwetsbare ouderen, mensen met kanker en/of mensen met COPD.'),
    },
    {
      id: 'smart',
      tekst: 'SMART geformuleerde doelstelling van het projectplan',
      velden: ['smartDoelen', 'nulmeting'],
      herkomst: bron('paragraaf 1, element 3', 'SMART geformuleerde doelstelling van het projectplan … Hiervoor wordt bij aanvang een nulmeting aangeleverd.'),
    },
    { id: 'businesscase', tekst: 'Een positieve business case', velden: ['businesscaseOmschrijving'], herkomst: bron('paragraaf 1, element 4', 'Een positieve business case') },
    // `a|b`: one of the two fields is enough (the end date may be written as a duration).
    { id: 'duur', tekst: 'Duur van het initiatief', velden: ['startdatum', 'einddatum|looptijd'], herkomst: bron('paragraaf 1, element 5', 'Duur van het initiatief') },
  ],
  uitsluitingen: [
    {
      id: 'al-vergoed',
      herkomst: uitsluiting(1),
      tekst: 'Projectkosten e.d. die al eerder door Zilveren Kruis zijn uitbetaald in de vorm van modulegelden, SAG of de NZa beleidsregel Innovatie.',
      categorie: 'al vergoed door Zilveren Kruis',
      signaalwoorden: ['modulegeld', 'SAG', 'beleidsregel innovatie', 'al vergoed', 'eerder vergoed', 'eerder uitbetaald'],
    },
    {
      id: 'onderzoek',
      herkomst: uitsluiting(2),
      tekst: '(Wetenschappelijk) onderzoek',
      categorie: 'onderzoek',
      signaalwoorden: ['onderzoek', 'wetenschappelijk', 'promotie', 'promovendus', 'RCT', 'studie'],
      tekstSignaalwoorden: ['wetenschappelijk onderzoek', 'wetenschappelijke studie', 'promotieonderzoek', 'promovendus', 'RCT', 'gerandomiseerd'],
    },
    {
      id: 'productontwikkeling',
      herkomst: uitsluiting(3),
      tekst: 'Commerciële productontwikkeling',
      categorie: 'productontwikkeling',
      signaalwoorden: ['productontwikkeling', 'commercieel', 'commerciële', 'prototype', 'app-ontwikkeling', 'ontwikkeling van een app', 'softwareontwikkeling'],
    },
    {
      id: 'inrichting-bouw',
      herkomst: uitsluiting(4),
      tekst: 'Een inrichting- of bouwproject',
      categorie: 'inrichting of bouw',
      signaalwoorden: ['inrichting', 'verbouw', 'bouw', 'nieuwbouw', 'meubilair', 'renovatie', 'interieur'],
      tekstSignaalwoorden: ['verbouw', 'nieuwbouw', 'bouwproject', 'inrichtingsproject', 'meubilair', 'renovatie'],
    },
    {
      id: 'overhead',
      herkomst: uitsluiting(5),
      tekst: 'Overheadkosten',
      categorie: 'overhead',
      signaalwoorden: ['overhead', 'huisvesting', 'kantoorkosten', 'administratiekosten', 'algemene kosten', 'huur'],
      tekstSignaalwoorden: ['overhead', 'huisvestingskosten', 'kantoorkosten', 'administratiekosten'],
    },
  ],
  herkomst: {
    regio: bron(
      'paragraaf 1 en Bijlage 2',
      'Wij willen met maximaal zes samenwerkingsverbanden in onze kernregio’s deze module afsluiten … In bijlage 2 treft u een overzicht aan van de gemeentes die binnen deze kernregio’s vallen.',
    ),
    looptijd: bron('paragraaf 1, element 5', 'De module loopt van 1 april 2021 en eindigt uiterlijk op 31-12-2022. De doelstellingen van het initiatief moeten dus binnen dit tijdspad te behalen zijn.'),
    uitsluitingen: bron(
      'paragraaf 1, uitsluitingen',
      'Voorstellen waarbij onderstaande onderwerpen (gedeeltelijk) deel uit maken van het initiatief, komen niet in aanmerking voor de module Samenwerken in de Regio',
    ),
    elementen: bron('paragraaf 1', 'Deze onderbouwing moet tenminste de volgende elementen bevatten'),
    businesscase: bron(
      'paragraaf 1, element 4',
      'Dit houdt in dat u kunt aantonen dat de opbrengsten van het initiatief opwegen tegen de kosten die er gemaakt moeten worden om het project succesvol te laten zijn. Indien er zorg vanuit de tweede lijn wordt verplaatst naar de eerste lijn, moet dit een directe besparing opleveren in de tweede lijn.',
    ),
    dekking: { soort: 'keuze', instelling: 'begrotingsdekking', standaard: 'signaal', uitleg: TEAM_SETTING_TEXTS.begrotingsdekking.waarom },
    indiening: bron('paragraaf 2', 'Uiterlijk 5 november 2020 dient u als samenwerkingsverband uw initiatief in bij Zilveren Kruis'),
  },
  // Bijlage 3's questions about what the initiative does; cost line descriptions are searched too.
  uitsluitingTekstvelden: ['naamInitiatief', 'achtergrond', 'doel', 'smartDoelen', 'beoogdResultaat', 'verwachteBijdrageZk'],
  looptijd: { van: '2021-04-01', tot: '2022-12-31' },
  indienDeadline: '2020-11-05',
  besluitDatum: '2020-12-31',
  maxSelecties: 6,
  rollen: ['analist', 'beleidsontwikkelaar', 'inkoper', 'zorginhoudelijk adviseur'],
};

// A criterion's and an exclusion's quote is its own text (kept once, in `tekst`).
for (const c of input.criteria ?? []) if (c.herkomst?.soort === 'bron' && !c.herkomst.citaat) c.herkomst = { ...c.herkomst, citaat: c.tekst };
for (const u of input.uitsluitingen ?? []) if (u.herkomst?.soort === 'bron' && !u.herkomst.citaat) u.herkomst = { ...u.herkomst, citaat: u.tekst };

export const samenwerken2021: Policy = policySchema.parse(input);
