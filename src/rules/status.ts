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
  // An index, not for…of: over the frozen lists screening shares, V8 makes an iterator result per item.
  for (let i = 0; i < list.length; i++) {
    const status = list[i].status;
    if (status === 'voldoet niet') return 'voldoet niet';
    if (status === 'onbekend') unknown = true;
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
  // Screening asks this some 20 times per application, mostly of a text that begins and ends
  // with a printable ASCII character, which trim() would give back as it is.
  if (value.length > 0 && isPlain(value.charCodeAt(0)) && isPlain(value.charCodeAt(value.length - 1))) return value;
  const text = value.trim();
  return text === '' ? undefined : text;
}

/** A printable ASCII character other than space: never white space to trim(). */
function isPlain(c: number): boolean {
  return c > 0x20 && c < 0x7f;
}
