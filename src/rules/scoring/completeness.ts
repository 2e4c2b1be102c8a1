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

/** The rubric's items as bit slots: one per distinct id (the first of a repeated id), in words of 32. */
interface ItemSlots {
  itemIds: string[];
  slotOf: Map<string, number>;
  /** The slot of each of `itemIds`. */
  itemSlots: number[];
  words: number;
  /** The bits of a row where every slot is set. */
  full: Int32Array;
}

function itemSlotsOf(rubric: Rubric): ItemSlots {
  const itemIds = rubric.items.map((i) => i.id);
  const slotOf = new Map<string, number>();
  for (const id of itemIds) if (!slotOf.has(id)) slotOf.set(id, slotOf.size);
  const itemSlots = itemIds.map((id) => slotOf.get(id)!);
  const words = Math.max(1, Math.ceil(slotOf.size / 32));
  const full = new Int32Array(words);
  for (const slot of slotOf.values()) full[slot >> 5] |= 1 << (slot & 31);
  return { itemIds, slotOf, itemSlots, words, full };
}

/** What each assessor scored of each application: see `scanScores`. */
interface Scanned {
  /** Rows of `capacity` assessors × `words` per application. */
  done: Int32Array;
  capacity: number;
  /** Each assessor's number, in the order first seen. */
  seen: Map<string, number>;
  /** The role of each assessor's first score, by number. */
  roles: string[];
}

/**
 * One pass over the scores. An assessor gets a number when first seen (with the role of that
 * first score); the bits go in rows per application of at most `capacity` assessors, and the rows
 * grow if the file has more. One typed array for all, rather than a set per assessor and
 * application: 40,000 sets of 9 items kept the garbage collector busy for most of the time.
 *
 * A function of its own, with nothing else in it: it runs once per call, so V8 compiles its loop
 * on the spot (on-stack replacement), and code that also built the results lost that compiled
 * loop to a deoptimisation on every call and ran it unoptimised again. An index loop, not
 * for…of: unoptimised, each for…of step allocates an iterator result.
 */
function scanScores(scores: readonly Score[], appIndex: Map<string, number>, slots: ItemSlots): Scanned {
  const { itemIds, slotOf, itemSlots, words } = slots;
  const apps = appIndex.size;
  const items = itemIds.length;
  const seen = new Map<string, number>();
  const roles: string[] = [];
  let capacity = 8;
  let done: Int32Array = new Int32Array(apps * capacity * words);
  let prevApp: string | typeof NONE = NONE;
  let prevAssessor: string | typeof NONE = NONE;
  let a = -1;
  // Where the current application and assessor's bits start.
  let base = 0;
  let assessor = 0;
  // Scores of one assessor follow the rubric's order more often than not: the item after the
  // previous one (after the last, the first) is tried before a look-up.
  let lastItem = -1;
  for (let i = 0; i < scores.length; i++) {
    const s = scores[i];
    let moved = false;
    if (s.beoordelaar !== prevAssessor) {
      prevAssessor = s.beoordelaar;
      const known = seen.get(s.beoordelaar);
      if (known === undefined) {
        assessor = roles.length;
        seen.set(s.beoordelaar, assessor);
        roles.push(s.rol);
        if (assessor === capacity) done = widen(done, apps, capacity * words, (capacity *= 2) * words);
      } else assessor = known;
      moved = true;
    }
    if (s.aanvraag !== prevApp) {
      prevApp = s.aanvraag;
      const known = appIndex.get(s.aanvraag);
      a = known === undefined ? -1 : known;
      moved = true;
    }
    // Scores for applications not asked about count for nothing.
    if (a < 0) continue;
    if (moved) base = (a * capacity + assessor) * words;
    let next = lastItem + 1;
    if (next === items) next = 0;
    let slot: number | undefined;
    if (s.item === itemIds[next]) {
      lastItem = next;
      slot = itemSlots[next];
    } else {
      slot = slotOf.get(s.item);
      lastItem = slot === undefined ? -1 : itemIds.indexOf(s.item);
    }
    // An item the rubric does not know makes nobody complete.
    if (slot !== undefined) done[base + (slot >> 5)] |= 1 << (slot & 31);
  }
  return { done, capacity, seen, roles };
}

/** What every application's result is built from: the same for all applications of one call. */
interface Panel {
  slots: ItemSlots;
  scanned: Scanned;
  rubric: Rubric;
  rollen: readonly string[];
  /** The panel sorted by name: names, roles, and where each one's bits are in a row (−1: no scores). */
  names: string[];
  memberRoles: string[];
  rowOf: Int32Array;
  /** Each member as an assessor, for the conflict look-up. */
  refs: { beoordelaar: string; rol: string }[];
  /** Per role of `rollen`: the members with that role. */
  roleMembers: number[][];
  index: ConflictIndex | undefined;
  teamkeuzes: ConflictOptions['teamkeuzes'];
  /** Per member: complete (1), conflicted (2) or neither (0), for the application at hand. */
  state: Uint8Array;
  /** The roles of `rollen` that no member has: the missing roles when every member is complete. */
  rolesWithoutMembers: string[];
  /** "Compleet: n beoordelaars." by n, made once. */
  plainComplete: string[];
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
  const slots = itemSlotsOf(rubric);
  const appIndex = new Map<string, number>();
  // Each application's row, so a repeated id shares its row without a second look-up.
  const appOf = new Int32Array(aanvragen.length);
  for (let k = 0; k < aanvragen.length; k++) {
    const id = aanvragen[k];
    let row = appIndex.get(id);
    if (row === undefined) appIndex.set(id, (row = appIndex.size));
    appOf[k] = row;
  }
  const scanned = scanScores(scores, appIndex, slots);
  const { seen, roles } = scanned;

  // The panel is sorted by name, so the order of the rows in the score file never changes a result.
  const bySeen = new Map<string, string>();
  for (const [name, n] of seen) bySeen.set(name, roles[n]);
  const belangen = conflicts?.belangen ?? [];
  const index = new ConflictIndex(belangen);
  for (const b of belangen) {
    const name = b.beoordelaar.trim() || b.rol.trim();
    if (name && ![...bySeen].some(([n, r]) => sameAssessor({ beoordelaar: n, rol: r }, b))) bySeen.set(name, b.rol.trim());
  }
  const members = [...bySeen].sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0));
  const names = members.map(([name]) => name);
  const memberRoles = members.map(([, rol]) => rol);
  const panel: Panel = {
    slots,
    scanned,
    rubric,
    rollen,
    names,
    memberRoles,
    rowOf: Int32Array.from(names, (name) => seen.get(name) ?? -1),
    refs: members.map(([beoordelaar, rol]) => ({ beoordelaar, rol })),
    roleMembers: rollen.map((r) => memberRoles.flatMap((rol, m) => (rol === r ? [m] : []))),
    index: index.size > 0 ? index : undefined,
    teamkeuzes: conflicts?.teamkeuzes,
    state: new Uint8Array(names.length),
    rolesWithoutMembers: rollen.filter((r) => !memberRoles.includes(r)),
    plainComplete: [],
  };
  const out: Completeness[] = [];
  for (let k = 0; k < aanvragen.length; k++) out.push(completenessOf(panel, aanvragen[k], appOf[k]));
  return out;
}

const COMPLETE = 1;
const CONFLICTED = 2;

/** One application's result; `app` is its row in the scanned bits. */
function completenessOf(p: Panel, aanvraag: string, app: number): Completeness {
  const { names, memberRoles, rowOf, state } = p;
  const { done, capacity } = p.scanned;
  const { words, full } = p.slots;
  if (p.index === undefined && scoredByAll(p, app)) {
    // The usual case: no conflicts and every member scored every item.
    const nodig = requiredAssessors(p.rubric, names.length, 0, p.teamkeuzes);
    const compleet = names.length >= nodig;
    const ontbrekendeRollen = p.rolesWithoutMembers.slice();
    const melding = compleet ? plainComplete(p, names.length) : message(p, false, names.length, nodig, [], ontbrekendeRollen, []);
    return { aanvraag, volledigeBeoordelaars: names.slice(), ontbreekt: [], ontbrekendeRollen, metBelang: [], nodig, compleet, melding };
  }
  const volledigeBeoordelaars: string[] = [];
  const ontbreekt: AssessorGap[] = [];
  const metBelang: Completeness['metBelang'] = [];
  for (let m = 0; m < names.length; m++) {
    const belang = p.index === undefined ? undefined : p.index.conflict(aanvraag, p.refs[m]);
    if (belang) {
      metBelang.push({ beoordelaar: names[m], rol: memberRoles[m], reden: belang.reden.trim() });
      state[m] = CONFLICTED;
      continue;
    }
    // A member without scores (only a declaration) has scored nothing: base −1.
    const base = rowOf[m] < 0 ? -1 : (app * capacity + rowOf[m]) * words;
    let all = base >= 0;
    for (let w = 0; all && w < words; w++) if (done[base + w] !== full[w]) all = false;
    if (all) {
      volledigeBeoordelaars.push(names[m]);
      state[m] = COMPLETE;
    } else {
      ontbreekt.push({ beoordelaar: names[m], rol: memberRoles[m], ontbrekendeItems: missingItems(p, base) });
      state[m] = 0;
    }
  }
  // A role is covered by a complete assessor or excused by a conflict.
  const ontbrekendeRollen: string[] = [];
  for (let r = 0; r < p.rollen.length; r++) {
    const withRole = p.roleMembers[r];
    let covered = false;
    for (let j = 0; !covered && j < withRole.length; j++) covered = state[withRole[j]] !== 0;
    if (!covered) ontbrekendeRollen.push(p.rollen[r]);
  }
  const nodig = requiredAssessors(p.rubric, names.length, metBelang.length, p.teamkeuzes);
  const compleet = volledigeBeoordelaars.length >= nodig;
  const melding =
    compleet && !ontbreekt.length && !metBelang.length
      ? plainComplete(p, volledigeBeoordelaars.length)
      : message(p, compleet, volledigeBeoordelaars.length, nodig, ontbreekt, ontbrekendeRollen, metBelang);
  // One literal for each shape, in the field order JSON shows: a literal with a spread of
  // nodigHerkomst took V8's slow path for every application, with a conflict or without.
  return metBelang.length
    ? { aanvraag, volledigeBeoordelaars, ontbreekt, ontbrekendeRollen, metBelang, nodig, nodigHerkomst: minimumWithConflictHerkomst(), compleet, melding }
    : { aanvraag, volledigeBeoordelaars, ontbreekt, ontbrekendeRollen, metBelang, nodig, compleet, melding };
}

/** Whether every member has scores for every item of this application. */
function scoredByAll(p: Panel, app: number): boolean {
  const { rowOf } = p;
  const { done, capacity } = p.scanned;
  const { words, full } = p.slots;
  for (let m = 0; m < rowOf.length; m++) {
    if (rowOf[m] < 0) return false;
    const base = (app * capacity + rowOf[m]) * words;
    for (let w = 0; w < words; w++) if (done[base + w] !== full[w]) return false;
  }
  return true;
}

/** The items a member has not scored, in the rubric's order (a repeated id as often as it is there). */
function missingItems(p: Panel, base: number): string[] {
  const { itemIds, itemSlots } = p.slots;
  const { done } = p.scanned;
  const out: string[] = [];
  for (let j = 0; j < itemIds.length; j++) {
    const slot = itemSlots[j];
    if (base < 0 || (done[base + (slot >> 5)] & (1 << (slot & 31))) === 0) out.push(itemIds[j]);
  }
  return out;
}

/** The message of a complete application without gaps or conflicts, the same text for the same count. */
function plainComplete(p: Panel, n: number): string {
  return (p.plainComplete[n] ??= `Compleet: ${n} beoordelaars.`);
}

function message(p: Panel, compleet: boolean, volledig: number, nodig: number, ontbreekt: AssessorGap[], ontbrekendeRollen: string[], metBelang: Completeness['metBelang']): string {
  const all = p.slots.itemIds.length;
  const gaps = ontbreekt.map((g) =>
    g.ontbrekendeItems.length === all
      ? `${g.beoordelaar} (${g.rol}) heeft nog niets gescoord`
      : `${g.beoordelaar} (${g.rol}) mist ${g.ontbrekendeItems.map((i) => itemLabel(p.rubric, i)).join(', ')}`,
  );
  const belangText = metBelang.length
    ? `; ${metBelang.map((m) => `${m.beoordelaar}${m.rol && m.rol !== m.beoordelaar ? ` (${m.rol})` : ''} scoort niet wegens een belang`).join('; ')} (nodig: ${nodig}, keuze van het team)`
    : '';
  return compleet
    ? gaps.length
      ? `Compleet: ${volledig} beoordelaars; ${gaps.join('; ')}${belangText}.`
      : `Compleet: ${volledig} beoordelaars${belangText}.`
    : `${volledig} van minimaal ${nodig} beoordelaars scoorden alle onderdelen` +
        (gaps.length ? `; ${gaps.join('; ')}` : '') +
        (ontbrekendeRollen.length ? `; ontbrekende rollen: ${ontbrekendeRollen.join(', ')}` : '') +
        belangText +
        '.';
}
