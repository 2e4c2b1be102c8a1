import { formatDateLong } from '../format';
import type { EligibilityResult } from '../outcome';
import type { Completeness } from '../scoring/completeness';
import type { BlockingCheck, ExcludedApplication } from './eligibility-split';
import type { SelectionEntry } from './select';

/** The decision on an application, in the words every output uses (sheet, summary, JSON, letter). */
export const DECISION_LABELS = {
  geselecteerd: 'geselecteerd',
  nietGeselecteerd: 'niet geselecteerd',
  /** Eligible, but not every assessor scored every item yet: no decision, no letter. */
  nietVolledigBeoordeeld: 'nog niet volledig beoordeeld',
  /** Knock-outs unknown because information was missing, after the submission deadline. */
  afgewezenOnvolledig: 'afgewezen: aanvraag onvolledig',
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
}

/** Checks that are no knock-out and not met, per application: shown, never blocking. */
export function screeningWarnings(toetsing: readonly EligibilityResult[]): Map<string, BlockingCheck[]> {
  const out = new Map<string, BlockingCheck[]>();
  for (const r of toetsing) {
    const open = r.checks.filter((c) => !c.knockout && c.status !== 'voldoet');
    if (open.length) out.set(r.id, open.map((c) => ({ id: c.id, alsoIds: c.alsoIds ?? [], label: c.label, reden: c.reden })));
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

/** The reason without eligibility.ts's note that K10 repeats K1 (the name already says `K1/K10`) and without a final full stop. */
export function plainReason(c: Pick<BlockingCheck, 'reden'>): string {
  return c.reden.replace(/ \([^()]*herhaalt [^()]* en is één keer getoetst\)/, '').replace(/\.\s*$/, '');
}

export interface DecisionContext {
  /** ISO date of the decision (the policy's decision date, else the run's date). */
  datum: string;
  /** Per application, the warnings of screening (checks that are no knock-out and not met). */
  waarschuwingen?: ReadonlyMap<string, readonly BlockingCheck[]>;
  /** The policy's submission deadline, ISO, when it has one. */
  indienDeadline?: string;
}

/** "De uiterste indiendatum (5 november 2020) is verstreken" when the decision comes after it. */
export function deadlinePassed(ctx: DecisionContext): string | undefined {
  return ctx.indienDeadline && ctx.datum.slice(0, 10) > ctx.indienDeadline ? formatDateLong(ctx.indienDeadline) : undefined;
}

function tieNote(e: SelectionEntry): string {
  return e.beslistDoor ? ` Gelijke stand met ${e.beslistDoor.boven}; beslist door ${e.beslistDoor.label}.` : '';
}

function rejection(u: ExcludedApplication, ctx: DecisionContext): Omit<Decision, 'waarschuwingen'> {
  const points = u.punten.map((p) => `${checkName(p)}: ${plainReason(p)}`).join('; ');
  if (u.status === 'niet getoetst') {
    return { id: u.id, soort: 'nietVolledigBeoordeeld', besluit: DECISION_LABELS.nietVolledigBeoordeeld, motivering: 'Nog niet getoetst aan de voorwaarden.', brief: false };
  }
  if (u.status === 'onvolledig') {
    const passed = deadlinePassed(ctx);
    return {
      id: u.id,
      soort: 'afgewezenOnvolledig',
      besluit: DECISION_LABELS.afgewezenOnvolledig,
      motivering: `Niet vast te stellen door ontbrekende gegevens: ${points}.` + (passed ? ` De uiterste indiendatum (${passed}) is verstreken; aanvullen kan niet meer.` : ''),
      brief: true,
    };
  }
  return { id: u.id, soort: 'afgewezen', besluit: DECISION_LABELS.afgewezen, motivering: `Niet geschikt: ${points}.`, brief: true };
}

/** One decision per application: the ranked ones, then those not completely scored, then the rejected. */
export function decisionsFor(
  ranglijst: readonly SelectionEntry[],
  onvolledig: readonly Completeness[],
  uitgesloten: readonly ExcludedApplication[],
  ctx: DecisionContext,
): Decision[] {
  return [
      ...ranglijst.map((e): Omit<Decision, 'waarschuwingen'> => {
      const soort = e.geselecteerd ? 'geselecteerd' : 'nietGeselecteerd';
      return { id: e.id, soort, besluit: DECISION_LABELS[soort], motivering: e.reden + tieNote(e), brief: true };
    }),
    ...onvolledig.map((v): Omit<Decision, 'waarschuwingen'> => ({ id: v.aanvraag, soort: 'nietVolledigBeoordeeld', besluit: DECISION_LABELS.nietVolledigBeoordeeld, motivering: v.melding, brief: false })),
    ...uitgesloten.map((u) => rejection(u, ctx)),
  ].map((d) => {
    const waarschuwingen = (ctx.waarschuwingen?.get(d.id) ?? []).map((w) => `${checkName(w)}: ${plainReason(w)}`);
    return { ...d, waarschuwingen, motivering: waarschuwingen.length ? `${d.motivering} Let op: ${waarschuwingen.join('; ')}.` : d.motivering };
  });
}
