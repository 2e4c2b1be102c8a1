/**
 * The module checklists (Voortdurend Verbeteren, Verdiepen & Specialiseren): per module a
 * checklist sheet (a row per practice, a column per condition, status colours as in Toetsing), a
 * details sheet (a row per practice × condition: status, reason, evidence, origin) and a summary
 * (per condition how many practices meet it, fail it or are unknown; the most blocking first, with
 * a bar chart). One definition for both hosts: the add-in's Modules step and `zk module … -o`
 * write these tables from the same model.
 */
import { renderHerkomst, type Herkomst } from '../rules/findings';
import { CHECK_STATUSES, type CheckStatus } from '../rules/outcome';
import { CHECK_HIGHLIGHTS, GREEN, RED, AMBER } from './colours';
import { type ColumnDef, join, rowsOf, specsOf } from './columns';
import type { Highlight, TableSpec } from './types';

export type ModuleKey = 'vv' | 'vs';

/** One condition of a module: a column of the checklist, a row of the summary. */
export interface ModuleCondition {
  id: string;
  /** Column header: short, in the source's words ("Praktijkkwaliteitsregister", "BehandelIndex"). */
  kop: string;
  /** The condition in the source's wording (a quote for a `bron` condition), else its label. */
  tekst: string;
  herkomst: Herkomst;
  /** Remarks of the source next to the condition (KNGF on the BehandelIndex), quoted. */
  opmerkingen?: readonly string[];
  /** True for the BehandelIndex condition: the pane links it to the practice's row on the BehandelIndex sheet. */
  behandelIndex?: boolean;
}

/** The outcome of one condition for one practice. */
export interface ModuleCell {
  status: CheckStatus;
  /** Dutch reason, rendered from the findings. */
  reden: string;
  /** The evidence: what was found against what, rendered from the findings ("BI 96,4 ≤ drempel 96,4"). */
  bewijs: string;
  /** Where the condition comes from (a quoted source, for every condition of the module policies). */
  herkomst: Herkomst;
  /** The team setting that decided this outcome, when one did (which registers count as "erkend", …). */
  keuze?: Herkomst;
}

export interface ModulePractice {
  agb: string;
  naam: string;
  /** The practice's overall outcome (voldoet / voldoet niet / onbekend; for VS the patient groups). */
  uitkomst: string;
  /** ISO date the practice was checked at (first day of the month of entry). */
  peildatum?: string;
  /** Outcome per condition id; a condition without a cell was not evaluated for this practice. */
  cellen: Readonly<Record<string, ModuleCell | undefined>>;
  /** Signals for the analyst (`hulp`): shown on the sheets, never in a letter. */
  signalen?: readonly string[];
  /** Postal lines for a letter (name, address, postcode and place), when the input has them. */
  adres?: readonly string[];
}

export interface ModuleChecklist {
  module: ModuleKey;
  /** "Voortdurend Verbeteren", "Verdiepen & Specialiseren". */
  naam: string;
  beleid: { id: string; versie: string; naam?: string };
  contractjaar?: number;
  /** ISO date the practices were checked at (when one date holds for all). */
  peildatum?: string;
  voorwaarden: readonly ModuleCondition[];
  praktijken: readonly ModulePractice[];
  /** A note with the whole module, e.g. the source's N.B. under Verdiepen & Specialiseren. */
  opmerking?: string;
}

export const MODULE_NAMES: Record<ModuleKey, string> = {
  vv: 'Voortdurend Verbeteren',
  vs: 'Verdiepen & Specialiseren',
};

/** Sheet and table names per module. Table names are letters, digits and underscores. */
export const CHECKLIST_SHEETS: Record<ModuleKey, { checklist: string; details: string; samenvatting: string }> = {
  vv: { checklist: 'Voortdurend Verbeteren', details: 'VV details', samenvatting: 'VV samenvatting' },
  vs: { checklist: 'Verdiepen & Specialiseren', details: 'VS details', samenvatting: 'VS samenvatting' },
};

export const CHECKLIST_TABLES: Record<ModuleKey, { checklist: string; details: string; samenvatting: string }> = {
  vv: { checklist: 'tblModuleVV', details: 'tblModuleVVDetails', samenvatting: 'tblModuleVVSamenvatting' },
  vs: { checklist: 'tblModuleVS', details: 'tblModuleVSDetails', samenvatting: 'tblModuleVSSamenvatting' },
};

/** The chart on the summary sheet: practices per condition that do not meet it. */
export const MODULE_CHART = (module: ModuleKey): string => `Voorwaarden ${module.toUpperCase()}`;

/**
 * Overall outcomes and the VS patient-group lists are coloured too: a practice's outcome in the
 * three values, and "geen" (no patient group under the module) amber.
 */
const OUTCOME_HIGHLIGHTS: readonly Highlight[] = [...CHECK_HIGHLIGHTS, { equals: 'geen', ...AMBER }];

/** Fixed columns before the conditions. */
const LEADING: ColumnDef<ModulePractice>[] = [
  { header: 'AGB-code', kind: 'text', width: 10, value: (p) => p.agb },
  { header: 'Praktijknaam', kind: 'text', width: 28, value: (p) => p.naam },
  { header: 'Peildatum', kind: 'date', width: 11, value: (p) => p.peildatum },
  { header: 'Uitkomst', kind: 'text', width: 16, highlights: OUTCOME_HIGHLIGHTS, value: (p) => p.uitkomst },
];

const TRAILING: ColumnDef<ModulePractice>[] = [{ header: 'Signalen', kind: 'text', width: 40, value: (p) => join(p.signalen) }];

/** A condition's header, unique among the sheet's headers (a table refuses two equal headers). */
function conditionHeaders(conditions: readonly ModuleCondition[]): string[] {
  const taken = new Set([...LEADING, ...TRAILING].map((c) => c.header.toLowerCase()));
  return conditions.map((c) => {
    let header = c.kop.trim() || c.id;
    for (let n = 2; taken.has(header.toLowerCase()); n++) header = `${c.kop.trim() || c.id} (${n})`;
    taken.add(header.toLowerCase());
    return header;
  });
}

/** The checklist's columns: AGB-code, Praktijknaam, Peildatum, Uitkomst, one per condition, Signalen. */
export function checklistColumns(list: Pick<ModuleChecklist, 'voorwaarden'>): ColumnDef<ModulePractice>[] {
  const headers = conditionHeaders(list.voorwaarden);
  return [
    ...LEADING,
    ...list.voorwaarden.map(
      (c, i): ColumnDef<ModulePractice> => ({
        header: headers[i],
        kind: 'text',
        width: 14,
        highlights: CHECK_HIGHLIGHTS,
        description: c.tekst,
        value: (p) => p.cellen[c.id]?.status,
      }),
    ),
    ...TRAILING,
  ];
}

/** One row of the details sheet: one condition of one practice. */
export interface ModuleDetailRow {
  agb: string;
  naam: string;
  voorwaarde: ModuleCondition;
  cel: ModuleCell;
}

export const DETAIL_COLUMNS: ColumnDef<ModuleDetailRow>[] = [
  { header: 'AGB-code', kind: 'text', width: 10, value: (r) => r.agb },
  { header: 'Praktijknaam', kind: 'text', width: 26, value: (r) => r.naam },
  { header: 'Voorwaarde', kind: 'text', width: 12, value: (r) => r.voorwaarde.id },
  { header: 'Omschrijving', kind: 'text', width: 30, value: (r) => r.voorwaarde.kop },
  { header: 'Uitkomst', kind: 'text', width: 12, highlights: CHECK_HIGHLIGHTS, value: (r) => r.cel.status },
  { header: 'Reden', kind: 'text', width: 50, value: (r) => r.cel.reden },
  { header: 'Bewijs', kind: 'text', width: 40, value: (r) => r.cel.bewijs },
  { header: 'Herkomst', kind: 'text', width: 28, value: (r) => renderHerkomst(r.cel.herkomst, 'nl') },
  { header: 'Keuze van het team', kind: 'text', width: 28, value: (r) => (r.cel.keuze ? renderHerkomst(r.cel.keuze, 'nl') : undefined) },
  // The rule itself, so a reader of the sheet can check it without the program.
  { header: 'Voorwaarde volgens de bron', kind: 'text', width: 50, value: (r) => (r.cel.herkomst.soort === 'bron' ? r.cel.herkomst.citaat : r.voorwaarde.tekst) },
];

export function detailRows(list: ModuleChecklist): ModuleDetailRow[] {
  return list.praktijken.flatMap((p) =>
    list.voorwaarden.flatMap((voorwaarde) => {
      const cel = p.cellen[voorwaarde.id];
      return cel ? [{ agb: p.agb, naam: p.naam, voorwaarde, cel }] : [];
    }),
  );
}

/** One row of the summary: how many practices meet, fail or miss data for one condition. */
export interface ModuleSummaryRow {
  voorwaarde: ModuleCondition;
  voldoetNiet: number;
  voldoet: number;
  onbekend: number;
}

/** Index (0-based) of the chart's category column (Omschrijving); Voldoet niet follows it. */
export const SUMMARY_CHART_COLUMN = 1;

export const SUMMARY_COLUMNS: ColumnDef<ModuleSummaryRow>[] = [
  { header: 'Voorwaarde', kind: 'text', width: 12, value: (r) => r.voorwaarde.id },
  // Omschrijving and Voldoet niet are adjacent: they are the chart's source.
  { header: 'Omschrijving', kind: 'text', width: 30, value: (r) => r.voorwaarde.kop },
  { header: 'Voldoet niet', kind: 'number', width: 10, highlights: [{ atLeast: 1, ...RED }], value: (r) => r.voldoetNiet },
  { header: 'Voldoet', kind: 'number', width: 10, highlights: [{ atLeast: 1, ...GREEN }], value: (r) => r.voldoet },
  { header: 'Onbekend', kind: 'number', width: 10, highlights: [{ atLeast: 1, ...AMBER }], value: (r) => r.onbekend },
  { header: 'Herkomst', kind: 'text', width: 28, value: (r) => renderHerkomst(r.voorwaarde.herkomst, 'nl') },
  { header: 'Voorwaarde volgens de bron', kind: 'text', width: 50, value: (r) => r.voorwaarde.tekst },
  { header: 'Opmerking in de bron', kind: 'text', width: 50, value: (r) => join(r.voorwaarde.opmerkingen) },
];

/**
 * Counts per condition, the condition that blocks most practices first (then most unknown, then
 * the order of the source), so the top of the summary says where practices fall short.
 */
export function summaryRows(list: ModuleChecklist): ModuleSummaryRow[] {
  const rows = list.voorwaarden.map((voorwaarde, order) => {
    const count = (s: CheckStatus) => list.praktijken.filter((p) => p.cellen[voorwaarde.id]?.status === s).length;
    return { row: { voorwaarde, voldoetNiet: count('voldoet niet'), voldoet: count('voldoet'), onbekend: count('onbekend') }, order };
  });
  rows.sort((a, b) => b.row.voldoetNiet - a.row.voldoetNiet || b.row.onbekend - a.row.onbekend || a.order - b.order);
  return rows.map((r) => r.row);
}

/** How many practices have each overall outcome (for a status line and the audit). */
export function outcomeCounts(list: ModuleChecklist): Record<string, number> {
  const counts: Record<string, number> = Object.fromEntries(CHECK_STATUSES.map((s) => [s, 0]));
  for (const p of list.praktijken) counts[p.uitkomst] = (counts[p.uitkomst] ?? 0) + 1;
  return counts;
}

/**
 * The outcome in one line (audit, status): per overall outcome for Voortdurend Verbeteren
 * ("1 voldoet, 2 voldoet niet"); per patient group the practices that may treat it for Verdiepen &
 * Specialiseren ("Parkinson 1, PAV 0, …").
 */
export function outcomeLine(list: ModuleChecklist): string {
  if (list.module === 'vs') return list.voorwaarden.map((v) => `${v.kop} ${list.praktijken.filter((p) => p.cellen[v.id]?.status === 'voldoet').length}`).join(', ') || 'geen groepen';
  const counts = outcomeCounts(list);
  return Object.entries(counts).filter(([, n]) => n > 0).map(([s, n]) => `${n} ${s}`).join(', ') || 'geen praktijken';
}

/** The three tables of one module, as both writers write them. */
export function moduleTableSpecs(list: ModuleChecklist): { checklist: TableSpec; details: TableSpec; samenvatting: TableSpec } {
  const sheets = CHECKLIST_SHEETS[list.module];
  const tables = CHECKLIST_TABLES[list.module];
  const columns = checklistColumns(list);
  return {
    checklist: { sheet: sheets.checklist, table: tables.checklist, columns: specsOf(columns), rows: rowsOf(columns, list.praktijken) },
    details: { sheet: sheets.details, table: tables.details, columns: specsOf(DETAIL_COLUMNS), rows: rowsOf(DETAIL_COLUMNS, detailRows(list)) },
    samenvatting: { sheet: sheets.samenvatting, table: tables.samenvatting, columns: specsOf(SUMMARY_COLUMNS), rows: rowsOf(SUMMARY_COLUMNS, summaryRows(list)) },
  };
}
