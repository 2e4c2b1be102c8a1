import type { Application } from './application';
import { evaluateBusinessCase } from './businesscase';
import { checkPlanElements } from './checks/elements';
import { checkExclusions } from './checks/exclusions';
import { checkPeriod } from './checks/period';
import { checkRegion } from './checks/region';
import { checkSubmission } from './checks/submission';
import { CRITERION_RULES } from './criteria';
import { formatDateLong, formatDateNl } from './format';
import { CHECK_STATUSES, combineKnockouts, type CheckResult, type EligibilityResult, type Override } from './outcome';
import type { Criterion, Policy } from './policy';
import { samenwerken2021 } from './policies/samenwerken-2021';
import type { Finding } from './status';

/** The checks after the Bijlage 1 criteria, in report order. */
export const GENERAL_CHECK_IDS = ['regio', 'looptijd', 'uitsluitingen', 'elementen', 'businesscase', 'indiening'] as const;

/** Every id a result reports for `policy`, in order (K10 included: it is answered by K1). */
export function checkIds(policy: Policy): string[] {
  return [...policy.criteria.map((c) => c.id), ...GENERAL_CHECK_IDS];
}

/** The reported ids under `samenwerken-2021`: K1 … K11, regio, looptijd, uitsluitingen, elementen, businesscase, indiening. */
export const CHECK_IDS: readonly string[] = checkIds(samenwerken2021);

/** Thrown when an override is refused (no written reason, unknown check, invalid status). */
export class OverrideRefusedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'OverrideRefusedError';
  }
}

type Computed = Omit<CheckResult, 'override' | 'berekend'>;

function criterionResult(app: Application, criterion: Criterion, repeats: Criterion[]): Computed {
  const rule = CRITERION_RULES[criterion.id];
  const finding: Finding & { beoordelaarNodig?: boolean } = rule
    ? rule(app, criterion)
    : criterion.wijze === 'beoordelaar'
      ? { status: 'onbekend', reden: 'een beoordelaar beoordeelt dit criterium', beoordelaarNodig: true }
      : { status: 'onbekend', reden: `geen automatische toets bekend voor ${criterion.id}; een beoordelaar beoordeelt dit`, beoordelaarNodig: true };
  const alsoIds = repeats.map((r) => r.id);
  const repeatNote = alsoIds.length ? ` (${alsoIds.join(', ')} herhaalt ${criterion.id} en is één keer getoetst)` : '';
  return {
    id: criterion.id,
    ...(alsoIds.length ? { alsoIds } : {}),
    label: criterion.tekst,
    status: finding.status,
    reden: finding.reden + repeatNote,
    velden: criterion.velden,
    ...(finding.beoordelaarNodig || criterion.wijze === 'beoordelaar' ? { beoordelaarNodig: true } : {}),
    knockout: criterion.knockout,
  };
}

function generalLabels(policy: Policy): Record<(typeof GENERAL_CHECK_IDS)[number], string> {
  const period = policy.looptijd ? `De module loopt van ${formatDateLong(policy.looptijd.van)} en eindigt uiterlijk op ${formatDateNl(policy.looptijd.tot)}.` : 'Duur van het initiatief';
  return {
    regio: 'Kernregio: de gemeenten in Bijlage 2 (Overzicht gemeenten in kernregio’s)',
    looptijd: `Duur van het initiatief: ${period}`,
    uitsluitingen: 'Voorstellen waarbij onderstaande onderwerpen (gedeeltelijk) deel uit maken van het initiatief, komen niet in aanmerking',
    elementen: 'Deze onderbouwing moet tenminste de volgende elementen bevatten',
    businesscase: 'Een positieve business case',
    indiening: policy.indienDeadline
      ? `Uiterlijk ${formatDateLong(policy.indienDeadline)} dient u als samenwerkingsverband uw initiatief in bij Zilveren Kruis`
      : 'Uiterste datum van indienen',
  };
}

/** Runs a check; a programming error becomes `onbekend` with its message, never a silent pass. */
function guarded(id: string, label: string, velden: string[], run: () => Computed): Computed {
  try {
    return run();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { id, label, status: 'onbekend', reden: `toets kon niet worden uitgevoerd: ${message}`, velden, knockout: true };
  }
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
    return { ...check, status: override.status, berekend: check.status, override, reden: `${check.reden} — overschreven door ${override.beoordelaar || 'beoordelaar'}: ${override.reden.trim()}` };
  });
}

/**
 * Screens an application against a policy (Bijlage 1, Bijlage 2, seed section 1). Each check is
 * three-valued with a Dutch reason; the overall status combines the knock-outs after overrides.
 * Never throws on application data; throws `OverrideRefusedError` for an override without reason.
 */
export function evaluateEligibility(app: Application, policy: Policy, options?: { overrides?: Override[] }): EligibilityResult {
  const safeApp: Application = app && typeof app === 'object' ? app : ({ id: '' } as Application);
  const repeatsOf = (c: Criterion) => policy.criteria.filter((r) => r.herhaaltVan === c.id);
  const labels = generalLabels(policy);
  const criteria = policy.criteria
    .filter((c) => !c.herhaaltVan || !policy.criteria.some((o) => o.id === c.herhaaltVan))
    .map((c) => guarded(c.id, c.tekst, c.velden, () => criterionResult(safeApp, c, repeatsOf(c))));
  let regio: string | null = null;
  const general: Computed[] = [
    guarded('regio', labels.regio, ['deelnemers[].gemeente', 'deelnemers[].plaats', 'deelnemers[].postcode'], () => {
      const r = checkRegion(safeApp, policy);
      regio = r.regio;
      return { id: 'regio', label: labels.regio, status: r.status, reden: r.reden, bevindingen: r.bevindingen, herkomst: r.herkomst, velden: ['deelnemers[].gemeente', 'deelnemers[].plaats', 'deelnemers[].postcode'], knockout: true };
    }),
    guarded('looptijd', labels.looptijd, ['startdatum', 'einddatum', 'looptijd'], () => ({
      id: 'looptijd', label: labels.looptijd, ...checkPeriod(safeApp, policy), velden: ['startdatum', 'einddatum', 'looptijd'], knockout: true,
    })),
    guarded('uitsluitingen', labels.uitsluitingen, ['begroting.kosten'], () => {
      const f = checkExclusions(safeApp, policy);
      return { id: 'uitsluitingen', label: labels.uitsluitingen, ...f, velden: ['begroting.kosten[].categorie', 'begroting.kosten[].omschrijving'], knockout: true, ...(f.status === 'onbekend' ? { beoordelaarNodig: true } : {}) };
    }),
    guarded('elementen', labels.elementen, [], () => ({ id: 'elementen', label: labels.elementen, ...checkPlanElements(safeApp, policy), knockout: true })),
    guarded('businesscase', labels.businesscase, [], () => ({ id: 'businesscase', label: labels.businesscase, ...evaluateBusinessCase(safeApp), knockout: true })),
    // A warning, not a knock-out (checks/submission.ts says why).
    guarded('indiening', labels.indiening, ['ontvangen'], () => ({ id: 'indiening', label: labels.indiening, ...checkSubmission(safeApp, policy), velden: ['ontvangen'], knockout: false })),
  ];
  const checks = applyOverrides([...criteria, ...general], options?.overrides ?? [], policy);
  const status = combineKnockouts(checks.filter((c) => c.knockout).map((c) => c.status));
  const id = typeof safeApp.id === 'string' && safeApp.id ? safeApp.id : '(zonder id)';
  return { id, status, regio, checks, beleid: { id: policy.id, versie: policy.versie } };
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
  const rows: Array<CheckResult & { herhaaltVan?: string }> = result.checks.flatMap((check) => [
    check,
    ...(check.alsoIds ?? []).map((id) => {
      const { alsoIds: _, ...rest } = check;
      return { ...rest, id, herhaaltVan: check.id, reden: `herhaalt ${check.id}: ${check.reden}` };
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
