import type { Bevinding, Herkomst } from '../findings';
import type { CheckResult, CheckStatus, Problem } from '../outcome';
import type { Patientengroep, VoorwaardeGroep, VoorwaardeHulp } from './policy-schema';
import type { Functie } from './records';

/**
 * What the module checklist returns. Every condition result is a `CheckResult` (three-valued, with
 * typed `bevindingen` and the rule's `herkomst`), so sheets, letters and the pane render it as
 * they render the Samenwerken screening.
 */

/** When the check is made: the contract year and the check date (the first day of the month of entry). */
export interface ModuleRunOptions {
  contractjaar: number;
  /** ISO date, the first day of a month: `2025-03-01`. Passed in, never read from the clock. */
  peildatum: string;
}

/** One person's outcome on one per-person condition. */
export interface TherapeutCheck {
  /** The condition id (`VV-PEER-REVIEW`). */
  id: string;
  /** The person's name (the same object is listed under the condition and under the person). */
  naam: string;
  status: CheckStatus;
  /** Dutch reason rendered from `bevindingen`. */
  reden: string;
  bevindingen: Bevinding[];
}

/** One person's outcome on a per-person condition, as listed under that condition. */
export type PersoonUitkomst = TherapeutCheck;

/** One person with their outcome on every per-person condition that applies to them. */
export interface TherapeutUitkomst {
  naam: string;
  agb: string | null;
  functie: Functie | null;
  /** Where the row was read from, `bestand` and `plaats`, when the records came from a file. */
  bron?: { bestand: string; plaats: string };
  /** Only the conditions that apply to this person (an `overig` employee has no physiotherapist conditions). */
  checks: TherapeutCheck[];
  /** Weakest status over `checks` (`voldoet` when none apply). */
  status: CheckStatus;
}

/**
 * One condition for one practice: a `CheckResult` plus the checklist's group and, for a per-person
 * condition, each person's result (so a reason can say who is missing what).
 */
export interface VoorwaardeUitkomst extends CheckResult {
  groep: VoorwaardeGroep;
  niveau: 'praktijk' | 'therapeut';
  /** Short column header from the policy. */
  kop: string;
  /** Per person, for `therapeut` conditions: the people it applies to, in input order. */
  therapeuten?: PersoonUitkomst[];
  /** The team settings this result was computed with (origin `keuze`, default shown). */
  keuzes: Herkomst[];
  /** Context shown next to the result for the assessor (KNGF's remarks on the BehandelIndex); never policy. */
  hulp: VoorwaardeHulp[];
}

/** The checklist of one practice for module Voortdurend Verbeteren (with the Overeenkomst conditions first). */
export interface PraktijkUitkomst {
  agb: string;
  naam: string;
  bron?: { bestand: string; plaats: string };
  /** `voldoet` only when every knock-out condition is `voldoet`; `voldoet niet` when any is; else `onbekend`. */
  status: CheckStatus;
  /** One-line Dutch summary of why (which conditions are not met or unknown). */
  reden: string;
  /** One result per condition of the policy, in policy order. */
  voorwaarden: VoorwaardeUitkomst[];
  /** Every person of the practice with their per-person outcomes. */
  therapeuten: TherapeutUitkomst[];
}

/** Counts of one condition (or of the overall outcome) over all practices. */
export interface Telling {
  voldoet: number;
  voldoetNiet: number;
  onbekend: number;
}

/** The summary line of one condition: which conditions block most practices. */
export interface VoorwaardeTelling extends Telling {
  id: string;
  kop: string;
  groep: VoorwaardeGroep;
}

/** The whole run of `checkVoortdurendVerbeteren`. */
export interface VvUitkomst {
  module: 'voortdurend-verbeteren';
  beleid: { id: string; versie: string };
  contractjaar: number;
  peildatum: string;
  /** BI year used: contract year − 2 ("voor 2025 is dat 2023"). */
  referentiejaar: number;
  /** The 6th-decile threshold of the BI run, when there was one. */
  biDrempel: number | null;
  praktijken: PraktijkUitkomst[];
  /** Per condition, in policy order. */
  samenvatting: VoorwaardeTelling[];
  /** Overall outcome counts. */
  totaal: Telling;
  /** The team settings in force, each with its default (shown with the run). */
  keuzes: Herkomst[];
  /** Problems found while linking records (a therapist whose practice is not in the practice file, a duplicate AGB). */
  problemen: Problem[];
}

/** One patient group of Verdiepen & Specialiseren for one practice. */
export interface VsGroepUitkomst {
  /** The condition id (`VS-COPD`). */
  id: string;
  groep: Patientengroep;
  kop: string;
  /**
   * `voldoet`: at least one therapist of the practice meets the condition, so the practice may treat
   * this group under the module; `voldoet niet`: every therapist is known not to; `onbekend` otherwise.
   */
  status: CheckStatus;
  reden: string;
  bevindingen: Bevinding[];
  herkomst: Herkomst;
  /** Names of the therapists who meet the condition. */
  therapeuten: string[];
  /** Names of the therapists for whom it is unknown. */
  onbekend: string[];
  /** The source's N.B. (care still reimbursed, but not under the module, not in the Zorgzoeker), where it names this group. */
  nb?: Herkomst;
  hulp: VoorwaardeHulp[];
}

/** The Verdiepen & Specialiseren result of one practice. */
export interface VsPraktijkUitkomst {
  agb: string;
  /** The practice name from the practice file when given, else empty. */
  naam: string;
  groepen: VsGroepUitkomst[];
  /** Patient groups with `voldoet`: what the practice may treat under the module. */
  magBehandelen: Patientengroep[];
  therapeuten: TherapeutUitkomst[];
}

/** Per patient group: in how many practices it is open, closed or unknown. */
export interface VsGroepTelling extends Telling {
  id: string;
  groep: Patientengroep;
}

/** The whole run of `checkVerdiepenSpecialiseren`. */
export interface VsUitkomst {
  module: 'verdiepen-specialiseren';
  beleid: { id: string; versie: string };
  praktijken: VsPraktijkUitkomst[];
  samenvatting: VsGroepTelling[];
  problemen: Problem[];
}
