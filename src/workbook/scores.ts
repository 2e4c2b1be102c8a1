/**
 * One score sheet per assessor role, so co-authoring assessors never type in each other's cells.
 * Columns: Aanvraag, Naam initiatief, one column per rubric item (`K-id: text`), Toelichting.
 */
import type { Problem } from '../rules/outcome';
import { headerIndex } from './tableData';
import type { ApplicationRef, CellInput, ColumnSpec, RubricShape, ScoreEntry, TableData } from './types';
import { readDecimal } from '../rules/dutch-number';
import { type Belangverklaring, ConflictIndex, conflictRefusal } from '../rules/scoring/conflicts';

export const SCORE_ID_HEADER = 'Aanvraag';
export const SCORE_NAME_HEADER = 'Naam initiatief';
export const SCORE_NOTE_HEADER = 'Toelichting';
/** The assessor's name (optional: the role of the sheet stands in when it is empty). */
export const SCORE_ASSESSOR_HEADER = 'Beoordelaar';
const ITEM_HEADER_TEXT = 40;

export function itemHeader(item: { id: string; tekst: string }): string {
  const text = item.tekst.length > ITEM_HEADER_TEXT ? item.tekst.slice(0, ITEM_HEADER_TEXT - 1) + '…' : item.tekst;
  return `${item.id}: ${text}`;
}

/** The rubric item id in a header written by `itemHeader`, or null for other columns. */
export function itemIdOf(header: string): string | null {
  const at = header.indexOf(':');
  return at > 0 ? header.slice(0, at).trim() : null;
}

export function scale(rubric: RubricShape): { min: number; max: number } {
  return rubric.schaal ?? { min: 1, max: 5 };
}

export function scoreColumns(rubric: RubricShape): ColumnSpec[] {
  const { min, max } = scale(rubric);
  return [
    { header: SCORE_ID_HEADER, kind: 'text', width: 12 },
    { header: SCORE_NAME_HEADER, kind: 'text', width: 28 },
    ...rubric.items.map(
      (item): ColumnSpec => ({
        header: itemHeader(item),
        kind: 'number',
        width: 14,
        validation: { type: 'wholeNumber', min, max, message: `Vul een geheel getal van ${min} tot en met ${max} in.` },
      }),
    ),
    { header: SCORE_NOTE_HEADER, kind: 'text', width: 40, owner: 'persoon' },
    { header: SCORE_ASSESSOR_HEADER, kind: 'text', width: 20, owner: 'persoon' },
  ];
}

/** The empty rows of a score sheet; leave out the applications its assessor has a conflict for (`applicationsToScore`). */
export function scoreRows(rubric: RubricShape, applications: readonly ApplicationRef[]): CellInput[][] {
  return applications.map((a) => [a.id, a.naamInitiatief ?? '', ...rubric.items.map(() => null), '', '']);
}

function columnLetter(index: number): string {
  let s = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/**
 * Scores typed in one role's sheet. Empty cells give `score: null` (so the pane can show what is
 * missing); text, fractions and numbers outside the scale give null plus a problem naming the cell.
 * A score typed by an assessor with a declared conflict for that application (`belangen`) is
 * refused: no entry for that row (the assessor is not missing there), and a problem naming the
 * cell (src/rules/scoring/conflicts.ts).
 */
export function parseScores(
  data: TableData,
  sheet: string,
  role: string,
  scaleRange: { min: number; max: number },
  belangen: readonly Belangverklaring[] = [],
): { scores: ScoreEntry[]; problems: Problem[] } {
  const conflicts = new ConflictIndex(belangen);
  const scores: ScoreEntry[] = [];
  const problems: Problem[] = [];
  const idAt = headerIndex(data.headers, SCORE_ID_HEADER);
  const noteAt = headerIndex(data.headers, SCORE_NOTE_HEADER);
  const assessorAt = headerIndex(data.headers, SCORE_ASSESSOR_HEADER);
  const items = data.headers.map((h, i) => ({ id: itemIdOf(h), i })).filter((x): x is { id: string; i: number } => x.id !== null);
  if (idAt < 0) {
    problems.push({ bestand: sheet, plaats: `${sheet}!1`, veld: SCORE_ID_HEADER, melding: `Kolom "${SCORE_ID_HEADER}" ontbreekt; dit blad kan niet worden gelezen.` });
    return { scores, problems };
  }
  data.rows.forEach((row, r) => {
    const aanvraag = String(row[idAt] ?? '').trim();
    if (!aanvraag) return;
    const toelichting = noteAt >= 0 && row[noteAt] !== '' ? String(row[noteAt]) : undefined;
    const beoordelaar = (assessorAt >= 0 ? String(row[assessorAt] ?? '').trim() : '') || role;
    const belang = conflicts.conflict(aanvraag, { beoordelaar, rol: role });
    for (const { id, i } of items) {
      const raw = row[i];
      if (belang) {
        // No entry at all: a conflicted assessor is not missing here, and a typed score is refused.
        if (raw !== '' && raw !== undefined) problems.push({ bestand: sheet, plaats: `'${sheet}'!${columnLetter(i)}${data.rowNumbers[r] ?? r + 2}`, veld: id, melding: conflictRefusal(belang), ernst: 'fout' });
        continue;
      }
      let score: number | null = null;
      if (raw !== '' && raw !== undefined) {
        const n = typeof raw === 'number' ? raw : (readDecimal(String(raw)) ?? NaN);
        if (Number.isInteger(n) && n >= scaleRange.min && n <= scaleRange.max) score = n;
        else
          problems.push({
            bestand: sheet,
            plaats: `'${sheet}'!${columnLetter(i)}${data.rowNumbers[r] ?? r + 2}`,
            veld: id,
            melding: `Score "${String(raw)}" van aanvraag ${aanvraag} is geen geheel getal van ${scaleRange.min} tot en met ${scaleRange.max}; niet meegeteld.`,
          });
      }
      scores.push({ aanvraag, beoordelaar, rol: role, item: id, score, ...(toelichting ? { toelichting } : {}) });
    }
  });
  return { scores, problems };
}
