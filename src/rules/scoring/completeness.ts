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

/** The rows of `done` made wider: each application's row of `from` cells becomes one of `to`. */
function widen(done: Int32Array, apps: number, from: number, to: number): Int32Array {
  const wider = new Int32Array(apps * to);
  for (let a = 0; a < apps; a++) wider.set(done.subarray(a * from, (a + 1) * from), a * to);
  return wider;
}

/** A value no score field can hold: the first comparison with it always misses the cache. */
const NONE: unique symbol = Symbol('none');

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
  // What each assessor scored of each application, as bits: one per rubric item (the first of a
  // repeated id), in words of 32. One typed array for all, rather than a set per assessor and
  // application: 40,000 sets of 9 items kept the garbage collector busy for most of the time.
  const itemIds = rubric.items.map((i) => i.id);
  const slotOf = new Map<string, number>();
  for (const id of itemIds) if (!slotOf.has(id)) slotOf.set(id, slotOf.size);
  const itemSlots = itemIds.map((id) => slotOf.get(id)!);
  const words = Math.max(1, Math.ceil(slotOf.size / 32));
  const full = new Int32Array(words);
  for (const slot of slotOf.values()) full[slot >> 5] |= 1 << (slot & 31);
  const appIndex = new Map<string, number>();
  for (const id of aanvragen) if (!appIndex.has(id)) appIndex.set(id, appIndex.size);

  // One pass over the scores. An assessor gets a number when first seen (with the role of that
  // first score); the bits go in rows per application of at most `capacity` assessors, and the
  // rows grow if the file has more. The panel is sorted by name afterwards, so the order of the
  // rows in the score file never changes a result. An index loop, not for…of: this runs once per
  // call, so V8 runs much of it unoptimised, and there each for…of step allocates an iterator result.
  const seen = new Map<string, number>();
  const roles: string[] = [];
  let capacity = 8;
  let done: Int32Array = new Int32Array(appIndex.size * capacity * words);
  let prevApp: string | typeof NONE = NONE;
  let prevAssessor: string | typeof NONE = NONE;
  let a = -1;
  let assessor = 0;
  // Scores of one assessor follow the rubric's order more often than not: the item after the
  // previous one is tried before a look-up.
  let lastItem = -1;
  for (let i = 0; i < scores.length; i++) {
    const s = scores[i];
    if (s.beoordelaar !== prevAssessor) {
      prevAssessor = s.beoordelaar;
      const known = seen.get(s.beoordelaar);
      if (known === undefined) {
        assessor = roles.length;
        seen.set(s.beoordelaar, assessor);
        roles.push(s.rol);
        if (assessor === capacity) done = widen(done, appIndex.size, capacity * words, (capacity *= 2) * words);
      } else assessor = known;
    }
    if (s.aanvraag !== prevApp) {
      prevApp = s.aanvraag;
      const known = appIndex.get(s.aanvraag);
      a = known === undefined ? -1 : known;
    }
    // Scores for applications not asked about count for nothing.
    if (a < 0) continue;
    const next = lastItem + 1;
    let slot: number | undefined;
    if (next < itemIds.length && s.item === itemIds[next]) {
      lastItem = next;
      slot = itemSlots[next];
    } else {
      slot = slotOf.get(s.item);
      lastItem = slot === undefined ? -1 : itemIds.indexOf(s.item);
    }
    // An item the rubric does not know makes nobody complete.
    if (slot !== undefined) done[(a * capacity + assessor) * words + (slot >> 5)] |= 1 << (slot & 31);
  }
  const bySeen = new Map<string, string>();
  for (const [name, n] of seen) bySeen.set(name, roles[n]);
  const index = new ConflictIndex(conflicts?.belangen ?? []);
  for (const b of conflicts?.belangen ?? []) {
    const name = b.beoordelaar.trim() || b.rol.trim();
    if (name && ![...bySeen].some(([n, r]) => sameAssessor({ beoordelaar: n, rol: r }, b))) bySeen.set(name, b.rol.trim());
  }
  const panel = new Map([...bySeen].sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)));
  const members = [...panel];
  // Where each member's bits are in an application's row; a member without scores has none (−1).
  const rowOf = members.map(([name]) => seen.get(name) ?? -1);
  // A member without scores (only a declaration) has scored nothing: base −1.
  const baseOf = (app: number, m: number): number => (rowOf[m] < 0 ? -1 : (app * capacity + rowOf[m]) * words);
  const scoredAll = (base: number): boolean => {
    if (base < 0) return false;
    for (let w = 0; w < words; w++) if (done[base + w] !== full[w]) return false;
    return true;
  };
  const hasScored = (base: number, slot: number): boolean => base >= 0 && (done[base + (slot >> 5)] & (1 << (slot & 31))) !== 0;

  const withConflicts = index.size > 0;
  return aanvragen.map((aanvraag) => {
    const volledigeBeoordelaars: string[] = [];
    const ontbreekt: AssessorGap[] = [];
    const app = appIndex.get(aanvraag)!;
    const metBelang: Completeness['metBelang'] = [];
    for (let m = 0; m < members.length; m++) {
      const [beoordelaar, rol] = members[m];
      const belang = withConflicts ? index.conflict(aanvraag, { beoordelaar, rol }) : undefined;
      if (belang) {
        metBelang.push({ beoordelaar, rol, reden: belang.reden.trim() });
        continue;
      }
      const base = baseOf(app, m);
      if (scoredAll(base)) volledigeBeoordelaars.push(beoordelaar);
      else ontbreekt.push({ beoordelaar, rol, ontbrekendeItems: itemIds.filter((_, j) => !hasScored(base, itemSlots[j])) });
    }
    // A role is covered by a complete assessor or excused by a conflict. A panel has a few members:
    // a look along the lists, rather than two sets per application.
    const ontbrekendeRollen = rollen.filter((r) => !volledigeBeoordelaars.some((b) => panel.get(b) === r) && !metBelang.some((m) => m.rol === r));
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
    // Field by field, in the order the literal with a spread of nodigHerkomst gave: that spread
    // took V8's slow path for every application, with a conflict or without.
    const out = { aanvraag, volledigeBeoordelaars, ontbreekt, ontbrekendeRollen, metBelang, nodig } as Completeness;
    if (metBelang.length) out.nodigHerkomst = minimumWithConflictHerkomst();
    out.compleet = compleet;
    out.melding = melding;
    return out;
  });
}
