/**
 * The Belangen sheet: each assessor's declaration per application, "geen" (geen belang) or
 * "conflict" with a short reason, one row each. The add-in saves a declaration into it, `zk` writes
 * it from `--belangen` and reads it back from a saved workbook; the same headers are the columns of
 * a declarations file (CSV, xlsx or JSON with these keys). "Scores al ingevuld" is the entry order
 * the writer saw when the declaration was saved (src/rules/scoring/conflicts.ts).
 */
import type { Problem } from '../rules/outcome';
import { BELANG_SOORTEN, type Belangverklaring, type LateDeclaration, type ScoreMoment, declarationEvent, declarationProblems, lateDeclarationEvent } from '../rules/scoring/conflicts';
import { procedureAuditEntries } from './audit';
import { AMBER, RED } from './colours';
import { type ColumnDef, rowsOf, specsOf } from './columns';
import { fromCell } from './cells';
import { SHEETS, TABLES } from './names';
import type { AuditEntry, CellInput, CellValue, TableData, TableSpec } from './types';

export const BELANGEN_SHEET = SHEETS.belangen;
export const BELANGEN_TABLE = TABLES.belangen;

export const BELANGEN_HEADERS = {
  aanvraag: 'Aanvraag',
  naam: 'Naam initiatief',
  beoordelaar: 'Beoordelaar',
  rol: 'Rol',
  belang: 'Belang',
  reden: 'Reden',
  tijdstip: 'Tijdstip',
  scoresAlIngevuld: 'Scores al ingevuld',
} as const;

/** A row of the sheet: a saved declaration, or a row as it was read (kept exactly when rewriting). */
export type BelangenRow = Record<(typeof BELANGEN_HEADERS)[keyof typeof BELANGEN_HEADERS], CellInput>;

export const BELANGEN_COLUMNS: ColumnDef<BelangenRow>[] = [
  { header: BELANGEN_HEADERS.aanvraag, kind: 'text', width: 12, owner: 'persoon', value: (r) => r.Aanvraag },
  { header: BELANGEN_HEADERS.naam, kind: 'text', width: 28, value: (r) => r['Naam initiatief'] },
  { header: BELANGEN_HEADERS.beoordelaar, kind: 'text', width: 20, owner: 'persoon', value: (r) => r.Beoordelaar },
  { header: BELANGEN_HEADERS.rol, kind: 'text', width: 22, owner: 'persoon', value: (r) => r.Rol },
  {
    header: BELANGEN_HEADERS.belang,
    kind: 'text',
    width: 10,
    owner: 'persoon',
    validation: { type: 'list', values: BELANG_SOORTEN, message: 'Kies geen (geen belang) of conflict.' },
    highlights: [{ equals: 'conflict', ...RED }],
    value: (r) => r.Belang,
  },
  { header: BELANGEN_HEADERS.reden, kind: 'text', width: 50, owner: 'persoon', description: 'Verplicht bij een conflict, bijvoorbeeld: werkt bij een deelnemende praktijk.', value: (r) => r.Reden },
  { header: BELANGEN_HEADERS.tijdstip, kind: 'text', width: 22, value: (r) => r.Tijdstip },
  {
    header: BELANGEN_HEADERS.scoresAlIngevuld,
    kind: 'boolean',
    width: 12,
    highlights: [{ equals: 'ja', ...AMBER }],
    description: 'Of de scores van deze beoordelaar voor deze aanvraag er al stonden toen het belang werd gemeld.',
    value: (r) => r['Scores al ingevuld'],
  },
];

export function belangenRow(b: Belangverklaring, naam = ''): BelangenRow {
  return {
    Aanvraag: b.aanvraag,
    'Naam initiatief': naam,
    Beoordelaar: b.beoordelaar,
    Rol: b.rol,
    Belang: b.belang,
    Reden: b.reden,
    Tijdstip: b.tijdstip,
    'Scores al ingevuld': b.scoresAlIngevuld ?? false,
  };
}

/** The table spec of the sheet (both writers). */
export function belangenSpec(rows: readonly BelangenRow[]): TableSpec {
  return { sheet: BELANGEN_SHEET, table: BELANGEN_TABLE, columns: specsOf(BELANGEN_COLUMNS), rows: rowsOf(BELANGEN_COLUMNS, rows) };
}

/** The rows already in the sheet, as read (empty cells as ''). */
export function belangenRows(data: TableData): BelangenRow[] {
  return data.records.map((r) => Object.fromEntries(Object.values(BELANGEN_HEADERS).map((h) => [h, r[h] ?? ''])) as BelangenRow);
}

/**
 * The rows with `b` added, or in place of an earlier row for the same application and assessor
 * (same name, or same role when unnamed); the replaced row is returned for the audit.
 */
export function withDeclaration(rows: readonly BelangenRow[], b: Belangverklaring, naam = ''): { rows: BelangenRow[]; before?: BelangenRow } {
  const text = (v: CellInput) => String(v ?? '').trim().toLocaleLowerCase('nl-NL');
  const at = rows.findIndex((r) => text(r.Aanvraag) === text(b.aanvraag) && (text(r.Beoordelaar) || text(r.Rol)) === (text(b.beoordelaar) || text(b.rol)));
  const out = [...rows];
  if (at >= 0) out[at] = { ...belangenRow(b, String(rows[at]['Naam initiatief'] ?? '') || naam) };
  else out.push(belangenRow(b, naam));
  return { rows: out, ...(at >= 0 ? { before: rows[at] } : {}) };
}

/**
 * The declarations in the sheet (or a declarations file read into the same shape; `bestand`
 * names it in messages). A row with no assessor, kind or reason typed is skipped; a wrong row (a conflict without
 * reason, an unknown kind) is a problem naming the row and the column, and counts not. A row
 * without time gets `tijdstip` (the reading moment, passed in) and a warning.
 */
export function parseDeclarations(data: TableData, options: { tijdstip: string; bestand?: string; plaatsPrefix?: string }): { belangen: Belangverklaring[]; problems: Problem[] } {
  const bestand = options.bestand ?? BELANGEN_SHEET;
  const prefix = options.plaatsPrefix ?? (options.bestand === undefined ? `${BELANGEN_SHEET}!` : '');
  const belangen: Belangverklaring[] = [];
  const problems: Problem[] = [];
  const header = (veld: keyof Belangverklaring) => (veld in BELANGEN_HEADERS ? BELANGEN_HEADERS[veld as keyof typeof BELANGEN_HEADERS] : veld);
  // "Scores al ingevuld", "scores al ingevuld" and the JSON key "scoresAlIngevuld" are one column.
  const squash = (h: string) => h.replace(/[\s_-]+/g, '').toLowerCase();
  const lookup = (r: Record<string, CellValue>, h: string): CellValue => {
    const key = Object.keys(r).find((k) => squash(k) === squash(h));
    return key === undefined ? '' : r[key];
  };
  data.records.forEach((r, i) => {
    const text = (h: string) => String(lookup(r, h) ?? '').trim();
    const plaats = `${prefix}rij ${data.rowNumbers[i] ?? i + 2}`;
    // Only an application (or a note under the table, "(geen belangen gemeld)") is no declaration.
    if (![BELANGEN_HEADERS.beoordelaar, BELANGEN_HEADERS.rol, BELANGEN_HEADERS.belang, BELANGEN_HEADERS.reden].some((h) => text(h))) return;
    const typedTime = text(BELANGEN_HEADERS.tijdstip);
    const already = fromCell('boolean', lookup(r, BELANGEN_HEADERS.scoresAlIngevuld));
    const candidate: Partial<Belangverklaring> = {
      aanvraag: text(BELANGEN_HEADERS.aanvraag),
      beoordelaar: text(BELANGEN_HEADERS.beoordelaar),
      rol: text(BELANGEN_HEADERS.rol),
      belang: text(BELANGEN_HEADERS.belang).toLowerCase() as Belangverklaring['belang'],
      reden: text(BELANGEN_HEADERS.reden),
      tijdstip: typedTime || options.tijdstip,
      scoresAlIngevuld: already === true,
    };
    const found = declarationProblems(candidate);
    if (found.length) {
      for (const p of found) problems.push({ bestand, plaats, veld: header(p.veld), melding: `${p.melding}; deze verklaring telt niet`, ernst: 'fout' });
      return;
    }
    if (!typedTime) problems.push({ bestand, plaats, veld: BELANGEN_HEADERS.tijdstip, melding: `geen tijdstip; het moment van inlezen (${options.tijdstip}) geldt`, ernst: 'waarschuwing' });
    belangen.push(candidate as Belangverklaring);
  });
  return { belangen, problems };
}

/** The audit row of a saved declaration (the pane), with what it replaced. */
export function declarationAudit(b: Belangverklaring, before?: BelangenRow): AuditEntry {
  const [entry] = procedureAuditEntries([declarationEvent(b)]);
  return before ? { ...entry, melding: `${entry.melding} Vervangt ‘${String(before.Belang ?? '')}’ van ${String(before.Tijdstip ?? '') || 'onbekend tijdstip'}.` } : entry;
}

/** The audit row of a declaration made after the scores. */
export function lateDeclarationAudit(l: LateDeclaration): AuditEntry {
  return procedureAuditEntries([lateDeclarationEvent(l)])[0];
}

/** "Bea Beleid (beleidsontwikkelaar): werkt bij Fysio Oost" per conflicted assessor of an application, for the Selectie sheet. */
export function conflictSummary(belangen: readonly Belangverklaring[], aanvraag: string, late: readonly LateDeclaration[] = []): string[] {
  const lateSet = new Set(late.map((l) => l.verklaring));
  return belangen
    .filter((b) => b.belang === 'conflict' && b.aanvraag.trim() === aanvraag)
    .map((b) => `${b.beoordelaar && b.beoordelaar !== b.rol ? `${b.beoordelaar} (${b.rol})` : b.rol || b.beoordelaar}: ${b.reden}${lateSet.has(b) ? ' — gemeld na de scores' : ''}`);
}

/** The Audit action of a score moment: an assessor's scores for an application read back or saved. */
export const SCORE_MOMENT_ACTION = 'scores ingelezen';

/**
 * The audit row that records when an assessor's scores for one application entered the workbook
 * (reading back a personal file, saving a score sheet): one row per application, the data in its
 * own columns (Onderwerp = application, Wie/Rol = the assessor), so nothing is read back from a sentence.
 */
export function scoreMomentAudit(m: ScoreMoment): AuditEntry {
  return { actie: SCORE_MOMENT_ACTION, onderwerp: m.aanvraag, melding: m.bron, tijdstip: m.tijdstip, wie: m.beoordelaar, rol: m.rol ?? '' };
}

/** The score moments in an Audit table, for the late-declaration flag. */
export function scoreMomentsFromAudit(data: TableData): ScoreMoment[] {
  const get = (r: Record<string, CellValue>, h: string) => String(r[h] ?? '').trim();
  return data.records
    .filter((r) => get(r, 'Actie') === SCORE_MOMENT_ACTION && get(r, 'Onderwerp') && get(r, 'Tijdstip'))
    .map((r) => ({ aanvraag: get(r, 'Onderwerp'), beoordelaar: get(r, 'Wie'), rol: get(r, 'Rol'), tijdstip: get(r, 'Tijdstip'), bron: get(r, 'Melding') || SCORE_MOMENT_ACTION }));
}
