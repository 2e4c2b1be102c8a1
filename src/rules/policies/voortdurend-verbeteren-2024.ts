import { modulePolicySchema, type ModulePolicy } from '../modules/policy-schema';
import { policySchema, type Policy } from '../policy';
import { OVEREENKOMST_2024 } from './overeenkomst-2024';

/**
 * Module Voortdurend Verbeteren, contract years 2024–2025: the BehandelIndex condition
 * (KNGF analysis of the Zilveren Kruis purchasing policy 2024–2025, docs/bronnen.md).
 */
export const VOORTDUREND_VERBETEREN_2024: Policy = policySchema.parse({
  id: 'voortdurend-verbeteren-2024',
  versie: '2024.1',
  naam: 'Module Voortdurend Verbeteren 2024–2025',
  bron: 'KNGF, Analyse Inkoopbeleid Zilveren Kruis 2024–2025, "Voorwaarden Module Voortdurend Verbeteren", onderdeel BehandelIndex',
  criteria: [
    {
      id: 'BI',
      tekst: 'De Behandelindex is kleiner dan of gelijk aan de waarde van het 6e deciel.',
      wijze: 'automatisch',
      knockout: true,
      velden: ['bi'],
    },
    {
      id: 'BI-jaar',
      tekst: 'Voor het jaar 2024 wordt gekeken naar de B.I. in 2022 en voor 2025 is dat 2023.',
      wijze: 'automatisch',
      knockout: false,
      velden: ['jaar'],
    },
  ],
  looptijd: { van: '2024-01-01', tot: '2025-12-31' },
  behandelIndex: {
    deciel: 6,
    referentiejaarVerschil: 2,
    methode: 'inc',
    minPatienten: 10,
    contractjaren: [2024, 2025],
  },
});

const VV = 'paragraaf 4, Voorwaarden Module Voortdurend Verbeteren';

/**
 * The whole checklist of module Voortdurend Verbeteren: the Overeenkomst conditions it rests on,
 * then every module condition, quoted. The BehandelIndex rule is the one above (one home).
 */
const MODULE: ModulePolicy = modulePolicySchema.parse({
  id: VOORTDUREND_VERBETEREN_2024.id,
  versie: VOORTDUREND_VERBETEREN_2024.versie,
  naam: VOORTDUREND_VERBETEREN_2024.naam,
  bron: 'KNGF, Analyse Inkoopbeleid Zilveren Kruis 2024–2025, "Voorwaarden overeenkomst" en "Voorwaarden Module Voortdurend Verbeteren"',
  looptijd: VOORTDUREND_VERBETEREN_2024.looptijd,
  contractjaren: [2024, 2025],
  behandelIndex: VOORTDUREND_VERBETEREN_2024.behandelIndex,
  voorwaarden: [
    ...OVEREENKOMST_2024.voorwaarden,
    {
      id: 'VV-REGISTER',
      groep: 'voortdurend-verbeteren',
      kop: 'Kwaliteitsregister',
      bron: {
        document: 'kngf2024',
        plaats: `${VV}, Praktijkkwaliteitsregister, 1`,
        citaat: 'De praktijk is aangesloten zijn bij een door Zilveren Kruis erkend praktijkkwaliteitsregister.',
      },
      niveau: 'praktijk',
      velden: ['kwaliteitsregister'],
      keuzes: ['erkendeRegisters'],
    },
    {
      id: 'VV-INSCHRIJVING',
      groep: 'voortdurend-verbeteren',
      kop: '12 maanden ingeschreven, jaarcyclus',
      bron: {
        document: 'kngf2024',
        plaats: `${VV}, Praktijkkwaliteitsregister, 2`,
        citaat:
          'De praktijk is tenminste 12 maanden ingeschreven bij een erkend praktijkkwaliteitsregister, als aspirant deelnemer of als deelnemer en heeft tenminste één volledige jaarcyclus doorlopen.',
      },
      niveau: 'praktijk',
      velden: ['registerStatus', 'ingeschrevenSinds', 'volledigeJaarcyclus'],
    },
    {
      id: 'VV-VISITATIE-OORDEEL',
      groep: 'voortdurend-verbeteren',
      kop: 'Visitatie voldaan',
      bron: {
        document: 'kngf2024',
        plaats: `${VV}, Praktijkkwaliteitsregister, 3`,
        citaat: 'De jaarcyclus is afgesloten met een praktijkvisitatie die beoordeeld is met ‘Voldaan aan alle kwaliteitscriteria en – indicatoren’.',
      },
      niveau: 'praktijk',
      velden: ['visitatieVoldaan'],
    },
    {
      id: 'VV-VISITATIE-2JAAR',
      groep: 'voortdurend-verbeteren',
      kop: 'Visitatie elke 2 jaar',
      bron: {
        document: 'kngf2024',
        plaats: `${VV}, Praktijkkwaliteitsregister, 4`,
        citaat: 'Tenminste 1 keer per 2 jaar vindt praktijkvisitatie plaats volgens de kaders van het SKF Visitatiemodel.',
      },
      niveau: 'praktijk',
      velden: ['laatsteVisitatie', 'visitatiemodel'],
      keuzes: ['visitatiemodellen'],
    },
    {
      id: 'VV-PEER-REVIEW',
      groep: 'voortdurend-verbeteren',
      kop: 'Peer review',
      bron: {
        document: 'kngf2024',
        plaats: `${VV}, Praktijkkwaliteitsregister, 5`,
        citaat:
          'Alle medewerkers in de praktijk nemen tenminste 4 keer per jaar deel aan peer review bijeenkomsten, waarbij in elke bijeenkomst het onderdeel ‘inzicht in data verzamelen’ aan bod komt.',
      },
      niveau: 'therapeut',
      geldtVoor: 'medewerkers',
      velden: ['peerReviews', 'peerReviewsMetData'],
      keuzes: ['telperiodeMaanden'],
    },
    {
      id: 'VV-PDCA',
      groep: 'voortdurend-verbeteren',
      kop: 'PDCA',
      bron: {
        document: 'kngf2024',
        plaats: `${VV}, Praktijkkwaliteitsregister, 6`,
        citaat: 'De verkregen inzichten uit de datarapportage worden aantoonbaar toegepast via de Plan-Do-Act-Cyclus (PDCA).',
      },
      niveau: 'praktijk',
      velden: ['pdcaBewijs'],
      keuzes: ['pdcaBewijs'],
      beoordelaarNodig: true,
    },
    {
      id: 'VV-DATA',
      groep: 'voortdurend-verbeteren',
      kop: 'Maandelijks data',
      bron: {
        document: 'kngf2024',
        plaats: `${VV}, Data, 1`,
        citaat: 'Data dient maandelijks te worden aangeleverd de Landelijke Database Fysiotherapie van KNGF en/of de Landelijke Database Kwaliteit van SKF',
      },
      niveau: 'praktijk',
      velden: ['database', 'aanleverMaanden'],
      keuzes: ['telperiodeMaanden'],
    },
    {
      id: 'VV-ELEARNING',
      groep: 'voortdurend-verbeteren',
      kop: 'E-learning datagebruik',
      bron: {
        document: 'kngf2024',
        plaats: `${VV}, Data, 1`,
        citaat:
          'alle in de praktijk werkzame fysiotherapeuten volgen tijdens de looptijd van de overeenkomst tenminste 1 e-learning met als thema ‘datagebruik in de dagelijkse praktijk’.',
      },
      niveau: 'therapeut',
      geldtVoor: 'fysiotherapeuten',
      velden: ['eLearning'],
      keuzes: ['eLearningNogNiet'],
    },
    {
      id: 'VV-MDS',
      groep: 'voortdurend-verbeteren',
      kop: 'MDS lage rug en COPD',
      bron: {
        document: 'kngf2024',
        plaats: `${VV}, Data, 2`,
        citaat: 'Alle in de praktijk werkzame fysiotherapeuten passen de Minimale Data Set (MDS) toe bij lage rugpijn en COPD.',
      },
      niveau: 'therapeut',
      geldtVoor: 'fysiotherapeuten',
      velden: ['mdsLageRug', 'mdsCopd'],
    },
    {
      id: 'VV-BI',
      groep: 'voortdurend-verbeteren',
      kop: 'BehandelIndex',
      bron: { document: 'kngf2024', plaats: `${VV}, BehandelIndex, 1`, citaat: 'De Behandelindex is kleiner dan of gelijk aan de waarde van het 6e deciel.' },
      aanvullendeBronnen: [
        { document: 'kngf2024', plaats: `${VV}, BehandelIndex, 2`, citaat: 'Voor het jaar 2024 wordt gekeken naar de B.I. in 2022 en voor 2025 is dat 2023.' },
      ],
      niveau: 'praktijk',
      velden: ['agb'],
      hulp: [
        {
          tekst: 'Door het KNGF is al eerder aangegeven dat de huidige Behandelindex geen indicator voor kwaliteit kan zijn.',
          plaats: 'paragraaf 7, Waar hebben we moeite mee?, BehandelIndex',
        },
        {
          tekst: 'Nog niet duidelijk is aan welke waarde van de BehandelIndex voldaan moet worden om in aanmerking te komen voor een overeenkomst.',
          plaats: 'paragraaf 8, Wat weten we nog niet?, BehandelIndex',
        },
      ],
    },
    {
      id: 'VV-PREM',
      groep: 'voortdurend-verbeteren',
      kop: 'PREM',
      bron: {
        document: 'kngf2024',
        plaats: `${VV}, Patiëntervaringen, 1`,
        citaat: 'Alle in de praktijk werkzame fysiotherapeuten meten klantervaringen volgens PREM paramedische zorg.',
      },
      niveau: 'therapeut',
      geldtVoor: 'fysiotherapeuten',
      velden: ['prem'],
    },
    {
      id: 'VV-MEETBUREAU',
      groep: 'voortdurend-verbeteren',
      kop: 'Erkend meetbureau',
      bron: { document: 'kngf2024', plaats: `${VV}, Patiëntervaringen, 2`, citaat: 'Daarbij wordt gebruik gemaakt van een door Zilveren Kruis erkend meetbureau.' },
      niveau: 'praktijk',
      velden: ['premBureau'],
      keuzes: ['erkendeMeetbureaus'],
    },
    {
      id: 'VV-TOESTEMMING',
      groep: 'voortdurend-verbeteren',
      kop: 'Toestemming Zorgkaart/Significant',
      bron: {
        document: 'kngf2024',
        plaats: `${VV}, Patiëntervaringen, 3`,
        citaat:
          'De praktijk dient toestemming te geven voor doorlevering van de verzamelde gegevens worden Zorgkaart Nederland en voor het delen van de gegevens met de landelijke verwerker Significant B.V.',
      },
      niveau: 'praktijk',
      velden: ['toestemmingZorgkaart', 'toestemmingSignificant'],
    },
  ],
});

/** The same BI rule object as the BI policy (zod's parse copies it): a change to one is a change to both. */
export const VOORTDUREND_VERBETEREN_MODULE_2024: ModulePolicy = { ...MODULE, behandelIndex: VOORTDUREND_VERBETEREN_2024.behandelIndex };
