/**
 * The Audit sheet: every action, override, tie-break and decision, one row each, in both hosts.
 * It only grows: the add-in appends under the existing table; `zk selectie` writes the run's.
 */
import type { AuditEvent } from '../rules/audit';
import type { Problem } from '../rules/outcome';
import type { ColumnDef } from './columns';

export interface AuditEntry {
  /** ISO timestamp, passed in (the writer's "now" when left out). */
  tijdstip?: string;
  actie: string;
  onderwerp: string;
  melding: string;
  /** Who did it (the writer's user when left out), and in which role. */
  wie?: string;
  rol?: string;
}

export type AuditRow = Required<Pick<AuditEntry, 'tijdstip' | 'actie' | 'onderwerp' | 'melding'>> & { wie: string; rol: string };

export const AUDIT_COLUMNS: ColumnDef<AuditRow>[] = [
  { header: 'Tijdstip', kind: 'text', width: 20, value: (r) => r.tijdstip },
  { header: 'Actie', kind: 'text', width: 16, value: (r) => r.actie },
  { header: 'Onderwerp', kind: 'text', width: 30, value: (r) => r.onderwerp },
  { header: 'Melding', kind: 'text', width: 60, value: (r) => r.melding },
  { header: 'Wie', kind: 'text', width: 18, value: (r) => r.wie },
  { header: 'Rol', kind: 'text', width: 18, value: (r) => r.rol },
];

export function auditRow(entry: AuditEntry, at: string, user: string): AuditRow {
  return { tijdstip: entry.tijdstip ?? at, actie: entry.actie, onderwerp: entry.onderwerp, melding: entry.melding, wie: entry.wie ?? user, rol: entry.rol ?? '' };
}

/** The ranking procedure's audit (what, why, who) as rows of the sheet: the action is the event's kind. */
export function procedureAuditEntries(entries: readonly AuditEvent[]): AuditEntry[] {
  return entries.map((e) => ({ tijdstip: e.tijdstip, actie: e.soort ?? 'rangschikking', onderwerp: e.wat, melding: e.waarom, wie: e.wie, rol: e.rol }));
}

export function problemAuditRows(problems: readonly Problem[], tijdstip: string): AuditRow[] {
  return problems.map((p) => ({
    tijdstip,
    actie: p.ernst === 'waarschuwing' ? 'importwaarschuwing' : 'importprobleem',
    onderwerp: `${p.bestand} · ${p.plaats} · ${p.veld}`,
    melding: p.melding,
    wie: '',
    rol: '',
  }));
}
