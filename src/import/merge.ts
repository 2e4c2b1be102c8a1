/**
 * Re-import: a newer version of an application replaces the fields it fills and keeps the ones it
 * leaves empty. A new version is the same application when it has the same id, or the same KvK
 * number and initiative name. The merged application keeps the id it already had, so everything
 * assessors recorded under that id (scores, comments, overrides — held outside the Application)
 * stays attached; `idMap` tells callers which incoming id became which kept id.
 */
import type { Application } from '../rules/application';
import { applicationToRecord, tableHeaders, type FlatValue } from './flat';
import { fold } from './values';

export interface FieldChange {
  id: string;
  veld: string;
  oud: FlatValue;
  nieuw: FlatValue;
  /** Dutch sentence for the change list. */
  melding: string;
}

export interface MergeResult {
  applications: Application[];
  /** Incoming id → the id the application has after the merge. */
  idMap: Record<string, string>;
  /** Ids of applications that were not there before. */
  added: string[];
  /** Ids of existing applications that got a newer version. */
  updated: string[];
  changes: FieldChange[];
}

const kvkKey = (app: Application): string | undefined => {
  const digits = app.kvkNummer?.replace(/\D/g, '');
  const name = app.naamInitiatief ? fold(app.naamInitiatief) : '';
  return digits && name ? `${digits}|${name}` : undefined;
};

const showValue = (value: FlatValue): string => (value === null ? '(leeg)' : typeof value === 'boolean' ? (value ? 'ja' : 'nee') : `'${String(value)}'`);

/** Field-by-field differences between two versions, in the column names of the import table. */
export function diffApplications(before: Application, after: Application): FieldChange[] {
  const headers = tableHeaders([before, after]).filter((h) => h !== 'id');
  const a = applicationToRecord(before, headers).values;
  const b = applicationToRecord(after, headers).values;
  const changes: FieldChange[] = [];
  headers.forEach((veld, i) => {
    if (a[i] === b[i]) return;
    const melding =
      a[i] === null ? `${veld} ingevuld: ${showValue(b[i])}` : b[i] === null ? `${veld} leeggemaakt (was ${showValue(a[i])})` : `${veld} gewijzigd van ${showValue(a[i])} naar ${showValue(b[i])}`;
    changes.push({ id: before.id, veld, oud: a[i], nieuw: b[i], melding: `aanvraag ${before.id}: ${melding}` });
  });
  return changes;
}

/** The newer version's fields win; fields it leaves out keep their old value (nothing is lost). */
function mergeOne(existing: Application, incoming: Application): Application {
  const merged: Record<string, unknown> = { ...existing };
  for (const [key, value] of Object.entries(incoming)) {
    if (value === undefined || key === 'id') continue;
    merged[key] = key === 'extra' ? { ...existing.extra, ...(value as Record<string, string>) } : value;
  }
  return merged as Application;
}

export function mergeApplications(existing: readonly Application[], incoming: readonly Application[]): MergeResult {
  const applications = [...existing];
  const byId = new Map(applications.map((app, i) => [app.id, i] as const));
  const byKvk = new Map<string, number>();
  applications.forEach((app, i) => {
    const key = kvkKey(app);
    if (key && !byKvk.has(key)) byKvk.set(key, i);
  });
  const result: MergeResult = { applications, idMap: {}, added: [], updated: [], changes: [] };

  for (const app of incoming) {
    const key = kvkKey(app);
    const index = byId.get(app.id) ?? (key ? byKvk.get(key) : undefined);
    if (index === undefined) {
      let id = app.id;
      for (let n = 2; byId.has(id); n++) id = `${app.id}-${n}`;
      const added = id === app.id ? app : { ...app, id };
      byId.set(id, applications.push(added) - 1);
      if (key) byKvk.set(key, applications.length - 1);
      result.idMap[app.id] = id;
      result.added.push(id);
      continue;
    }
    const before = applications[index];
    const after = mergeOne(before, app);
    applications[index] = after;
    result.idMap[app.id] = before.id;
    if (!result.updated.includes(before.id)) result.updated.push(before.id);
    result.changes.push(...diffApplications(before, after));
  }
  return result;
}

/** Re-keys data held by application id (scores, comments, overrides) after a merge. */
export function rekey<T>(data: Readonly<Record<string, T>>, idMap: Readonly<Record<string, string>>): Record<string, T> {
  const out: Record<string, T> = {};
  for (const [id, value] of Object.entries(data)) out[idMap[id] ?? id] = value;
  return out;
}
