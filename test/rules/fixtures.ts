import type { Application, Participant } from '../../src/rules/application';

const physio: Participant = { praktijknaam: 'Fysio Test', plaats: 'Houten', gemeente: 'Houten', agb: '04000001', discipline: 'fysiotherapie', zkContract2021: true, zkContract2022: true };
const gp: Participant = { praktijknaam: 'Huisarts Test', plaats: 'Zeist', agb: '01000002', discipline: 'huisartsenzorg' };
const dietitian: Participant = { praktijknaam: 'Diëtist Test', plaats: 'Nieuwegein', agb: '24000003', discipline: 'diëtetiek' };

/** A fictional application that meets every check of samenwerken-2021 (each test changes one thing). */
export function eligibleApplication(): Application {
  return {
    id: 'T-1',
    samenwerkingsvorm: 'Coöperatie',
    kvkNummer: '81234567',
    deelnemers: [{ ...physio }, { ...gp }, { ...dietitian }],
    doel: 'Valpreventie thuis',
    doelgroep: 'Kwetsbare ouderen',
    smartDoelen: '20% minder vallen binnen 18 maanden',
    nulmeting: 'Valincidenten 2020',
    businesscaseOmschrijving: 'Minder SEH-bezoeken',
    startdatum: '2021-04-01',
    einddatum: '2022-12-31',
    begroting: {
      kosten: [
        { omschrijving: 'Coördinatie', bedrag: 30000, categorie: 'coördinatie' },
        { omschrijving: 'Scholing', bedrag: 10000, categorie: 'scholing' },
      ],
      gevraagdBedrag: 30000,
      andereBronnen: [{ omschrijving: 'Gemeente', bedrag: 10000 }],
      totaalKosten: 40000,
      totaalInkomsten: 40000,
    },
    klantgroepen: ['kwetsbare ouderen'],
    jzojpDoelen: ['voorkomen'],
    aantalZkKlanten: 750,
    mdoPerJaar: 4,
    intervisie: true,
    samenwerkingsprotocol: true,
    probleemOnderbouwing: 'Valcijfers in de regio liggen 30% boven landelijk',
    businesscase: { opbrengsten: 50000, zorgUitTweedeLijn: false },
  };
}
