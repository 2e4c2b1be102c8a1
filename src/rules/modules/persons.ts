import { renderBevindingen, type Bevinding } from '../findings';
import type { CheckStatus } from '../outcome';
import { statusOf, THERAPEUT_EVALUATORS, type EvalContext, type TherapeutEvaluator, type Wie } from './evaluators';
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

const unsure = (b: Bevinding): Bevinding => (b.status === 'onbekend' ? b : { ...b, status: 'onbekend' });

/** The `{ therapeut: naam }` all findings about one person share (one per person and run, not one per finding). */
export function wieVan(t: Therapeut): Wie {
  return Object.freeze({ therapeut: t.naam });
}

/** How one per-person condition is evaluated, worked out once per condition. */
export interface PersonPlan {
  id: string;
  evaluator: TherapeutEvaluator | null;
  /** The condition is for physiotherapists only ("alle fysiotherapeuten"). */
  fysioOnly: boolean;
  /** A Verdiepen & Specialiseren condition: a pass with an unknown role is unsure too. */
  positive: boolean;
}

const personPlans = new WeakMap<Voorwaarde, PersonPlan>();
/** The plan of a per-person condition (kept with the condition object). */
export function planPerson(v: Voorwaarde): PersonPlan {
  let plan = personPlans.get(v);
  if (!plan) {
    plan = { id: v.id, evaluator: THERAPEUT_EVALUATORS[v.id] ?? null, fysioOnly: v.geldtVoor !== 'medewerkers', positive: v.groep === 'verdiepen-specialiseren' };
    personPlans.set(v, plan);
  }
  return plan;
}

/**
 * One person's result on one condition. With an unknown role, a result that would only hold for a
 * physiotherapist becomes `onbekend`: a failing one (the person may be another employee), and for
 * Verdiepen & Specialiseren a passing one too ("Alleen fysiotherapeuten die …").
 */
export function evaluatePerson(v: Voorwaarde, t: Therapeut, ctx: EvalContext): TherapeutCheck {
  return evaluatePlanned(planPerson(v), t, ctx, wieVan(t));
}

/** A person's findings on one condition, with the unknown-role rule applied. */
function personFindings(plan: PersonPlan, t: Therapeut, ctx: EvalContext, extra: Wie): Bevinding[] {
  const bevindingen: Bevinding[] = plan.evaluator ? plan.evaluator(t, ctx, extra) : [{ status: 'onbekend', code: 'module.geen_toets', extra }];
  const status = statusOf(bevindingen);
  if (t.functie === null && plan.fysioOnly && (status === 'voldoet niet' || (plan.positive && status === 'voldoet'))) {
    const code = plan.positive ? 'module.functie_onbekend_vs' : 'module.functie_onbekend';
    return [...bevindingen.map(unsure), { status: 'onbekend', code, veld: 'therapeuten.functie', gevonden: null, extra }];
  }
  return bevindingen;
}

/**
 * One person's result whose findings are made again from the record when read (the evaluators are
 * pure), and whose reason is rendered from them: a run keeps the status, not some 30 lists and 40
 * findings per practice. Assigning `bevindingen` or `reden` keeps what was assigned.
 */
class PersoonToets implements TherapeutCheck {
  declare status: CheckStatus;
  declare private plan: PersonPlan;
  declare private t: Therapeut;
  declare private ctx: EvalContext;

  constructor(plan: PersonPlan, t: Therapeut, ctx: EvalContext, status: CheckStatus) {
    this.status = status;
    this.plan = plan;
    this.t = t;
    this.ctx = ctx;
  }

  /** The condition id (`VV-PEER-REVIEW`). */
  get id(): string {
    return this.plan.id;
  }

  /** The person's name. */
  get naam(): string {
    return this.t.naam;
  }

  get bevindingen(): Bevinding[] {
    return personFindings(this.plan, this.t, this.ctx, wieVan(this.t));
  }

  set bevindingen(value: Bevinding[]) {
    Object.defineProperty(this, 'bevindingen', { value, writable: true, enumerable: true, configurable: true });
  }

  get reden(): string {
    return renderBevindingen(this.bevindingen);
  }

  set reden(value: string) {
    Object.defineProperty(this, 'reden', { value, writable: true, enumerable: true, configurable: true });
  }

  toJSON(): TherapeutCheck {
    return { id: this.id, naam: this.naam, status: this.status, reden: this.reden, bevindingen: this.bevindingen };
  }
}

/** `evaluatePerson` with the condition's plan made beforehand and the person's shared `wie`. */
export function evaluatePlanned(plan: PersonPlan, t: Therapeut, ctx: EvalContext, extra: Wie): TherapeutCheck {
  return new PersoonToets(plan, t, ctx, statusOf(personFindings(plan, t, ctx, extra)));
}

const GEEN_MEDEWERKERS: Bevinding[] = Object.freeze([Object.freeze<Bevinding>({ status: 'onbekend', code: 'module.geen_medewerkers' })]) as unknown as Bevinding[];
const GEEN_FYSIOTHERAPEUTEN: Bevinding[] = Object.freeze([Object.freeze<Bevinding>({ status: 'onbekend', code: 'module.geen_fysiotherapeuten' })]) as unknown as Bevinding[];

/** "alle 4 fysiotherapeuten voldoen": one shared frozen list per count and kind of person. */
const allen = new Map<string, Bevinding[]>();
function allenVoldoen(aantal: number, wie: 'medewerkers' | 'fysiotherapeuten'): Bevinding[] {
  const key = `${wie} ${aantal}`;
  let list = allen.get(key);
  if (!list) {
    const b: Bevinding = Object.freeze({ status: 'voldoet', code: 'module.allen_voldoen', extra: Object.freeze({ aantal, wie }) });
    allen.set(key, (list = Object.freeze([b]) as unknown as Bevinding[]));
  }
  return list;
}

/** A practice's result on a per-person condition: the weakest of its people, with the findings that decided it. */
export function combinePersons(
  v: Voorwaarde,
  personen: PersoonUitkomst[],
  aantalMedewerkers: number,
): { status: CheckStatus; bevindingen: Bevinding[]; personen: PersoonUitkomst[] } {
  if (aantalMedewerkers === 0) return { status: 'onbekend', bevindingen: GEEN_MEDEWERKERS, personen };
  if (personen.length === 0) return { status: 'onbekend', bevindingen: GEEN_FYSIOTHERAPEUTEN, personen };
  let status: CheckStatus = 'voldoet';
  for (const r of personen) {
    if (r.status === 'voldoet niet') status = 'voldoet niet';
    else if (r.status === 'onbekend' && status === 'voldoet') status = 'onbekend';
  }
  if (status === 'voldoet') return { status, bevindingen: allenVoldoen(personen.length, v.geldtVoor === 'medewerkers' ? 'medewerkers' : 'fysiotherapeuten'), personen };
  const bevindingen: Bevinding[] = [];
  for (const r of personen) if (r.status !== 'voldoet') for (const b of r.bevindingen) if (b.status !== 'voldoet') bevindingen.push(b);
  return { status, bevindingen: bevindingen.slice(), personen };
}

/**
 * Every person of a practice with their result on each per-person condition that applies to them;
 * `checks` by person, or as a list in the order of `therapeuten`.
 */
export function personOutcomes(
  therapeuten: readonly Therapeut[],
  checks: ReadonlyMap<Therapeut, TherapeutCheck[]> | readonly TherapeutCheck[][],
): TherapeutUitkomst[] {
  const byIndex = Array.isArray(checks) ? (checks as readonly TherapeutCheck[][]) : null;
  return therapeuten.map((t, i) => {
    const list = (byIndex ? byIndex[i] : (checks as ReadonlyMap<Therapeut, TherapeutCheck[]>).get(t)) ?? [];
    let status: CheckStatus = 'voldoet';
    for (const c of list) {
      if (c.status === 'voldoet niet') status = 'voldoet niet';
      else if (c.status === 'onbekend' && status === 'voldoet') status = 'onbekend';
    }
    return t.bron ? { naam: t.naam, agb: t.agb, functie: t.functie, bron: t.bron, checks: list, status } : { naam: t.naam, agb: t.agb, functie: t.functie, checks: list, status };
  });
}
