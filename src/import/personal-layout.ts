/**
 * The layout of a personal scoring file (sheet and table names, headers, identity keys) and the
 * readers of its tables. src/workbook/personal.ts writes the tables from these names; this
 * module reads them back (src/import/personal-file.ts), so every name is spelled once.
 */
import type { AssessorRef } from '../rules/scoring/conflicts';
import type { TableRows } from './table-rows';

/**
 * The personal scoring file of one assessor (`zk beoordeling uitdelen`): a workbook of its own,
 * never a sheet of the shared workbook.
 */
export const PERSONAL_SHEETS = {
  uitleg: 'Uitleg',
  scores: 'Scores',
  aanvragen: 'Aanvraaggegevens',
  rubric: 'Rubric',
  controle: 'Controle',
  bestand: 'Bestand',
} as const;

export const PERSONAL_TABLES = {
  uitleg: 'tblUitleg',
  scores: 'tblMijnScores',
  aanvragen: 'tblAanvraaggegevens',
  rubric: 'tblRubric',
  controle: 'tblControle',
  bestand: 'tblBestand',
} as const;

/** The layout version of the file; a reader refuses a file of a later version it does not know. */
export const PERSONAL_FORMAT = 1;

export const PERSONAL_SCORE_HEADERS = {
  aanvraag: 'Aanvraag',
  naam: 'Naam initiatief',
  item: 'Item',
  onderdeel: 'Onderdeel',
  schaal: 'Schaal',
  score: 'Score',
  toelichting: 'Toelichting',
} as const;

/** The keys of the identity table (sheet Bestand), as written in its first column. */
export const IDENTITY_KEYS = {
  bestand: 'bestand',
  formaat: 'formaat',
  beoordelaar: 'beoordelaar',
  rol: 'rol',
  beleid: 'beleid',
  beleidsversie: 'beleidsversie',
  uitgedeeld: 'uitgedeeld',
} as const;
export const IDENTITY_HEADERS = { sleutel: 'Gegeven', waarde: 'Waarde' } as const;
export const CONTROL_HEADERS = { aanvraag: 'Aanvraag', naam: 'Naam initiatief', controlegetal: 'Controlegetal' } as const;

/** Who the file is for and which hand-out it is. */
export interface PersonalFileIdentity {
  /** Id of this hand-out of this file (the same for every copy the assessor saves). */
  bestandId: string;
  formaat: number;
  beoordelaar: AssessorRef;
  beleid: string;
  beleidsversie: string;
  /** ISO time of the hand-out. */
  uitgedeeld: string;
}


const text = (v: unknown): string => (v instanceof Date ? v.toISOString() : String(v ?? '')).trim();

/** Index of a header, case- and space-insensitive; -1 when absent. */
const headerAt = (header: readonly unknown[], name: string): number => header.findIndex((h) => text(h).toLowerCase() === name.toLowerCase());

const nonEmpty = (rows: TableRows['rows']) => rows.filter((r) => r.cells.some((c) => text(c) !== ''));

/** The identity table as read: a message instead when a key is missing. */
export function parseIdentity(data: TableRows): { identiteit: PersonalFileIdentity } | { melding: string } {
  const keyAt = headerAt(data.header, IDENTITY_HEADERS.sleutel);
  const valueAt = headerAt(data.header, IDENTITY_HEADERS.waarde);
  if (keyAt < 0 || valueAt < 0) return { melding: `het blad ${PERSONAL_SHEETS.bestand} heeft niet de kolommen ${IDENTITY_HEADERS.sleutel} en ${IDENTITY_HEADERS.waarde}` };
  const values = new Map(nonEmpty(data.rows).map((r) => [text(r.cells[keyAt]).toLowerCase(), r.cells[valueAt]]));
  const missing = Object.values(IDENTITY_KEYS).filter((k) => text(values.get(k)) === '');
  if (missing.length) return { melding: `op het blad ${PERSONAL_SHEETS.bestand} ontbreekt ${missing.join(', ')}` };
  const formaat = Number(values.get(IDENTITY_KEYS.formaat));
  if (!Number.isInteger(formaat)) return { melding: `op het blad ${PERSONAL_SHEETS.bestand} is formaat "${text(values.get(IDENTITY_KEYS.formaat))}" geen geheel getal` };
  const get = (k: string) => text(values.get(k));
  return {
    identiteit: {
      bestandId: get(IDENTITY_KEYS.bestand),
      formaat,
      beoordelaar: { beoordelaar: get(IDENTITY_KEYS.beoordelaar), rol: get(IDENTITY_KEYS.rol) },
      beleid: get(IDENTITY_KEYS.beleid),
      beleidsversie: get(IDENTITY_KEYS.beleidsversie),
      uitgedeeld: get(IDENTITY_KEYS.uitgedeeld),
    },
  };
}

/** The check values at hand-out, by application id. */
export function parseControl(data: TableRows): Map<string, string> {
  const idAt = headerAt(data.header, CONTROL_HEADERS.aanvraag);
  const valueAt = headerAt(data.header, CONTROL_HEADERS.controlegetal);
  const out = new Map<string, string>();
  if (idAt < 0 || valueAt < 0) return out;
  for (const { cells } of data.rows) if (text(cells[idAt])) out.set(text(cells[idAt]), text(cells[valueAt]));
  return out;
}

/** A row of the Scores sheet as typed: the score still raw (the reader checks it against the rubric). */
export interface PersonalScoreRow {
  /** Row number in the sheet (header = 1). */
  rij: number;
  aanvraag: string;
  item: string;
  score: string | number | boolean;
  toelichting: string;
}

/** The rows of the Scores sheet; a message instead when a column the reader needs is missing. */
export function parsePersonalScoreRows(data: TableRows): { rijen: PersonalScoreRow[] } | { melding: string } {
  const h = PERSONAL_SCORE_HEADERS;
  const at = { aanvraag: headerAt(data.header, h.aanvraag), item: headerAt(data.header, h.item), score: headerAt(data.header, h.score), toelichting: headerAt(data.header, h.toelichting) };
  const missing = (Object.keys(at) as (keyof typeof at)[]).filter((k) => at[k] < 0).map((k) => h[k]);
  if (missing.length) return { melding: `op het blad ${PERSONAL_SHEETS.scores} ontbreekt de kolom ${missing.join(', ')}` };
  return {
    rijen: nonEmpty(data.rows).map(({ rij, cells }) => {
      const score = cells[at.score];
      return {
        rij,
        aanvraag: text(cells[at.aanvraag]),
        item: text(cells[at.item]),
        score: typeof score === 'number' || typeof score === 'boolean' ? score : text(score),
        toelichting: text(cells[at.toelichting]),
      };
    }),
  };
}
