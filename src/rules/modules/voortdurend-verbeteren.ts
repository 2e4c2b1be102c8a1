import type { BiPracticeResult, BiResult } from '../bi/behandelindex';
import { renderBevindingen, type Bevinding, type Herkomst } from '../findings';
import type { CheckStatus, Problem } from '../outcome';
import { weakest } from '../status';
import { monthsBefore } from './dates';
import { PRAKTIJK_EVALUATORS, statusOf, type EvalContext } from './evaluators';
import { keuzeHerkomst } from './messages';
import { appliesTo, combinePersons, evaluatePerson, personOutcomes } from './persons';
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

/** The parts of a condition's result that are the same for every practice (shared, never changed). */
type ResultTemplate = Omit<VoorwaardeUitkomst, 'status' | 'reden' | 'bevindingen' | 'therapeuten'>;

function resultTemplate(v: Voorwaarde, keuzes: Herkomst[]): ResultTemplate {
  const evaluated = v.niveau === 'praktijk' ? v.id in PRAKTIJK_EVALUATORS : true;
  return {
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
  };
}

/** Written out field by field: an object spread per condition and practice was the slow part of a 10,000-practice run. */
function conditionResult(t: ResultTemplate, status: CheckStatus, bevindingen: Bevinding[], therapeuten?: VoorwaardeUitkomst['therapeuten']): VoorwaardeUitkomst {
  const result: VoorwaardeUitkomst = {
    id: t.id,
    label: t.label,
    kop: t.kop,
    groep: t.groep,
    niveau: t.niveau,
    status,
    reden: renderBevindingen(bevindingen),
    bevindingen,
    herkomst: t.herkomst,
    velden: t.velden,
    knockout: t.knockout,
    keuzes: t.keuzes,
    hulp: t.hulp,
  };
  if (t.beoordelaarNodig) result.beoordelaarNodig = true;
  if (therapeuten) result.therapeuten = therapeuten;
  return result;
}

function conditionKeuzes(v: Voorwaarde, policy: ModulePolicy, bi: BiResult | null): Herkomst[] {
  const list = v.keuzes.filter((k): k is ModuleKeuze => k in policy.keuzes).map((k) => keuzeHerkomst(policy.keuzes, k));
  if (v.id === 'VV-BI' && bi) list.push(bi.minPatientenHerkomst);
  return list;
}

/** The checklist of one practice with its people. */
export function checkPraktijk(
  p: Praktijk,
  mensen: readonly Therapeut[],
  policy: ModulePolicy,
  ctx: EvalContext,
  templates: ReadonlyMap<string, ResultTemplate>,
): PraktijkUitkomst {
  const perPerson = new Map<Therapeut, TherapeutCheck[]>(mensen.map((t) => [t, []]));
  const voorwaarden = policy.voorwaarden.map((v): VoorwaardeUitkomst => {
    const template = templates.get(v.id)!;
    if (v.niveau === 'praktijk') {
      const evaluator = PRAKTIJK_EVALUATORS[v.id];
      const bevindingen: Bevinding[] = evaluator ? evaluator(p, ctx) : [{ status: 'onbekend', code: 'module.geen_toets' }];
      return conditionResult(template, statusOf(bevindingen), bevindingen);
    }
    const results: TherapeutCheck[] = [];
    for (const t of mensen) {
      if (!appliesTo(v, t)) continue;
      const check = evaluatePerson(v, t, ctx);
      perPerson.get(t)!.push(check);
      results.push(check);
    }
    const combined = combinePersons(v, results, mensen.length);
    return conditionResult(template, combined.status, combined.bevindingen, combined.personen);
  });
  const knockouts = voorwaarden.filter((v) => v.knockout);
  const status = weakest(knockouts.map((v) => v.status));
  return {
    agb: p.agb,
    naam: p.naam,
    ...(p.bron ? { bron: p.bron } : {}),
    status,
    reden: overallReason(status, knockouts),
    voorwaarden,
    therapeuten: personOutcomes(mensen, perPerson),
  };
}

function overallReason(status: CheckStatus, knockouts: readonly VoorwaardeUitkomst[]): string {
  if (status === 'voldoet') return `voldoet aan alle ${knockouts.length} voorwaarden`;
  const niet = knockouts.filter((v) => v.status === 'voldoet niet').map((v) => v.kop);
  const onbekend = knockouts.filter((v) => v.status === 'onbekend').map((v) => v.kop);
  const parts: string[] = [];
  if (niet.length) parts.push(`voldoet niet aan: ${niet.join(', ')}`);
  if (onbekend.length) parts.push(`onbekend: ${onbekend.join(', ')}`);
  return parts.join('; ');
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
  const templates = new Map(policy.voorwaarden.map((v) => [v.id, resultTemplate(v, conditionKeuzes(v, policy, bi))]));
  const samenvatting: VoorwaardeTelling[] = policy.voorwaarden.map((v) => ({ id: v.id, kop: v.kop, groep: v.groep, voldoet: 0, voldoetNiet: 0, onbekend: 0 }));
  const totaal: Telling = { voldoet: 0, voldoetNiet: 0, onbekend: 0 };
  const uitkomsten = praktijken.map((p) => {
    const u = checkPraktijk(p, groups.get(p.agb) ?? [], policy, ctx, templates);
    u.voorwaarden.forEach((v, i) => tel(samenvatting[i]!, v.status));
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
