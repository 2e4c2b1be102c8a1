import type { Application } from '../application';
import type { Bevinding, Herkomst } from '../findings';
import type { CheckStatus, EligibilityResult, EligibilityStatus } from '../outcome';

export interface ExcludedApplication {
  id: string;
  status: EligibilityStatus | 'niet getoetst';
  /** The failed (or unknown) knock-out checks, in Dutch, `K9 (label): …`. */
  redenen: string[];
  /** The same checks as data, for letters and sheets that word them for their reader. */
  punten: BlockingCheck[];
}

/** One knock-out that stopped an application. */
export interface BlockingCheck {
  /** `K9`, `regio`, …; `alsoIds` are the repeats it answers for (K1 for K10). */
  id: string;
  alsoIds: string[];
  /** The seed's wording of the condition. */
  label: string;
  reden: string;
  status: CheckStatus;
  knockout: boolean;
  /** The fields the check reads. */
  velden: string[];
  /** The check's typed evidence: letters and decisions word from these (empty when overridden). */
  bevindingen: Bevinding[];
  herkomst: Herkomst;
}

/** The data of one check as a blocking point (what letters, decisions and the audit read). */
export function blockingCheck(c: CheckResultLike): BlockingCheck {
  return {
    id: c.id,
    alsoIds: c.alsoIds ?? [],
    label: c.label,
    reden: c.reden,
    status: c.status,
    knockout: c.knockout,
    velden: c.velden,
    // An overridden check is worded by its reason (with the override), not by the computed evidence.
    bevindingen: c.override ? [] : c.bevindingen,
    herkomst: c.herkomst,
  };
}

type CheckResultLike = EligibilityResult['checks'][number];

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
    const blockingStatus = r.status === 'niet geschikt' ? 'voldoet niet' : 'onbekend';
    const redenen: string[] = [];
    const punten: BlockingCheck[] = [];
    for (const c of r.checks) {
      if (!c.knockout || c.status !== blockingStatus) continue;
      redenen.push(`${c.id} (${c.label}): ${c.reden}`);
      punten.push(blockingCheck(c));
    }
    uitgesloten.push({ id: r.id, status: r.status, redenen, punten });
  }
  // Usually every application was screened, in the same order: then none is missing, and the set
  // of 10,000 screened ids is not needed to tell.
  if (!sameIds(aanvragen, toetsing)) {
    const screened = new Set(toetsing.map((r) => r.id));
    for (const a of aanvragen) {
      if (!screened.has(a.id)) uitgesloten.push({ id: a.id, status: 'niet getoetst', redenen: ['Deze aanvraag is niet getoetst aan de voorwaarden.'], punten: [] });
    }
  }
  return { geschikt, uitgesloten };
}

/** True when the i-th result is the i-th application's, for every application. */
function sameIds(aanvragen: readonly Application[], toetsing: readonly EligibilityResult[]): boolean {
  if (aanvragen.length > toetsing.length) return false;
  for (let i = 0; i < aanvragen.length; i++) if (aanvragen[i].id !== toetsing[i].id) return false;
  return true;
}
