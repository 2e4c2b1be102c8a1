/**
 * Turns tables (a CSV file, the sheets of a workbook) into applications: the Aanvragen table gives
 * one application per row; a Deelnemers or Begroting table adds lines to the application whose id
 * it names. Shared by the CSV and XLSX readers so both behave the same.
 */
import type { Application } from '../rules/application';
import type { Problem } from '../rules/outcome';
import { COLUMN_GROUPS, COMPUTED_HEADERS, COST_COLUMNS, INCOME_COLUMNS, PARTICIPANT_COLUMNS, type Column, type ColumnGroup } from './columns';
import { applicationFromRecord, cellPlace, describeHeaders, lineFromCells, resolveHeader, resolveLineHeader, rowPlace } from './flat';
import { columnsRefusal, rowsRefusal } from './limits';
import { emptyResult, fileProblem, withLazyRaw, type ImportRecord, type ImportResult } from './result';
import { fold, isBlank, show } from './values';

export interface Row {
  /** Row number as a spreadsheet shows it (header = 1). */
  rij: number;
  values: unknown[];
}

export interface Sheet {
  bestand: string;
  /** Sheet name in a workbook; undefined for a CSV file. */
  blad?: string;
  rows: Row[];
}

type TableKind = 'aanvragen' | 'deelnemers' | 'begroting' | 'overslaan';

const KEY_HEADERS = new Set(['id', 'aanvraag', 'aanvraagid', 'aanvraagnummer', 'kenmerk', 'kenmerkaanvraag']);
const KIND_HEADERS = new Set(['soort', 'type', 'kostenofinkomsten']);
const SHEET_NAMES: Record<string, TableKind> = {
  aanvragen: 'aanvragen',
  aanvraag: 'aanvragen',
  deelnemers: 'deelnemers',
  deelnemer: 'deelnemers',
  begroting: 'begroting',
  toelichting: 'overslaan',
  lijsten: 'overslaan',
  // The sheets the add-in and `zk selectie` write next to the three import tables.
  toetsing: 'overslaan',
  selectie: 'overslaan',
  audit: 'overslaan',
  instellingen: 'overslaan',
  consensus: 'overslaan',
  behandelindex: 'overslaan',
  aggregatie: 'overslaan',
  gevoeligheid: 'overslaan',
  scores: 'overslaan',
  teambesluiten: 'overslaan',
};
/** Score sheets are named `Scores <rol>`. */
const SCORE_SHEET = /^scores\b/;
const COMPUTED = new Set(COMPUTED_HEADERS.map(fold));

function headerRow(sheet: Sheet): { headers: string[]; index: number } | undefined {
  const index = sheet.rows.findIndex((row) => row.values.some((v) => !isBlank(v)));
  if (index < 0) return undefined;
  return { headers: sheet.rows[index].values.map((v) => show(v).trim()), index };
}

function classify(sheet: Sheet, headers: string[]): TableKind {
  const byName = sheet.blad ? SHEET_NAMES[fold(sheet.blad)] : undefined;
  if (byName) return byName;
  if (sheet.blad && SCORE_SHEET.test(sheet.blad.trim().toLowerCase())) return 'overslaan';
  const known = headers.filter((h) => h && resolveHeader(h) && !KEY_HEADERS.has(fold(h)));
  if (known.length) return 'aanvragen';
  const hasKey = headers.some((h) => KEY_HEADERS.has(fold(h)));
  if (hasKey && headers.some((h) => resolveLineHeader(PARTICIPANT_COLUMNS, h) && !['omschrijving', 'bedrag'].includes(fold(h)))) return 'deelnemers';
  if (hasKey && headers.some((h) => resolveLineHeader(COST_COLUMNS, h))) return 'begroting';
  return 'aanvragen';
}

interface Built {
  application: Application;
  record: ImportRecord;
  problems: Problem[];
  /** Rows of the Deelnemers and Begroting tables linked to this application, for its `raw` (built when read). */
  lineRows?: LineRow[];
}

/** A linked line's row: its cells go into the owner's `raw` as `<table> rij <n> <header>`. */
interface LineRow {
  prefix: string;
  headers: readonly string[];
  values: readonly unknown[];
}

/** The row's own raw values and after them those of its linked lines, in the order they were linked. */
function rawWithLines(raw: Record<string, unknown>, lineRows: readonly LineRow[] | undefined): Record<string, unknown> {
  if (lineRows) {
    for (const { prefix, headers, values } of lineRows) {
      for (let i = 0; i < headers.length; i++) if (!isBlank(values[i])) raw[prefix + headers[i]] = values[i];
    }
  }
  return raw;
}

/** Assembles applications from tables of one or more files. A file over the row limit is refused whole. */
export function assembleSheets(sheets: readonly Sheet[]): ImportResult {
  const result = emptyResult();
  const refused = refuseLargeFiles(sheets, result.problems);
  const built: Built[] = [];
  const lineTables: { sheet: Sheet; kind: 'deelnemers' | 'begroting'; headers: string[]; index: number }[] = [];

  for (const sheet of sheets) {
    if (refused.has(sheet.bestand)) continue;
    const head = headerRow(sheet);
    if (!head) {
      // A CSV of only empty lines or separators: nothing to read, and it must not pass as read.
      if (!sheet.blad) result.problems.push(fileProblem(sheet.bestand, 'het bestand bevat geen kopregel en geen gegevens (alleen lege regels)'));
      continue;
    }
    const kind = classify(sheet, head.headers);
    if (kind === 'overslaan') continue;
    if (kind === 'aanvragen' && !head.headers.some((h) => h && resolveHeader(h)) && !(sheet.blad && SHEET_NAMES[fold(sheet.blad)])) {
      // A notes sheet or an unrelated file: importing its rows would make applications out of nothing.
      const what = sheet.blad ? `blad '${sheet.blad}' overgeslagen` : 'niets ingelezen';
      result.problems.push(fileProblem(sheet.bestand, `${what}: geen bekende kolommen (verwacht bijvoorbeeld id, naamInitiatief, kvkNummer)`, sheet.blad ? 'waarschuwing' : 'fout', sheet.blad ? `${sheet.blad} rij ${sheet.rows[head.index].rij}` : 'kopregel'));
      continue;
    }
    if (kind !== 'aanvragen') {
      lineTables.push({ sheet, kind, headers: head.headers, index: head.index });
      continue;
    }
    const computed = head.headers.map((h) => COMPUTED.has(fold(h)));
    const hasComputed = computed.some(Boolean);
    if (hasComputed) head.headers = head.headers.map((h, i) => (computed[i] ? '' : h));
    reportHeaders(sheet, head.headers, result.problems);
    // Index loops, not slices: a copy of 10,000 rows per pass is garbage the scavenger has to walk.
    if (!sheet.blad && !hasFilledRowAfter(sheet.rows, head.index)) {
      result.problems.push(fileProblem(sheet.bestand, 'geen aanvragen: het bestand heeft alleen een kopregel', 'fout', 'kopregel'));
    }
    for (let r = head.index + 1; r < sheet.rows.length; r++) {
      const source = sheet.rows[r];
      const row = hasComputed ? { ...source, values: source.values.map((v, i) => (computed[i] ? null : v)) } : source;
      if (!row.values.some((v) => !isBlank(v))) continue;
      const plaats = rowPlace({ rij: row.rij, blad: sheet.blad });
      const where = { bestand: sheet.bestand, rij: row.rij, blad: sheet.blad, plaats };
      let overflow = 0;
      for (let i = head.headers.length; i < row.values.length; i++) if (!isBlank(row.values[i])) overflow++;
      if (overflow) {
        result.problems.push({ bestand: sheet.bestand, plaats, veld: '', melding: `${overflow} waarde(n) voorbij de laatste kolom van de kopregel; bewaard bij 'extra' als 'kolom …'`, ernst: 'waarschuwing' });
      }
      const { application, problems, raw } = applicationFromRecord(head.headers, row.values, where);
      // `raw` is built when first read, after the linked lines are known (attachLines).
      const b: Built = { application, problems, record: withLazyRaw({ id: application.id, bestand: sheet.bestand, plaats, onvolledig: false }, () => rawWithLines(raw(), b.lineRows)) };
      built.push(b);
    }
  }

  makeIdsUnique(built);
  const byId = new Map(built.map((b) => [b.application.id, b] as const));
  for (const table of lineTables) attachLines(table, byId, result.problems);

  for (const b of built) {
    b.record.onvolledig = hasError(b.problems);
    result.applications.push(b.application);
    result.records.push(b.record);
    result.problems.push(...b.problems);
  }
  return result;
}

function hasError(problems: readonly Problem[]): boolean {
  for (let i = 0; i < problems.length; i++) if (problems[i].ernst !== 'waarschuwing') return true;
  return false;
}

/** The row and column limits hold per table (a CSV file, a sheet); one table over it refuses its whole file. */
function hasFilledRowAfter(rows: readonly Row[], index: number): boolean {
  for (let r = index + 1; r < rows.length; r++) if (rows[r].values.some((v) => !isBlank(v))) return true;
  return false;
}

function refuseLargeFiles(sheets: readonly Sheet[], problems: Problem[]): Set<string> {
  const refused = new Set<string>();
  for (const sheet of sheets) {
    if (refused.has(sheet.bestand)) continue;
    const what = sheet.blad ? `het blad ${sheet.blad}` : 'het bestand';
    let width = 0;
    for (const row of sheet.rows) width = Math.max(width, row.values.length);
    const refusal = rowsRefusal(what, Math.max(0, sheet.rows.length - 1)) ?? columnsRefusal(what, width);
    if (!refusal) continue;
    refused.add(sheet.bestand);
    problems.push(fileProblem(sheet.bestand, refusal));
  }
  return refused;
}

function reportHeaders(sheet: Sheet, headers: string[], problems: Problem[]): void {
  const where = sheet.blad ? `${sheet.blad} rij 1` : 'kopregel';
  const { unknown, duplicates } = describeHeaders(headers);
  for (const name of unknown) {
    problems.push({ bestand: sheet.bestand, plaats: where, veld: name, melding: `onbekende kolom '${name}': de waarden staan bij 'extra'`, ernst: 'waarschuwing' });
  }
  for (const names of duplicates) {
    problems.push({ bestand: sheet.bestand, plaats: where, veld: names[0], melding: `de kolommen ${names.map((n) => `'${n}'`).join(' en ')} vullen hetzelfde veld; de laatste ingevulde waarde telt`, ernst: 'waarschuwing' });
  }
}

function makeIdsUnique(built: Built[]): void {
  const seen = new Map<string, Built>();
  for (const b of built) {
    const first = seen.get(b.application.id);
    if (!first) {
      seen.set(b.application.id, b);
      continue;
    }
    let n = 2;
    while (seen.has(`${b.application.id}-${n}`)) n++;
    const id = `${b.application.id}-${n}`;
    b.problems.push({
      bestand: b.record.bestand,
      plaats: b.record.plaats,
      veld: 'id',
      melding: `id '${b.application.id}' staat ook op ${first.record.plaats}; deze aanvraag krijgt id '${id}'`,
      ernst: 'waarschuwing',
    });
    b.application = { ...b.application, id };
    b.record.id = id;
    seen.set(id, b);
  }
}

const [PARTICIPANTS, COSTS, INCOMES] = ['deelnemers', 'kosten', 'andereBronnen'].map((last) => COLUMN_GROUPS.find((g) => g.path[g.path.length - 1] === last)!);

function linesOf(app: Application, group: ColumnGroup): unknown[] {
  const parent = group.path.slice(0, -1).reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], app);
  return ((parent as Record<string, unknown> | undefined)?.[group.path[group.path.length - 1]] as unknown[] | undefined) ?? [];
}

/**
 * Adds a line to the application in place: the application is this import's own object, and a
 * copy of it per line (20,000 participants, 20,000 cost lines) was most of the time of linking. A
 * field that is new comes last, as a spread copy would put it.
 */
function appendLine(app: Application, group: ColumnGroup, line: Record<string, unknown>): void {
  const target = app as Record<string, unknown>;
  if (group === PARTICIPANTS) {
    ((target.deelnemers ??= []) as unknown[]).push(line);
    return;
  }
  const begroting = (target.begroting ??= {}) as Record<string, unknown>;
  ((begroting[group === INCOMES ? 'andereBronnen' : 'kosten'] ??= []) as unknown[]).push(line);
}

const INCOME_KINDS = new Set(['inkomsten', 'inkomst', 'anderebron', 'anderebronnen', 'bron', 'dekking']);

function attachLines(
  table: { sheet: Sheet; kind: 'deelnemers' | 'begroting'; headers: string[]; index: number },
  byId: Map<string, Built>,
  problems: Problem[],
): void {
  const { sheet, headers } = table;
  const keyColumn = headers.findIndex((h) => KEY_HEADERS.has(fold(h)));
  const kindColumn = headers.findIndex((h) => KIND_HEADERS.has(fold(h)));
  const where = sheet.blad ? `${sheet.blad} rij 1` : 'kopregel';
  if (keyColumn < 0) {
    problems.push(fileProblem(sheet.bestand, `tabel ${sheet.blad ?? ''} heeft geen kolom 'aanvraagId'; de regels zijn niet gekoppeld`.replace('  ', ' '), 'fout', where));
    return;
  }
  const lineColumns = (columns: readonly Column[]) => headers.map((h, i) => (i === keyColumn || i === kindColumn ? undefined : resolveLineHeader(columns, h)));
  const participantCols = lineColumns(PARTICIPANT_COLUMNS);
  const costCols = lineColumns(COST_COLUMNS);
  const incomeCols = lineColumns(INCOME_COLUMNS);
  const used = table.kind === 'deelnemers' ? participantCols : costCols;
  const unknown = headers.flatMap((h, i) => (h && i !== keyColumn && i !== kindColumn && !used[i] ? [i] : []));
  for (const i of unknown) {
    problems.push({ bestand: sheet.bestand, plaats: where, veld: headers[i], melding: `onbekende kolom '${headers[i]}' in tabel ${table.kind}: de waarden staan bij 'extra' van de aanvraag`, ernst: 'waarschuwing' });
  }

  for (const row of sheet.rows.slice(table.index + 1)) {
    if (!row.values.some((v) => !isBlank(v))) continue;
    const rowWhere = { rij: row.rij, blad: sheet.blad };
    const id = show(row.values[keyColumn]).trim();
    const owner = byId.get(id);
    if (!owner) {
      problems.push({ bestand: sheet.bestand, plaats: cellPlace(rowWhere, keyColumn), veld: 'aanvraagId', melding: id ? `aanvraag '${id}' bestaat niet in de tabel Aanvragen; regel niet gekoppeld` : 'geen aanvraagId; regel niet gekoppeld', ernst: 'fout' });
      continue;
    }
    const isIncome = table.kind === 'begroting' && kindColumn >= 0 && INCOME_KINDS.has(fold(show(row.values[kindColumn])));
    const [columns, group] = table.kind === 'deelnemers' ? [participantCols, PARTICIPANTS] : isIncome ? [incomeCols, INCOMES] : [costCols, COSTS];
    // Named like the numbered CSV columns (deelnemer2_agb), so a message reads the same in every format.
    const prefix = `${group.prefix}${linesOf(owner.application, group).length + 1}_`;
    // Only the filled cells: lineFromCells skips blank ones anyway.
    const cells: Parameters<typeof lineFromCells>[0][number][] = [];
    for (let i = 0; i < headers.length; i++) {
      const column = columns[i];
      if (column && !isBlank(row.values[i])) cells.push({ column, value: row.values[i], plaats: { row: rowWhere, column: i }, veld: prefix + headers[i] });
    }
    const { line, problems: lineProblems } = lineFromCells(cells, sheet.bestand);
    for (const p of lineProblems) owner.problems.push(p);
    (owner.lineRows ??= []).push({ prefix: `${sheet.blad ?? table.kind} rij ${row.rij} `, headers, values: row.values });
    let extra: Record<string, string> | undefined;
    for (const i of unknown) if (!isBlank(row.values[i])) (extra ??= {})[prefix + headers[i]] = show(row.values[i]);
    if (extra) (owner.application as Record<string, unknown>).extra = { ...owner.application.extra, ...extra };
    if (line) appendLine(owner.application, group, line);
  }
}
