/**
 * The workbook actions of independent scoring: declarations of interest (Belangen), scores read
 * back from the personal files into the score sheets, sheet visibility in the shared-workbook
 * mode, and the consensus meeting (Overleg, decisions on Consensus). Each is one `Excel.run` with a
 * fixed number of syncs (inspect, one preparing read, write), whatever the number of rows.
 */
import type { Score } from '../rules/scoring/score';
import { type Belangverklaring, type LateDeclaration, applicationsToScore, currentDeclarations, declarationProblems, lateDeclarations } from '../rules/scoring/conflicts';
import { type Aanwezige, meetingProblems } from '../rules/scoring/meeting';
import { itemLabel } from '../rules/scoring/rubric-2021';
import type { Problem } from '../rules/outcome';
import type { AuditEntry } from '../workbook/audit';
import { BELANGEN_HEADERS, type BelangenRow, belangenRows, belangenSpec, declarationAudit, lateDeclarationAudit, parseDeclarations, scoreMomentAudit, scoreMomentsFromAudit, withDeclaration } from '../workbook/conflicts';
import { CONSENSUS_COLUMNS, consensusRefusal, consensusRow, consensusRows, sameTarget } from '../workbook/consensus';
import { type MeetingRow, meetingAuditEntries, meetingSpec } from '../workbook/meeting';
import { SHEETS, TABLES, scoreSheetName, scoreTableName } from '../workbook/names';
import { SCORE_ASSESSOR_HEADER, SCORE_ID_HEADER, SCORE_NOTE_HEADER, itemIdOf, scoreColumns, scoreRows } from '../workbook/scores';
import type { ApplicationRef, CellInput, CellValue, ConsensusEntry, RubricShape, TableData, WriteReport } from '../workbook/types';
import { type ActionRunner, specOf } from './actions';
import type { ScoresRead } from './contract';
import { actionRefused } from './errors';
import { inspectWorkbook, type WorkbookInspection } from './inspect';
import type { XlContext, XlWorksheet } from './office-api';
import { queueTableRead } from './readTable';
import { closedRows, queueScoreGuards, queueScoreTablePositions, type ScoreTablePosition } from './scoreGuards';
import { belangenFrom, queueBelangenRead, queueConsensusRead, queueScoreReads, scoresFrom } from './tableReads';
import { queueTable } from './writeTable';

/** Whether one role's score sheet is to be shown. */
export interface SheetVisibility {
  rol: string;
  zichtbaar: boolean;
}

export interface DeclarationsRead {
  belangen: Belangverklaring[];
  problems: Problem[];
  /** Conflicts declared after that assessor's scores for the application were entered. */
  late: LateDeclaration[];
}

/** The Overleg sheet's rows and columns, made from the scores read in the same request. */
export interface MeetingSheet {
  rows: MeetingRow[];
  panel: readonly { beoordelaar: string; rol: string }[];
  /** Size of the selection (the policy's maximum, 6). */
  n: number;
}

/** A decision of the meeting: a consensus score with its motivation and who was present. */
export interface MeetingDecisionEntry extends ConsensusEntry {
  aanwezig: readonly Aanwezige[];
}

export interface ScoringActions {
  /**
   * Shows or hides the roles' score sheets (`worksheet.visibility`, ExcelApi 1.2), with an audit
   * row. Sheets that do not exist are skipped. Hiding is a convenience, not security: anyone can
   * show a hidden sheet again (right-click a sheet tab → Zichtbaar maken).
   */
  setScoreSheetVisibility(plan: readonly SheetVisibility[]): Promise<WriteReport>;
  readDeclarations(): Promise<DeclarationsRead>;
  /**
   * Stores one declaration on the Belangen sheet (replacing the same assessor's earlier one for the
   * application), records whether that role's scores were already there, closes (or reopens) the
   * role's score rows, with audit rows; refused without a reason for a conflict.
   */
  saveDeclaration(declaration: Belangverklaring, options: { rubric: RubricShape; roles: readonly string[]; naam?: string }): Promise<WriteReport & { belangen: DeclarationsRead }>;
  /**
   * Writes scores read back from personal files into the roles' score sheets: the item cells, the
   * Toelichting and the assessor's name of each application's row; a missing sheet is made.
   */
  writeReturnedScores(scores: readonly Score[], options: { roles: readonly string[]; applications: readonly ApplicationRef[]; rubric: RubricShape; bron: string }): Promise<WriteReport>;
  /** Reads the scores, consensus and declarations, lets `build` make the meeting view, and writes the Overleg sheet. */
  writeMeeting(build: (read: ScoresRead) => MeetingSheet, rubric: RubricShape): Promise<WriteReport>;
  /**
   * Stores one meeting decision on the Consensus sheet (with who was present) and audits the
   * meeting; with `rebuild`, the Overleg sheet is rewritten in the same request. Refused without a
   * motivation, without anyone present, or when the recorder has a conflict for the application.
   */
  saveMeetingDecision(decision: MeetingDecisionEntry, rubric: RubricShape, rebuild?: (read: ScoresRead) => MeetingSheet): Promise<WriteReport>;
}

type TableReader = ReturnType<typeof queueTableRead>;

/** One row's cells from the first item column to the last written one (row counted from the header, columns from the table's first). */
interface RowWrite {
  row: number;
  col: number;
  values: CellInput[];
}

/** The item's short name for messages (RubricShape has no weights; the label needs only id and text). */
const labelOf = (rubric: RubricShape, item: string): string => itemLabel({ items: rubric.items.map((i) => ({ ...i, gewicht: 0, groep: 'inhoud' as const })) }, item);

/** Per application of one role: its scores as one sheet row (the note joins the items' comments). */
function sheetRowsOf(scores: readonly Score[], rubric: RubricShape): Map<string, { beoordelaar: string; items: Map<string, number>; note: string }> {
  const out = new Map<string, { beoordelaar: string; items: Map<string, number>; notes: string[] }>();
  for (const s of scores) {
    const at = out.get(s.aanvraag) ?? { beoordelaar: s.beoordelaar, items: new Map<string, number>(), notes: [] };
    at.items.set(s.item, s.score);
    if (s.toelichting.trim()) at.notes.push(`${labelOf(rubric, s.item)}: ${s.toelichting.trim()}`);
    out.set(s.aanvraag, at);
  }
  return new Map([...out].map(([id, v]) => [id, { beoordelaar: v.beoordelaar, items: v.items, note: v.notes.join('; ') }]));
}

export function createScoringActions(runner: ActionRunner): ScoringActions {
  const { action, writeAction, replaceSheet, now } = runner;

  /** The reads a meeting needs, queued after the inspection. */
  function queueMeetingReads(context: XlContext, inspection: WorkbookInspection) {
    return { scores: queueScoreReads(context, inspection), consensus: queueConsensusRead(context, inspection), belangen: queueBelangenRead(context, inspection) };
  }

  async function writeMeetingSheet(context: XlContext, inspection: WorkbookInspection, budget: Parameters<Parameters<ActionRunner['writeAction']>[1]['write']>[2], sheet: MeetingSheet): Promise<string[]> {
    return replaceSheet(context, inspection, budget, [meetingSpec(sheet.rows, sheet.panel, sheet.n)]);
  }

  return {
    setScoreSheetVisibility(plan) {
      let sheets: { rol: string; zichtbaar: boolean; sheet: XlWorksheet }[] = [];
      return writeAction('Scorebladen tonen of verbergen', {
        prepare(context, inspection) {
          sheets = plan
            .filter((p) => inspection.hasSheet(scoreSheetName(p.rol)))
            .map((p) => {
              const sheet = context.workbook.worksheets.getItem(scoreSheetName(p.rol));
              sheet.load('visibility');
              return { ...p, sheet };
            });
          return sheets.length > 0;
        },
        async write() {
          // Show first, then hide: Excel refuses to hide the last visible sheet of a workbook.
          const changed = sheets.filter((s) => (s.sheet.visibility === 'Visible') !== s.zichtbaar);
          for (const s of changed.filter((c) => c.zichtbaar)) s.sheet.visibility = 'Visible' as Excel.SheetVisibility;
          for (const s of changed.filter((c) => !c.zichtbaar)) s.sheet.visibility = 'Hidden' as Excel.SheetVisibility;
          const hidden = sheets.filter((s) => !s.zichtbaar).map((s) => scoreSheetName(s.rol));
          const shown = sheets.filter((s) => s.zichtbaar).map((s) => scoreSheetName(s.rol));
          const audit: AuditEntry[] =
            changed.length === 0
              ? []
              : [
                  {
                    actie: 'scorebladen zichtbaar',
                    onderwerp: 'Scorebladen',
                    melding: `Verborgen: ${hidden.join(', ') || 'geen'}; zichtbaar: ${shown.join(', ') || 'geen'}. Verbergen is geen beveiliging: een verborgen blad is met een rechtsklik weer zichtbaar te maken.`,
                  },
                ];
          return { rows: { verborgen: hidden.length, zichtbaar: shown.length }, audit };
        },
      });
    },

    readDeclarations() {
      return action('Belangen lezen', async (context) => {
        const inspection = await inspectWorkbook(context);
        const reader = queueBelangenRead(context, inspection);
        if (!reader) return { belangen: [], problems: [], late: [] };
        // The audited moments when scores entered the workbook show a declaration made after them.
        const audit = inspection.hasTable(TABLES.audit) ? queueTableRead(context, TABLES.audit) : null;
        await context.sync();
        const { belangen, problems } = belangenFrom(reader, now());
        return { belangen, problems, late: lateDeclarations(belangen, audit ? scoreMomentsFromAudit(audit.read()) : []) };
      });
    },

    saveDeclaration(declaration, { rubric, roles, naam = '' }) {
      const actie = 'Belang opslaan';
      const wrong = declarationProblems(declaration);
      if (wrong.length > 0) return Promise.reject(actionRefused(actie, wrong.map((w) => w.melding).join('; ') + '.'));
      let reader: TableReader | null = null;
      let positions: ScoreTablePosition[] = [];
      let after: DeclarationsRead = { belangen: [], problems: [], late: [] };
      const written = writeAction(actie, {
        prepare(context, inspection) {
          reader = queueBelangenRead(context, inspection);
          positions = queueScoreTablePositions(context, inspection, roles);
          return reader !== null || positions.length > 0;
        },
        async write(context, inspection, budget) {
          const earlier = reader ? reader.read() : null;
          // Entry order: were this role's scores for the application already in its sheet?
          const own = positions.find((p) => p.rol === declaration.rol);
          const scoresAlIngevuld = own ? hasScores(own.range.values, declaration.aanvraag) : false;
          const saved: Belangverklaring = { ...declaration, scoresAlIngevuld };
          const { rows, before } = withDeclaration(earlier ? belangenRows(earlier) : [], saved, naam);
          const meldingen = await replaceSheet(context, inspection, budget, [belangenSpec(rows)]);
          const all = currentDeclarations([...(earlier ? belangenFrom(reader, now()).belangen : []), saved]);
          // What the sheet holds now, for the pane: no second request to read it back.
          const stored = parseDeclarations(tableOf(rows), { tijdstip: now() });
          after = { belangen: stored.belangen, problems: stored.problems, late: lateDeclarations(stored.belangen) };
          const closed = await queueScoreGuards(context, positions, closedRows(all, roles), rubric, budget);
          const audit: AuditEntry[] = [declarationAudit(saved, before), ...lateDeclarations([saved]).map(lateDeclarationAudit)];
          return { rows: { [TABLES.belangen]: rows.length, ...closed }, audit, meldingen };
        },
      });
      return written.then((report) => ({ ...report, belangen: after }));
    },

    writeReturnedScores(scores, { roles, applications, rubric, bron }) {
      let positions: ScoreTablePosition[] = [];
      let belangen: TableReader | null = null;
      return writeAction('Beoordelingen in de scorebladen zetten', {
        prepare(context, inspection) {
          positions = queueScoreTablePositions(context, inspection, roles);
          belangen = queueBelangenRead(context, inspection);
          return positions.length > 0 || belangen !== null;
        },
        async write(context, inspection, budget) {
          const declared = belangenFrom(belangen, now()).belangen;
          const rows: Record<string, number> = {};
          const audit: AuditEntry[] = [];
          const meldingen: string[] = [];
          for (const rol of roles) {
            const own = sheetRowsOf(scores.filter((s) => s.rol === rol), rubric);
            if (own.size === 0) continue;
            const sheet = scoreSheetName(rol);
            const position = positions.find((p) => p.rol === rol);
            if (!position) {
              if (inspection.hasSheet(sheet)) {
                meldingen.push(`Blad "${sheet}" bestaat al zonder scoretabel; de scores van de ${rol} zijn er niet in gezet.`);
                continue;
              }
              const columns = scoreColumns(rubric);
              const apps = applicationsToScore(applications, { beoordelaar: rol, rol }, declared);
              const filled = scoreRows(rubric, apps).map((row) => fillRow(row, columns.map((c) => c.header), own.get(String(row[0]))));
              await queueTable(context, inspection, { sheet, table: scoreTableName(rol), columns, rows: filled }, budget);
            } else {
              const writes = rowWrites(position.range.values, own);
              const worksheet = context.workbook.worksheets.getItem(sheet);
              await budget.reserve(2_000 + writes.length * 600);
              for (const w of writes) worksheet.getRangeByIndexes(position.range.rowIndex + w.row, position.range.columnIndex + w.col, 1, w.values.length).values = [w.values.map((v) => v ?? '')];
              const absent = [...own.keys()].filter((id) => !position.range.values.some((r, i) => i > 0 && String(r[0] ?? '').trim() === id));
              if (absent.length > 0) meldingen.push(`${sheet}: geen rij voor ${absent.join(', ')}; maak de scorebladen opnieuw om ze toe te voegen, en lees de bestanden daarna opnieuw in.`);
            }
            const n = [...own.values()].reduce((sum, r) => sum + r.items.size, 0);
            rows[scoreTableName(rol)] = n;
            audit.push({ actie: 'beoordeling ingelezen', onderwerp: sheet, melding: `${n} scores uit ${bron} in ${sheet} gezet.` });
            // One moment per application: a conflict declared later for it is flagged (src/rules/scoring/conflicts.ts).
            const at = now();
            for (const [aanvraag, r] of own) audit.push(scoreMomentAudit({ aanvraag, beoordelaar: r.beoordelaar, rol, tijdstip: at, bron: `beoordeling ingelezen: ${bron}` }));
          }
          return { rows, audit, meldingen };
        },
      });
    },

    writeMeeting(build) {
      let reads: ReturnType<typeof queueMeetingReads> | null = null;
      return writeAction('Overleg voorbereiden', {
        prepare(context, inspection) {
          reads = queueMeetingReads(context, inspection);
          return true;
        },
        async write(context, inspection, budget) {
          const r = reads!;
          const sheet = build(scoresFrom(r.scores, undefined, r.consensus, belangenFrom(r.belangen, now())));
          const meldingen = await writeMeetingSheet(context, inspection, budget, sheet);
          return {
            rows: { [TABLES.overleg]: sheet.rows.length },
            audit: [{ actie: 'overleg voorbereid', onderwerp: SHEETS.overleg, melding: `${sheet.rows.length} onderdelen waarover de beoordelaars het oneens zijn, grootste spreiding eerst.` }],
            meldingen,
          };
        },
      });
    },

    saveMeetingDecision(decision, rubric, rebuild) {
      const actie = 'Overlegbesluit opslaan';
      const refusal = consensusRefusal(decision, rubric);
      if (refusal) return Promise.reject(actionRefused(actie, refusal));
      if (decision.aanwezig.length === 0) return Promise.reject(actionRefused(actie, 'vul in wie er bij het overleg aanwezig waren.'));
      let existing: TableReader | null = null;
      let reads: ReturnType<typeof queueMeetingReads> | null = null;
      return writeAction(actie, {
        prepare(context, inspection) {
          existing = queueConsensusRead(context, inspection);
          reads = queueMeetingReads(context, inspection);
          return true;
        },
        async write(context, inspection, budget) {
          const r = reads!;
          const tijdstip = decision.tijdstip ?? now();
          const declared = belangenFrom(r.belangen, now()).belangen;
          const overleg = { tijdstip, aanwezig: decision.aanwezig, besluiten: [{ ...decision, motivatie: decision.motivatie.trim() }] };
          const problems = meetingProblems(overleg, declared);
          const refused = problems.filter((p) => p.ernst === 'fout');
          if (refused.length > 0) throw actionRefused(actie, refused.map((p) => p.melding).join('; ') + '.');
          const rows = existing ? consensusRows(existing.read()) : [];
          const saved = consensusRow({ ...decision, motivatie: decision.motivatie.trim(), tijdstip });
          const at = rows.findIndex((row) => sameTarget(row, decision));
          if (at >= 0) rows[at] = saved;
          else rows.push(saved);
          const meldingen = await replaceSheet(context, inspection, budget, [specOf(SHEETS.consensus, TABLES.consensus, CONSENSUS_COLUMNS, rows)]);
          meldingen.push(...problems.filter((p) => p.ernst === 'waarschuwing').map((p) => p.melding));
          const written: Record<string, number> = { [TABLES.consensus]: rows.length };
          if (rebuild) {
            // The Overleg sheet shows the new consensus score: the rows read above, with this decision in place.
            const read = scoresFrom(r.scores, undefined, null, { belangen: declared, problems: [] });
            const agreed = rows.map((row) => ({ aanvraag: String(row.Aanvraag), item: String(row.Item), score: Number(row.Score), motivatie: String(row.Motivatie), wie: String(row.Wie), rol: String(row.Rol) }));
            const sheet = rebuild({ ...read, consensus: agreed });
            meldingen.push(...(await writeMeetingSheet(context, inspection, budget, sheet)));
            written[TABLES.overleg] = sheet.rows.length;
          }
          const audit = meetingAuditEntries(overleg, (item) => labelOf(rubric, item));
          return { rows: written, audit, meldingen };
        },
      });
    },
  };
}

/** The Belangen rows as a read table (the shape parseDeclarations reads). */
function tableOf(rows: readonly BelangenRow[]): TableData {
  const headers = Object.values(BELANGEN_HEADERS) as string[];
  const records = rows.map((r) => Object.fromEntries(headers.map((h) => [h, (r as Record<string, CellInput>)[h] ?? ''])) as Record<string, CellValue>);
  return { headers, rows: records.map((r) => headers.map((h) => r[h])), records, rowNumbers: rows.map((_, i) => i + 2) };
}

/** True when the role's row for `aanvraag` holds any score (the table's values, header first). */
function hasScores(values: readonly (readonly unknown[])[], aanvraag: string): boolean {
  const [header = [], ...body] = values;
  const headers = header.map((h) => String(h ?? ''));
  const idAt = headers.findIndex((h) => h.trim().toLowerCase() === SCORE_ID_HEADER.toLowerCase());
  const items = headers.map((h, c) => (itemIdOf(h) !== null ? c : -1)).filter((c) => c >= 0);
  const row = body.find((r) => String(r[idAt] ?? '').trim() === aanvraag.trim());
  return !!row && items.some((c) => row[c] !== '' && row[c] !== null && row[c] !== undefined);
}

/** The cells to write in an existing score table (row index counted from its header), per application found. */
function rowWrites(values: readonly (readonly unknown[])[], own: ReturnType<typeof sheetRowsOf>): RowWrite[] {
  const [header = [], ...body] = values;
  const headers = header.map((h) => String(h ?? ''));
  const find = (name: string) => headers.findIndex((h) => h.trim().toLowerCase() === name.toLowerCase());
  const idAt = find(SCORE_ID_HEADER);
  const noteAt = find(SCORE_NOTE_HEADER);
  const assessorAt = find(SCORE_ASSESSOR_HEADER);
  const items = headers.map((h, c) => ({ id: itemIdOf(h), c })).filter((x): x is { id: string; c: number } => x.id !== null);
  const written = [...items.map((x) => x.c), noteAt, assessorAt].filter((c) => c >= 0);
  const first = Math.min(...items.map((x) => x.c));
  const last = Math.max(...written);
  const out: RowWrite[] = [];
  if (items.length === 0) return out;
  body.forEach((row, i) => {
    const scored = own.get(String(row[idAt] ?? '').trim());
    if (!scored) return;
    // Cells between the first item and the last written column keep what they hold.
    const values = row.slice(first, last + 1).map((v) => v as CellInput);
    for (const { id, c } of items) if (scored.items.has(id)) values[c - first] = scored.items.get(id) as CellInput;
    if (noteAt >= 0 && scored.note) values[noteAt - first] = scored.note;
    if (assessorAt >= 0 && scored.beoordelaar) values[assessorAt - first] = scored.beoordelaar;
    out.push({ row: i + 1, col: first, values });
  });
  return out;
}

/** A new score sheet's row with the returned scores filled in. */
function fillRow(row: readonly CellInput[], headers: readonly string[], scored: ReturnType<typeof sheetRowsOf> extends Map<string, infer V> ? V | undefined : never): CellInput[] {
  if (!scored) return [...row];
  return headers.map((h, c) => {
    const id = itemIdOf(h);
    if (id !== null && scored.items.has(id)) return scored.items.get(id) as CellInput;
    if (h === SCORE_NOTE_HEADER) return scored.note;
    if (h === SCORE_ASSESSOR_HEADER) return scored.beoordelaar;
    return row[c];
  });
}

