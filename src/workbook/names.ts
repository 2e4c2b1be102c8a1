/**
 * Sheet and table names of the one workbook: the add-in and `zk` write and read these. The three
 * import tables are named like their sheets, because assessors type them in formulas
 * (=ZK.ELIGIBLE(Aanvragen[#Headers]; …)); the others carry the `tbl` prefix.
 */
export const SHEETS = {
  aanvragen: 'Aanvragen',
  deelnemers: 'Deelnemers',
  begroting: 'Begroting',
  toetsing: 'Toetsing',
  selectie: 'Selectie',
  behandelIndex: 'BehandelIndex',
  instellingen: 'Instellingen',
  consensus: 'Consensus',
  belangen: 'Belangen',
  overleg: 'Overleg',
  audit: 'Audit',
} as const;

export const TABLES = {
  aanvragen: 'Aanvragen',
  deelnemers: 'Deelnemers',
  begroting: 'Begroting',
  toetsing: 'tblToetsing',
  selectie: 'tblSelectie',
  behandelIndex: 'tblBehandelIndex',
  biDrempel: 'tblBiDrempel',
  instellingen: 'tblInstellingen',
  consensus: 'tblConsensus',
  belangen: 'tblBelangen',
  overleg: 'tblOverleg',
  audit: 'tblAudit',
} as const;

/** The personal scoring file's sheets and tables (one home: the import that reads them back). */
export { PERSONAL_SHEETS, PERSONAL_TABLES } from '../import/personal-layout';

export const SCORE_SHEET_PREFIX = 'Scores ';
export const SCORE_TABLE_PREFIX = 'tblScores_';
export const RANKING_CHART = 'Rangschikking';

const MAX_SHEET_NAME = 31;

/** `Scores zorginhoudelijk adviseur` (31 characters, Excel's maximum; longer roles are shortened). */
export function scoreSheetName(role: string): string {
  const clean = role.replace(/[:\\/?*[\]']/g, ' ').replace(/\s+/g, ' ').trim();
  return (SCORE_SHEET_PREFIX + clean).slice(0, MAX_SHEET_NAME).trim();
}

/** Table names allow letters, digits and underscores only. */
export function scoreTableName(role: string): string {
  const slug = role
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .toLowerCase();
  return SCORE_TABLE_PREFIX + (slug || 'rol');
}
