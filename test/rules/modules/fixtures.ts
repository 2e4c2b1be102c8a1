import { computeBehandelIndex, settingsFromRule, type BiResult, type BiRow } from '../../../src/rules/bi/behandelindex';
import type { ModulePolicy } from '../../../src/rules/modules/policy-schema';
import type { Praktijk, Therapeut } from '../../../src/rules/modules/records';
import { VOORTDUREND_VERBETEREN_MODULE_2024 } from '../../../src/rules/policies/voortdurend-verbeteren-2024';

/** Check date used throughout: entry on 1 March 2025, contract year 2025 (BI year 2023). */
export const PEILDATUM = '2025-03-01';
export const RUN = { contractjaar: 2025, peildatum: PEILDATUM };

/** The 12 whole months before 1 March 2025: March 2024 … February 2025. */
export const TWAALF_MAANDEN = ['2024-03', '2024-04', '2024-05', '2024-06', '2024-07', '2024-08', '2024-09', '2024-10', '2024-11', '2024-12', '2025-01', '2025-02'];

/** The module policy with one recognised PREM bureau filled in (the source names none, so the default list is empty). */
export const POLICY: ModulePolicy = {
  ...VOORTDUREND_VERBETEREN_MODULE_2024,
  keuzes: { ...VOORTDUREND_VERBETEREN_MODULE_2024.keuzes, erkendeMeetbureaus: ['Meetbureau Noord'] },
};

export function praktijk(agb: string, fields: Partial<Praktijk> = {}): Praktijk {
  return {
    agb,
    naam: `Fysio ${agb}`,
    kwaliteitsregister: 'SKF',
    registerStatus: 'deelnemer',
    ingeschrevenSinds: '2023-01-15',
    volledigeJaarcyclus: true,
    laatsteVisitatie: '2024-06-10',
    visitatieVoldaan: true,
    visitatiemodel: 'SKF Visitatiemodel',
    pdcaBewijs: 'verbeterplan',
    database: 'LDF',
    aanleverMaanden: [...TWAALF_MAANDEN],
    premBureau: 'Meetbureau Noord',
    toestemmingZorgkaart: true,
    toestemmingSignificant: true,
    kngfEisen: true,
    vektis: true,
    wtza: true,
    ...fields,
  };
}

export function therapeut(praktijkAgb: string, naam: string, fields: Partial<Therapeut> = {}): Therapeut {
  return {
    praktijkAgb,
    naam,
    agb: null,
    functie: 'fysiotherapeut',
    big: true,
    kwaliteitsregister: 'KRF NL',
    peerReviews: 4,
    peerReviewsMetData: 4,
    eLearning: true,
    mdsLageRug: true,
    mdsCopd: true,
    prem: true,
    parkinsonNet: false,
    chronischZorgNet: false,
    copdBasisscholing: false,
    copdNetwerk: false,
    bekkenfysiotherapeut: false,
    oedeemtherapeut: false,
    ...fields,
  };
}

/**
 * A BI run for contract year 2025 over reference year 2023: eleven practices with BI 10, 20, … 110.
 * PERCENTILE.INC at k = 0,6: rank h = 0,6 × 10 = 6, so the 6th-decile threshold is the 7th value, 70.
 */
export function biRun(extra: BiRow[] = []): BiResult {
  const rows: BiRow[] = Array.from({ length: 11 }, (_, i) => ({ agb: `0100${String(i).padStart(4, '0')}`, naam: `BI ${i}`, jaar: 2023, bi: (i + 1) * 10 }));
  return computeBehandelIndex([...rows, ...extra], settingsFromRule(POLICY.behandelIndex!, { contractjaar: 2025 }));
}

/** AGB code of the BI practice with BI 70 (exactly the threshold) and of the one with 80. */
export const AGB_BI_70 = '01000006';
export const AGB_BI_80 = '01000007';
