/**
 * Application → row: the inverse of from-row.ts. The headers of a flat table for a set of
 * applications (every field, enough numbered lines, every extra key) and one application's
 * values under them; used by the CSV export, the import workbook and `=ZK.ELIGIBLE`'s tests.
 */
import type { Application } from '../rules/application';
import { APPLICATION_COLUMNS, COLUMN_GROUPS, headerOf, type Column, type ColumnGroup } from './columns';
import { resolveHeader } from './headers';
import { show } from './values';

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
  // An empty list is an answer ("none of these"), not an empty cell: written as "geen".
  if (Array.isArray(value)) return value.length ? value.join('; ') : 'geen';
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
