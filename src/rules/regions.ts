import { MERGERS, MUNICIPALITIES, type MergerRecord } from './data/municipalities';
import { formatDateNl } from './format';
import { editDistance, nameKey, plainNameKey } from './names';
import type { Policy } from './policy';

export type RegionStatus = 'kernregio' | 'buiten' | 'onbekend';

export interface RegionResolution {
  invoer: string;
  status: RegionStatus;
  /** Core region name when `kernregio`, else null. */
  regio: string | null;
  /** The municipality the input was recognised as (policy spelling or CBS name), else null. */
  gemeente: string | null;
  /** "Bedoelde u …?" for an unknown name. */
  suggestie?: string;
  /** Dutch explanation: merger, policy listing, ambiguity. */
  toelichting?: string;
}

/** Names people use that are not the CBS name. */
const ALIASES: Readonly<Record<string, string>> = {
  'den haag': "'s-Gravenhage",
  'the hague': "'s-Gravenhage",
  'den bosch': "'s-Hertogenbosch",
  's hertogenbosch': "'s-Hertogenbosch",
  's gravenhage': "'s-Gravenhage",
};

interface CurrentEntry {
  name: string;
  plainName: string;
}

/** Policy-independent index of current municipalities and merger history (built once). */
interface NationalIndex {
  current: Map<string, CurrentEntry[]>;
  mergedInto: Map<string, MergerRecord[]>;
  /** Every spelling worth suggesting, by key. */
  suggestions: Map<string, string>;
}

let national: NationalIndex | undefined;

function addTo<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (!list) map.set(key, [value]);
  else if (!list.includes(value)) list.push(value);
}

function nationalIndex(): NationalIndex {
  if (national) return national;
  const current = new Map<string, CurrentEntry[]>();
  const mergedInto = new Map<string, MergerRecord[]>();
  const suggestions = new Map<string, string>();
  for (const m of MUNICIPALITIES) {
    const entry = { name: m.name, plainName: m.plainName };
    addTo(current, nameKey(m.name), entry);
    addTo(current, plainNameKey(m.name), entry);
    suggestions.set(nameKey(m.plainName), m.plainName);
  }
  for (const [alias, target] of Object.entries(ALIASES)) {
    for (const entry of current.get(nameKey(target)) ?? []) addTo(current, alias, entry);
  }
  for (const merger of MERGERS) {
    addTo(mergedInto, nameKey(merger.oldName), merger);
    suggestions.set(nameKey(merger.oldName), merger.oldName);
  }
  national = { current, mergedInto, suggestions };
  return national;
}

interface PolicyIndex {
  /** key → [region, municipality as the policy spells it] */
  listed: Map<string, { regio: string; gemeente: string }>;
  suggestions: Map<string, string>;
  /** Answers by input: a sheet asks for the same names in many cells. Cleared when full. */
  answers: Map<string, RegionResolution>;
}

const MAX_CACHED_ANSWERS = 10_000;

const policyIndexes = new WeakMap<Policy, PolicyIndex>();

function policyIndex(policy: Policy): PolicyIndex {
  const cached = policyIndexes.get(policy);
  if (cached) return cached;
  const listed = new Map<string, { regio: string; gemeente: string }>();
  const suggestions = new Map(nationalIndex().suggestions);
  for (const region of policy.regios) {
    for (const gemeente of region.gemeenten) {
      const key = nameKey(gemeente);
      // The first listing wins; loadPolicy reports a municipality listed in two regions.
      if (!listed.has(key)) listed.set(key, { regio: region.naam, gemeente });
      suggestions.set(key, gemeente);
    }
  }
  const index = { listed, suggestions, answers: new Map<string, RegionResolution>() };
  policyIndexes.set(policy, index);
  return index;
}

function listedIn(index: PolicyIndex, ...names: string[]): { regio: string; gemeente: string } | undefined {
  for (const name of names) {
    const hit = index.listed.get(nameKey(name)) ?? index.listed.get(plainNameKey(name));
    if (hit) return hit;
  }
  return undefined;
}

/** A current municipality: in a core region when the policy lists it (also without CBS suffix), else outside. */
function resolveCurrent(invoer: string, entry: CurrentEntry, index: PolicyIndex): RegionResolution {
  const hit = listedIn(index, entry.name, entry.plainName);
  if (hit) return { invoer, status: 'kernregio', regio: hit.regio, gemeente: hit.gemeente };
  return { invoer, status: 'buiten', regio: null, gemeente: entry.name };
}

function withNote(resolution: RegionResolution, toelichting?: string): RegionResolution {
  return toelichting ? { ...resolution, toelichting } : resolution;
}

function resolveMerged(invoer: string, mergers: MergerRecord[], index: PolicyIndex): RegionResolution {
  const primary = mergers.filter((m) => m.primarySuccessor);
  const successors = primary.length > 0 ? primary : mergers;
  const results = successors.map((m) => {
    const entry = nationalIndex().current.get(nameKey(m.newName))?.[0] ?? { name: m.newName, plainName: m.newName };
    return resolveCurrent(invoer, entry, index);
  });
  const first = mergers[0];
  const names = successors.map((m) => m.newName).join(', ');
  const verb = mergers.some((m) => m.type === 'split') ? 'verdeeld over' : 'opgegaan in';
  const note = `${first.oldName} is op ${formatDateNl(first.date)} ${verb} ${names}`;
  const same = results.every((r) => r.status === results[0].status && r.regio === results[0].regio);
  if (same) {
    const base = successors.length === 1 ? results[0] : { ...results[0], gemeente: null };
    return { ...base, toelichting: `${note}; de regio van ${names} geldt` };
  }
  return { invoer, status: 'onbekend', regio: null, gemeente: null, toelichting: `${note}; die liggen in verschillende regio's, kies de huidige gemeente` };
}

function suggest(key: string, index: PolicyIndex): string | undefined {
  const allowed = Math.max(2, Math.floor(key.length / 3));
  let best: { name: string; distance: number } | undefined;
  for (const [candidateKey, name] of index.suggestions) {
    const distance = editDistance(key, candidateKey, best ? Math.min(best.distance, allowed) : allowed);
    if (distance > allowed) continue;
    if (!best || distance < best.distance || (distance === best.distance && name < best.name)) best = { name, distance };
  }
  return best?.name;
}

function resolveOne(invoer: string, key: string, index: PolicyIndex): RegionResolution {
  // 1. A name listed in the policy wins, even when it has since merged (Weesp, Vianen, Beemster).
  const listed = index.listed.get(key);
  if (listed) {
    const merged = nationalIndex().mergedInto.get(key);
    const note = merged ? `${merged[0].oldName} is op ${formatDateNl(merged[0].date)} opgegaan in ${merged[0].newName}, maar het beleid noemt ${listed.gemeente} bij ${listed.regio}` : undefined;
    return withNote({ invoer, status: 'kernregio', regio: listed.regio, gemeente: listed.gemeente }, note);
  }
  // 2. A current municipality (CBS name, name without suffix, or a common alias).
  const current = nationalIndex().current.get(key);
  if (current && current.length === 1) return resolveCurrent(invoer, current[0], index);
  if (current && current.length > 1) {
    const results = current.map((entry) => resolveCurrent(invoer, entry, index));
    const names = current.map((c) => c.name).join(' en ');
    if (results.every((r) => r.status === results[0].status && r.regio === results[0].regio)) {
      return { ...results[0], gemeente: null, toelichting: `meerdere gemeenten heten zo: ${names}` };
    }
    return { invoer, status: 'onbekend', regio: null, gemeente: null, toelichting: `meerdere gemeenten heten zo: ${names}; geef de volledige naam` };
  }
  // 3. Merger history: an old name maps to its successor, whose region then applies.
  const merged = nationalIndex().mergedInto.get(key);
  if (merged) return resolveMerged(invoer, merged, index);
  return { invoer, status: 'onbekend', regio: null, gemeente: null };
}

/**
 * Resolves a municipality name to its core region under `policy`. Never throws: an empty or
 * unknown name is `onbekend` (with a "bedoelde u …?" suggestion where one is close).
 * The index is built once per policy object and answers are memoised (=ZK.REGION runs per cell).
 */
export function resolveMunicipality(name: string, policy: Policy): RegionResolution {
  const invoer = typeof name === 'string' ? name : String(name ?? '');
  const index = policyIndex(policy);
  let answer = index.answers.get(invoer);
  if (!answer) {
    answer = resolveUncached(invoer, index);
    if (index.answers.size >= MAX_CACHED_ANSWERS) index.answers.clear();
    index.answers.set(invoer, answer);
  }
  return { ...answer };
}

function resolveUncached(invoer: string, index: PolicyIndex): RegionResolution {
  const key = nameKey(invoer);
  if (!key) return { invoer, status: 'onbekend', regio: null, gemeente: null, toelichting: 'geen gemeente opgegeven' };
  const direct = resolveOne(invoer, key, index);
  if (direct.status !== 'onbekend' || direct.toelichting) return direct;
  // "Amsterdam/Diemen": several municipalities in one cell; accepted when they share one outcome.
  if (key.includes('/')) {
    const parts = key.split('/').map((p) => p.trim()).filter(Boolean);
    const results = parts.map((part) => resolveOne(invoer, part, index));
    if (results.length > 1 && results.every((r) => r.status !== 'onbekend' && r.status === results[0].status && r.regio === results[0].regio)) {
      return { ...results[0], gemeente: results.map((r) => r.gemeente).join('/'), toelichting: 'meerdere gemeenten in één invoer, alle in dezelfde regio' };
    }
  }
  const suggestie = suggest(key, index);
  const toelichting = suggestie ? `onbekende gemeente '${invoer.trim()}'; bedoelde u ${suggestie}?` : `onbekende gemeente '${invoer.trim()}'`;
  return suggestie ? { ...direct, suggestie, toelichting } : { ...direct, toelichting };
}

/** One Dutch line describing a resolution, for the CLI and reasons. */
export function describeResolution(r: RegionResolution): string {
  if (r.status === 'onbekend') return r.toelichting ?? `'${r.invoer.trim()}' is geen bekende gemeente`;
  const base = r.status === 'kernregio' ? `${r.gemeente} ligt in kernregio ${r.regio}` : `${r.gemeente ?? r.invoer.trim()} ligt buiten de kernregio's`;
  return r.toelichting ? `${base} (${r.toelichting})` : base;
}
