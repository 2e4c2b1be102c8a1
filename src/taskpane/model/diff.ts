import type { Application } from '../../rules/application';

/** What a re-import changed, field by field, for the pane's "what changed" list. */
export interface ImportDiff {
  added: string[];
  changed: { id: string; fields: string[] }[];
  unchanged: number;
}

function flatten(value: unknown, prefix: string, out: Map<string, string>): void {
  if (value !== null && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value as Record<string, unknown>)) {
      flatten(inner, prefix ? `${prefix}.${key}` : key, out);
    }
    return;
  }
  out.set(prefix, JSON.stringify(value));
}

/** Field paths whose values differ (arrays by index: `deelnemers.1.agb`). */
export function changedFields(before: Application, after: Application): string[] {
  const a = new Map<string, string>();
  const b = new Map<string, string>();
  flatten(before, '', a);
  flatten(after, '', b);
  const paths = new Set([...a.keys(), ...b.keys()]);
  return [...paths].filter((path) => a.get(path) !== b.get(path)).sort();
}

export function diffApplications(previous: readonly Application[], incoming: readonly Application[]): ImportDiff {
  const byId = new Map(previous.map((app) => [app.id, app]));
  const diff: ImportDiff = { added: [], changed: [], unchanged: 0 };
  for (const app of incoming) {
    const before = byId.get(app.id);
    if (!before) {
      diff.added.push(app.id);
      continue;
    }
    const fields = changedFields(before, app);
    if (fields.length === 0) diff.unchanged += 1;
    else diff.changed.push({ id: app.id, fields });
  }
  return diff;
}

/** Incoming versions replace earlier ones with the same id; order of first appearance is kept. */
export function mergeApplications(previous: readonly Application[], incoming: readonly Application[]): Application[] {
  const merged = new Map(previous.map((app) => [app.id, app]));
  for (const app of incoming) merged.set(app.id, app);
  return [...merged.values()];
}
