/**
 * Plain types of the one workbook schema. Nothing here mentions Office or exceljs: src/excel
 * (Office.js) and src/report (exceljs) write these tables, and the readers here read them back.
 */
import type { CheckStatus } from '../rules/outcome';
export type { AuditEntry } from './audit';
export type { SettingRow } from './settings';
import type { ConsensusInput } from '../rules/scoring/score';

/** How a column's cells are formatted and converted. */
export type ColumnKind = 'text' | 'number' | 'decimal' | 'score' | 'decimal1' | 'decimal4' | 'euro' | 'date' | 'datetime' | 'percentage' | 'boolean' | 'formula';

/**
 * Who fills a column: the program (rewritten by every action), a person (typed, read back, and kept
 * exactly as typed), or the input (imported, a person may correct it; every step reads it back).
 */
export type ColumnOwner = 'programma' | 'persoon' | 'invoer';

export type Validation =
  | { type: 'wholeNumber'; min: number; max: number; message: string }
  | { type: 'decimal'; min: number; max: number; message: string }
  | { type: 'date'; after: string; message: string }
  | { type: 'list'; values: readonly string[]; message: string };

/** Conditional formatting: a fill when the cell equals a text, or is at least a number. */
export type Highlight = { equals: string; fill: string; font?: string } | { atLeast: number; fill: string; font?: string };

export interface ColumnSpec {
  header: string;
  kind: ColumnKind;
  /** Width in characters (about 7 points each). */
  width?: number;
  validation?: Validation;
  highlights?: readonly Highlight[];
  /** Default `programma`. A person's column is read back and never overwritten by the program. */
  owner?: ColumnOwner;
  /** What goes in the column, for a note on the header (exceljs) and the docs. */
  description?: string;
}

/** A value handed to the writer; `null`/`undefined` make an empty cell. */
export type CellInput = string | number | boolean | null | undefined;
/** A value read back from a cell. */
export type CellValue = string | number | boolean;

export interface TableSpec {
  sheet: string;
  table: string;
  columns: readonly ColumnSpec[];
  rows: readonly (readonly CellInput[])[];
  /** Top-left cell of the header row, 0-based (default A1). */
  origin?: { row: number; col: number };
  /** Freeze the header row (default true when the table starts on row 1). */
  freezeHeader?: boolean;
  /**
   * Columns whose every data cell holds the same formula, in Excel's invariant form (`,` between
   * arguments, `[#This Row]`), e.g. =ZK.ELIGIBLE. The row's value in that column is the result a
   * file carries until Excel recalculates.
   */
  formulas?: readonly { header: string; formula: string }[];
}

export interface TableInfo {
  name: string;
  sheet: string;
  headers: string[];
}

export interface TableData {
  headers: string[];
  /** Data rows (fully empty rows left out). */
  rows: CellValue[][];
  /** The same rows as header → value. */
  records: Record<string, CellValue>[];
  /** For each row, its 1-based row number counted from the header row (header = 1), for messages. */
  rowNumbers: number[];
}

/** One score as typed in an assessor's sheet; `score` is null when the cell is empty or invalid. */
export interface ScoreEntry {
  aanvraag: string;
  beoordelaar: string;
  rol: string;
  item: string;
  score: number | null;
  toelichting?: string;
}

/** A consensus score as the Consensus sheet holds it (the rules' ConsensusInput, plus when it was agreed). */
export interface ConsensusEntry extends ConsensusInput {
  tijdstip?: string;
}

export interface RubricShape {
  schaal?: { min: number; max: number };
  items: readonly { id: string; tekst: string; groep?: string }[];
}

/** The least the score sheets need to know of an application. */
export interface ApplicationRef {
  id: string;
  naamInitiatief?: string;
}

/** One row of the Selectie sheet (src/workbook/selection.ts builds them from the procedure result). */
export interface SelectionRow {
  /** Place in the ranking; null for an application that is not ranked. */
  positie: number | null;
  id: string;
  naam: string;
  samenwerkingsverband?: string;
  regio: string | null;
  totaal: number | null;
  geselecteerd: boolean;
  /** The decision's label (geselecteerd, niet geselecteerd, afgewezen, …). */
  besluit?: string;
  /** The decision's motivation (else the ranking's reason). */
  reden: string;
  tiebreak?: string;
  verschuiving?: number;
  /** Rubric items on which the assessors disagree. */
  onenigheid?: readonly string[];
  /** Assessors with a declared conflict for this application (they do not score it), e.g. "Bea Beleid (beleidsontwikkelaar): werkt bij Fysio Oost". */
  belangen?: readonly string[];
  /** Items where the panel's consensus score counts instead of the aggregate, e.g. "SMART-doelen en nulmeting 5 (Bea Beleid)". */
  consensus?: readonly string[];
  gevraagdBedrag?: number;
  /** The aggregate per rubric item id. */
  scores?: Readonly<Record<string, number | null>>;
  /** Chance of being in the top N when assessors are resampled (0–1). */
  kans?: number | null;
}

export interface SelectionModel {
  rows: readonly SelectionRow[];
  /** The rubric's items (one score column each) and the maximum number of selections. */
  items?: readonly { id: string; label: string }[];
  n?: number;
  seed?: number;
  gewichten?: Record<string, number>;
  nietGerangschikt?: readonly { id: string; reden: string }[];
  tiebreaks?: readonly string[];
}

export interface BiPracticeRow {
  agb: string;
  naam: string;
  bi: number | null;
  ondergrens?: number | null;
  deciel?: number | null;
  status: CheckStatus;
  reden?: string;
}

export interface BiSheetModel {
  referentiejaar: number;
  contractjaar?: number;
  methode: string;
  deciel: number;
  drempel: number | null;
  decielgrenzen?: readonly number[];
  praktijken: readonly BiPracticeRow[];
}



/** What one write action did (for the pane's status line and for tests). */
export interface WriteReport {
  /** Data rows written per table. */
  rijen: Record<string, number>;
  /** Extra messages, e.g. typed overrides kept or text shortened to Excel's cell limit. */
  meldingen: string[];
}
