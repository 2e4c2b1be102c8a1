/** Deterministic fictional data shared by the benches. */
import type { Application } from '../src/rules/application';

/** Deterministic fictional applications: two participants and two cost lines each (the workbook's Deelnemers sheet stays within the 20,000-row limit). */
export function makeApplications(n: number): Application[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `SR-${String(i + 1).padStart(5, '0')}`,
    naamInitiatief: `Initiatief ${i + 1}`,
    naamSamenwerkingsverband: `Coöperatie Zorg ${i % 97} U.A.`,
    samenwerkingsvorm: i % 3 ? 'Coöperatie' : 'Stichting',
    kvkNummer: String(10_000_000 + i * 7),
    deelnemers: [
      { praktijknaam: `Fysio ${i}`, postcode: '3511 AB', plaats: 'Utrecht', agb: String(4_000_000 + i).padStart(8, '0'), telefoon: '030-1234567', email: `fysio${i}@voorbeeld.nl`, zkContract2021: true, zkContract2022: i % 5 !== 0 },
      { praktijknaam: `Huisarts ${i}`, plaats: 'Zeist', agb: String(1_000_000 + i).padStart(8, '0'), discipline: 'huisartsenzorg' },
    ],
    achtergrond: 'Kwetsbare ouderen; "valpreventie" en =ZORG in de wijk.',
    startdatum: '2021-04-01',
    einddatum: '2022-12-31',
    begroting: {
      kosten: [
        { omschrijving: 'Coördinatie', bedrag: 12500.5 + i, categorie: 'coördinatie' },
        { omschrijving: 'Scholing', bedrag: 7500, categorie: 'scholing' },
      ],
      gevraagdBedrag: 20000.5 + i,
    },
    klantgroepen: ['kwetsbare ouderen', 'COPD'],
    aantalZkKlanten: 700 + (i % 900),
    mdoPerJaar: 4,
    intervisie: true,
    samenwerkingsprotocol: i % 7 !== 0,
  }));
}


/** Four municipalities of one core region each: an application's participants are in one region. */
const REGIONS = [
  ['Houten', 'Nieuwegein', 'Zeist', 'Utrecht'],
  ['Hilversum', 'Huizen', 'Blaricum', 'Gooise Meren'],
  ['Haarlem', 'Heemstede', 'Velsen', 'Bloemendaal'],
  ['Apeldoorn', 'Epe', 'Lochem', 'Voorst'],
  ['Zwolle', 'Dalfsen', 'Hattem', 'Ermelo'],
];
const DISCIPLINES = ['fysiotherapie', 'huisartsenzorg', 'diëtetiek', 'ergotherapie', 'oefentherapie'];

/**
 * Applications shaped like samples/aanvragen/01-geschikt-utrecht.json, of which most pass
 * screening: every 9th has too few clients of Zilveren Kruis (K9), every 13th a participant
 * outside the core regions, every 17th no collaboration protocol (K5).
 */
export function makeScreenableApplications(n: number): Application[] {
  return Array.from({ length: n }, (_, i): Application => {
    const place = (k: number) => (i % 13 === 0 && k === 2 ? 'Eindhoven' : REGIONS[i % REGIONS.length][k]);
    const gevraagd = 20_000 + (i % 60) * 1000;
    return {
      id: `A-${String(i + 1).padStart(5, '0')}`,
      naamInitiatief: `Samen Sterk ${i + 1}`,
      naamSamenwerkingsverband: `Coöperatie Eerstelijn ${i % 97} U.A.`,
      samenwerkingsvorm: 'Coöperatie',
      kvkNummer: String(80_000_000 + i),
      handeltConformWetgeving: true,
      deelnemers: [0, 1, 2, 3].map((k) => ({
        praktijknaam: `Praktijk ${i}-${k}`,
        adres: `Dorpsstraat ${k + 1}`,
        postcode: '3995 AB',
        plaats: place(k),
        gemeente: place(k),
        agb: `${['04', '01', '24', '26'][k]}${String(100_000 + i).padStart(6, '0')}`,
        praktijkhouder: `J. de Vries ${k}`,
        telefoon: '030-6012345',
        email: `info${i}-${k}@voorbeeld.example`,
        discipline: DISCIPLINES[(k + i) % DISCIPLINES.length],
        ...(DISCIPLINES[(k + i) % DISCIPLINES.length] === 'fysiotherapie' ? { zkContract2021: true, zkContract2022: true } : {}),
      })),
      achtergrond: 'In de regio wonen steeds meer kwetsbare ouderen alleen thuis.',
      doelgroep: 'Thuiswonende kwetsbare ouderen (75+) met valrisico',
      omvangDoelgroep: 1200,
      doel: 'Valpreventie en vroegsignalering, zodat opnames worden voorkomen en zorg dichter bij huis plaatsvindt.',
      smartDoelen: 'Binnen 18 maanden 20% minder valincidenten bij deelnemende cliënten ten opzichte van de nulmeting.',
      nulmeting: 'Valincidenten en SEH-bezoeken over 2020 uit de huisartsregistratie.',
      beoogdResultaat: '240 vallen minder per jaar; 60 SEH-bezoeken minder.',
      meetmethode: "Kwartaalrapportage uit het HIS en de fysiotherapie-EPD's.",
      borging: 'Werkwijze wordt opgenomen in de regionale zorgstandaard kwetsbare ouderen.',
      businesscaseOmschrijving: 'Minder SEH-bezoeken en ziekenhuisopnames na een val besparen meer dan de projectkosten.',
      verwachteBijdrageZk: 'Bijdrage in de coördinatie en scholing.',
      startdatum: '2021-04-01',
      looptijd: '21 maanden',
      einddatum: '2022-12-31',
      begroting: {
        periodeVan: '2021-04-01',
        periodeTot: '2022-12-31',
        kosten: [
          { omschrijving: 'Projectcoördinatie', bedrag: gevraagd - 15_000, categorie: 'coördinatie' },
          { omschrijving: 'Scholing valpreventie', bedrag: 15_000, categorie: 'scholing' },
        ],
        gevraagdBedrag: gevraagd,
        totaalKosten: gevraagd,
      },
      datum: '2020-10-30',
      ontvangen: '2020-11-02',
      handtekening: 'H. Smit, voorzitter',
      klantgroepen: i % 2 ? ['kwetsbare ouderen'] : ['kwetsbare ouderen', 'COPD'],
      jzojpDoelen: ['voorkomen', 'verplaatsen'],
      aantalZkKlanten: i % 9 === 0 ? 600 : 800 + (i % 2500),
      mdoPerJaar: 4 + (i % 3),
      intervisie: true,
      verbeterwijze: 'PDCA-cyclus per kwartaal met intervisie en casusbesprekingen.',
      samenwerkingsprotocol: i % 17 !== 0,
      probleemOnderbouwing: 'Valcijfers voor de regio: 30% meer SEH-bezoeken na een val dan landelijk.',
      businesscase: { opbrengsten: gevraagd * 2, kosten: gevraagd, zorgUitTweedeLijn: true, besparingTweedeLijn: gevraagd * 2 },
    };
  });
}
