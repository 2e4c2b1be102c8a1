import type { Problem } from '../rules/outcome';
import type { Rubric } from '../rules/policy';
import type { Score } from '../rules/scoring/score';
import { csvRows, xlsxRows } from './table-rows';

/** The columns of a score file, in order (CSV header or first row of the sheet). */
export const SCORE_COLUMNS = ['aanvraag', 'beoordelaar', 'rol', 'item', 'score', 'toelichting'] as const;
type Column = (typeof SCORE_COLUMNS)[number];
const REQUIRED: Column[] = ['aanvraag', 'beoordelaar', 'rol', 'item', 'score'];

export interface ScoreImport {
  scores: Score[];
  problemen: Problem[];
  /** Where each score is in the file (`rij 4`, `Scores!rij 4`), same order as `scores`. */
  plaatsen: string[];
  /** Data rows in the file (header not counted), so a summary can say how many were kept. */
  rijen: number;
  /** False when the file was refused whole (unreadable, a column missing, over a limit). */
  leesbaar: boolean;
}

export interface ScoreImportOptions {
  /** Panel roles of the policy; another role gives a warning (the score is kept). */
  rollen?: readonly string[];
}

interface RawRow {
  /** Row number as a person sees it in the file (header = 1). */
  rij: number;
  values: Partial<Record<Column, unknown>>;
}

/** Parses a CSV score file (comma or semicolon, UTF-8 with or without BOM). Never throws. */
export function parseScoresCsv(text: string, bestand: string, rubric: Rubric, options: ScoreImportOptions = {}): ScoreImport {
  const table = csvRows(text);
  if ('melding' in table) return refusedScores(bestand, table.melding);
  return fromRows(table.header, table.rows, bestand, rubric, options);
}

const refusedScores = (bestand: string, melding: string): ScoreImport => ({ scores: [], problemen: [problem(bestand, 'bestand', '', melding)], plaatsen: [], rijen: 0, leesbaar: false });

/** Parses the worksheet named `Scores` (else the first) of an .xlsx score file. Never throws. */
export async function parseScoresXlsx(data: ArrayBuffer | Uint8Array, bestand: string, rubric: Rubric, options: ScoreImportOptions = {}): Promise<ScoreImport> {
  const table = await xlsxRows(data, 'Scores');
  if ('melding' in table) return refusedScores(bestand, table.melding);
  return fromRows(table.header, table.rows, bestand, rubric, options, table.plaatsPrefix);
}

function fromRows(
  header: readonly unknown[],
  rows: { rij: number; cells: readonly unknown[] }[],
  bestand: string,
  rubric: Rubric,
  options: ScoreImportOptions,
  sheetPrefix = '',
): ScoreImport {
  const problemen: Problem[] = [];
  const index = new Map<Column, number>();
  header.forEach((h, i) => {
    const name = String(h ?? '').trim().toLowerCase() as Column;
    if ((SCORE_COLUMNS as readonly string[]).includes(name) && !index.has(name)) index.set(name, i);
  });
  const missing = REQUIRED.filter((c) => !index.has(c));
  if (missing.length) {
    problemen.push(
      problem(bestand, `${sheetPrefix}rij 1`, missing.join(', '), `Kolom${missing.length > 1 ? 'men' : ''} ${missing.map((m) => `'${m}'`).join(', ')} ontbreekt; verwacht de kolommen ${SCORE_COLUMNS.join(', ')}.`),
    );
    return { scores: [], problemen, plaatsen: [], rijen: rows.length, leesbaar: false };
  }
  const raw: RawRow[] = rows.map(({ rij, cells }) => ({
    rij,
    values: Object.fromEntries([...index].map(([col, i]) => [col, cells[i]])) as RawRow['values'],
  }));
  const scores: Score[] = [];
  const plaatsen: string[] = [];
  const seen = new Map<string, number>();
  for (const row of raw) {
    const where = `${sheetPrefix}rij ${row.rij}`;
    const result = toScore(row, rubric, options, (veld, melding, ernst) => problemen.push({ ...problem(bestand, where, veld, melding), ...(ernst ? { ernst } : {}) }));
    if (!result) continue;
    const key = `${result.aanvraag}\u0000${result.beoordelaar}\u0000${result.item}`;
    const first = seen.get(key);
    if (first !== undefined) {
      problemen.push(problem(bestand, where, 'item', `${result.beoordelaar} scoorde item '${result.item}' van aanvraag ${result.aanvraag} al op rij ${first}; deze tweede score telt niet mee.`));
      continue;
    }
    seen.set(key, row.rij);
    scores.push(result);
    plaatsen.push(where);
  }
  return { scores, problemen, plaatsen, rijen: rows.length, leesbaar: true };
}

/**
 * Scores for applications that were not read are reported by row and left out, so a typing error
 * in an id is seen instead of silently not counting.
 */
export function keepKnownScores(imported: ScoreImport, bestand: string, aanvragen: ReadonlySet<string>): ScoreImport {
  const scores: Score[] = [];
  const plaatsen: string[] = [];
  const problemen = [...imported.problemen];
  imported.scores.forEach((score, i) => {
    if (aanvragen.has(score.aanvraag)) {
      scores.push(score);
      plaatsen.push(imported.plaatsen[i]);
    } else {
      problemen.push({ bestand, plaats: imported.plaatsen[i] ?? '', veld: 'aanvraag', melding: `aanvraag '${score.aanvraag}' is niet ingelezen; deze score telt niet mee`, ernst: 'fout' });
    }
  });
  return { ...imported, scores, plaatsen, problemen };
}

type Report = (veld: string, melding: string, ernst?: 'waarschuwing') => void;

function toScore(row: RawRow, rubric: Rubric, options: ScoreImportOptions, report: Report): Score | null {
  const text = (c: Column) => String(row.values[c] ?? '').trim();
  let ok = true;
  for (const c of ['aanvraag', 'beoordelaar', 'item'] as const) {
    if (!text(c)) {
      report(c, `Het veld '${c}' is leeg.`);
      ok = false;
    }
  }
  const rawItem = text('item');
  const item = rubric.items.find((i) => i.id.toLowerCase() === rawItem.toLowerCase());
  if (rawItem && !item) {
    report('item', `Onbekend item '${rawItem}'; de rubric kent ${rubric.items.map((i) => i.id).join(', ')}.`);
    ok = false;
  }
  const score = parseScore(row.values.score);
  const { min, max } = rubric.schaal;
  if (score === null) {
    report('score', `'${text('score')}' is geen score; verwacht een geheel getal van ${min} tot en met ${max}.`);
    ok = false;
  } else if (!Number.isInteger(score)) {
    report('score', `${String(score).replace('.', ',')} is geen geheel getal; de schaal loopt van ${min} tot en met ${max} in hele punten.`);
    ok = false;
  } else if (score < min || score > max) {
    report('score', `Score ${score} ligt buiten de schaal ${min}–${max}.`);
    ok = false;
  }
  const rol = text('rol');
  if (!rol) report('rol', 'Het veld \'rol\' is leeg; de score telt mee, maar de rol is onbekend.', 'waarschuwing');
  else if (options.rollen?.length && !options.rollen.includes(rol)) {
    report('rol', `Rol '${rol}' hoort niet bij het beoordelingsteam (${options.rollen.join(', ')}); de score telt wel mee.`, 'waarschuwing');
  }
  if (!ok || !item || score === null) return null;
  return { aanvraag: text('aanvraag'), beoordelaar: text('beoordelaar'), rol, item: item.id, score, toelichting: text('toelichting') };
}

function parseScore(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  const s = String(value ?? '').trim().replace(',', '.');
  if (!/^[+-]?\d+(\.\d+)?$/.test(s)) return null;
  return Number(s);
}

function problem(bestand: string, plaats: string, veld: string, melding: string): Problem {
  return { bestand, plaats, veld, melding, ernst: 'fout' };
}
