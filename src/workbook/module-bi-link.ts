/**
 * The BehandelIndex sheet as the module checklist reads it back: the BI step (or `zk bi -o`) wrote
 * tblBehandelIndex and, beside it, tblBiDrempel; the checklist links each practice's BI condition
 * to its row there by AGB code.
 */
import { BI_COLUMNS } from './results';
import type { TableData } from './types';

export interface BiSheetRow {
  /** Sheet row of the practice (the header is row 1). */
  rij: number;
  agb: string;
  naam: string;
  bi: number | null;
  deciel: number | null;
  uitkomst: string;
  reden: string;
}

const HEADERS = Object.fromEntries(BI_COLUMNS.map((c) => [c.header, c.header])) as Record<string, string>;

const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

/** The practices of tblBehandelIndex by AGB code (the first row of an AGB code wins, as in the BI result). */
export function biSheetRows(data: TableData | null): Map<string, BiSheetRow> {
  const out = new Map<string, BiSheetRow>();
  if (!data) return out;
  data.records.forEach((r, i) => {
    const agb = String(r[HEADERS['AGB-code']] ?? '').trim();
    if (!agb || out.has(agb)) return;
    out.set(agb, {
      rij: data.rowNumbers[i] ?? i + 2,
      agb,
      naam: String(r[HEADERS.Praktijknaam] ?? ''),
      bi: num(r[HEADERS.BehandelIndex]),
      deciel: num(r[HEADERS.Deciel]),
      uitkomst: String(r[HEADERS.Uitkomst] ?? ''),
      reden: String(r[HEADERS.Reden] ?? ''),
    });
  });
  return out;
}

/** Kenmerk → Waarde of tblBiDrempel (Drempel, Referentiejaar (BI-jaar), Contractjaar, …). */
export function biSheetSummary(data: TableData | null): Record<string, string> {
  if (!data) return {};
  return Object.fromEntries(data.records.map((r) => [String(r.Kenmerk ?? ''), String(r.Waarde ?? '')]).filter(([k]) => k));
}
