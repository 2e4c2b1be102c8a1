import type { AuditEvent } from '../audit';
import type { Rubric } from '../policy';
import type { Aggregates } from './aggregate';
import { formatNumber } from './numbers';
import { itemLabel } from './rubric-2021';
import type { ConsensusInput } from './score';
import { formatPresent } from './meeting';

export interface ConsensusOutcome {
  aggregaten: Aggregates;
  audit: AuditEvent[];
  /** Dutch messages for refused consensus scores. */
  geweigerd: string[];
}

/**
 * Replaces an item's aggregate by the panel's consensus score — only with a written motivation
 * (logged in the audit; docs/beoordeling.md).
 */
export function applyConsensus(
  aggregaten: Aggregates,
  consensus: readonly ConsensusInput[],
  rubric: Rubric,
  tijdstip: string,
): ConsensusOutcome {
  const out: Aggregates = new Map([...aggregaten].map(([id, items]) => [id, new Map(items)]));
  const audit: AuditEvent[] = [];
  const geweigerd: string[] = [];
  for (const c of consensus) {
    const wat = `consensusscore ${c.aanvraag} / ${itemLabel(rubric, c.item)}`;
    const current = out.get(c.aanvraag)?.get(c.item);
    if (!c.motivatie || !c.motivatie.trim()) {
      geweigerd.push(`${wat} geweigerd: een consensusscore vervangt de berekende score alleen met een schriftelijke motivatie.`);
      continue;
    }
    if (!current) {
      geweigerd.push(`${wat} geweigerd: er zijn geen scores voor deze aanvraag en dit item.`);
      continue;
    }
    if (!Number.isFinite(c.score) || c.score < rubric.schaal.min || c.score > rubric.schaal.max) {
      geweigerd.push(`${wat} geweigerd: ${c.score} ligt buiten de schaal ${rubric.schaal.min}–${rubric.schaal.max}.`);
      continue;
    }
    out.get(c.aanvraag)!.set(c.item, {
      ...current,
      waarde: c.score,
      consensus: { score: c.score, motivatie: c.motivatie.trim(), wie: c.wie, rol: c.rol },
    });
    audit.push({
      tijdstip,
      wie: c.wie,
      rol: c.rol,
      soort: 'consensusscore',
      wat: `${wat}: ${formatNumber(current.waarde)} → ${formatNumber(c.score)}`,
      waarom: c.aanwezig?.length ? `${c.motivatie.trim()} Aanwezig: ${formatPresent(c.aanwezig)}.` : c.motivatie.trim(),
    });
  }
  return { aggregaten: out, audit, geweigerd };
}
