import type { Application } from './application';
import { evaluateBudgetCoverage, evaluateBusinessCase } from './businesscase';
import { checkPlanElements } from './checks/elements';
import { checkExclusions } from './checks/exclusions';
import { PERIOD_HERKOMST, periodOutcome } from './checks/period';
import { REGION_HERKOMST, regionFindings } from './checks/region';
import { checkSubmission } from './checks/submission';
import { plainCheck, ScreenedCheck } from './check-result';
import { CRITERION_RULES, SharedReadings, type CriterionRule } from './criteria';
import { registerMessages, renderBevindingen, type Bevinding, type Herkomst, type MessageCatalogue } from './findings';
import { formatDateLong, formatDateNl } from './format';
import { CHECK_STATUSES, type CheckResult, type EligibilityResult, type Override } from './outcome';
import type { Criterion, Policy } from './policy';
import { samenwerken2021 } from './policies/samenwerken-2021';
import type { Finding } from './status';

/** The checks after the Bijlage 1 criteria, in report order. */
export const GENERAL_CHECK_IDS = ['regio', 'looptijd', 'uitsluitingen', 'elementen', 'businesscase', 'dekking', 'indiening'] as const;

/** Every id a result reports for `policy`, in order (K10 included: it is answered by K1). */
export function checkIds(policy: Policy): string[] {
  return [...policy.criteria.map((c) => c.id), ...GENERAL_CHECK_IDS];
}

/** The reported ids under `samenwerken-2021`: K1 … K11, regio, looptijd, uitsluitingen, elementen, businesscase, dekking, indiening. */
export const CHECK_IDS: readonly string[] = checkIds(samenwerken2021);

/** Thrown when an override is refused (no written reason, unknown check, invalid status). */
export class OverrideRefusedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'OverrideRefusedError';
  }
}

type Computed = Omit<CheckResult, 'override' | 'berekend'> & { bevindingen: Bevinding[]; herkomst: Herkomst };

/** A team's own criterion or check without a stated origin: the team's policy, not a quote. */
const EIGEN_BELEID: Herkomst = { soort: 'keuze', instelling: 'beleid', standaard: null, uitleg: 'Staat in het beleid van het team zonder bron.' };

function criterionHerkomst(criterion: Criterion): Herkomst {
  return criterion.herkomst ?? EIGEN_BELEID;
}

function generalHerkomst(policy: Policy, id: string): Herkomst {
  return policy.herkomst[id] ?? EIGEN_BELEID;
}

/** What a check gives: typed findings, or (checks not yet migrated) a status with a Dutch sentence. */
type CheckOutput = { status: CheckResult['status']; bevindingen: Bevinding[]; herkomst?: Herkomst; beoordelaarNodig?: boolean } | Finding;

function findingsOf(out: CheckOutput, id: string): Bevinding[] {
  if ('bevindingen' in out && Array.isArray(out.bevindingen)) return out.bevindingen;
  // A sentence from a check that gives no findings yet is kept as it is, as one finding.
  return [{ status: out.status, code: 'toets.tekst', extra: { toets: id, tekst: (out as Finding).reden } }];
}

interface CheckBase {
  id: string;
  label: string;
  velden: string[];
  knockout: boolean;
  herkomst: Herkomst;
  beoordelaarNodig?: boolean;
  /**
   * The shared results this check gave last (sharedCheck), at most RECENT: the next application
   * mostly gets one of them (a count of MDOs, one of two client groups). They have the base's
   * id, label and knockout; computed compares the rest.
   */
  recent: ScreenedCheck[];
  /** Where in `recent` the next shared result goes once it is full. */
  nextRecent: number;
}

const RECENT = 4;

/**
 * A check's output as a result, its findings (and `more`) in an array of their own. The copy is
 * kept on purpose: a check builds its findings with push, which leaves room for 16 or more, and
 * the copy is exactly as long. Screening 10,000 applications keeps some 170,000 of these. A
 * frozen list is one a check shares between applications with the same findings: such a
 * check's result is shared too (sharedCheck).
 *
 * The output comes in its parts (`herkomst` the check's own or the base's, `beoordelaarNodig`
 * the base's or the check's), read where each check is called: each call site then reads one
 * check's output, of one or two shapes, where reading them here would read a dozen shapes at
 * one place, which V8 reads slowly (18 times per application).
 */
function computed(
  base: CheckBase,
  status: CheckResult['status'],
  own: Bevinding[],
  herkomst: Herkomst,
  beoordelaarNodig: boolean | undefined,
  velden: string[] = base.velden,
  more?: Bevinding,
  alsoIds?: string[],
  alsoHerkomst?: Herkomst[],
): Computed {
  if (!more && !alsoIds && !alsoHerkomst) {
    // The lists this base's recent shared results hold were frozen then and are now: no need to
    // ask Object.isFrozen (a call into the runtime) before comparing.
    const recent = base.recent;
    for (let i = 0; i < recent.length; i++) {
      const c = recent[i];
      if (c.bevindingen === own && c.status === status && c.herkomst === herkomst && c.velden === velden && (c.beoordelaarNodig === true) === !!beoordelaarNodig) return c as Computed;
    }
    if (Object.isFrozen(own)) return sharedCheck(base, status, own, herkomst, velden, beoordelaarNodig);
  }
  return new ScreenedCheck({
    id: base.id,
    alsoIds,
    alsoHerkomst,
    label: base.label,
    status,
    bevindingen: exactCopy(own, more),
    herkomst,
    velden,
    beoordelaarNodig,
    knockout: base.knockout,
  });
}

/**
 * `own` (and `more` after it) in a list exactly as long. The lists checks give hold one to three
 * findings: a literal of that length costs less than slice() or concat(), which are calls into
 * generic builtins (concat also asks every argument whether it spreads).
 */
function exactCopy(own: readonly Bevinding[], more: Bevinding | undefined): Bevinding[] {
  if (more === undefined) {
    if (own.length === 1) return [own[0]];
    if (own.length === 2) return [own[0], own[1]];
    if (own.length === 3) return [own[0], own[1], own[2]];
    return own.slice();
  }
  if (own.length === 0) return [more];
  if (own.length === 1) return [own[0], more];
  if (own.length === 2) return [own[0], own[1], more];
  return own.concat(more);
}

/**
 * A result whose findings list the check made for it alone and exactly as long (the region
 * check's, one finding per participant): kept as it is rather than copied.
 */
function kept(base: CheckBase, status: CheckResult['status'], own: Bevinding[], herkomst: Herkomst, beoordelaarNodig: boolean | undefined): Computed {
  return new ScreenedCheck({ id: base.id, label: base.label, status, bevindingen: own, herkomst, velden: base.velden, beoordelaarNodig, knockout: base.knockout });
}

/**
 * Results made from a shared findings list, by that list. A check whose findings many
 * applications share (K5 yes, K9 at one count, looptijd on the same dates, …) gives them all
 * one result, frozen: what a screening keeps is mostly these results, and no screen, sheet or
 * letter changes a result (overrides make a new one).
 */
const sharedChecks = new WeakMap<readonly Bevinding[], ScreenedCheck[]>();

function sharedCheck(base: CheckBase, status: CheckResult['status'], bevindingen: Bevinding[], herkomst: Herkomst, velden: string[], beoordelaarNodig: boolean | undefined): Computed {
  // (computed first compares the results this base gave last, `base.recent`.)
  let made = sharedChecks.get(bevindingen);
  if (!made) sharedChecks.set(bevindingen, (made = []));
  for (let i = 0; i < made.length; i++) {
    const c = made[i];
    if (c.id === base.id && c.label === base.label && c.status === status && c.herkomst === herkomst && c.velden === velden && c.knockout === base.knockout && (c.beoordelaarNodig === true) === !!beoordelaarNodig) return remember(base, c);
  }
  const check = Object.freeze(new ScreenedCheck({ id: base.id, label: base.label, status, bevindingen, herkomst, velden, beoordelaarNodig, knockout: base.knockout }));
  // A list is shared by one check of a plan or a few; a policy edited over and over makes no more than these.
  if (made.length < 16) made.push(check);
  return remember(base, check);
}

/** Keeps `check` among the base's recent results (the oldest goes once there are RECENT). */
function remember(base: CheckBase, check: ScreenedCheck): Computed {
  const recent = base.recent;
  if (recent.length < RECENT) recent.push(check);
  else {
    recent[base.nextRecent] = check;
    base.nextRecent = (base.nextRecent + 1) % RECENT;
  }
  return check as Computed;
}

/** A criterion as screening runs it: its base, and the criteria that repeat it (K10 repeats K1). */
interface PlannedCriterion {
  criterion: Criterion;
  /** Its rule in CRITERION_RULES, looked up once (by id, like the base). */
  rule: CriterionRule | undefined;
  base: CheckBase;
  alsoIds: string[];
  alsoHerkomst: Herkomst[];
  /** The repeat's finding for each status, frozen and shared by every result (it names only ids). */
  repeat: Partial<Record<CheckResult['status'], Bevinding>>;
}

function criterionResult(app: Application, planned: PlannedCriterion, shared: SharedReadings): Computed {
  const { criterion, rule, alsoIds, alsoHerkomst } = planned;
  const out: CheckOutput = rule
    ? rule(app, criterion, shared)
    : { status: 'onbekend', bevindingen: [{ status: 'onbekend', code: criterion.wijze === 'beoordelaar' ? 'criterium.beoordelaar' : 'criterium.geen_regel', extra: { criterium: criterion.id } }], beoordelaarNodig: true };
  const { base } = planned;
  const own = findingsOf(out, base.id);
  const herkomst = ('herkomst' in out && out.herkomst) || base.herkomst;
  const beoordelaarNodig = base.beoordelaarNodig || ('beoordelaarNodig' in out && out.beoordelaarNodig) || undefined;
  if (!alsoIds.length) return computed(base, out.status, own, herkomst, beoordelaarNodig);
  const repeat = (planned.repeat[out.status] ??= Object.freeze({ status: out.status, code: 'criterium.herhaling', gevonden: criterion.id, lijst: alsoIds }));
  // The plan's lists, frozen: the same for every application.
  return computed(base, out.status, own, herkomst, beoordelaarNodig, base.velden, repeat, alsoIds, alsoHerkomst);
}

function generalLabels(policy: Policy): Record<(typeof GENERAL_CHECK_IDS)[number], string> {
  const period = policy.looptijd ? `De module loopt van ${formatDateLong(policy.looptijd.van)} en eindigt uiterlijk op ${formatDateNl(policy.looptijd.tot)}.` : 'Duur van het initiatief';
  return {
    regio: 'Kernregio: de gemeenten in Bijlage 2 (Overzicht gemeenten in kernregio’s)',
    looptijd: `Duur van het initiatief: ${period}`,
    uitsluitingen: 'Voorstellen waarbij onderstaande onderwerpen (gedeeltelijk) deel uit maken van het initiatief, komen niet in aanmerking',
    elementen: 'Deze onderbouwing moet tenminste de volgende elementen bevatten',
    businesscase: 'Een positieve business case',
    dekking: 'Dekking projectbegroting',
    indiening: policy.indienDeadline
      ? `Uiterlijk ${formatDateLong(policy.indienDeadline)} dient u als samenwerkingsverband uw initiatief in bij Zilveren Kruis`
      : 'Uiterste datum van indienen',
  };
}

/** A check that threw: `onbekend` with the error's message, never a silent pass. */
function failed(base: CheckBase, error: unknown): Computed {
  const melding = error instanceof Error ? error.message : String(error);
  return computed(base, 'onbekend', [{ status: 'onbekend', code: 'toets.fout', extra: { melding } }], base.herkomst, base.beoordelaarNodig || undefined);
}

/** The reason an override is refused, or undefined when it is acceptable. */
export function overrideProblem(override: Override, policy: Policy): string | undefined {
  const ids = checkIds(policy);
  if (!override || typeof override !== 'object') return 'een overschrijving moet een object zijn';
  if (!ids.includes(override.checkId)) return `onbekende toets '${override.checkId}'; kies uit ${ids.join(', ')}`;
  if (!CHECK_STATUSES.includes(override.status)) return `ongeldige status '${override.status}' voor ${override.checkId}; kies uit ${CHECK_STATUSES.join(', ')}`;
  if (typeof override.reden !== 'string' || override.reden.trim() === '') return `overschrijving van ${override.checkId} geweigerd: een schriftelijke motivering is verplicht`;
  return undefined;
}

function applyOverrides(checks: Computed[], overrides: readonly Override[], policy: Policy): CheckResult[] {
  const refused = overrides.map((o) => overrideProblem(o, policy)).filter((p): p is string => p !== undefined);
  if (refused.length) throw new OverrideRefusedError(refused.join('; '));
  return checks.map((check) => {
    // The last override for a check counts; K10 overrides land on K1, which answers for it.
    const override = [...overrides].reverse().find((o) => o.checkId === check.id || check.alsoIds?.includes(o.checkId));
    if (!override) return check;
    const afwijking: Bevinding = {
      status: override.status,
      code: 'afwijking.beoordelaar',
      gevonden: override.status,
      extra: { beoordelaar: override.beoordelaar || '', motivering: override.reden.trim(), berekend: check.status },
    };
    return new ScreenedCheck({ ...plainCheck(check), status: override.status, berekend: check.status, override, bevindingen: [...check.bevindingen, afwijking] });
  });
}

type GeneralId = (typeof GENERAL_CHECK_IDS)[number];

/**
 * What screening needs of a policy that is the same for every application: the criteria to run
 * with their labels and repeats, and the general checks' labels, fields and origins. Made once
 * per policy object (a 10,000-row screening asks 10,000 times); a policy whose parts were
 * replaced since gets a new plan.
 */
interface ScreeningPlan {
  made: readonly unknown[];
  criteria: { planned: PlannedCriterion; guard: CheckBase }[];
  general: Record<GeneralId, CheckBase>;
  /** The result's `beleid`, the same for every application: frozen and shared. */
  beleid: EligibilityResult['beleid'];
}

const screeningPlans = new WeakMap<Policy, ScreeningPlan>();

/** The parts of a policy a plan is made from; a plan is reused while they are the same objects. */
function planInputs(policy: Policy): readonly unknown[] {
  return [policy.id, policy.versie, policy.criteria, policy.looptijd, policy.indienDeadline, policy.herkomst, policy.teamkeuzes, policy.teamkeuzes?.begrotingsdekking, policy.uitsluitingTekstvelden];
}

/** `planInputs(policy)` part for part the same as `made`, without making that list (asked per application). */
function madeFrom(made: readonly unknown[], policy: Policy): boolean {
  return (
    made[0] === policy.id &&
    made[1] === policy.versie &&
    made[2] === policy.criteria &&
    made[3] === policy.looptijd &&
    made[4] === policy.indienDeadline &&
    made[5] === policy.herkomst &&
    made[6] === policy.teamkeuzes &&
    made[7] === policy.teamkeuzes?.begrotingsdekking &&
    made[8] === policy.uitsluitingTekstvelden
  );
}

/** The policy screened last and its plan: a screening asks for one policy's plan 10,000 times. */
let lastPolicy: Policy | undefined;
let lastPlan: ScreeningPlan | undefined;

function screeningPlan(policy: Policy): ScreeningPlan {
  const cached = policy === lastPolicy ? lastPlan : screeningPlans.get(policy);
  if (cached && madeFrom(cached.made, policy)) {
    lastPolicy = policy;
    lastPlan = cached;
    return cached;
  }
  const inputs = planInputs(policy);
  const criteria = policy.criteria
    .filter((c) => !c.herhaaltVan || !policy.criteria.some((o) => o.id === c.herhaaltVan))
    .map((criterion) => {
      const guard: CheckBase = { id: criterion.id, label: criterion.tekst, velden: criterion.velden, knockout: criterion.knockout, herkomst: criterionHerkomst(criterion), recent: [], nextRecent: 0 };
      const repeats = policy.criteria.filter((r) => r.herhaaltVan === criterion.id);
      const planned: PlannedCriterion = {
        criterion,
        rule: CRITERION_RULES[criterion.id],
        // Its own recent results: the guard's are those of a criterion that threw.
        base: { ...guard, beoordelaarNodig: criterion.wijze === 'beoordelaar', recent: [], nextRecent: 0 },
        alsoIds: Object.freeze(repeats.map((r) => r.id)) as string[],
        alsoHerkomst: Object.freeze(repeats.map(criterionHerkomst)) as Herkomst[],
        repeat: {},
      };
      return { planned, guard };
    });
  const labels = generalLabels(policy);
  const base = (id: GeneralId, velden: string[], knockout = true): CheckBase => ({ id, label: labels[id], velden, knockout, herkomst: generalHerkomst(policy, id), recent: [], nextRecent: 0 });
  const plan: ScreeningPlan = {
    made: inputs,
    beleid: Object.freeze({ id: policy.id, versie: policy.versie }),
    criteria,
    general: {
      regio: base('regio', ['deelnemers[].gemeente', 'deelnemers[].plaats', 'deelnemers[].postcode']),
      looptijd: base('looptijd', ['startdatum', 'einddatum', 'looptijd']),
      uitsluitingen: base('uitsluitingen', ['begroting.kosten[].categorie', 'begroting.kosten[].omschrijving', ...policy.uitsluitingTekstvelden]),
      elementen: base('elementen', []),
      businesscase: base('businesscase', []),
      // Budget coverage rejects only when the team says so (teamkeuzes.begrotingsdekking).
      dekking: base('dekking', [], policy.teamkeuzes.begrotingsdekking === 'knock-out'),
      // A warning, not a knock-out (checks/submission.ts says why).
      indiening: base('indiening', ['ontvangen'], false),
    },
  };
  screeningPlans.set(policy, plan);
  lastPolicy = policy;
  lastPlan = plan;
  return plan;
}

/** Where regionFindings writes the core region it found; read right after each call. */
const FOUND_REGION: { regio: string | null } = { regio: null };

/**
 * Screens an application against a policy (Bijlage 1, Bijlage 2, seed section 1). Each check is
 * three-valued with a Dutch reason; the overall status combines the knock-outs after overrides.
 * Never throws on application data; throws `OverrideRefusedError` for an override without reason.
 */
export function evaluateEligibility(app: Application, policy: Policy, options?: { overrides?: Override[] }): EligibilityResult {
  const safeApp: Application = app && typeof app === 'object' ? app : ({ id: '' } as Application);
  const plan = screeningPlan(policy);
  // What several checks read of the participants (disciplines), worked out once for this application.
  const shared = new SharedReadings(safeApp);
  // Each check runs in its own try: a programming error in one becomes `onbekend` with its
  // message (never a silent pass), and the others still run. No closure per check: this runs
  // 18 times per application. The list is made as long as the results (they are kept), rather
  // than pushed to (room for 40) and copied.
  const checks: Computed[] = new Array<Computed>(plan.criteria.length + GENERAL_CHECK_IDS.length);
  let at = 0;
  const criteria = plan.criteria;
  for (; at < criteria.length; at++) {
    try {
      checks[at] = criterionResult(safeApp, criteria[at].planned, shared);
    } catch (error) {
      checks[at] = failed(criteria[at].guard, error);
    }
  }
  let regio: string | null = null;
  const { regio: regioBase, looptijd, uitsluitingen, elementen, businesscase, dekking, indiening } = plan.general;
  // Each check's output is read here, where it has its own shape (computed says why).
  try {
    const bevindingen = regionFindings(safeApp, policy, FOUND_REGION);
    regio = FOUND_REGION.regio;
    // regionFindings makes its list for this result, exactly as long; the summary's status is
    // the check's, and its origin is the check's own (REGION_HERKOMST), as checkRegion gives it.
    checks[at] = kept(regioBase, bevindingen[0].status, bevindingen, REGION_HERKOMST, regioBase.beoordelaarNodig || undefined);
  } catch (error) {
    checks[at] = failed(regioBase, error);
  }
  at++;
  try {
    const r = periodOutcome(safeApp, policy);
    // The period check's origin is its own (PERIOD_HERKOMST), as checkPeriod gives it.
    checks[at] = computed(looptijd, r.status, r.bevindingen, PERIOD_HERKOMST, looptijd.beoordelaarNodig || undefined);
  } catch (error) {
    checks[at] = failed(looptijd, error);
  }
  at++;
  try {
    const r = checkExclusions(safeApp, policy);
    checks[at] = computed(uitsluitingen, r.status, r.bevindingen, uitsluitingen.herkomst, uitsluitingen.beoordelaarNodig || r.beoordelaarNodig || undefined);
  } catch (error) {
    checks[at] = failed(uitsluitingen, error);
  }
  at++;
  try {
    const r = checkPlanElements(safeApp, policy);
    checks[at] = computed(elementen, r.status, r.bevindingen, elementen.herkomst, elementen.beoordelaarNodig || undefined, r.velden);
  } catch (error) {
    checks[at] = failed(elementen, error);
  }
  at++;
  try {
    const r = evaluateBusinessCase(safeApp);
    checks[at] = computed(businesscase, r.status, r.bevindingen, businesscase.herkomst, businesscase.beoordelaarNodig || undefined, r.velden);
  } catch (error) {
    checks[at] = failed(businesscase, error);
  }
  at++;
  try {
    const r = evaluateBudgetCoverage(safeApp);
    // Whether this rejects is the team's setting, and the reason says so.
    const keuze: Bevinding | undefined = r.status === 'voldoet' ? undefined : { status: r.status, code: 'dekking.keuze', gevonden: policy.teamkeuzes.begrotingsdekking, herkomst: dekking.herkomst };
    checks[at] = computed(dekking, r.status, r.bevindingen, dekking.herkomst, dekking.beoordelaarNodig || undefined, r.velden, keuze);
  } catch (error) {
    checks[at] = failed(dekking, error);
  }
  at++;
  try {
    const r = checkSubmission(safeApp, policy);
    checks[at] = computed(indiening, r.status, r.bevindingen, indiening.herkomst, indiening.beoordelaarNodig || undefined);
  } catch (error) {
    checks[at] = failed(indiening, error);
  }
  at++;
  const final = options?.overrides?.length ? applyOverrides(checks, options.overrides, policy) : checks;
  const status = knockoutStatus(final);
  const id = typeof safeApp.id === 'string' && safeApp.id ? safeApp.id : '(zonder id)';
  return { id, status, regio, checks: final, beleid: plan.beleid };
}

/** `combineKnockouts` over the knock-out checks, without a list of their statuses. */
function knockoutStatus(checks: readonly CheckResult[]): EligibilityResult['status'] {
  let all = true;
  for (const c of checks) {
    if (!c.knockout) continue;
    if (c.status === 'voldoet niet') return 'niet geschikt';
    if (c.status !== 'voldoet') all = false;
  }
  return all ? 'geschikt' : 'onvolledig';
}

/** Report order: criteria by number (K1, K2, …, K10, K11), then the general checks in their order. */
function reportOrder(id: string): number {
  const k = /^K(\d+)$/.exec(id);
  if (k) return Number(k[1]);
  const general = (GENERAL_CHECK_IDS as readonly string[]).indexOf(id);
  return general >= 0 ? 10_000 + general : 5_000;
}

/** One row per reported id: K1's result is reported again as K10, saying it repeats K1. */
export function reportedChecks(result: EligibilityResult): Array<CheckResult & { herhaaltVan?: string }> {
  // The report is an edge where sentences are shown: plain results with their `reden`.
  const rows: Array<CheckResult & { herhaaltVan?: string }> = result.checks.flatMap((check) => [
    plainCheck(check),
    ...(check.alsoIds ?? []).map((id, i) => {
      const { alsoIds: _, alsoHerkomst, ...rest } = plainCheck(check);
      const herkomst = alsoHerkomst?.[i] ?? check.herkomst;
      const own = (check.bevindingen ?? []).filter((b) => b.code !== 'criterium.herhaling');
      return { ...rest, id, ...(herkomst ? { herkomst } : {}), herhaaltVan: check.id, reden: `herhaalt ${check.id}: ${check.bevindingen ? renderBevindingen(own, 'nl') : check.reden}` };
    }),
  ]);
  // Stable sort: ids the order does not know keep their place among themselves.
  return rows.map((row, i) => ({ row, i })).sort((a, b) => reportOrder(a.row.id) - reportOrder(b.row.id) || a.i - b.i).map((x) => x.row);
}

/** One Dutch line per reported check, e.g. `K9 voldoet niet: aantal klanten van Zilveren Kruis: 749, …` (for =ZK.REASONS). */
export function reasonLines(result: EligibilityResult): string[] {
  return reportedChecks(result).map((c) => `${c.id} ${c.status}: ${c.reden}`);
}

/** Knock-outs that are `onbekend`: what keeps an application `onvolledig`. */
export function unknownChecks(result: EligibilityResult): CheckResult[] {
  return result.checks.filter((c) => c.knockout && c.status === 'onbekend');
}

/** "onvolledig: K8 (mdoPerJaar); looptijd (startdatum, einddatum, looptijd)" — for =ZK.ELIGIBLE's #N/A message. */
export function incompleteSummary(result: EligibilityResult): string {
  const parts = unknownChecks(result).map((c) => `${[c.id, ...(c.alsoIds ?? [])].join('/')} (${c.velden.join(', ')})`);
  return `${result.status}: ${parts.join('; ')}`;
}

const tekst = (v: unknown) => (v === null || v === undefined ? '' : String(v));

export const ELIGIBILITY_MESSAGES: MessageCatalogue = {
  'criterium.herhaling': {
    nl: (b) => `${(b.lijst ?? []).join(', ')} herhaalt ${tekst(b.gevonden)} en is één keer getoetst`,
    en: (b) => `${(b.lijst ?? []).join(', ')} repeats ${tekst(b.gevonden)} and is checked once`,
  },
  'criterium.beoordelaar': { nl: () => 'een beoordelaar beoordeelt dit criterium', en: () => 'an assessor judges this criterion' },
  'criterium.geen_regel': {
    nl: (b) => `geen automatische toets bekend voor ${tekst(b.extra?.criterium)}; een beoordelaar beoordeelt dit`,
    en: (b) => `no automatic check for ${tekst(b.extra?.criterium)}; an assessor judges it`,
  },
  'toets.fout': { nl: (b) => `toets kon niet worden uitgevoerd: ${tekst(b.extra?.melding)}`, en: (b) => `check could not be run: ${tekst(b.extra?.melding)}` },
  // A check that still gives a sentence instead of findings: the sentence as it is (Dutch only).
  'toets.tekst': { nl: (b) => tekst(b.extra?.tekst), en: (b) => tekst(b.extra?.tekst) },
  'dekking.keuze': {
    nl: (b) => (b.gevonden === 'knock-out' ? 'het team wijst een niet gedekte begroting af (keuze van het team)' : 'waarschuwing, geen knock-out (keuze van het team)'),
    en: (b) => (b.gevonden === 'knock-out' ? 'the team rejects an uncovered budget (team setting)' : 'warning, not a knock-out (team setting)'),
  },
  'afwijking.beoordelaar': {
    nl: (b) => `overschreven door ${tekst(b.extra?.beoordelaar) || 'beoordelaar'}: ${tekst(b.extra?.motivering)}`,
    en: (b) => `overridden by ${tekst(b.extra?.beoordelaar) || 'assessor'}: ${tekst(b.extra?.motivering)}`,
  },
};
registerMessages(ELIGIBILITY_MESSAGES);
