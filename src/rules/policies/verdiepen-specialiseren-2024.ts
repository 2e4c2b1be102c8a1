import { modulePolicySchema, type ModulePolicy } from '../modules/policy-schema';

const VS = 'paragraaf 4, Voorwaarden Module Verdiepen & Specialiseren';

const NB = {
  document: 'kngf2024',
  plaats: `${VS}, N.B.`,
  citaat:
    'N.B. Indien u zonder aan deze voorwaarden te voldoen mensen met COPD, bekkenbodemklachten of oedeem- en lymfevaataandoeningen te behandelen, dan worden ge behandelingen vergoed. Je komt dan niet in aanmerking voor de module Specialiseren & Verdiepen en je bent niet zichtbaar voor deze patiënten in de zorgzoeker van Zilveren Kruis.',
} as const;

const KRF_DEELREGISTERS = {
  tekst: 'Bij de selectieve inkoop voor bekkenbodemklachten en oedeem- en lymfevataandoeningen wordt uitgegaan van de deelregisters van KRF NL.',
  plaats: 'paragraaf 6, Wat spreekt ons aan?, 2',
};

/**
 * Module Verdiepen & Specialiseren 2024–2025: per therapist, which patient groups a practice may
 * treat under the module (KNGF analysis of the Zilveren Kruis purchasing policy, docs/bronnen.md).
 */
export const VERDIEPEN_SPECIALISEREN_2024: ModulePolicy = modulePolicySchema.parse({
  id: 'verdiepen-specialiseren-2024',
  versie: '2024.1',
  naam: 'Module Verdiepen & Specialiseren 2024–2025',
  bron: 'KNGF, Analyse Inkoopbeleid Zilveren Kruis 2024–2025, "Voorwaarden Module Verdiepen & Specialiseren"',
  looptijd: { van: '2024-01-01', tot: '2025-12-31' },
  contractjaren: [2024, 2025],
  voorwaarden: [
    {
      id: 'VS-PARKINSON',
      groep: 'verdiepen-specialiseren',
      kop: 'Parkinson',
      patientengroep: 'Parkinson',
      bron: {
        document: 'kngf2024',
        plaats: `${VS}, 1`,
        citaat: 'Alleen fysiotherapeuten die zijn aangesloten bij ParkinsonNet leveren zorg aan mensen met de ziekte van Parkinson.',
      },
      niveau: 'therapeut',
      geldtVoor: 'fysiotherapeuten',
      knockout: false,
      velden: ['parkinsonNet'],
    },
    {
      id: 'VS-PAV',
      groep: 'verdiepen-specialiseren',
      kop: 'PAV',
      patientengroep: 'PAV',
      bron: { document: 'kngf2024', plaats: `${VS}, 2`, citaat: 'Alleen fysiotherapeuten die zijn aangesloten bij Chronisch ZorgNet leveren zorg aan mensen met PAV.' },
      niveau: 'therapeut',
      geldtVoor: 'fysiotherapeuten',
      knockout: false,
      velden: ['chronischZorgNet'],
    },
    {
      id: 'VS-COPD',
      groep: 'verdiepen-specialiseren',
      kop: 'COPD',
      patientengroep: 'COPD',
      bron: {
        document: 'kngf2024',
        plaats: `${VS}, 3`,
        citaat:
          'Alleen fysiotherapeuten die een door het KNGF of SKF geaccrediteerde basisscholing COPD hebben afgerond en zijn ingeschreven bij een COPD-netwerk, leveren zorg aan mensen met COPD.',
      },
      niveau: 'therapeut',
      geldtVoor: 'fysiotherapeuten',
      knockout: false,
      velden: ['copdBasisscholing', 'copdNetwerk'],
      hulp: [
        {
          tekst: 'Beoordeling wat een COPD-netwerk is, kan op basis van bijlage 1 van het inkoopbeleid (Inkoopbeleid 2024 Zilveren Kruis).',
          plaats: `${VS}, 3`,
        },
      ],
      nb: NB,
    },
    {
      id: 'VS-BEKKEN',
      groep: 'verdiepen-specialiseren',
      kop: 'Bekkenbodem',
      patientengroep: 'bekkenbodem',
      bron: {
        document: 'kngf2024',
        plaats: `${VS}, 4`,
        citaat: 'Alleen fysiotherapeuten die zijn ingeschreven als bekkenfysiotherapeut in KRF of bij SKF, leveren zorg aan mensen met bekkenbodemklachten.',
      },
      niveau: 'therapeut',
      geldtVoor: 'fysiotherapeuten',
      knockout: false,
      velden: ['bekkenfysiotherapeut'],
      hulp: [KRF_DEELREGISTERS],
      nb: NB,
    },
    {
      id: 'VS-OEDEEM',
      groep: 'verdiepen-specialiseren',
      kop: 'Oedeem en lymfe',
      patientengroep: 'oedeem en lymfe',
      bron: {
        document: 'kngf2024',
        plaats: `${VS}, 5`,
        citaat:
          'Alleen fysiotherapeuten die zijn ingeschreven als specialiste oedeem- of lymfevaataandoeningen in KRF of bij SKF leveren zorg aan mensen met oedeem- en lymfevataandoeningen.',
      },
      niveau: 'therapeut',
      geldtVoor: 'fysiotherapeuten',
      knockout: false,
      velden: ['oedeemtherapeut'],
      hulp: [KRF_DEELREGISTERS],
      nb: NB,
    },
  ],
});
