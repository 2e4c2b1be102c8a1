/**
 * JSON, the canonical form: one application object or an array of them. A field that does not fit
 * the schema gets a Dutch message with its path; when the flat readers can still read it (an
 * amount written as "€ 12.500,00") the read value is used, otherwise the field is left out and the
 * record is kept, marked incomplete, with its raw value.
 */
import { applicationSchema, budgetSchema, businessCaseSchema, costLineSchema, incomeLineSchema, participantSchema, type Application } from '../rules/application';
import type { Problem } from '../rules/outcome';
import { APPLICATION_COLUMNS, COLUMN_GROUPS, type Column } from './columns';
import { readKind } from './kinds';
import { MAX_ROWS } from './limits';
import { openInput, parseJson } from './open';
import { dataRecord, emptyResult, fileStem, refused, withExtra, type ImportRecord, type ImportResult } from './result';
import { show } from './values';
import { issueMessage, pathName } from './zod-problems';

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The column (and so the reader) for an issue path such as `deelnemers.0.agb` or
 * `klantgroepen.1`, with the path of the whole field it belongs to.
 */
function columnAt(path: readonly PropertyKey[]): { column: Column; path: PropertyKey[] } | undefined {
  for (const column of APPLICATION_COLUMNS) {
    if (column.path.every((key, i) => path[i] === key)) return { column, path: [...column.path] };
  }
  for (const group of COLUMN_GROUPS) {
    if (!group.path.every((key, i) => path[i] === key) || typeof path[group.path.length] !== 'number') continue;
    const rest = path.slice(group.path.length + 1);
    const column = group.columns.find((c) => c.path.every((key, i) => rest[i] === key));
    if (column) return { column, path: [...group.path, path[group.path.length], ...column.path] };
  }
  return undefined;
}

const REMOVED = Symbol('removed');

function getAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let node = root;
  for (const key of path) node = isObject(node) || Array.isArray(node) ? (node as Record<PropertyKey, unknown>)[key] : undefined;
  return node;
}

function setAt(root: Json, path: readonly PropertyKey[], value: unknown): void {
  const parent = getAt(root, path.slice(0, -1));
  const last = path[path.length - 1];
  if (Array.isArray(parent) && typeof last === 'number') parent[last] = value === undefined ? REMOVED : value;
  else if (isObject(parent)) {
    if (value === undefined) delete parent[last as string];
    else parent[last as string] = value;
  }
}

/** Drops list items that were removed (kept as a marker while one round's issues are handled). */
function dropRemoved(node: unknown): unknown {
  if (Array.isArray(node)) return node.filter((item) => item !== REMOVED).map(dropRemoved);
  if (isObject(node)) for (const key of Object.keys(node)) node[key] = dropRemoved(node[key]);
  return node;
}

/** Objects inside an application whose keys zod knows; any other key would be dropped silently. */
const NESTED: { path: string[]; list?: string; known: Set<string> }[] = [
  { path: ['begroting'], known: new Set(Object.keys(budgetSchema.shape)) },
  { path: ['businesscase'], known: new Set(Object.keys(businessCaseSchema.shape)) },
  { path: ['deelnemers'], list: 'deelnemer', known: new Set(Object.keys(participantSchema.shape)) },
  { path: ['begroting', 'kosten'], list: 'kosten', known: new Set(Object.keys(costLineSchema.shape)) },
  { path: ['begroting', 'andereBronnen'], list: 'inkomsten', known: new Set(Object.keys(incomeLineSchema.shape)) },
];

/**
 * Keys the schema does not know go to `extra`, named like flat columns (`deelnemer2_opmerking`,
 * `begroting_toelichting`), because zod would drop them without a word.
 */
function moveUnknownKeys(record: Json, unknown: Set<string>): void {
  const extra = dataRecord<string>();
  if (isObject(record.extra)) for (const [k, v] of Object.entries(record.extra)) extra[k] = typeof v === 'string' ? v : show(v);
  const move = (object: Json, known: Set<string>, name: (key: string) => string) => {
    for (const key of Object.keys(object)) {
      if (known.has(key)) continue;
      unknown.add(name(key));
      const value = object[key];
      if (value !== undefined && value !== null && value !== '') extra[name(key)] = typeof value === 'string' ? value : show(value);
      delete object[key];
    }
  };
  move(record, TOP_LEVEL_KEYS, (key) => key);
  for (const nested of NESTED) {
    const node = getAt(record, nested.path);
    if (nested.list && Array.isArray(node)) node.forEach((item, i) => isObject(item) && move(item, nested.known, (key) => `${nested.list}${i + 1}_${key}`));
    else if (!nested.list && isObject(node)) move(node, nested.known, (key) => `${nested.path.join('_')}_${key}`);
  }
  if (Object.keys(extra).length) record.extra = extra;
}

const TOP_LEVEL_KEYS = new Set(Object.keys(applicationSchema.shape));

function fromJsonRecord(input: unknown, index: number, bestand: string, unknown: Set<string>): { application: Application; problems: Problem[]; record: ImportRecord } {
  const plaats = `aanvraag ${index + 1}`;
  const problems: Problem[] = [];
  const raw: Json = isObject(input) ? input : { waarde: input };
  const record: Json = isObject(input) ? (structuredClone(input) as Json) : {};
  if (!isObject(input)) problems.push({ bestand, plaats, veld: '', melding: `verwacht een object met de velden van een aanvraag, gevonden ${show(input).slice(0, 80) || 'niets'}`, ernst: 'fout' });
  moveUnknownKeys(record, unknown);
  if (typeof record.id === 'number') record.id = String(record.id);
  if (typeof record.id !== 'string' || !record.id.trim()) {
    record.id = `${fileStem(bestand)}-${index + 1}`;
    problems.push({ bestand, plaats, veld: 'id', melding: `geen id ingevuld; de aanvraag krijgt id '${record.id}'`, ernst: 'waarschuwing' });
  }

  // Each round fixes or removes the fields zod rejects; the depth of the record bounds the rounds.
  const tried = new Set<string>();
  for (let round = 0; round < 50; round++) {
    const parsed = applicationSchema.safeParse(record);
    if (parsed.success) {
      const checked = checkIdentifiers(withExtra(parsed.data, record.extra), bestand, plaats);
      return { application: checked.application, problems: [...problems, ...checked.problems], record: { id: parsed.data.id, bestand, plaats, onvolledig: false, raw } };
    }
    const handled = new Set<string>();
    for (const issue of parsed.error.issues) {
      const field = columnAt(issue.path);
      const path = field?.path ?? issue.path;
      if (path.length === 0 || handled.has(pathName(path))) continue;
      handled.add(pathName(path));
      const value = getAt(record, path);
      const reread = field && value !== undefined && !tried.has(pathName(path)) ? readKind(field.column.kind, value) : undefined;
      tried.add(pathName(path));
      if (!reread || reread.melding) {
        problems.push({ bestand, plaats, veld: pathName(path), melding: reread?.melding ?? issueMessage(issue, getAt(record, issue.path)), ernst: 'fout' });
      }
      setAt(record, path, reread?.value);
    }
    dropRemoved(record);
  }
  problems.push({ bestand, plaats, veld: '', melding: 'de aanvraag kon niet worden gelezen', ernst: 'fout' });
  return { application: { id: String(record.id) }, problems, record: { id: String(record.id), bestand, plaats, onvolledig: true, raw } };
}

/**
 * Identifiers zod accepts as any text are checked like in every other format: a valid one is
 * normalised (KvK "7654 3210" → "76543210"), a wrong one is kept as written with a message.
 */
function checkIdentifiers(app: Application, bestand: string, plaats: string): { application: Application; problems: Problem[] } {
  const problems: Problem[] = [];
  const check = <T extends Json>(record: T, key: string, column: Column | undefined, path: (string | number)[]): T => {
    const value = record[key];
    if (!column || typeof value !== 'string') return record;
    const read = readKind(column.kind, value);
    if (read.melding) problems.push({ bestand, plaats, veld: pathName(path), melding: read.melding, ernst: 'fout' });
    return read.value !== undefined && read.value !== value ? { ...record, [key]: read.value } : record;
  };
  let application = check(app as Json, 'kvkNummer', APPLICATION_COLUMNS.find((c) => c.kind === 'kvk'), ['kvkNummer']) as Application;
  const participantColumns = COLUMN_GROUPS[0].columns.filter((c) => ['agb', 'postcode', 'email', 'phone'].includes(c.kind));
  if (application.deelnemers) {
    const deelnemers = application.deelnemers.map((d, i) => participantColumns.reduce((rec, column) => check(rec, column.path[0], column, ['deelnemers', i, column.path[0]]), d as Json));
    application = { ...application, deelnemers };
  }
  return { application, problems };
}

export function importJsonText(bestand: string, text: string): ImportResult {
  const parsed = parseJson(text);
  if (!parsed.ok) return refused(bestand, parsed.melding);
  const data = parsed.value;
  const list = Array.isArray(data) ? data : isObject(data) && Array.isArray(data.aanvragen) ? data.aanvragen : [data];
  if (list.length > MAX_ROWS) {
    return refused(bestand, `het bestand bevat ${list.length} aanvragen, meer dan de grens van ${MAX_ROWS}; er is niets ingelezen`);
  }
  const result = emptyResult();
  const unknown = new Set<string>();
  list.forEach((item, index) => {
    const { application, problems, record } = fromJsonRecord(item, index, bestand, unknown);
    record.onvolledig = problems.some((p) => p.ernst !== 'waarschuwing');
    result.applications.push(application);
    result.records.push(record);
    result.problems.push(...problems);
  });
  for (const key of unknown) {
    result.problems.unshift({ bestand, plaats: 'bestand', veld: key, melding: `onbekend veld '${key}': de waarden staan bij 'extra'`, ernst: 'waarschuwing' });
  }
  return result;
}

export function importJson(bestand: string, bytes: Uint8Array): ImportResult {
  const opened = openInput(bestand, bytes, ['json']);
  if (!opened.ok) return refused(bestand, opened.melding);
  return importJsonText(bestand, opened.opened.kind === 'json' ? opened.opened.text : '');
}
