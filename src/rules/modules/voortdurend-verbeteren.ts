import type { BiPracticeResult, BiResult } from '../bi/behandelindex';
import type { Bevinding, Herkomst } from '../findings';
import type { CheckStatus, Problem } from '../outcome';
import { monthsBefore } from './dates';
import { PRAKTIJK_EVALUATORS, statusOf, type EvalContext, type PraktijkEvaluator } from './evaluators';
import { keuzeHerkomst } from './messages';
import { appliesTo, combinePersons, evaluatePlanned, personOutcomes, planPerson, wieVan, type PersonPlan } from './persons';
import { PraktijkResultaat, VoorwaardeResultaat, type VoorwaardeVast } from './result-classes';
import { voorwaardeHerkomst, type ModuleKeuze, type ModulePolicy, type Voorwaarde } from './policy-schema';
import type { Praktijk, Therapeut } from './records';
import type { ModuleRunOptions, PraktijkUitkomst, TherapeutCheck, Telling, VoorwaardeTelling, VoorwaardeUitkomst, VvUitkomst } from './results';

/**
 * Module Voortdurend Verbeteren per practice at a check date: every condition of the policy
 * (the Overeenkomst first), with the BehandelIndex as one linked row read from the BI run of
 * contract year − 2 by AGB code. Pure: records in, results out.
 */

/** Builds the evaluation context shared by every practice of a run. */
export function moduleContext(policy: ModulePolicy, bi: BiResult | null, options: ModuleRunOptions): EvalContext {
  const verschil = policy.behandelIndex?.referentiejaarVerschil ?? 2;
  const map = bi === null ? null : new Map<string, BiPracticeResult>(bi.praktijken.map((p) => [p.agb, p]));
  return {
    peildatum: options.peildatum,
    contractjaar: options.contractjaar,
    looptijdTot: policy.looptijd.tot,
    keuzes: policy.keuzes,
    bi: map,
    referentiejaar: options.contractjaar - verschil,
    biReferentiejaar: bi?.referentiejaar ?? null,
    biDrempel: bi?.drempel ?? null,
    nodigeMaanden: monthsBefore(options.peildatum, policy.keuzes.telperiodeMaanden),
  };
}

/** Groups people by their practice's AGB code, keeping input order. */
export function groupByPraktijk(therapeuten: readonly Therapeut[]): Map<string, Therapeut[]> {
  const groups = new Map<string, Therapeut[]>();
  for (const t of therapeuten) {
    const list = groups.get(t.praktijkAgb);
    if (list) list.push(t);
    else groups.set(t.praktijkAgb, [t]);
  }
  return groups;
}

/** Problems in the run itself: a check date outside the contract years, duplicate practices, people without a practice. */
export function linkProblems(praktijken: readonly Praktijk[], therapeuten: readonly Therapeut[], policy: ModulePolicy, options: ModuleRunOptions): Problem[] {
  const problems: Problem[] = [];
  if (!policy.contractjaren.includes(options.contractjaar)) {
    problems.push({
      bestand: policy.id,
      plaats: 'contractjaar',
      veld: 'contractjaar',
      melding: `Contractjaar ${options.contractjaar} valt buiten de contractjaren van ${policy.naam} (${policy.contractjaren.join(', ')}).`,
      ernst: 'waarschuwing',
    });
  }
  if (Number(options.peildatum.slice(0, 4)) !== options.contractjaar) {
    problems.push({ bestand: policy.id, plaats: 'peildatum', veld: 'maand', melding: `De peildatum ${options.peildatum} ligt niet in contractjaar ${options.contractjaar}.`, ernst: 'waarschuwing' });
  }
  const seen = new Map<string, Praktijk>();
  for (const p of praktijken) {
    const earlier = seen.get(p.agb);
    if (earlier) {
      problems.push({
        bestand: p.bron?.bestand ?? '',
        plaats: p.bron?.plaats ?? p.agb,
        veld: 'agb',
        melding: `AGB-code ${p.agb} staat al bij ${earlier.bron?.plaats ?? earlier.naam}; beide rijen worden getoetst.`,
        ernst: 'waarschuwing',
      });
    } else seen.set(p.agb, p);
  }
  for (const t of therapeuten) {
    if (!seen.has(t.praktijkAgb)) {
      problems.push({
        bestand: t.bron?.bestand ?? '',
        plaats: t.bron?.plaats ?? t.naam,
        veld: 'praktijkAgb',
        melding: `${t.naam} hoort bij AGB-code ${t.praktijkAgb}, die niet in het praktijkbestand staat; deze rij telt niet mee.`,
        ernst: 'waarschuwing',
      });
    }
  }
  return problems;
}

/** The parts of a condition's result that are the same for every practice (shared, frozen). */
type ResultTemplate = VoorwaardeVast;

function resultTemplate(v: Voorwaarde, keuzes: Herkomst[]): ResultTemplate {
  const evaluated = v.niveau === 'praktijk' ? v.id in PRAKTIJK_EVALUATORS : true;
  return Object.freeze({
    id: v.id,
    label: v.bron.citaat,
    kop: v.kop,
    groep: v.groep,
    niveau: v.niveau,
    herkomst: voorwaardeHerkomst(v),
    velden: v.niveau === 'therapeut' ? v.velden.map((f) => `therapeuten.${f}`) : [...v.velden],
    knockout: v.knockout,
    ...(v.beoordelaarNodig || !evaluated ? { beoordelaarNodig: true } : {}),
    keuzes,
    hulp: v.hulp,
  });
}

function conditionKeuzes(v: Voorwaarde, policy: ModulePolicy, bi: BiResult | null): Herkomst[] {
  const list = v.keuzes.filter((k): k is ModuleKeuze => k in policy.keuzes).map((k) => keuzeHerkomst(policy.keuzes, k));
  if (v.id === 'VV-BI' && bi) list.push(bi.minPatientenHerkomst);
  return list;
}

const GEEN_TOETS: readonly Bevinding[] = Object.freeze([Object.freeze<Bevinding>({ status: 'onbekend', code: 'module.geen_toets' })]);

/** One condition as a run plans it once: the shared parts of its result and how it is evaluated. */
interface PlannedCondition {
  v: Voorwaarde;
  template: ResultTemplate;
  /** The class of this condition's results (shared parts on its prototype). */
  Resultaat: ReturnType<typeof VoorwaardeResultaat.voor>;
  praktijk: PraktijkEvaluator | null;
  persoon: PersonPlan | null;
}

/** The per-policy work of a run, done once: templates and evaluators per condition. */
function planConditions(policy: ModulePolicy, bi: BiResult | null): PlannedCondition[] {
  return policy.voorwaarden.map((v) => planOne(v, resultTemplate(v, conditionKeuzes(v, policy, bi))));
}

function planOne(v: Voorwaarde, template: ResultTemplate): PlannedCondition {
  return {
    v,
    template,
    Resultaat: VoorwaardeResultaat.voor(template),
    praktijk: v.niveau === 'praktijk' ? (PRAKTIJK_EVALUATORS[v.id] ?? null) : null,
    persoon: v.niveau === 'therapeut' ? planPerson(v) : null,
  };
}

/** The plans of one policy, kept while the policy object lives (the team's settings do not change it in place). */
const plans = new WeakMap<ModulePolicy, WeakMap<object, PlannedCondition[]>>();
const NO_BI = {};
function plannedConditions(policy: ModulePolicy, bi: BiResult | null): PlannedCondition[] {
  let byBi = plans.get(policy);
  if (!byBi) plans.set(policy, (byBi = new WeakMap()));
  const key = bi ?? NO_BI;
  let planned = byBi.get(key);
  if (!planned) byBi.set(key, (planned = planConditions(policy, bi)));
  return planned;
}

function checkPlanned(p: Praktijk, mensen: readonly Therapeut[], planned: readonly PlannedCondition[], ctx: EvalContext): PraktijkUitkomst {
  const perPerson: TherapeutCheck[][] = mensen.map(() => []);
  const wie = mensen.map(wieVan);
  const voorwaarden: VoorwaardeUitkomst[] = [];
  let status: CheckStatus = 'voldoet';
  for (const c of planned) {
    let result: VoorwaardeResultaat;
    if (c.persoon === null) {
      const bevindingen = c.praktijk ? c.praktijk(p, ctx) : (GEEN_TOETS as Bevinding[]);
      result = new c.Resultaat(statusOf(bevindingen), bevindingen);
    } else {
      const results: TherapeutCheck[] = [];
      for (let i = 0; i < mensen.length; i++) {
        const t = mensen[i]!;
        if (!appliesTo(c.v, t)) continue;
        const check = evaluatePlanned(c.persoon, t, ctx, wie[i]!);
        perPerson[i]!.push(check);
        results.push(check);
      }
      const combined = combinePersons(c.v, results.slice(), mensen.length);
      result = new c.Resultaat(combined.status, combined.bevindingen, combined.personen);
    }
    voorwaarden.push(result);
    if (result.knockout && status !== 'voldoet niet' && result.status !== 'voldoet') status = result.status;
  }
  return new PraktijkResultaat(p.agb, p.naam, p.bron, status, voorwaarden.slice(), personOutcomes(mensen, perPerson.map((list) => list.slice())));
}

/** The checklist of one practice with its people. */
export function checkPraktijk(
  p: Praktijk,
  mensen: readonly Therapeut[],
  policy: ModulePolicy,
  ctx: EvalContext,
  templates?: ReadonlyMap<string, ResultTemplate>,
): PraktijkUitkomst {
  const planned = plannedConditions(policy, null).map((c) => (templates?.has(c.v.id) ? planOne(c.v, templates.get(c.v.id)!) : c));
  return checkPlanned(p, mensen, planned, ctx);
}

/** Adds one status to a count. */
export function tel(telling: Telling, status: CheckStatus): void {
  if (status === 'voldoet') telling.voldoet += 1;
  else if (status === 'voldoet niet') telling.voldoetNiet += 1;
  else telling.onbekend += 1;
}

/**
 * Checks every practice against module Voortdurend Verbeteren (`VOORTDUREND_VERBETEREN_MODULE_2024`
 * or a team's own policy). `bi` is the BehandelIndex run of the reference year (contract year − 2),
 * or `null` when there is none: then the BI row is `onbekend` for every practice.
 */
export function checkVoortdurendVerbeteren(
  praktijken: readonly Praktijk[],
  therapeuten: readonly Therapeut[],
  bi: BiResult | null,
  policy: ModulePolicy,
  options: ModuleRunOptions,
): VvUitkomst {
  const ctx = moduleContext(policy, bi, options);
  const groups = groupByPraktijk(therapeuten);
  const planned = plannedConditions(policy, bi);
  const samenvatting: VoorwaardeTelling[] = policy.voorwaarden.map((v) => ({ id: v.id, kop: v.kop, groep: v.groep, voldoet: 0, voldoetNiet: 0, onbekend: 0 }));
  const totaal: Telling = { voldoet: 0, voldoetNiet: 0, onbekend: 0 };
  const geenMensen: readonly Therapeut[] = [];
  const uitkomsten = praktijken.map((p) => {
    const u = checkPlanned(p, groups.get(p.agb) ?? geenMensen, planned, ctx);
    for (let i = 0; i < u.voorwaarden.length; i++) tel(samenvatting[i]!, u.voorwaarden[i]!.status);
    tel(totaal, u.status);
    return u;
  });
  const keuzes = (Object.keys(policy.keuzes) as ModuleKeuze[]).map((k) => keuzeHerkomst(policy.keuzes, k));
  if (bi) keuzes.push(bi.minPatientenHerkomst);
  return {
    module: 'voortdurend-verbeteren',
    beleid: { id: policy.id, versie: policy.versie },
    contractjaar: options.contractjaar,
    peildatum: options.peildatum,
    referentiejaar: ctx.referentiejaar,
    biDrempel: ctx.biDrempel,
    praktijken: uitkomsten,
    samenvatting,
    totaal,
    keuzes,
    problemen: linkProblems(praktijken, therapeuten, policy, options),
  };
}
