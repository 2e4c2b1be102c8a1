import type { PraktijkVeld, TherapeutVeld } from './records';

/**
 * Dutch and English names of the input fields, as reasons name them ("Vektis: nee"). The import
 * template's column headers (src/workbook/module-input.ts) are built from the same names.
 */
export const PRAKTIJK_VELD_LABELS: Readonly<Record<PraktijkVeld, { nl: string; en: string }>> = {
  agb: { nl: 'AGB-code praktijk', en: 'practice AGB code' },
  naam: { nl: 'Praktijknaam', en: 'practice name' },
  kwaliteitsregister: { nl: 'Praktijkkwaliteitsregister', en: 'practice quality register' },
  registerStatus: { nl: 'Status in register', en: 'register status' },
  ingeschrevenSinds: { nl: 'Ingeschreven sinds', en: 'registered since' },
  volledigeJaarcyclus: { nl: 'Volledige jaarcyclus doorlopen', en: 'full annual cycle completed' },
  laatsteVisitatie: { nl: 'Datum laatste visitatie', en: 'date of last visitation' },
  visitatieVoldaan: { nl: 'Visitatie: voldaan aan alle kwaliteitscriteria en -indicatoren', en: 'visitation: all quality criteria and indicators met' },
  visitatiemodel: { nl: 'Visitatiemodel', en: 'visitation model' },
  pdcaBewijs: { nl: 'Bewijs PDCA', en: 'PDCA evidence' },
  database: { nl: 'Database (LDF/LDK)', en: 'database (LDF/LDK)' },
  aanleverMaanden: { nl: 'Maanden data aangeleverd', en: 'months data delivered' },
  premBureau: { nl: 'PREM-meetbureau', en: 'PREM bureau' },
  toestemmingZorgkaart: { nl: 'Toestemming Zorgkaart Nederland', en: 'consent Zorgkaart Nederland' },
  toestemmingSignificant: { nl: 'Toestemming Significant', en: 'consent Significant' },
  kngfEisen: { nl: 'KNGF-inrichtings- en service-eisen', en: 'KNGF facility and service requirements' },
  vektis: { nl: 'Declareren via Vektis-standaard', en: 'claims via the Vektis standard' },
  wtza: { nl: 'Voldoet aan Wtza', en: 'meets the Wtza' },
};

export const THERAPEUT_VELD_LABELS: Readonly<Record<TherapeutVeld, { nl: string; en: string }>> = {
  praktijkAgb: { nl: 'AGB-code praktijk', en: 'practice AGB code' },
  naam: { nl: 'Naam', en: 'name' },
  agb: { nl: 'AGB-code zorgverlener', en: 'personal AGB code' },
  functie: { nl: 'Functie', en: 'role' },
  big: { nl: 'BIG-registratie', en: 'BIG registration' },
  kwaliteitsregister: { nl: 'Kwaliteitsregister (KRF NL/SKF)', en: 'quality register (KRF NL/SKF)' },
  peerReviews: { nl: 'Peer reviews', en: 'peer reviews' },
  peerReviewsMetData: { nl: "Peer reviews met 'inzicht in data verzamelen'", en: "peer reviews with 'insight in collecting data'" },
  eLearning: { nl: "E-learning 'datagebruik in de dagelijkse praktijk'", en: "e-learning 'data use in daily practice'" },
  mdsLageRug: { nl: 'MDS lage rugpijn', en: 'MDS low back pain' },
  mdsCopd: { nl: 'MDS COPD', en: 'MDS COPD' },
  prem: { nl: 'Meet PREM', en: 'measures PREM' },
  parkinsonNet: { nl: 'ParkinsonNet', en: 'ParkinsonNet' },
  chronischZorgNet: { nl: 'Chronisch ZorgNet', en: 'Chronisch ZorgNet' },
  copdBasisscholing: { nl: 'Basisscholing COPD (KNGF/SKF)', en: 'COPD basic training (KNGF/SKF)' },
  copdNetwerk: { nl: 'Ingeschreven bij COPD-netwerk', en: 'registered with a COPD network' },
  bekkenfysiotherapeut: { nl: 'Bekkenfysiotherapeut (KRF/SKF)', en: 'pelvic physiotherapist (KRF/SKF)' },
  oedeemtherapeut: { nl: 'Oedeem-/lymfefysiotherapeut (KRF/SKF)', en: 'oedema/lymph physiotherapist (KRF/SKF)' },
};

const BY_PATH = new Map<string, { nl: string; en: string }>([
  ...Object.entries(PRAKTIJK_VELD_LABELS),
  ...Object.entries(THERAPEUT_VELD_LABELS).map(([k, v]) => [`therapeuten.${k}`, v] as const),
]);

/** The label of a field path as evidence names it (`therapeuten.peerReviews` or `vektis`). */
export function veldLabel(veld: string | undefined, taal: 'nl' | 'en'): string {
  if (!veld) return '';
  return BY_PATH.get(veld)?.[taal] ?? veld;
}
