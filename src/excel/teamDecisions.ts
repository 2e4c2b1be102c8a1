/**
 * The Besluiten sheet: the team's decision on each incomplete application (om aanvulling vragen
 * with a reply date, or afwijzen with a written motivation), one row per application. The headers
 * are those `zk selectie` writes and `zk selectie --besluiten werkmap.xlsx` reads.
 */
import type { Problem } from '../rules/outcome';
import { TEAM_DECISION_COLUMNS, TEAM_DECISION_KINDS, TEAM_DECISION_LABELS, type TeamDecision, headerKey, teamDecisionFromRecord, teamDecisionProblems } from '../rules/team-decision';
import { formatDateLong } from '../rules/format';
import type { ColumnDef } from './columns';
import type { AuditEntry, CellValue, TableData } from './types';

export const TEAM_DECISION_SHEET = 'Besluiten';
export const TEAM_DECISION_TABLE = 'tblBesluiten';

/** A row of the sheet: a saved decision, or a row as it was read (kept exactly when rewriting). */
export type TeamDecisionRow = Record<string, CellValue>;

const KOP = Object.fromEntries(TEAM_DECISION_COLUMNS.map((c) => [c.veld, c.kop])) as Record<(typeof TEAM_DECISION_COLUMNS)[number]['veld'], string>;

export const TEAM_DECISION_SHEET_COLUMNS: ColumnDef<TeamDecisionRow>[] = TEAM_DECISION_COLUMNS.map((c) => ({
  header: c.kop,
  kind: c.veld === 'antwoordVoor' ? 'date' : 'text',
  width: c.veld === 'motivering' ? 50 : c.veld === 'tijdstip' ? 20 : 14,
  ...(c.veld === 'besluit' ? { validation: { type: 'list' as const, values: TEAM_DECISION_KINDS, message: 'Kies aanvulling of afwijzen.' } } : {}),
  value: (r: TeamDecisionRow) => r[c.kop],
}));

export function teamDecisionRow(b: TeamDecision): TeamDecisionRow {
  return { [KOP.aanvraag]: b.aanvraag, [KOP.besluit]: b.besluit, [KOP.motivering]: b.motivering, [KOP.antwoordVoor]: b.antwoordVoor ?? '', [KOP.wie]: b.wie, [KOP.rol]: b.rol ?? '', [KOP.tijdstip]: b.tijdstip };
}

/** The rows already in the sheet, as read (empty cells as ''). */
export function teamDecisionRows(data: TableData): TeamDecisionRow[] {
  return data.records.map((r) => Object.fromEntries(TEAM_DECISION_COLUMNS.map((c) => [c.kop, r[c.kop] ?? ''])));
}

/** The rows with `b` in place of an earlier decision on the same application (or added at the end). */
export function withTeamDecision(rows: readonly TeamDecisionRow[], b: TeamDecision): { rows: TeamDecisionRow[]; before?: TeamDecisionRow } {
  const at = rows.findIndex((r) => String(r[KOP.aanvraag]).trim() === b.aanvraag);
  const out = [...rows];
  if (at >= 0) out[at] = teamDecisionRow(b);
  else out.push(teamDecisionRow(b));
  return { rows: out, ...(at >= 0 ? { before: rows[at] } : {}) };
}

/** Why the pane may not save this decision (Dutch), or null. */
export function teamDecisionRefusal(b: TeamDecision, datum?: string): string | null {
  const problems = teamDecisionProblems(b, datum);
  return problems.length ? `${problems.map((p) => p.melding).join('; ')}.` : null;
}

/** The audit row of a saved decision: what it decides, what it replaced, and why. */
export function teamDecisionAudit(b: TeamDecision, before?: TeamDecisionRow): AuditEntry {
  const replaced = before ? ` (vervangt ‘${String(before[KOP.besluit])}’ van ${String(before[KOP.wie]) || 'onbekend'})` : '';
  const date = b.besluit === 'aanvulling' && b.antwoordVoor ? `, antwoord vóór ${formatDateLong(b.antwoordVoor)}` : '';
  return {
    actie: 'besluit van het team',
    onderwerp: b.aanvraag,
    melding: `${b.aanvraag}: ${TEAM_DECISION_LABELS[b.besluit]}${date}${replaced}.${b.motivering ? ` Motivering: ${b.motivering}` : ''}`,
    tijdstip: b.tijdstip,
    door: [b.wie, b.rol].filter(Boolean).join(', '),
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
    const keyed = Object.fromEntries(Object.entries(record).map(([k, v]) => [headerKey(k), v]));
    const parsed = teamDecisionFromRecord(keyed, options);
    if (parsed.besluit) besluiten.push(parsed.besluit);
    for (const p of parsed.problemen) problems.push({ bestand: TEAM_DECISION_SHEET, plaats: `${TEAM_DECISION_SHEET}!rij ${data.rowNumbers[i] ?? i + 2}`, veld: p.veld, melding: `${p.melding}; dit besluit telt niet`, ernst: 'fout' });
  });
  return { besluiten, problems };
}
