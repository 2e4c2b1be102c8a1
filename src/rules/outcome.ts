import type { Bevinding, Herkomst } from './findings';

/**
 * Three-valued outcomes. Missing data is `onbekend`, never a silent pass or fail
 * (docs/regels.md, "Uitkomsten: drie waarden").
 */
export const CHECK_STATUSES = ['voldoet', 'voldoet niet', 'onbekend'] as const;
export type CheckStatus = (typeof CHECK_STATUSES)[number];

export const ELIGIBILITY_STATUSES = ['geschikt', 'niet geschikt', 'onvolledig'] as const;
export type EligibilityStatus = (typeof ELIGIBILITY_STATUSES)[number];

/** An assessor's written decision that replaces the computed status of one check. */
export interface Override {
  checkId: string;
  status: CheckStatus;
  /** Required: an override without a written reason is refused. */
  reden: string;
  beoordelaar: string;
  rol?: string;
  /** ISO timestamp, passed in by the caller (rules never read the clock). */
  tijdstip: string;
}

export interface CheckResult {
  /** Stable id, e.g. `K4`, `regio`, `looptijd`, `uitsluitingen`, `elementen`, `businesscase`. */
  id: string;
  /** Other ids this result also answers for (K1 also answers K10, which repeats it). */
  alsoIds?: string[];
  /** Where each of `alsoIds` comes from (K10 is Bijlage 1, 10, though it repeats K1), in the same order. */
  alsoHerkomst?: Herkomst[];
  /** Label in the seed's wording. */
  label: string;
  status: CheckStatus;
  /** Dutch reason a person can read, rendered from `bevindingen` (src/rules/findings.ts). */
  reden: string;
  /** The typed evidence the reason is rendered from; letters, decisions and the audit read these. */
  bevindingen: Bevinding[];
  /** Where the rule comes from: a quoted source, a team setting, or an aid for the assessor. */
  herkomst: Herkomst;
  /** Field paths of the application that decided this result. */
  velden: string[];
  /** True when the policy says an assessor must confirm this (judgement criterion). */
  beoordelaarNodig?: boolean;
  /** True when this check rejects the application when it fails. */
  knockout: boolean;
  /** Set when an assessor overrode the computed status. */
  override?: Override;
  /** The computed status before an override. */
  berekend?: CheckStatus;
}

export interface EligibilityResult {
  id: string;
  status: EligibilityStatus;
  /** Core region name, or null when none / unknown. */
  regio: string | null;
  checks: CheckResult[];
  /** Policy id and version this was computed with. */
  beleid: { id: string; versie: string };
}

/** A problem found in input: which file, where in it, which field, and a Dutch message. */
export interface Problem {
  bestand: string;
  /** Row, cell or label, e.g. `Aanvragen!F7`, `rij 3`, `label "KvK nummer"`. */
  plaats: string;
  veld: string;
  melding: string;
  ernst?: 'fout' | 'waarschuwing';
}

/** Combines knock-out results into the overall status (docs/regels.md, "Uitkomsten: drie waarden"). */
export function combineKnockouts(statuses: readonly CheckStatus[]): EligibilityStatus {
  if (statuses.some((s) => s === 'voldoet niet')) return 'niet geschikt';
  if (statuses.every((s) => s === 'voldoet')) return 'geschikt';
  return 'onvolledig';
}
