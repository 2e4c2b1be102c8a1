/**
 * The Besluiten sheet: the team's decision on each incomplete application (om aanvulling vragen
 * with a reply date, or afwijzen with a written motivation), one row per application. `zk selectie`
 * writes it with a row per incomplete application (and what is missing); the add-in saves a
 * decision into it; `zk selectie --besluiten werkmap.xlsx` and the add-in read it back. One column
 * list for all of them, so a team fills in the rows zk left empty and either side carries on.
 */
import type { Application } from '../rules/application';
import type { Problem } from '../rules/outcome';
import type { ProcedureResult } from '../rules/ranking/procedure';
import { TEAM_DECISION_COLUMNS, TEAM_DECISION_KINDS, TEAM_DECISION_LABELS, type MissingItem, type TeamDecision, headerKey, teamDecisionFromRecord, teamDecisionProblems } from '../rules/team-decision';
import { formatDateLong } from '../rules/format';
import { type ColumnDef, specsOf, rowsOf } from './columns';
import type { AuditEntry, CellInput, CellValue, TableData, TableSpec } from './types';

export const TEAM_DECISION_SHEET = 'Besluiten';
export const TEAM_DECISION_TABLE = 'tblBesluiten';

/** Columns after the decision's own: what zk knows of the application. The add-in keeps them as read. */
export const TEAM_DECISION_INFO_HEADERS = { naam: 'Naam initiatief', stand: 'Stand', ontbreekt: 'Ontbreekt' } as const;

/** A row of the sheet: a saved decision, or a row as it was read (kept exactly when rewriting). */
export type TeamDecisionRow = Record<string, CellInput>;

const KOP = Object.fromEntries(TEAM_DECISION_COLUMNS.map((c) => [c.veld, c.kop])) as Record<(typeof TEAM_DECISION_COLUMNS)[number]['veld'], string>;

export const TEAM_DECISION_SHEET_COLUMNS: ColumnDef<TeamDecisionRow>[] = [
  ...TEAM_DECISION_COLUMNS.map((c): ColumnDef<TeamDecisionRow> => ({
    header: c.kop,
    kind: c.veld === 'antwoordVoor' ? 'date' : 'text',
    width: c.veld === 'motivering' ? 60 : c.veld === 'tijdstip' ? 22 : 16,
    ...(c.veld === 'besluit' ? { validation: { type: 'list' as const, values: TEAM_DECISION_KINDS, message: 'Kies aanvulling of afwijzen.' } } : {}),
    value: (r: TeamDecisionRow) => r[c.kop],
  })),
  { header: TEAM_DECISION_INFO_HEADERS.naam, kind: 'text', width: 30, value: (r) => r[TEAM_DECISION_INFO_HEADERS.naam] },
  { header: TEAM_DECISION_INFO_HEADERS.stand, kind: 'text', width: 26, value: (r) => r[TEAM_DECISION_INFO_HEADERS.stand] },
  { header: TEAM_DECISION_INFO_HEADERS.ontbreekt, kind: 'text', width: 70, value: (r) => r[TEAM_DECISION_INFO_HEADERS.ontbreekt] },
];

export const TEAM_DECISION_NOTE = 'Besluit: aanvulling (verzoek om aanvulling, met de datum in Antwoord vóór) of afwijzen (alleen met een motivering). Zonder besluit krijgt de aanvraag geen brief.';

export function teamDecisionRow(b: TeamDecision): TeamDecisionRow {
  return { [KOP.aanvraag]: b.aanvraag, [KOP.besluit]: b.besluit, [KOP.motivering]: b.motivering, [KOP.antwoordVoor]: b.antwoordVoor ?? '', [KOP.wie]: b.wie, [KOP.rol]: b.rol ?? '', [KOP.tijdstip]: b.tijdstip };
}

/** The table spec of the sheet with these rows (both writers). */
export function teamDecisionSpec(rows: readonly TeamDecisionRow[]): TableSpec {
  return { sheet: TEAM_DECISION_SHEET, table: TEAM_DECISION_TABLE, columns: specsOf(TEAM_DECISION_SHEET_COLUMNS), rows: rowsOf(TEAM_DECISION_SHEET_COLUMNS, rows) };
}

/** The rows already in the sheet, as read (empty cells as ''), the informative columns included. */
export function teamDecisionRows(data: TableData): TeamDecisionRow[] {
  return data.records.map((r) => Object.fromEntries(TEAM_DECISION_SHEET_COLUMNS.map((c) => [c.header, r[c.header] ?? ''])));
}

/** The rows with `b` in place of an earlier decision on the same application (or added at the end); the earlier row's other columns stay. */
export function withTeamDecision(rows: readonly TeamDecisionRow[], b: TeamDecision): { rows: TeamDecisionRow[]; before?: TeamDecisionRow } {
  const at = rows.findIndex((r) => String(r[KOP.aanvraag] ?? '').trim() === b.aanvraag);
  const out = [...rows];
  if (at >= 0) out[at] = { ...rows[at], ...teamDecisionRow(b) };
  else out.push(teamDecisionRow(b));
  // A row zk wrote with no decision yet is not a decision being replaced.
  const before = at >= 0 && String(rows[at][KOP.besluit] ?? '').trim() ? rows[at] : undefined;
  return { rows: out, ...(before ? { before } : {}) };
}

/** Why the pane may not save this decision (Dutch), or null. */
export function teamDecisionRefusal(b: TeamDecision, datum?: string): string | null {
  const problems = teamDecisionProblems(b, datum);
  return problems.length ? `${problems.map((p) => p.melding).join('; ')}.` : null;
}

/** The audit row of a saved decision: what it decides, what it replaced, and why. */
export function teamDecisionAudit(b: TeamDecision, before?: TeamDecisionRow): AuditEntry {
  const replaced = before ? ` (vervangt ‘${String(before[KOP.besluit] ?? '')}’ van ${String(before[KOP.wie] ?? '') || 'onbekend'})` : '';
  const date = b.besluit === 'aanvulling' && b.antwoordVoor ? `, antwoord vóór ${formatDateLong(b.antwoordVoor)}` : '';
  return {
    actie: 'besluit van het team',
    onderwerp: b.aanvraag,
    melding: `${b.aanvraag}: ${TEAM_DECISION_LABELS[b.besluit]}${date}${replaced}.${b.motivering ? ` Motivering: ${b.motivering}` : ''}`,
    tijdstip: b.tijdstip,
    wie: b.wie,
    rol: b.rol ?? '',
  };
}

/**
 * The decisions in the sheet. A row without a decision typed is skipped; a wrong row (a rejection
 * without motivation, an unreadable date) is a problem naming the row and the column, and counts not.
 */
export function parseTeamDecisions(data: TableData, options: { datum?: string; tijdstip?: string } = {}): { besluiten: TeamDecision[]; problems: Problem[] } {
  const besluiten: TeamDecision[] = [];
  const problems: Problem[] = [];
  data.records.forEach((record, i) => {
    const keyed = Object.fromEntries(Object.entries(record).map(([k, v]) => [headerKey(k), v as CellValue]));
    const parsed = teamDecisionFromRecord(keyed, options);
    if (parsed.besluit) besluiten.push(parsed.besluit);
    for (const p of parsed.problemen) problems.push({ bestand: TEAM_DECISION_SHEET, plaats: `${TEAM_DECISION_SHEET}!rij ${data.rowNumbers[i] ?? i + 2}`, veld: p.veld, melding: `${p.melding}; dit besluit telt niet`, ernst: 'fout' });
  });
  return { besluiten, problems };
}

/** zk's rows: one per incomplete application, with the team's decision when it took one and what is missing. */
export function teamDecisionReportRows(result: ProcedureResult, aanvragen: readonly Application[], fieldLabel: (veld: string) => string): TeamDecisionRow[] {
  const names = new Map(aanvragen.map((a) => [a.id, a.naamInitiatief ?? '']));
  const incomplete = result.besluiten.filter((b) => b.soort === 'besluitNodig' || b.soort === 'aanvullingGevraagd' || b.soort === 'afgewezenOnvolledig');
  return incomplete.map((b) => {
    const t = b.teamBesluit;
    return {
      ...(t ? teamDecisionRow(t) : { [KOP.aanvraag]: b.id }),
      [KOP.aanvraag]: b.id,
      [TEAM_DECISION_INFO_HEADERS.naam]: names.get(b.id) ?? '',
      [TEAM_DECISION_INFO_HEADERS.stand]: b.besluit,
      [TEAM_DECISION_INFO_HEADERS.ontbreekt]: missingText(b.ontbreekt ?? [], fieldLabel),
    };
  });
}

/** `K9: Aantal klanten Zilveren Kruis; looptijd: Einddatum …`. */
function missingText(items: readonly MissingItem[], fieldLabel: (veld: string) => string): string {
  return items.map((m) => `${[m.id, ...m.alsoIds].join('/')}: ${[...new Set(m.velden.map(fieldLabel))].join(', ')}`).join('; ');
}
