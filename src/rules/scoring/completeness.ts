import type { Rubric } from '../policy';
import { itemLabel } from './rubric-2021';
import type { Score } from './score';
import type { TeamSettings } from '../team-settings';
import { type Belangverklaring, ConflictIndex, minimumWithConflictHerkomst, requiredAssessors, sameAssessor } from './conflicts';
import type { Herkomst } from '../findings';

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
  /** Panel members with a conflict of interest for this application: they do not score it. */
  metBelang: { beoordelaar: string; rol: string; reden: string }[];
  /** Complete assessors needed: the policy's `minBeoordelaars`, or with a conflict the team's rule (`requiredAssessors`). */
  nodig: number;
  /** Set when a conflict decided `nodig`: the team's choice `beoordelaarsBijBelang`, with its default. */
  nodigHerkomst?: Herkomst;
  /** Ranked only when at least `nodig` eligible assessors scored every item. */
  compleet: boolean;
  /** Dutch summary for reports. */
  melding: string;
}

/** Declarations of interest and the team's rule for how many assessors are needed with a conflict. */
export interface ConflictOptions {
  belangen: readonly Belangverklaring[];
  teamkeuzes?: Pick<TeamSettings, 'beoordelaarsBijBelang'>;
}

/**
 * Which assessors and roles are missing for each application. The panel is everyone who appears
 * in the score file or made a declaration; `rollen` are the policy's panel roles (analist,
 * beleidsontwikkelaar, …). An assessor with a conflict for an application is not of its panel:
 * their scores there do not count and they are not missing (src/rules/scoring/conflicts.ts).
 */
export function checkCompleteness(
  aanvragen: readonly string[],
  scores: readonly Score[],
  rubric: Rubric,
  rollen: readonly string[] = [],
  conflicts?: ConflictOptions,
): Completeness[] {
  // Sorted by name, so the order of the rows in the score file never changes a result.
  const seen = new Map<string, string>();
  for (const s of scores) if (!seen.has(s.beoordelaar)) seen.set(s.beoordelaar, s.rol);
  const index = new ConflictIndex(conflicts?.belangen ?? []);
  for (const b of conflicts?.belangen ?? []) {
    const name = b.beoordelaar.trim() || b.rol.trim();
    if (name && ![...seen].some(([n, r]) => sameAssessor({ beoordelaar: n, rol: r }, b))) seen.set(name, b.rol.trim());
  }
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
    const metBelang: Completeness['metBelang'] = [];
    for (const [beoordelaar, rol] of panel) {
      const belang = index.conflict(aanvraag, { beoordelaar, rol });
      if (belang) {
        metBelang.push({ beoordelaar, rol, reden: belang.reden.trim() });
        continue;
      }
      const done = perAssessor?.get(beoordelaar);
      const missing = itemIds.filter((id) => !done?.has(id));
      if (missing.length) ontbreekt.push({ beoordelaar, rol, ontbrekendeItems: missing });
      else volledigeBeoordelaars.push(beoordelaar);
    }
    const coveredRoles = new Set(volledigeBeoordelaars.map((b) => panel.get(b)));
    const excusedRoles = new Set(metBelang.map((m) => m.rol));
    const ontbrekendeRollen = rollen.filter((r) => !coveredRoles.has(r) && !excusedRoles.has(r));
    const nodig = requiredAssessors(rubric, panel.size, metBelang.length, conflicts?.teamkeuzes);
    const compleet = volledigeBeoordelaars.length >= nodig;
    const gaps = ontbreekt.map((g) =>
      g.ontbrekendeItems.length === itemIds.length
        ? `${g.beoordelaar} (${g.rol}) heeft nog niets gescoord`
        : `${g.beoordelaar} (${g.rol}) mist ${g.ontbrekendeItems.map((i) => itemLabel(rubric, i)).join(', ')}`,
    );
    const belangText = metBelang.length
      ? `; ${metBelang.map((m) => `${m.beoordelaar}${m.rol && m.rol !== m.beoordelaar ? ` (${m.rol})` : ''} scoort niet wegens een belang`).join('; ')} (nodig: ${nodig}, keuze van het team)`
      : '';
    const melding = compleet
      ? gaps.length
        ? `Compleet: ${volledigeBeoordelaars.length} beoordelaars; ${gaps.join('; ')}${belangText}.`
        : `Compleet: ${volledigeBeoordelaars.length} beoordelaars${belangText}.`
      : `${volledigeBeoordelaars.length} van minimaal ${nodig} beoordelaars scoorden alle onderdelen` +
        (gaps.length ? `; ${gaps.join('; ')}` : '') +
        (ontbrekendeRollen.length ? `; ontbrekende rollen: ${ontbrekendeRollen.join(', ')}` : '') +
        belangText +
        '.';
    return { aanvraag, volledigeBeoordelaars, ontbreekt, ontbrekendeRollen, metBelang, nodig, ...(metBelang.length ? { nodigHerkomst: minimumWithConflictHerkomst() } : {}), compleet, melding };
  });
}
