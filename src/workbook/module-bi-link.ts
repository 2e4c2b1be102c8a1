/**
 * The BehandelIndex sheet as the module checklist reads it back: the BI step (or `zk bi -o`) wrote
 * tblBehandelIndex and, beside it, tblBiDrempel; the checklist links each practice's BI condition
 * to its row there by AGB code.
 */
import { computeBehandelIndex, settingsFromRule, type BiPracticeResult, type BiResult } from '../rules/bi/behandelindex';
import { readDecimal } from '../rules/dutch-number';
import { CHECK_STATUSES } from '../rules/outcome';
import type { BiRule } from '../rules/policy';
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

/**
 * The BI result as the module checklist needs it, read back from the BehandelIndex sheet (when the
 * BI step ran in an earlier session or `zk bi -o` wrote the workbook): the practices' outcomes, the
 * reference year and the threshold the sheet holds; the rest (method, minimum of patients) from the
 * policy's BI rule. Null when the sheet has no practices or no reference year.
 */
export function biResultFromSheet(rows: TableData | null, summary: TableData | null, rule: BiRule, contractjaar: number): BiResult | null {
  const practices = [...biSheetRows(rows).values()];
  const kv = biSheetSummary(summary);
  const referentiejaar = Number(kv['Referentiejaar (BI-jaar)']);
  if (practices.length === 0 || !Number.isInteger(referentiejaar)) return null;
  const drempel = readDecimal(kv.Drempel ?? '') ?? null;
  const statuses: readonly string[] = CHECK_STATUSES;
  const base = computeBehandelIndex([], settingsFromRule(rule, { contractjaar }));
  return {
    ...base,
    referentiejaar,
    drempel,
    praktijken: practices.map((p) => ({
      agb: p.agb,
      naam: p.naam,
      bi: p.bi,
      ondergrens: null,
      deciel: p.deciel,
      // A status a person typed over is not one of the three: then the sheet does not say.
      status: statuses.includes(p.uitkomst) ? (p.uitkomst as BiPracticeResult['status']) : 'onbekend',
      reden: p.reden,
    })),
  };
}
