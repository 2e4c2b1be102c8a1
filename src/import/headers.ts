/**
 * Header resolution: which field of the Application a column header fills. Headers are matched
 * tolerantly: case, spaces, accents and punctuation do not matter, and a few Dutch synonyms and
 * Bijlage 3 labels are known (columns.ts). Numbered groups read as `deelnemer2_agb`.
 */
import { APPLICATION_COLUMNS, COLUMN_GROUPS, headerOf, type Column, type ColumnGroup } from './columns';
import { fold, show } from './values';

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
