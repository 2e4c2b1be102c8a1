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

