import { type Bevinding, renderBevinding, renderBevindingen } from '../findings';
import { formatDateLong } from '../format';
import type { EligibilityResult } from '../outcome';
import { type MissingItem, type TeamDecision, missingItems } from '../team-decision';
import type { Completeness } from '../scoring/completeness';
import { type BlockingCheck, type ExcludedApplication, blockingCheck } from './eligibility-split';
import type { SelectionEntry } from './select';

/** The decision on an application, in the words every output uses (sheet, summary, JSON, letter). */
export const DECISION_LABELS = {
  geselecteerd: 'geselecteerd',
  nietGeselecteerd: 'niet geselecteerd',
  /** Eligible, but not every assessor scored every item yet: no decision, no letter. */
  nietVolledigBeoordeeld: 'nog niet volledig beoordeeld',
  /** Knock-outs unknown because information is missing, and the team has not decided yet: no letter. */
  besluitNodig: 'besluit van het team nodig',
  /** Incomplete; the team asks for the missing items (letter: verzoek om aanvulling). */
  aanvullingGevraagd: 'verzoek om aanvulling',
  /** Incomplete; the team rejected it with a written motivation (never without one). */
  afgewezenOnvolledig: 'afgewezen: aanvraag onvolledig (besluit van het team)',
  afgewezen: 'afgewezen',
} as const;
export type DecisionKind = keyof typeof DECISION_LABELS;

export interface Decision {
  id: string;
  soort: DecisionKind;
  /** `DECISION_LABELS[soort]`. */
  besluit: string;
  /** Dutch motivation for the team's sheet and summary. */
  motivering: string;
  /** True when the application gets a decision letter. */
  brief: boolean;
  /** Screening warnings that block nothing (`indiening: ontvangen op … na de uiterste indiendatum`). */
  waarschuwingen: string[];
  /** For an incomplete application: what is missing, as data (the verzoek om aanvulling lists exactly these). */
  ontbreekt?: MissingItem[];
  /** The team's decision on an incomplete application, when it took one. */
  teamBesluit?: TeamDecision;
}

/** Checks that are no knock-out and not met, per application: shown, never blocking. */
export function screeningWarnings(toetsing: readonly EligibilityResult[]): Map<string, BlockingCheck[]> {
  const out = new Map<string, BlockingCheck[]>();
  // Most applications have none: an array only for those that do (not two per application).
  for (const r of toetsing) {
    let open: BlockingCheck[] | undefined;
    for (const c of r.checks) if (!c.knockout && c.status !== 'voldoet') (open ??= []).push(blockingCheck(c));
    if (open) out.set(r.id, open);
  }
  return out;
}

/** Names of the general checks in running text (the Bijlage 1 criteria keep their K-number). */
const CHECK_NAMES: Record<string, string> = {
  regio: 'kernregio',
  looptijd: 'looptijd',
  uitsluitingen: 'uitsluitingen',
  elementen: 'verplichte elementen',
  businesscase: 'businesscase',
  indiening: 'indiening',
};

/** `K1/K10`, `kernregio`: how a check is named in a motivation. */
export function checkName(c: Pick<BlockingCheck, 'id' | 'alsoIds'>): string {
  return CHECK_NAMES[c.id] ?? [c.id, ...c.alsoIds].join('/');
}

/**
 * The reason of a check for a motivation: rendered from its typed evidence when it has it (the
 * deciding findings only), else its reason without eligibility.ts's note that K10 repeats K1 (the
 * name already says `K1/K10`), without a final full stop.
 */
export function plainReason(c: Pick<BlockingCheck, 'reden' | 'id' | 'alsoIds'> & Partial<Pick<BlockingCheck, 'bevindingen' | 'status'>>): string {
  const all = c.bevindingen ?? [];
  const decides = (b: Bevinding) => c.status === undefined || c.status === 'voldoet' || b.status === c.status;
  // Usually one finding decides: its sentence is what renderBevindingen gives for a list of one.
  let deciding = 0;
  let only: Bevinding | undefined;
  for (let i = 0; i < all.length; i++) {
    if (decides(all[i])) {
      deciding++;
      only = all[i];
    }
  }
  let text = deciding === 0 ? c.reden : deciding === 1 ? renderBevinding(only!) : renderBevindingen(deciding === all.length ? all : all.filter(decides));
  // eligibility.ts appends exactly this note to a criterion another one repeats.
  const note = c.alsoIds.length ? ` (${c.alsoIds.join(', ')} herhaalt ${c.id} en is één keer getoetst)` : '';
  if (note) text = text.split(note).join('');
  text = text.trim();
  return text.endsWith('.') ? text.slice(0, -1).trimEnd() : text;
}

export interface DecisionContext {
  /** ISO date of the decision (the policy's decision date, else the run's date). */
  datum: string;
  /** Per application, the warnings of screening (checks that are no knock-out and not met). */
  waarschuwingen?: ReadonlyMap<string, readonly BlockingCheck[]>;
  /** The policy's submission deadline, ISO, when it has one. */
  indienDeadline?: string;
  /** The team's decisions on incomplete applications, by application id (already validated). */
  teamBesluiten?: ReadonlyMap<string, TeamDecision>;
}

/** "De uiterste indiendatum (5 november 2020) is verstreken" when the decision comes after it. */
export function deadlinePassed(ctx: DecisionContext): string | undefined {
  return ctx.indienDeadline && ctx.datum.slice(0, 10) > ctx.indienDeadline ? formatDateLong(ctx.indienDeadline) : undefined;
}


function rejection(u: ExcludedApplication, ctx: DecisionContext, passed: () => string | undefined): Omit<Decision, 'waarschuwingen'> {
  const points = u.punten.map((p) => `${checkName(p)}: ${plainReason(p)}`).join('; ');
  if (u.status === 'niet getoetst') {
    return { id: u.id, soort: 'nietVolledigBeoordeeld', besluit: DECISION_LABELS.nietVolledigBeoordeeld, motivering: 'Nog niet getoetst aan de voorwaarden.', brief: false };
  }
  if (u.status === 'onvolledig') return incomplete(u, ctx, points, passed);
  return { id: u.id, soort: 'afgewezen', besluit: DECISION_LABELS.afgewezen, motivering: `Niet geschikt: ${points}.`, brief: true };
}

/**
 * An incomplete application: the team's decision, or none yet. Without one there is no letter:
 * the source allows a rejection only "gemotiveerd", and asking for the missing items is as open.
 */
function incomplete(u: ExcludedApplication, ctx: DecisionContext, points: string, deadline: () => string | undefined): Omit<Decision, 'waarschuwingen'> {
  const ontbreekt = missingItems(u.punten);
  const besluit = ctx.teamBesluiten?.get(u.id);
  const missing = `Niet vast te stellen door ontbrekende gegevens: ${points}.`;
  if (!besluit) {
    const passed = deadline();
    return {
      id: u.id,
      soort: 'besluitNodig',
      besluit: DECISION_LABELS.besluitNodig,
      motivering: `${missing} Het team vraagt om aanvulling of wijst gemotiveerd af.` + (passed ? ` De uiterste indiendatum (${passed}) is verstreken.` : ''),
      brief: false,
      ontbreekt,
    };
  }
  const door = [besluit.wie, besluit.rol].filter(Boolean).join(', ');
  if (besluit.besluit === 'aanvulling') {
    return {
      id: u.id,
      soort: 'aanvullingGevraagd',
      besluit: DECISION_LABELS.aanvullingGevraagd,
      motivering: `${missing} Het team (${door}) vraagt om aanvulling vóór ${formatDateLong(besluit.antwoordVoor ?? '')}.` + (besluit.motivering.trim() ? ` ${besluit.motivering.trim()}` : ''),
      brief: true,
      ontbreekt,
      teamBesluit: besluit,
    };
  }
  return {
    id: u.id,
    soort: 'afgewezenOnvolledig',
    besluit: DECISION_LABELS.afgewezenOnvolledig,
    motivering: `${missing} Het team (${door}) wijst de aanvraag af: ${besluit.motivering.trim()}`,
    brief: true,
    ontbreekt,
    teamBesluit: besluit,
  };
}

/** One decision per application: the ranked ones, then those not completely scored, then the rejected. */
export function decisionsFor(
  ranglijst: readonly SelectionEntry[],
  onvolledig: readonly Completeness[],
  uitgesloten: readonly ExcludedApplication[],
  ctx: DecisionContext,
): Decision[] {
  // One loop per list into one array, each decision built once with its fields in their final
  // order (id, soort, besluit, motivering, brief, ontbreekt, teamBesluit, waarschuwingen): a
  // decision spread into a copy with its warnings took V8's slow path, several µs each.
  const out: Decision[] = new Array(ranglijst.length + onvolledig.length + uitgesloten.length);
  let k = 0;
  // Nearly every ranked application ties with the one above it, and there are a few tie-break
  // labels: the words after the other application's id are put together once per label.
  let label: string | null = null;
  let afterId = '';
  for (let i = 0; i < ranglijst.length; i++) {
    const e = ranglijst[i];
    const soort = e.geselecteerd ? 'geselecteerd' : 'nietGeselecteerd';
    const tie = e.beslistDoor;
    let motivering = e.reden;
    if (tie) {
      if (tie.label !== label) afterId = `; beslist door ${(label = tie.label)}.`;
      motivering = `${motivering} Gelijke stand met ${tie.boven}${afterId}`;
    }
    out[k++] = decision(e.id, soort, motivering, true, ctx);
  }
  for (const v of onvolledig) out[k++] = decision(v.aanvraag, 'nietVolledigBeoordeeld', v.melding, false, ctx);
  // The same for every incomplete application: worded once, when the first one needs it.
  let passed: string | undefined | null = null;
  const deadline = () => (passed === null ? (passed = deadlinePassed(ctx)) : passed);
  for (const u of uitgesloten) {
    const d = rejection(u, ctx, deadline);
    out[k++] = decision(d.id, d.soort, d.motivering, d.brief, ctx, d);
  }
  return out;
}

/**
 * The decision with the application's screening warnings: in `waarschuwingen` and after "Let op:"
 * in the motivation. `rest` carries `ontbreekt` and `teamBesluit` when the decision has them.
 */
function decision(id: string, soort: DecisionKind, motivering: string, brief: boolean, ctx: DecisionContext, rest?: Omit<Decision, 'waarschuwingen'>): Decision {
  // Most runs have no warnings at all: then no look-up per application.
  const checks = ctx.waarschuwingen !== undefined && ctx.waarschuwingen.size > 0 ? ctx.waarschuwingen.get(id) : undefined;
  const waarschuwingen: string[] = [];
  if (checks) for (const w of checks) waarschuwingen.push(`${checkName(w)}: ${plainReason(w)}`);
  if (waarschuwingen.length) motivering = `${motivering} Let op: ${waarschuwingen.join('; ')}.`;
  const besluit = DECISION_LABELS[soort];
  // Without `ontbreekt` and `teamBesluit` (every ranked application): one literal, made whole.
  if (rest === undefined || !('ontbreekt' in rest || 'teamBesluit' in rest)) return { id, soort, besluit, motivering, brief, waarschuwingen };
  const out = { id, soort, besluit, motivering, brief } as Decision;
  if ('ontbreekt' in rest) out.ontbreekt = rest.ontbreekt;
  if ('teamBesluit' in rest) out.teamBesluit = rest.teamBesluit;
  out.waarschuwingen = waarschuwingen;
  return out;
}
