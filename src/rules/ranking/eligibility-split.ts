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
  return blockingPoint(c, c.reden);
}

/** blockingCheck with the check's reason already read (a screened check renders it on first read). */
function blockingPoint(c: CheckResultLike, reden: string): BlockingCheck {
  return {
    id: c.id,
    alsoIds: c.alsoIds ?? [],
    label: c.label,
    reden,
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
  // Usually every application was screened, in the same order: then none is missing, and the set
  // of 10,000 screened ids is not needed to tell. Checked in the same pass, while each result is at hand.
  let aligned = aanvragen.length <= toetsing.length;
  for (let i = 0; i < toetsing.length; i++) {
    const r = toetsing[i];
    if (aligned && i < aanvragen.length && aanvragen[i].id !== r.id) aligned = false;
    if (r.status === 'geschikt') {
      geschikt.push(r);
      continue;
    }
    const blockingStatus = r.status === 'niet geschikt' ? 'voldoet niet' : 'onbekend';
    const redenen: string[] = [];
    const punten: BlockingCheck[] = [];
    for (const c of r.checks) {
      if (!c.knockout || c.status !== blockingStatus) continue;
      const reden = c.reden;
      redenen.push(`${c.id} (${c.label}): ${reden}`);
      punten.push(blockingPoint(c, reden));
    }
    uitgesloten.push({ id: r.id, status: r.status, redenen, punten });
  }
  if (!aligned) {
    const screened = new Set(toetsing.map((r) => r.id));
    for (const a of aanvragen) {
      if (!screened.has(a.id)) uitgesloten.push({ id: a.id, status: 'niet getoetst', redenen: ['Deze aanvraag is niet getoetst aan de voorwaarden.'], punten: [] });
    }
  }
  return { geschikt, uitgesloten };
}
