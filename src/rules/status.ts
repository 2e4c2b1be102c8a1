import type { CheckStatus } from './outcome';

/** A partial verdict: one part of a check with its Dutch reason. */
export interface Finding {
  status: CheckStatus;
  reden: string;
}

/** The weakest status: any `voldoet niet` fails, else any `onbekend` is unknown, else `voldoet`. */
export function weakest(statuses: readonly CheckStatus[]): CheckStatus {
  if (statuses.includes('voldoet niet')) return 'voldoet niet';
  if (statuses.includes('onbekend')) return 'onbekend';
  return 'voldoet';
}

/** `weakest` of the findings' statuses, without a list of them (screening asks this per check). */
export function weakestOf(list: readonly { status: CheckStatus }[]): CheckStatus {
  let unknown = false;
  for (const item of list) {
    if (item.status === 'voldoet niet') return 'voldoet niet';
    if (item.status === 'onbekend') unknown = true;
  }
  return unknown ? 'onbekend' : 'voldoet';
}

/** Combines findings: the weakest status, and the reasons that decided it (all when it passes). */
export function combineFindings(findings: readonly Finding[]): Finding {
  const status = weakest(findings.map((f) => f.status));
  const deciding = status === 'voldoet' ? findings : findings.filter((f) => f.status === status);
  return { status, reden: deciding.map((f) => f.reden).join('; ') };
}

/** A finite number, or undefined for anything else (applicant data may be of any shape). */
export function finiteNumber(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/** Trimmed non-empty text, or undefined. */
export function nonEmptyText(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  return text === '' ? undefined : text;
}
