/**
 * The Consensus sheet: scores the panel agreed on, one row per (aanvraag, item), each with the
 * written motivation that lets it replace the item's aggregate. The headers match what
 * `zk rangschik --consensus werkmap.xlsx` reads (aanvraag, item, score, motivatie, wie, rol).
 */
import type { Problem } from '../rules/outcome';
import type { ColumnDef } from './columns';
import { SHEETS } from './names';
import { scale } from './scores';
import type { CellValue, ConsensusEntry, RubricShape, TableData } from './types';
import { readDecimal } from '../rules/dutch-number';
import { formatPresent, parsePresent } from '../rules/scoring/meeting';

export const CONSENSUS_HEADERS = { aanvraag: 'Aanvraag', item: 'Item', score: 'Score', motivatie: 'Motivatie', wie: 'Wie', rol: 'Rol', tijdstip: 'Tijdstip', aanwezig: 'Aanwezig' } as const;

/** A row of the sheet: a saved entry, or a row as it was read (kept exactly when rewriting). */
export type ConsensusRow = Record<(typeof CONSENSUS_HEADERS)[keyof typeof CONSENSUS_HEADERS], CellValue>;

export const CONSENSUS_COLUMNS: ColumnDef<ConsensusRow>[] = [
  { header: CONSENSUS_HEADERS.aanvraag, kind: 'text', width: 12, value: (r) => r.Aanvraag },
  { header: CONSENSUS_HEADERS.item, kind: 'text', width: 14, value: (r) => r.Item },
  { header: CONSENSUS_HEADERS.score, kind: 'decimal', width: 8, value: (r) => r.Score },
  { header: CONSENSUS_HEADERS.motivatie, kind: 'text', width: 50, value: (r) => r.Motivatie },
  { header: CONSENSUS_HEADERS.wie, kind: 'text', width: 18, value: (r) => r.Wie },
  { header: CONSENSUS_HEADERS.rol, kind: 'text', width: 18, value: (r) => r.Rol },
  { header: CONSENSUS_HEADERS.tijdstip, kind: 'text', width: 20, value: (r) => r.Tijdstip },
  {
    header: CONSENSUS_HEADERS.aanwezig,
    kind: 'text',
    width: 40,
    description: 'Wie bij het overleg aanwezig waren toen deze score werd afgesproken: Naam (rol); Naam (rol).',
    value: (r) => r.Aanwezig,
  },
];

export function consensusRow(entry: ConsensusEntry): ConsensusRow {
  return { Aanvraag: entry.aanvraag, Item: entry.item, Score: entry.score, Motivatie: entry.motivatie, Wie: entry.wie, Rol: entry.rol, Tijdstip: entry.tijdstip ?? '', Aanwezig: entry.aanwezig ? formatPresent(entry.aanwezig) : '' };
}

/** The rows already in the sheet, as read (empty cells as ''). */
export function consensusRows(data: TableData): ConsensusRow[] {
  return data.records.map((r) => Object.fromEntries(Object.values(CONSENSUS_HEADERS).map((h) => [h, r[h] ?? ''])) as ConsensusRow);
}

export const sameTarget = (row: ConsensusRow, entry: Pick<ConsensusEntry, 'aanvraag' | 'item'>): boolean =>
  String(row.Aanvraag).trim() === entry.aanvraag && String(row.Item).trim().toLowerCase() === entry.item.toLowerCase();

/**
 * Consensus scores from the sheet. A row without a motivation is passed on: the scoring rule
 * refuses it with its own Dutch message, so the refusal shows in the ranking and the audit.
 * Unusable rows (no application, unknown item, no number) become problems naming the row.
 */
export function parseConsensus(data: TableData, rubric?: RubricShape): { consensus: ConsensusEntry[]; problems: Problem[] } {
  const consensus: ConsensusEntry[] = [];
  const problems: Problem[] = [];
  consensusRows(data).forEach((row, i) => {
    const plaats = `${SHEETS.consensus}!rij ${data.rowNumbers[i] ?? i + 2}`;
    const text = (v: CellValue) => String(v ?? '').trim();
    const aanvraag = text(row.Aanvraag);
    const typedItem = text(row.Item);
    const item = rubric ? rubric.items.find((it) => it.id.toLowerCase() === typedItem.toLowerCase())?.id : typedItem;
    const score = typeof row.Score === 'number' ? row.Score : (readDecimal(text(row.Score)) ?? NaN);
    const problem = (veld: string, melding: string) => problems.push({ bestand: SHEETS.consensus, plaats, veld, melding });
    // An open row of the meeting (zk overleg writes one per disputed item) is no decision yet.
    if (text(row.Score) === '' && text(row.Motivatie) === '') return;
    if (!aanvraag) return problem(CONSENSUS_HEADERS.aanvraag, 'Geen aanvraag ingevuld; deze consensusscore telt niet.');
    if (!item) return problem(CONSENSUS_HEADERS.item, `Onbekend beoordelingsonderdeel "${typedItem}" bij ${aanvraag}; deze consensusscore telt niet.`);
    if (text(row.Score) === '' || !Number.isFinite(score)) return problem(CONSENSUS_HEADERS.score, `"${text(row.Score)}" bij ${aanvraag} ${item} is geen score; deze consensusscore telt niet.`);
    consensus.push({ aanvraag, item, score, motivatie: text(row.Motivatie), wie: text(row.Wie), rol: text(row.Rol), ...(text(row.Tijdstip) ? { tijdstip: text(row.Tijdstip) } : {}), ...(text(row.Aanwezig) ? { aanwezig: parsePresent(text(row.Aanwezig)) } : {}) });
  });
  return { consensus, problems };
}

/** Why a consensus score cannot be stored (Dutch, for the refusal), or null when it can. */
export function consensusRefusal(entry: ConsensusEntry, rubric: RubricShape): string | null {
  const range = scale(rubric);
  if (!entry.motivatie.trim()) return 'een consensusscore vervangt de berekende score alleen met een schriftelijke motivatie. Schrijf de motivatie op.';
  if (!entry.wie.trim()) return 'vul in wie de consensusscore vastlegt.';
  if (!rubric.items.some((i) => i.id === entry.item)) return `"${entry.item}" is geen beoordelingsonderdeel van deze rubric.`;
  if (!Number.isFinite(entry.score) || entry.score < range.min || entry.score > range.max) return `${entry.score} ligt buiten de schaal ${range.min} tot en met ${range.max}.`;
  if (!entry.aanvraag.trim()) return 'kies een aanvraag.';
  return null;
}
