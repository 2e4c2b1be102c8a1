import { z } from 'zod';

/**
 * zod issues as Dutch messages with a readable path, shared by everything that validates input
 * against a schema of src/rules (policy JSON, application JSON).
 */

/** Parse options that make zod's own messages Dutch (schema-level messages stay as written). */
export const DUTCH_PARSE = { error: z.locales.nl().localeError };

/** `['regios', 2, 'gemeenten']` → `regios[2].gemeenten`. */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out || '(hoofdniveau)';
}

/** The message of one issue, with a plainer wording for "must not be empty". */
export function dutchIssueMessage(issue: z.core.$ZodIssue): string {
  if (issue.code === 'too_small' && Number(issue.minimum) === 1 && (issue.origin === 'array' || issue.origin === 'string')) return 'mag niet leeg zijn';
  return issue.message;
}
