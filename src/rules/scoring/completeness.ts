import type { Rubric } from '../policy';
import { itemLabel } from './rubric-2021';
import type { Score } from './score';

export interface AssessorGap {
  beoordelaar: string;
  rol: string;
  /** Items this assessor has not scored for the application (all items when absent). */
  ontbrekendeItems: string[];
}

export interface Completeness {
  aanvraag: string;
  /** Assessors who scored every item. */
  volledigeBeoordelaars: string[];
  /** Panel members with one or more items missing. */
  ontbreekt: AssessorGap[];
  /** Roles of the policy that no complete assessor covers. */
  ontbrekendeRollen: string[];
  /** Ranked only when at least `minBeoordelaars` assessors scored every item. */
  compleet: boolean;
  /** Dutch summary for reports. */
  melding: string;
}

/**
 * Which assessors and roles are missing for each application. The panel is everyone who appears
 * in the score file; `rollen` are the policy's panel roles (analist, beleidsontwikkelaar, …).
 */
export function checkCompleteness(
  aanvragen: readonly string[],
  scores: readonly Score[],
  rubric: Rubric,
  rollen: readonly string[] = [],
): Completeness[] {
  // Sorted by name, so the order of the rows in the score file never changes a result.
  const seen = new Map<string, string>();
  for (const s of scores) if (!seen.has(s.beoordelaar)) seen.set(s.beoordelaar, s.rol);
  const panel = new Map([...seen].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  // Nested maps rather than one joined string key: no string is built per score.
  const scored = new Map<string, Map<string, Set<string>>>();
  for (const s of scores) {
    let perAssessor = scored.get(s.aanvraag);
    if (!perAssessor) scored.set(s.aanvraag, (perAssessor = new Map()));
    let set = perAssessor.get(s.beoordelaar);
    if (!set) perAssessor.set(s.beoordelaar, (set = new Set()));
    set.add(s.item);
  }
  const itemIds = rubric.items.map((i) => i.id);
  return aanvragen.map((aanvraag) => {
    const volledigeBeoordelaars: string[] = [];
    const ontbreekt: AssessorGap[] = [];
    const perAssessor = scored.get(aanvraag);
    for (const [beoordelaar, rol] of panel) {
      const done = perAssessor?.get(beoordelaar);
      const missing = itemIds.filter((id) => !done?.has(id));
      if (missing.length) ontbreekt.push({ beoordelaar, rol, ontbrekendeItems: missing });
      else volledigeBeoordelaars.push(beoordelaar);
    }
    const coveredRoles = new Set(volledigeBeoordelaars.map((b) => panel.get(b)));
    const ontbrekendeRollen = rollen.filter((r) => !coveredRoles.has(r));
    const compleet = volledigeBeoordelaars.length >= rubric.minBeoordelaars;
    const gaps = ontbreekt.map((g) =>
      g.ontbrekendeItems.length === itemIds.length
        ? `${g.beoordelaar} (${g.rol}) heeft nog niets gescoord`
        : `${g.beoordelaar} (${g.rol}) mist ${g.ontbrekendeItems.map((i) => itemLabel(rubric, i)).join(', ')}`,
    );
    const melding = compleet
      ? gaps.length
        ? `Compleet: ${volledigeBeoordelaars.length} beoordelaars; ${gaps.join('; ')}.`
        : `Compleet: ${volledigeBeoordelaars.length} beoordelaars.`
      : `${volledigeBeoordelaars.length} van minimaal ${rubric.minBeoordelaars} beoordelaars scoorden alle onderdelen` +
        (gaps.length ? `; ${gaps.join('; ')}` : '') +
        (ontbrekendeRollen.length ? `; ontbrekende rollen: ${ontbrekendeRollen.join(', ')}` : '') +
        '.';
    return { aanvraag, volledigeBeoordelaars, ontbreekt, ontbrekendeRollen, compleet, melding };
  });
}
