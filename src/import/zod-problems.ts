/** zod issues → Dutch problems that name the field path. */
import type { z } from 'zod';
import type { Problem } from '../rules/outcome';

export function pathName(path: readonly PropertyKey[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i ? '.' : ''}${String(p)}`)).join('') || '(aanvraag)';
}

const TYPE_NAMES: Record<string, string> = {
  string: 'tekst',
  number: 'getal',
  boolean: 'ja/nee (true/false)',
  object: 'object',
  array: 'lijst',
};

export function issueMessage(issue: z.core.$ZodIssue, received: unknown): string {
  const value = received === undefined ? '' : `${JSON.stringify(received)?.slice(0, 80)}: `;
  switch (issue.code) {
    case 'invalid_type':
      return received === undefined ? 'ontbreekt' : `${value}verwacht ${TYPE_NAMES[issue.expected] ?? issue.expected}`;
    case 'invalid_value':
      return `${value}kies uit ${issue.values.map((v) => String(v)).join(', ')}`;
    case 'too_small':
      return `${value}te klein (minimaal ${String(issue.minimum)})`;
    case 'too_big':
      return `${value}te groot (maximaal ${String(issue.maximum)})`;
    case 'invalid_format':
      return `${value}${issue.message}`;
    case 'unrecognized_keys':
      return `onbekende velden: ${issue.keys.join(', ')}`;
    default:
      return `${value}${issue.message}`;
  }
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let node = root;
  for (const key of path) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return node;
}

export function zodProblems(
  issues: readonly z.core.$ZodIssue[],
  bestand: string,
  place: (path: readonly PropertyKey[]) => string,
  root?: unknown,
): Problem[] {
  return issues.map((issue) => ({
    bestand,
    plaats: place(issue.path),
    veld: pathName(issue.path),
    melding: issueMessage(issue, valueAt(root, issue.path)),
    ernst: 'fout' as const,
  }));
}
