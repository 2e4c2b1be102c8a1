/**
 * The one mapping between the canonical Application and flat rows (CSV, XLSX, the add-in's
 * import table, `=ZK.ELIGIBLE(koppen, rij)`). Headers are matched tolerantly: case, spaces,
 * accents and punctuation do not matter, and a few Dutch synonyms and Bijlage 3 labels are known.
 */
import { applicationSchema, type Application } from '../rules/application';
import type { Problem } from '../rules/outcome';
import { APPLICATION_COLUMNS, COLUMN_GROUPS, headerOf, type Column, type ColumnGroup } from './columns';
import { readKind } from './kinds';
import { fold, isBlank, show } from './values';
import { zodProblems } from './zod-problems';
import { dataRecord, withExtra } from './result';

export interface Target {
  column: Column;
  group?: { group: ColumnGroup; index: number };
  /** Canonical header: `kvkNummer`, `deelnemer2_agb`. */
  name: string;
}

function indexColumns(columns: readonly Column[]): Map<string, Column> {
  const map = new Map<string, Column>();
  for (const column of columns) {
    for (const name of [headerOf(column), column.path[column.path.length - 1], ...(column.synonyms ?? []), ...(column.labels ?? [])]) {
      const key = fold(name);
      if (key && !map.has(key)) map.set(key, column);
    }
  }
  return map;
}

const APPLICATION_INDEX = indexColumns(APPLICATION_COLUMNS);
const GROUP_INDEX = new Map(COLUMN_GROUPS.map((g) => [g, indexColumns(g.columns)] as const));
const GROUP_PATTERN = /^([a-z]+?)(\d{1,3})([a-z].*)$/;

const resolved = new Map<string, Target | undefined>();

/** Which field a header fills, or undefined for an unknown column. */
export function resolveHeader(header: string): Target | undefined {
  if (!resolved.has(header)) {
    if (resolved.size > 5000) resolved.clear();
    resolved.set(header, resolveUncached(header));
  }
  return resolved.get(header);
}

function resolveUncached(header: string): Target | undefined {
  const key = fold(header);
  const direct = APPLICATION_INDEX.get(key);
  if (direct) return { column: direct, name: headerOf(direct) };
  const match = GROUP_PATTERN.exec(key);
  if (!match) return undefined;
  const group = COLUMN_GROUPS.find((g) => g.aliases.some((a) => fold(a) === match[1]));
  const column = group && GROUP_INDEX.get(group)!.get(match[3]);
  const index = Number(match[2]);
  return group && column && index >= 1 ? { column, group: { group, index }, name: `${group.prefix}${index}_${headerOf(column)}` } : undefined;
}

/** Resolves a header against one line table (Deelnemers, Begroting). */
export function resolveLineHeader(columns: readonly Column[], header: string): Column | undefined {
  let index = lineIndexes.get(columns);
  if (!index) lineIndexes.set(columns, (index = indexColumns(columns)));
  return index.get(fold(header));
}
const lineIndexes = new WeakMap<readonly Column[], Map<string, Column>>();

/** The canonical header a target is written under: `kvkNummer`, `deelnemer2_agb`. */
export function fieldName(target: Target): string {
  return target.name;
}

const targetLists = new WeakMap<readonly string[], (Target | undefined)[]>();

/** Targets of a header row, worked out once per row of headers (every data row shares it). */
function targetsOf(headers: readonly string[]): (Target | undefined)[] {
  let targets = targetLists.get(headers);
  if (!targets) targetLists.set(headers, (targets = headers.map(resolveHeader)));
  return targets;
}

/**
 * Where a cell is, for messages: `Aanvragen!F7`, `rij 7`, `label "KvK nummer"`. A row of a table
 * gives its column index instead, and the text is only made when there is a problem to report.
 */
export type Place = string | { row: { rij: number | string; blad?: string }; column: number };
const placeText = (place: Place): string => (typeof place === 'string' ? place : cellPlace(place.row, place.column));

export interface Cell {
  header: string;
  value: unknown;
  plaats: Place;
}

export interface FromCellsOptions {
  bestand: string;
  /** Id used when the record has none. */
  fallbackId: string;
  /** Report a generated id (tables should have an id column; a Word form has none). */
  warnMissingId: boolean;
  /** Where the record is, for record-level messages. */
  plaats: string;
}

export interface FromCellsResult {
  application: Application;
  problems: Problem[];
  raw: Record<string, unknown>;
}

function setPath(target: Record<string, unknown>, path: readonly string[], value: unknown): void {
  let node = target;
  for (const key of path.slice(0, -1)) {
    if (typeof node[key] !== 'object' || node[key] === null) node[key] = {};
    node = node[key] as Record<string, unknown>;
  }
  node[path[path.length - 1]] = value;
}

/** Reads one line (participant, cost line) from cells with known columns; blank lines give undefined. */
export function lineFromCells(
  cells: readonly { column: Column; value: unknown; plaats: Place; veld: string }[],
  bestand: string,
): { line: Record<string, unknown> | undefined; problems: Problem[] } {
  const line: Record<string, unknown> = {};
  const problems: Problem[] = [];
  for (const cell of cells) {
    if (isBlank(cell.value)) continue;
    const read = readKind(cell.column.kind, cell.value);
    if (read.melding) problems.push({ bestand, plaats: placeText(cell.plaats), veld: cell.veld, melding: read.melding, ernst: 'fout' });
    if (read.value !== undefined) setPath(line, cell.column.path, read.value);
  }
  return { line: Object.keys(line).length ? line : undefined, problems };
}

/** Builds an Application from cells of one Word form (or any list of cells). Never throws. */
export function applicationFromCells(cells: readonly Cell[], options: FromCellsOptions): FromCellsResult {
  return applicationFromRow(
    cells.map((c) => c.header),
    cells.map((c) => c.value),
    (i) => cells[i].plaats,
    options,
  );
}

type GroupCell = { column: Column; value: unknown; plaats: Place; veld: string };

/** Builds an Application from one row: headers, values and where each cell is. Never throws. */
function applicationFromRow(headers: readonly string[], values: readonly unknown[], placeOf: (i: number) => Place, options: FromCellsOptions): FromCellsResult {
  const { bestand } = options;
  const app: Record<string, unknown> = {};
  // No prototype: a column named __proto__ or constructor is data like any other.
  const raw = dataRecord<unknown>();
  const extra = dataRecord<string>();
  const problems: Problem[] = [];
  const targets = targetsOf(headers);
  let groupCells: Map<ColumnGroup, Map<number, GroupCell[]>> | undefined;

  for (let i = 0; i < headers.length; i++) {
    const header = headers[i];
    const value = values[i];
    if (value !== undefined && value !== null && value !== '') raw[header] = value;
    if (isBlank(value)) continue;
    const target = targets[i];
    if (!target) {
      extra[header.trim()] = show(value);
      continue;
    }
    if (target.group) {
      groupCells ??= new Map();
      const lines = groupCells.get(target.group.group) ?? new Map<number, GroupCell[]>();
      groupCells.set(target.group.group, lines);
      const line = lines.get(target.group.index) ?? [];
      lines.set(target.group.index, line);
      line.push({ column: target.column, value, plaats: placeOf(i), veld: target.name });
      continue;
    }
    const read = readKind(target.column.kind, value);
    if (read.melding) problems.push({ bestand, plaats: placeText(placeOf(i)), veld: target.name, melding: read.melding, ernst: 'fout' });
    if (read.value !== undefined) setPath(app, target.column.path, read.value);
  }

  for (const group of COLUMN_GROUPS) {
    const lines = groupCells?.get(group);
    if (!lines) continue;
    const items: Record<string, unknown>[] = [];
    for (const index of [...lines.keys()].sort((a, b) => a - b)) {
      const { line, problems: lineProblems } = lineFromCells(lines.get(index)!, bestand);
      problems.push(...lineProblems);
      if (line) items.push(line);
    }
    if (items.length) setPath(app, group.path, items);
  }

  if (typeof app.id !== 'string' || !app.id) {
    app.id = options.fallbackId;
    if (options.warnMissingId) {
      problems.push({ bestand, plaats: options.plaats, veld: 'id', melding: `geen id ingevuld; de aanvraag krijgt id '${options.fallbackId}'`, ernst: 'waarschuwing' });
    }
  }
  if (Object.keys(extra).length) app.extra = extra;
  return { application: checkSchema(app, bestand, options.plaats, problems), problems, raw };
}

/** Safety net: every value above is typed by its reader, so this should never find anything. */
function checkSchema(app: Record<string, unknown>, bestand: string, plaats: string, problems: Problem[]): Application {
  const parsed = applicationSchema.safeParse(app);
  if (parsed.success) return withExtra(parsed.data, app.extra);
  problems.push(...zodProblems(parsed.error.issues, bestand, () => plaats));
  return { id: String(app.id), extra: app.extra as Record<string, string> | undefined };
}

/** Column letters as a spreadsheet shows them: 1 → A, 27 → AA. */
export function columnLetter(index1: number): string {
  let n = index1;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** The place of a cell: `Aanvragen!F7` in a workbook, `rij 7 kolom F` in a CSV. */
export function cellPlace(where: { rij: number | string; blad?: string }, columnIndex0: number): string {
  if (typeof where.rij === 'string') return where.rij;
  return where.blad ? `${where.blad}!${columnLetter(columnIndex0 + 1)}${where.rij}` : `rij ${where.rij} kolom ${columnLetter(columnIndex0 + 1)}`;
}

export function rowPlace(where: { rij: number | string; blad?: string }): string {
  if (typeof where.rij === 'string') return where.rij;
  return where.blad ? `${where.blad} rij ${where.rij}` : `rij ${where.rij}`;
}

const namedHeaderLists = new WeakMap<readonly string[], string[]>();

/** Headers with a name for every column (`kolom C` where the header cell is empty), once per header row. */
function namedHeaders(headers: readonly string[], width: number): string[] {
  const cached = namedHeaderLists.get(headers);
  if (cached && cached.length >= width) return cached;
  const named = Array.from({ length: Math.max(width, headers.length) }, (_, i) => {
    const header = headers[i];
    return header === undefined || header === null || String(header).trim() === '' ? `kolom ${columnLetter(i + 1)}` : String(header);
  });
  namedHeaderLists.set(headers, named);
  return named;
}

/** One row of a flat table → an Application, its problems and the raw values. */
export function applicationFromRecord(
  headers: string[],
  values: unknown[],
  where: { bestand: string; rij: number | string; blad?: string },
): FromCellsResult {
  const named = namedHeaders(headers, values.length);
  const row = { rij: where.rij, blad: where.blad };
  const stem = where.bestand.split(/[\\/]/).pop()!.replace(/\.[^.]+$/, '');
  return applicationFromRow(named, named.length === values.length ? values : named.map((_, i) => values[i]), (column) => ({ row, column }), {
    bestand: where.bestand,
    fallbackId: `${stem || 'aanvraag'}-${typeof where.rij === 'number' ? where.rij : fold(String(where.rij))}`,
    warnMissingId: true,
    plaats: rowPlace(where),
  });
}

/** Headers a file uses that fill no field, and fields filled by more than one header. Reported once per file. */
export function describeHeaders(headers: readonly unknown[]): { unknown: string[]; duplicates: string[][] } {
  const unknown: string[] = [];
  const byField = new Map<string, string[]>();
  for (const header of headers) {
    const text = show(header).trim();
    if (!text) continue;
    const target = resolveHeader(text);
    if (!target) unknown.push(text);
    else byField.set(fieldName(target), [...(byField.get(fieldName(target)) ?? []), text]);
  }
  return { unknown, duplicates: [...byField.values()].filter((names) => names.length > 1) };
}

export type FlatValue = string | number | boolean | null;

/** How many participant, cost and income lines a table needs to hold these applications. */
export function groupCounts(apps: readonly Application[]): Map<ColumnGroup, number> {
  const counts = new Map<ColumnGroup, number>();
  for (const group of COLUMN_GROUPS) {
    counts.set(group, Math.max(0, ...apps.map((app) => (getPath(app, group.path) as unknown[] | undefined)?.length ?? 0)));
  }
  return counts;
}

function getPath(record: unknown, path: readonly string[]): unknown {
  let node = record;
  for (const key of path) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

function flatValue(value: unknown): FlatValue {
  if (value === undefined || value === null) return null;
  if (Array.isArray(value)) return value.join('; ');
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  return show(value);
}

/** The headers of a flat table for these applications (all fields, enough groups, every extra key). */
export function tableHeaders(apps: readonly Application[], counts = groupCounts(apps)): string[] {
  const headers = APPLICATION_COLUMNS.map(headerOf);
  for (const group of COLUMN_GROUPS) {
    for (let n = 1; n <= (counts.get(group) ?? 0); n++) headers.push(...group.columns.map((col) => `${group.prefix}${n}_${headerOf(col)}`));
  }
  const extras = new Set<string>();
  for (const app of apps) for (const key of Object.keys(app.extra ?? {})) extras.add(key);
  return [...headers, ...extras];
}

/** The inverse of applicationFromRecord: one Application as headers and values. */
export function applicationToRecord(app: Application, headers = tableHeaders([app])): { headers: string[]; values: FlatValue[] } {
  const values = headers.map((header) => {
    const target = resolveHeader(header);
    if (!target) return flatValue(app.extra?.[header]);
    if (!target.group) return flatValue(getPath(app, target.column.path));
    const lines = getPath(app, target.group.group.path) as unknown[] | undefined;
    return flatValue(getPath(lines?.[target.group.index - 1], target.column.path));
  });
  return { headers, values };
}

/** The ordered column list with Dutch descriptions (template explanation sheet, docs). */
export function describeColumns(): { header: string; beschrijving: string; soort: string; voorbeeld: string }[] {
  const rows = APPLICATION_COLUMNS.map((col) => ({ header: headerOf(col), beschrijving: col.beschrijving, soort: KIND_NAMES[col.kind], voorbeeld: col.voorbeeld ?? '' }));
  for (const group of COLUMN_GROUPS) {
    for (const col of group.columns) {
      rows.push({ header: `${group.prefix}N_${headerOf(col)}`, beschrijving: `${group.beschrijving} N: ${col.beschrijving}`, soort: KIND_NAMES[col.kind], voorbeeld: col.voorbeeld ?? '' });
    }
  }
  return rows;
}

export const KIND_NAMES: Record<Column['kind'], string> = {
  text: 'tekst',
  amount: 'bedrag in euro',
  count: 'heel getal',
  number: 'getal',
  yesNo: 'ja/nee',
  date: 'datum',
  legalForm: 'keuzelijst',
  category: 'keuzelijst',
  clientGroups: 'lijst, gescheiden door ;',
  jzojpAims: 'lijst, gescheiden door ;',
  kvk: 'KvK-nummer (8 cijfers)',
  agb: 'AGB-code (8 cijfers)',
  postcode: 'postcode',
  email: 'e-mailadres',
  phone: 'telefoonnummer',
};
