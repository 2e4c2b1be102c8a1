import type { Herkomst } from '../../src/rules/findings';
import type { ModuleCell, ModuleChecklist } from '../../src/workbook/module-checklist';

/**
 * A small Voortdurend Verbeteren checklist by hand, in the source's words (KNGF, "Voorwaarden
 * Module Voortdurend Verbeteren"): three practices, five conditions. Fysio Noord meets all; De
 * Brug fails the register's 12 months (11) and the BehandelIndex (101,2 above the threshold 96,4),
 * has no data on peer review and a signal; the third practice's name looks like a formula, and it
 * fails the PREM bureau condition, decided by the team's list of recognised bureaus.
 */
const PLACE = 'Voorwaarden Module Voortdurend Verbeteren';
const bron = (onderdeel: string, citaat: string): Herkomst => ({ soort: 'bron', document: 'kngf2024', plaats: `${PLACE}, ${onderdeel}`, citaat });

export const REGISTER_QUOTE = 'De praktijk is tenminste 12 maanden ingeschreven bij een erkend praktijkkwaliteitsregister, als aspirant deelnemer of als deelnemer en heeft tenminste één volledige jaarcyclus doorlopen.';
export const BI_QUOTE = 'De Behandelindex is kleiner dan of gelijk aan de waarde van het 6e deciel.';
export const PEER_QUOTE = 'Alle medewerkers in de praktijk nemen tenminste 4 keer per jaar deel aan peer review bijeenkomsten, waarbij in elke bijeenkomst het onderdeel ‘inzicht in data verzamelen’ aan bod komt.';
export const KNGF_REMARK = 'Door het KNGF is al eerder aangegeven dat de huidige Behandelindex geen indicator voor kwaliteit kan zijn.';

const REGISTER = bron('Praktijkkwaliteitsregister', REGISTER_QUOTE);
const PEER = bron('Praktijkkwaliteitsregister', PEER_QUOTE);
const BI = bron('BehandelIndex', BI_QUOTE);
export const MEETBUREAU_QUOTE = 'Daarbij wordt gebruik gemaakt van een door Zilveren Kruis erkend meetbureau.';
const MEETBUREAU = bron('Patiëntervaringen', MEETBUREAU_QUOTE);
const PREM: Herkomst = { soort: 'keuze', instelling: 'erkendeMeetbureaus', standaard: 'lijst van het team', uitleg: 'De bron zegt niet welke meetbureaus Zilveren Kruis erkent.' };
const PDCA: Herkomst = { soort: 'hulp', uitleg: 'Of inzichten aantoonbaar via PDCA worden toegepast, beoordeelt de analist.' };

const cell = (status: ModuleCell['status'], reden: string, herkomst: Herkomst, bewijs = ''): ModuleCell => ({ status, reden, bewijs, herkomst });
/** The PREM bureau: the source's condition, decided by the team's list of recognised bureaus. */
const bureau = (status: ModuleCell['status'], reden: string): ModuleCell => ({ status, reden, bewijs: '', herkomst: MEETBUREAU, keuze: PREM });

export const FORMULA_NAME = '=HYPERLINK("http://x.nl","Fysio")';

export function vvChecklist(): ModuleChecklist {
  return {
    module: 'vv',
    naam: 'Voortdurend Verbeteren',
    beleid: { id: 'voortdurend-verbeteren-2024', versie: '2024.2', naam: 'Module Voortdurend Verbeteren 2024–2025' },
    contractjaar: 2025,
    peildatum: '2025-03-01',
    voorwaarden: [
      { id: 'register', kop: 'Praktijkkwaliteitsregister', tekst: REGISTER_QUOTE, herkomst: REGISTER },
      { id: 'peerReview', kop: 'Peer review', tekst: PEER_QUOTE, herkomst: PEER },
      { id: 'BI', kop: 'BehandelIndex', tekst: BI_QUOTE, herkomst: BI, opmerkingen: [KNGF_REMARK], behandelIndex: true },
      { id: 'premBureau', kop: 'Erkend meetbureau PREM', tekst: MEETBUREAU_QUOTE, herkomst: MEETBUREAU },
      { id: 'pdca', kop: 'PDCA aantoonbaar', tekst: 'De verkregen inzichten uit de datarapportage worden aantoonbaar toegepast via de Plan-Do-Act-Cyclus (PDCA).', herkomst: PDCA },
    ],
    praktijken: [
      {
        agb: '04000001',
        naam: 'Fysio Noord',
        uitkomst: 'voldoet',
        peildatum: '2025-03-01',
        cellen: {
          register: cell('voldoet', '14 maanden ingeschreven (sinds 1 januari 2024), jaarcyclus doorlopen', REGISTER, 'ingeschrevenSinds 2024-01-01'),
          peerReview: cell('voldoet', 'alle medewerkers 4 of meer peer reviews', PEER),
          BI: cell('voldoet', 'BehandelIndex 96,4 is niet hoger dan de drempel 96,4', BI, 'BI 96,4 ≤ drempel 96,4 (BI-jaar 2023)'),
          premBureau: bureau('voldoet', 'meetbureau Qualizorg staat op de lijst van het team'),
          pdca: cell('voldoet', 'PDCA-verslag aanwezig', PDCA),
        },
        adres: ['Fysio Noord', 'Dorpsstraat 1', '8011 AA  Zwolle'],
      },
      {
        agb: '04000002',
        naam: 'Fysiotherapie De Brug',
        uitkomst: 'voldoet niet',
        peildatum: '2025-03-01',
        cellen: {
          register: cell('voldoet niet', '11 maanden ingeschreven (sinds 1 april 2024); minimaal 12 maanden (ingeschrevenSinds)', REGISTER, 'ingeschrevenSinds 2024-04-01; drempel 12 maanden'),
          peerReview: cell('onbekend', 'aantal peer reviews ontbreekt bij 2 van de 5 fysiotherapeuten', PEER),
          BI: cell('voldoet niet', 'BehandelIndex 101,2 is hoger dan de drempel 96,4', BI, 'BI 101,2 > drempel 96,4 (BI-jaar 2023)'),
          premBureau: bureau('voldoet', 'meetbureau Qualizorg staat op de lijst van het team'),
          pdca: cell('onbekend', 'geen PDCA-verslag', PDCA),
        },
        signalen: ['PDCA: geen verslag gevonden; de analist beoordeelt'],
      },
      {
        agb: '04000003',
        naam: FORMULA_NAME,
        uitkomst: 'voldoet niet',
        peildatum: '2025-03-01',
        cellen: {
          register: cell('voldoet', '26 maanden ingeschreven', REGISTER),
          peerReview: cell('voldoet', 'alle medewerkers 4 of meer peer reviews', PEER),
          BI: cell('voldoet', 'BehandelIndex 90,0 is niet hoger dan de drempel 96,4', BI),
          premBureau: bureau('voldoet niet', 'meetbureau "Eigen enquête" staat niet op de lijst van het team'),
          pdca: cell('voldoet', 'PDCA-verslag aanwezig', PDCA),
        },
      },
    ],
  };
}
