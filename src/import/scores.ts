import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import type { Problem } from '../rules/outcome';
import type { Rubric } from '../rules/policy';
import type { Score } from '../rules/scoring/score';

/** The columns of a score file, in order (CSV header or first row of the sheet). */
export const SCORE_COLUMNS = ['aanvraag', 'beoordelaar', 'rol', 'item', 'score', 'toelichting'] as const;
type Column = (typeof SCORE_COLUMNS)[number];
const REQUIRED: Column[] = ['aanvraag', 'beoordelaar', 'rol', 'item', 'score'];

export interface ScoreImport {
  scores: Score[];
  problemen: Problem[];
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
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: 'greedy' });
  const [header = [], ...body] = parsed.data;
  return fromRows(header, body.map((cells, i) => ({ rij: i + 2, cells })), bestand, rubric, options);
}

/** Parses the first worksheet (or the one named `Scores`) of an .xlsx score file. Never throws. */
export async function parseScoresXlsx(data: ArrayBuffer | Uint8Array, bestand: string, rubric: Rubric, options: ScoreImportOptions = {}): Promise<ScoreImport> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(data as ArrayBuffer);
  } catch (error) {
    return { scores: [], problemen: [problem(bestand, 'bestand', '', `Het bestand is geen leesbaar Excel-bestand (.xlsx): ${(error as Error).message}`)] };
  }
  const ws = wb.getWorksheet('Scores') ?? wb.worksheets[0];
  if (!ws) return { scores: [], problemen: [problem(bestand, 'bestand', '', 'Het Excel-bestand bevat geen werkblad.')] };
  const rows: { rij: number; cells: unknown[] }[] = [];
  let header: unknown[] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: unknown[] = [];
    for (let c = 1; c <= row.cellCount; c++) cells.push(cellValue(row.getCell(c).value));
    if (!header.length) header = cells;
    else rows.push({ rij: rowNumber, cells });
  });
  return fromRows(header, rows, `${bestand}`, rubric, options, `${ws.name}!`);
}

function cellValue(v: ExcelJS.CellValue): unknown {
  if (v === null || v === undefined) return '';
  if (typeof v === 'object' && !(v instanceof Date)) {
    if ('richText' in v) return v.richText.map((r) => r.text).join('');
    if ('result' in v) return v.result ?? '';
    if ('text' in v) return v.text;
  }
  return v;
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
    return { scores: [], problemen };
  }
  const raw: RawRow[] = rows.map(({ rij, cells }) => ({
    rij,
    values: Object.fromEntries([...index].map(([col, i]) => [col, cells[i]])) as RawRow['values'],
  }));
  const scores: Score[] = [];
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
  }
  return { scores, problemen };
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
  return { bestand, plaats, veld, melding };
}
