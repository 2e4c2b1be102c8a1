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

/** Names the person on findings an evaluator just made (fresh objects, so they are completed in place). */
function nameAll(list: Bevinding[], personExtra: Readonly<Record<string, string>>): Bevinding[] {
  for (const b of list) b.extra = b.extra ? { ...b.extra, ...personExtra } : personExtra;
  return list;
}
const unsure = (b: Bevinding): Bevinding => (b.status === 'onbekend' ? b : { ...b, status: 'onbekend' });

/** One shared `{ therapeut: naam }` per person, so a run of 50,000 people does not make one per finding. */
const personExtras = new WeakMap<Therapeut, Readonly<Record<string, string>>>();
function personExtra(t: Therapeut): Readonly<Record<string, string>> {
  let extra = personExtras.get(t);
  if (!extra) personExtras.set(t, (extra = Object.freeze({ therapeut: t.naam })));
  return extra;
}

/**
 * One person's result on one condition. With an unknown role, a result that would only hold for a
 * physiotherapist becomes `onbekend`: a failing one (the person may be another employee), and for
 * Verdiepen & Specialiseren a passing one too ("Alleen fysiotherapeuten die …").
 */
export function evaluatePerson(v: Voorwaarde, t: Therapeut, ctx: EvalContext): TherapeutCheck {
  const evaluator = THERAPEUT_EVALUATORS[v.id];
  const extra = personExtra(t);
  let bevindingen = nameAll(evaluator ? evaluator(t, ctx) : [{ status: 'onbekend', code: 'module.geen_toets' }], extra);
  let status = statusOf(bevindingen);
  const fysioOnly = v.geldtVoor !== 'medewerkers';
  const positive = v.groep === 'verdiepen-specialiseren';
  if (t.functie === null && fysioOnly && (status === 'voldoet niet' || (positive && status === 'voldoet'))) {
    const code = positive ? 'module.functie_onbekend_vs' : 'module.functie_onbekend';
    bevindingen = [...bevindingen.map(unsure), { status: 'onbekend', code, veld: 'therapeuten.functie', gevonden: null, extra }];
    status = 'onbekend';
  }
  // A plain data object: a getter per object (to render the reason lazily) turned 50,000 of them
  // into slow dictionary-mode objects and cost more than the strings it saved.
  return { id: v.id, naam: t.naam, status, reden: renderBevindingen(bevindingen), bevindingen };
}

/** A practice's result on a per-person condition: the weakest of its people, with the findings that decided it. */
export function combinePersons(
  v: Voorwaarde,
  personen: PersoonUitkomst[],
  aantalMedewerkers: number,
): { status: CheckStatus; bevindingen: Bevinding[]; personen: PersoonUitkomst[] } {
  if (aantalMedewerkers === 0) return { status: 'onbekend', bevindingen: [{ status: 'onbekend', code: 'module.geen_medewerkers' }], personen };
  if (personen.length === 0) return { status: 'onbekend', bevindingen: [{ status: 'onbekend', code: 'module.geen_fysiotherapeuten' }], personen };
  const status = weakest(personen.map((r) => r.status));
  if (status === 'voldoet') {
    const wie = v.geldtVoor === 'medewerkers' ? 'medewerkers' : 'fysiotherapeuten';
    return { status, bevindingen: [{ status, code: 'module.allen_voldoen', extra: { aantal: personen.length, wie } }], personen };
  }
  const bevindingen: Bevinding[] = [];
  for (const r of personen) if (r.status !== 'voldoet') for (const b of r.bevindingen) if (b.status !== 'voldoet') bevindingen.push(b);
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
