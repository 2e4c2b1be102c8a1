import { renderBevindingen, type Bevinding } from '../findings';
import type { CheckStatus } from '../outcome';
import { weakest } from '../status';
import { statusOf, THERAPEUT_EVALUATORS, type EvalContext } from './evaluators';
import type { Voorwaarde } from './policy-schema';
import type { Therapeut } from './records';
import type { PersoonUitkomst, TherapeutCheck, TherapeutUitkomst } from './results';

/**
 * Per-person conditions: who a condition applies to ("alle fysiotherapeuten", "alle
 * medewerkers"), each person's result, and how a practice's result follows from its people.
 */

/** True when the condition concerns this person; an unknown role counts as possibly a physiotherapist. */
export function appliesTo(v: Voorwaarde, t: Therapeut): boolean {
  return v.geldtVoor === 'medewerkers' || t.functie !== 'overig';
}

const withName = (b: Bevinding, naam: string): Bevinding => ({ ...b, extra: { ...(b.extra ?? {}), therapeut: naam } });
const unsure = (b: Bevinding): Bevinding => (b.status === 'onbekend' ? b : { ...b, status: 'onbekend' });

/**
 * One person's result on one condition. With an unknown role, a result that would only hold for a
 * physiotherapist becomes `onbekend`: a failing one (the person may be another employee), and for
 * Verdiepen & Specialiseren a passing one too ("Alleen fysiotherapeuten die …").
 */
export function evaluatePerson(v: Voorwaarde, t: Therapeut, ctx: EvalContext): TherapeutCheck {
  const evaluator = THERAPEUT_EVALUATORS[v.id];
  let bevindingen = evaluator
    ? evaluator(t, ctx).map((b) => withName(b, t.naam))
    : [withName({ status: 'onbekend', code: 'module.geen_toets' }, t.naam)];
  let status = statusOf(bevindingen);
  const fysioOnly = v.geldtVoor !== 'medewerkers';
  const positive = v.groep === 'verdiepen-specialiseren';
  if (t.functie === null && fysioOnly && (status === 'voldoet niet' || (positive && status === 'voldoet'))) {
    const code = positive ? 'module.functie_onbekend_vs' : 'module.functie_onbekend';
    bevindingen = [...bevindingen.map(unsure), withName({ status: 'onbekend', code, veld: 'therapeuten.functie', gevonden: null }, t.naam)];
    status = 'onbekend';
  }
  return { id: v.id, status, reden: renderBevindingen(bevindingen), bevindingen };
}

/** A practice's result on a per-person condition: the weakest of its people, with the findings that decided it. */
export function combinePersons(
  v: Voorwaarde,
  results: readonly { naam: string; check: TherapeutCheck }[],
  aantalMedewerkers: number,
): { status: CheckStatus; bevindingen: Bevinding[]; personen: PersoonUitkomst[] } {
  const personen = results.map(({ naam, check }) => ({ naam, status: check.status, reden: check.reden, bevindingen: check.bevindingen }));
  if (aantalMedewerkers === 0) return { status: 'onbekend', bevindingen: [{ status: 'onbekend', code: 'module.geen_medewerkers' }], personen };
  if (results.length === 0) return { status: 'onbekend', bevindingen: [{ status: 'onbekend', code: 'module.geen_fysiotherapeuten' }], personen };
  const status = weakest(results.map((r) => r.check.status));
  if (status === 'voldoet') {
    const wie = v.geldtVoor === 'medewerkers' ? 'medewerkers' : 'fysiotherapeuten';
    return { status, bevindingen: [{ status, code: 'module.allen_voldoen', extra: { aantal: results.length, wie } }], personen };
  }
  const bevindingen = results.filter((r) => r.check.status !== 'voldoet').flatMap((r) => r.check.bevindingen.filter((b) => b.status !== 'voldoet'));
  return { status, bevindingen, personen };
}

/** Every person of a practice with their result on each per-person condition that applies to them. */
export function personOutcomes(
  therapeuten: readonly Therapeut[],
  checks: ReadonlyMap<Therapeut, TherapeutCheck[]>,
): TherapeutUitkomst[] {
  return therapeuten.map((t) => {
    const list = checks.get(t) ?? [];
    return {
      naam: t.naam,
      agb: t.agb,
      functie: t.functie,
      ...(t.bron ? { bron: t.bron } : {}),
      checks: list,
      status: weakest(list.map((c) => c.status)),
    };
  });
}
