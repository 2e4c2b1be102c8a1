/**
 * The module input of the e2e walk: two practices of the walk's BehandelIndex table and one
 * physiotherapist each, in the columns of the import template (zk template --module vv).
 */
import { PRAKTIJK_COLUMNS, THERAPEUT_COLUMNS } from '../../src/import/module-columns';
import type { PraktijkVeld, TherapeutVeld } from '../../src/rules/modules/records';

type Row = (string | number)[];

const GOOD_PRACTICE: Partial<Record<PraktijkVeld, string>> = {
  kwaliteitsregister: 'SKF',
  registerStatus: 'deelnemer',
  ingeschrevenSinds: '1-1-2023',
  volledigeJaarcyclus: 'ja',
  laatsteVisitatie: '1-6-2024',
  visitatieVoldaan: 'ja',
  visitatiemodel: 'SKF Visitatiemodel',
  pdcaBewijs: 'verbeterplan',
  database: 'LDF',
  aanleverMaanden: '2024-03 t/m 2025-02',
  premBureau: 'Qualizorg',
  toestemmingZorgkaart: 'ja',
  toestemmingSignificant: 'ja',
  kngfEisen: 'ja',
  vektis: 'ja',
  wtza: 'ja',
};

const GOOD_THERAPIST: Partial<Record<TherapeutVeld, string | number>> = {
  functie: 'fysiotherapeut',
  big: 'ja',
  kwaliteitsregister: 'SKF',
  peerReviews: 4,
  peerReviewsMetData: 4,
  eLearning: 'ja',
  mdsLageRug: 'ja',
  mdsCopd: 'ja',
  prem: 'ja',
  parkinsonNet: 'ja',
  chronischZorgNet: 'nee',
  copdBasisscholing: 'nee',
  copdNetwerk: 'nee',
  bekkenfysiotherapeut: 'nee',
  oedeemtherapeut: 'nee',
};

export function modulePractices(): Row[] {
  const rows: Partial<Record<PraktijkVeld, string>>[] = [
    { ...GOOD_PRACTICE, agb: '04010001', naam: 'Fysiotherapie Een' },
    { ...GOOD_PRACTICE, agb: '04010011', naam: 'Fysiotherapie Elf', registerStatus: 'aspirant', ingeschrevenSinds: '1-4-2024' },
  ];
  return [PRAKTIJK_COLUMNS.map((c) => c.header), ...rows.map((r) => PRAKTIJK_COLUMNS.map((c) => r[c.field] ?? ''))];
}

export function moduleTherapists(): Row[] {
  const rows: Partial<Record<TherapeutVeld, string | number>>[] = [
    { ...GOOD_THERAPIST, praktijkAgb: '04010001', naam: 'Anna de Vries' },
    { ...GOOD_THERAPIST, praktijkAgb: '04010011', naam: 'Bram Jansen' },
  ];
  return [THERAPEUT_COLUMNS.map((c) => c.header), ...rows.map((r) => THERAPEUT_COLUMNS.map((c) => r[c.field] ?? ''))];
}
