import type { AuditEvent } from '../audit';
import type { EligibilityResult } from '../outcome';
import { formatNumber } from '../scoring/numbers';
import { formatDateLong } from '../format';
import { TEAM_DECISION_LABELS, type TeamDecision } from '../team-decision';
import type { Decision } from './decisions';
import type { TieRecord } from './rank';

/** Who records the selection, and when (passed in). */
export interface Actor {
  tijdstip: string;
  wie: string;
  rol: string;
}

/** Every assessor's override of a screening check, with its own author, time and reason. */
export function overrideEvents(toetsing: readonly EligibilityResult[]): AuditEvent[] {
  return toetsing.flatMap((r) =>
    r.checks
      .filter((c) => c.override)
      .map((c) => ({
        tijdstip: c.override!.tijdstip,
        wie: c.override!.beoordelaar,
        rol: c.override!.rol ?? '',
        soort: 'overschrijving',
        wat: `overschrijving ${c.id} (${r.id}): ${c.berekend ?? 'berekend'} → ${c.override!.status}`,
        waarom: c.override!.reden,
      })),
  );
}

/** One event per tie: which tie-break decided it, or the lottery with its seed. */
export function tieEvents(ties: readonly TieRecord[], settings: { seed: number; tiebreakLabels: readonly string[] }, actor: Actor): AuditEvent[] {
  return ties.map((t) => {
    const lottery = t.criterium === 'loting';
    return {
      ...actor,
      soort: lottery ? 'loting' : 'beslisregel',
      wat: `${lottery ? 'loting' : 'beslisregel'}: gelijke stand ${t.boven} en ${t.onder} (totaal ${formatNumber(t.totaal)})`,
      waarom: lottery
        ? `Na alle beslisregels bij gelijke stand (${settings.tiebreakLabels.join(', ')}) nog gelijk; beslist door loting met seed ${settings.seed}: lot ${ticket(t.waardeBoven)} tegen ${ticket(t.waardeOnder)} (het laagste lot wint).`
        : `Beslist door ${t.label}: ${formatNumber(t.waardeBoven ?? NaN)} tegen ${formatNumber(t.waardeOnder ?? NaN)}.`,
    };
  });
}

/** Each team decision on an incomplete application, with its own author, time and motivation. */
export function teamDecisionEvents(besluiten: readonly TeamDecision[]): AuditEvent[] {
  return besluiten.map((b) => ({
    tijdstip: b.tijdstip,
    wie: b.wie,
    rol: b.rol ?? '',
    soort: 'besluit van het team',
    wat: `besluit van het team ${b.aanvraag}: ${TEAM_DECISION_LABELS[b.besluit]}${b.besluit === 'aanvulling' && b.antwoordVoor ? ` (antwoord vóór ${formatDateLong(b.antwoordVoor)})` : ''}`,
    waarom: b.motivering || (b.besluit === 'aanvulling' ? 'Verzoek om de ontbrekende gegevens.' : ''),
  }));
}

/** The final decision for every application: selected, not selected, not completely scored, or rejected. */
export function decisionEvents(besluiten: readonly Decision[], actor: Actor): AuditEvent[] {
  return besluiten.map((b) => ({ ...actor, soort: 'besluit', wat: `besluit ${b.id}: ${b.besluit}`, waarom: b.motivering }));
}

function ticket(n: number | null): string {
  return n === null ? '?' : n.toFixed(6).replace('.', ',');
}
