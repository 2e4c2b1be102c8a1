import { policySchema, type Policy, type PolicyInput } from '../policy';

/**
 * Policy `samenwerken-2021`: Zilveren Kruis, module Samenwerken in de Regio 2021, version 1.1
 * (Bijlage 3 amended 16 October 2020). Texts are quoted from that document (docs/bronnen.md);
 * line breaks of the PDF extraction are joined.
 */
const input: PolicyInput = {
  id: 'samenwerken-2021',
  versie: '1.1',
  naam: 'Samenwerken in de Regio 2021',
  bron: 'Zilveren Kruis, module Samenwerken in de Regio 2021, versie 1.1 (Bijlage 3 aangepast op 16 oktober 2020), Bijlage 1–3',
  criteria: [
    {
      id: 'K1',
      tekst: 'Het samenwerkingsverband is een juridisch geformaliseerde entiteit en handelt in overeenstemming met de geldende wet- en regelgeving.',
      wijze: 'automatisch',
      velden: ['samenwerkingsvorm', 'samenwerkingsvormAnders', 'kvkNummer', 'handeltConformWetgeving'],
    },
    {
      id: 'K2',
      tekst: 'Het samenwerkingsverband levert zorg aan tenminste 1 van onderstaande klantgroepen: a. Kwetsbare ouderen b. Mensen met COPD c. Mensen met kanker',
      wijze: 'automatisch',
      velden: ['klantgroepen'],
      minimum: 1,
    },
    {
      id: 'K3',
      tekst:
        'In het samenwerkingsverband staat de zorgverlening aan de klant centraal en wordt invulling gegeven aan de doelstellingen van Juiste Zorg Op Juiste Plek (JZOJP): het voorkomen van (duurdere) zorg, verplaatsen van zorg (dichterbij klanten thuis) en het vervangen van zorg (door andere zorg, zoals e-health).',
      wijze: 'automatisch',
      velden: ['jzojpDoelen'],
      minimum: 1,
    },
    {
      id: 'K4',
      tekst: 'In het samenwerkingsverband zijn tenminste 3 eerstelijns disciplines verenigd.',
      wijze: 'automatisch',
      velden: ['deelnemers[].discipline', 'deelnemers[].agb'],
      minimum: 3,
    },
    {
      id: 'K5',
      tekst: 'Het samenwerkingsverband heeft wat men doet, wie wat doet én wat dat oplevert voor de patiënt vastgelegd in een samenwerkingsprotocol.',
      wijze: 'beoordelaar',
      velden: ['samenwerkingsprotocol'],
    },
    {
      id: 'K6',
      tekst:
        'Het samenwerkingsverband werkt op een gestructureerde manier aan het voortdurend verbeteren van de samenwerking. Onderdeel hiervan zijn in ieder geval intercollegiale sessies, bijvoorbeeld intervisie.',
      wijze: 'beoordelaar',
      velden: ['intervisie', 'verbeterwijze'],
    },
    {
      id: 'K7',
      tekst: 'Het samenwerkingsverband levert een bijdrage aan een met feiten onderbouwd en afgebakend probleem, behoefte of uitdaging in de regio.',
      wijze: 'beoordelaar',
      velden: ['probleemOnderbouwing', 'achtergrond'],
    },
    {
      id: 'K8',
      tekst: 'Binnen het samenwerkingsverband vindt tenminste één keer per kwartaal multidisciplinair overleg (MDO) plaats.',
      wijze: 'automatisch',
      velden: ['mdoPerJaar'],
      // Once per quarter = at least 4 a year.
      minimum: 4,
    },
    {
      id: 'K9',
      tekst: 'Het samenwerkingsverband levert zorg aan tenminste 750 klanten van Zilveren Kruis.',
      wijze: 'automatisch',
      velden: ['aantalZkKlanten'],
      minimum: 750,
    },
    {
      id: 'K10',
      tekst: 'Het samenwerkingsverband is een juridisch geformaliseerde entiteit en handelt in overeenstemming met de geldende wet- en regelgeving.',
      wijze: 'automatisch',
      herhaaltVan: 'K1',
      velden: ['samenwerkingsvorm', 'samenwerkingsvormAnders', 'kvkNummer', 'handeltConformWetgeving'],
    },
    {
      id: 'K11',
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
    { id: 'protocol', tekst: 'Het samenwerkingsprotocol', velden: ['samenwerkingsprotocol'] },
    {
      id: 'jzojp',
      tekst: 'Omschrijving van hoe het project bijdraagt aan de Juiste Zorg op de Juiste plek voor kwetsbare ouderen, mensen met kanker en/of mensen met COPD.',
      velden: ['doel', 'doelgroep'],
    },
    { id: 'smart', tekst: 'SMART geformuleerde doelstelling van het projectplan', velden: ['smartDoelen', 'nulmeting'] },
    { id: 'businesscase', tekst: 'Een positieve business case', velden: ['businesscaseOmschrijving'] },
    // `a|b`: one of the two fields is enough (the end date may be written as a duration).
    { id: 'duur', tekst: 'Duur van het initiatief', velden: ['startdatum', 'einddatum|looptijd'] },
  ],
  uitsluitingen: [
    {
      id: 'al-vergoed',
      tekst: 'Projectkosten e.d. die al eerder door Zilveren Kruis zijn uitbetaald in de vorm van modulegelden, SAG of de NZa beleidsregel Innovatie.',
      categorie: 'al vergoed door Zilveren Kruis',
      signaalwoorden: ['modulegeld', 'SAG', 'beleidsregel innovatie', 'al vergoed', 'eerder vergoed', 'eerder uitbetaald'],
    },
    {
      id: 'onderzoek',
      tekst: '(Wetenschappelijk) onderzoek',
      categorie: 'onderzoek',
      signaalwoorden: ['onderzoek', 'wetenschappelijk', 'promotie', 'promovendus', 'RCT', 'studie'],
    },
    {
      id: 'productontwikkeling',
      tekst: 'Commerciële productontwikkeling',
      categorie: 'productontwikkeling',
      signaalwoorden: ['productontwikkeling', 'commercieel', 'commerciële', 'prototype', 'app-ontwikkeling', 'ontwikkeling van een app', 'softwareontwikkeling'],
    },
    {
      id: 'inrichting-bouw',
      tekst: 'Een inrichting- of bouwproject',
      categorie: 'inrichting of bouw',
      signaalwoorden: ['inrichting', 'verbouw', 'bouw', 'nieuwbouw', 'meubilair', 'renovatie', 'interieur'],
    },
    {
      id: 'overhead',
      tekst: 'Overheadkosten',
      categorie: 'overhead',
      signaalwoorden: ['overhead', 'huisvesting', 'kantoorkosten', 'administratiekosten', 'algemene kosten', 'huur'],
    },
  ],
  looptijd: { van: '2021-04-01', tot: '2022-12-31' },
  indienDeadline: '2020-11-05',
  besluitDatum: '2020-12-31',
  maxSelecties: 6,
  rollen: ['analist', 'beleidsontwikkelaar', 'inkoper', 'zorginhoudelijk adviseur'],
};

export const samenwerken2021: Policy = policySchema.parse(input);
