import type { AuditEvent } from '../audit';
import type { EligibilityResult } from '../outcome';
import type { Completeness } from '../scoring/completeness';
import { formatNumber } from '../scoring/numbers';
import type { ExcludedApplication } from './eligibility-split';
import type { TieRecord } from './rank';
import type { SelectionEntry } from './select';

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
        wat: `override ${c.id} (${r.id}): ${c.berekend ?? 'berekend'} → ${c.override!.status}`,
        waarom: c.override!.reden,
      })),
  );
}

/** One event per tie: which tie-break decided it, or the lottery with its seed. */
export function tieEvents(ties: readonly TieRecord[], settings: { seed: number; tiebreaks: readonly string[] }, actor: Actor): AuditEvent[] {
  return ties.map((t) => {
    const lottery = t.criterium === 'loting';
    return {
      ...actor,
      wat: `${lottery ? 'loting' : 'tie-break'}: gelijke stand ${t.boven} en ${t.onder} (totaal ${formatNumber(t.totaal)})`,
      waarom: lottery
        ? `Na de hele tie-break-keten (${settings.tiebreaks.join(', ')}) nog gelijk; beslist door loting met seed ${settings.seed}: lot ${ticket(t.waardeBoven)} tegen ${ticket(t.waardeOnder)} (het laagste lot wint).`
        : `Beslist door ${t.label}: ${formatNumber(t.waardeBoven ?? NaN)} tegen ${formatNumber(t.waardeOnder ?? NaN)}.`,
    };
  });
}

/** The final decision for every application: selected, not selected, not ranked, or rejected. */
export function decisionEvents(
  ranglijst: readonly SelectionEntry[],
  onvolledig: readonly Completeness[],
  uitgesloten: readonly ExcludedApplication[],
  actor: Actor,
): AuditEvent[] {
  return [
    ...ranglijst.map((e) => ({ ...actor, wat: `besluit ${e.id}: ${e.geselecteerd ? 'geselecteerd' : 'niet geselecteerd'}`, waarom: e.reden })),
    ...onvolledig.map((v) => ({ ...actor, wat: `besluit ${v.aanvraag}: niet gerangschikt`, waarom: v.melding })),
    ...uitgesloten.map((u) => ({ ...actor, wat: `besluit ${u.id}: afgewezen (${u.status})`, waarom: u.redenen.join(' ') || 'Niet geschikt.' })),
  ];
}

function ticket(n: number | null): string {
  return n === null ? '?' : n.toFixed(6).replace('.', ',');
}
