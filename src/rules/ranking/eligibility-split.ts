import type { Application } from '../application';
import type { EligibilityResult, EligibilityStatus } from '../outcome';

export interface ExcludedApplication {
  id: string;
  status: EligibilityStatus | 'niet getoetst';
  /** The failed (or unknown) knock-out checks, in Dutch, `K9: …`. */
  redenen: string[];
}

/**
 * Splits the screening results: only `geschikt` applications (after any override with a written
 * reason) go on to scoring; the rest are listed with the checks that stopped them.
 */
export function splitByEligibility(
  aanvragen: readonly Application[],
  toetsing: readonly EligibilityResult[],
): { geschikt: EligibilityResult[]; uitgesloten: ExcludedApplication[] } {
  const geschikt: EligibilityResult[] = [];
  const uitgesloten: ExcludedApplication[] = [];
  for (const r of toetsing) {
    if (r.status === 'geschikt') {
      geschikt.push(r);
      continue;
    }
    const blocking = r.checks.filter((c) => c.knockout && c.status === (r.status === 'niet geschikt' ? 'voldoet niet' : 'onbekend'));
    uitgesloten.push({ id: r.id, status: r.status, redenen: blocking.map((c) => `${c.id} (${c.label}): ${c.reden}`) });
  }
  const screened = new Set(toetsing.map((r) => r.id));
  for (const a of aanvragen) {
    if (!screened.has(a.id)) uitgesloten.push({ id: a.id, status: 'niet getoetst', redenen: ['Deze aanvraag is niet getoetst aan de voorwaarden.'] });
  }
  return { geschikt, uitgesloten };
}
