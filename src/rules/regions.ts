import { MERGERS, MUNICIPALITIES, type MergerRecord, type MunicipalityRecord } from './data/municipalities';
import { formatDateNl } from './format';
import { nameKey, plainNameKey } from './names';
import { NameSuggester } from './suggestions';
import { allPlaceNames, lookupPlace, lookupPostcode, pc4Of, placeKey, type Place } from './places';
import type { Policy } from './policy';

/**
 * Core regions (Bijlage 2) for municipalities, places and postcodes.
 *
 * Bijlage 2 lists *gemeenten* as they were in 2021; applicants give a *plaats* and *postcode*
 * (Bijlage 3); the reference data describe today's division. So every input is read as one or
 * more `Kandidaat`s: a municipality as it is today (CBS code) and where the policy puts it. A
 * name the policy lists wins, also when it has since merged (Weesp → ’t Gooi, not Amsterdam); a
 * place or postcode in a municipality that absorbed a listed predecessor can mean either, unless
 * the place carries the predecessor's name. When the candidates disagree on the outcome, the
 * result is `onbekend` with the candidates: the program does not guess.
 */

export type RegionStatus = 'kernregio' | 'buiten' | 'onbekend';
export type LocationKind = 'gemeente' | 'plaats' | 'postcode';

/** One way to read an input: a municipality as it is today, and where the policy puts it. */
export interface Kandidaat {
  /** CBS code of the municipality today. */
  code: string;
  status: 'kernregio' | 'buiten';
  regio: string | null;
  /** The municipality as the policy spells it when it lists it, else the CBS name. */
  gemeente: string;
  /** Share of the postcode's addresses in this municipality (postcodes that span two). */
  aandeel?: number;
}

export interface RegionResolution {
  invoer: string;
  status: RegionStatus;
  /** Core region name when `kernregio`, else null. */
  regio: string | null;
  /** The municipality the input was recognised as (policy spelling or CBS name), else null. */
  gemeente: string | null;
  /** What the input matched: a municipality, a place or a postcode; null when nothing. */
  soort: LocationKind | null;
  /** Every reading the input allows; more than one with different outcomes makes it `onbekend`. */
  kandidaten: Kandidaat[];
  /** The BAG place name or the PC4 that matched, when that differs from the input. */
  gevonden?: string;
  /** "Bedoelde u …?" for an unknown name: the nearest current municipality or place. */
  suggestie?: string;
  /** Up to three suggestions, nearest first. */
  suggesties?: string[];
  /** Dutch explanation: merger, policy listing, ambiguity. */
  toelichting?: string;
}

/** Names people use for a municipality that are not the CBS name. */
const ALIASES: Readonly<Record<string, string>> = {
  'den haag': "'s-Gravenhage",
  'the hague': "'s-Gravenhage",
  'den bosch': "'s-Hertogenbosch",
  's hertogenbosch': "'s-Hertogenbosch",
  's gravenhage': "'s-Gravenhage",
};

/** Policy-independent index of current municipalities and merger history (built once). */
interface NationalIndex {
  current: Map<string, MunicipalityRecord[]>;
  byCode: Map<string, MunicipalityRecord>;
  mergedInto: Map<string, MergerRecord[]>;
  /** Mergers by the code of the municipality that took the old one in. */
  predecessors: Map<string, MergerRecord[]>;
}

let national: NationalIndex | undefined;
let suggestions: NameSuggester | undefined;

/** Suggestions name current municipalities and places only: "Maarssen" no longer suggests Meerssen. */
function suggester(): NameSuggester {
  suggestions ??= new NameSuggester(suggestionNames(), MAX_CACHED_ANSWERS);
  return suggestions;
}

/**
 * Current municipality and place names, by key: what a suggestion may name. Built only for the
 * first unknown name, because reading every BAG place name costs more than a known name's lookup
 * (`zk regio Utrecht` never needs it).
 */
function suggestionNames(): Map<string, string> {
  const names = new Map<string, string>();
  for (const m of MUNICIPALITIES) names.set(nameKey(m.plainName), m.plainName);
  // Places, not abolished municipalities: "Maarssen" suggests nothing else, "Edam" is a place.
  for (const name of allPlaceNames()) if (!names.has(placeKey(name))) names.set(placeKey(name), name);
  return names;
}

function addTo<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (!list) map.set(key, [value]);
  else if (!list.includes(value)) list.push(value);
}

function nationalIndex(): NationalIndex {
  if (national) return national;
  const current = new Map<string, MunicipalityRecord[]>();
  const mergedInto = new Map<string, MergerRecord[]>();
  const predecessors = new Map<string, MergerRecord[]>();
  for (const m of MUNICIPALITIES) {
    addTo(current, nameKey(m.name), m);
    addTo(current, plainNameKey(m.name), m);
  }
  for (const [alias, target] of Object.entries(ALIASES)) {
    for (const entry of current.get(nameKey(target)) ?? []) addTo(current, alias, entry);
  }
  for (const merger of MERGERS) {
    addTo(mergedInto, nameKey(merger.oldName), merger);
    addTo(predecessors, merger.newCode, merger);
  }
  national = { current, byCode: new Map(MUNICIPALITIES.map((m) => [m.code, m])), mergedInto, predecessors };
  return national;
}

interface Listing {
  regio: string;
  gemeente: string;
}

interface PolicyIndex {
  /** key → region and municipality as the policy spells it */
  listed: Map<string, Listing>;
  /** Items of the regions' source text (`bronTekst`), by key: Bijlage 2 as printed. */
  pasted: Set<string>;
  /** Answers by kind and input: a sheet asks for the same names in many cells. Each cleared when full. */
  answers: Record<LocationKind, Map<string, RegionResolution>>;
}

const MAX_CACHED_ANSWERS = 10_000;

const policyIndexes = new WeakMap<Policy, PolicyIndex>();

function policyIndex(policy: Policy): PolicyIndex {
  const cached = policyIndexes.get(policy);
  if (cached) return cached;
  const listed = new Map<string, Listing>();
  for (const region of policy.regios) {
    for (const gemeente of region.gemeenten) {
      const key = nameKey(gemeente);
      // The first listing wins; loadPolicy reports a municipality listed in two regions.
      if (!listed.has(key)) listed.set(key, { regio: region.naam, gemeente });
    }
  }
  const pasted = new Set(policy.regios.flatMap((r) => (r.bronTekst ?? '').split(',').map(nameKey)).filter((k) => k && !listed.has(k)));
  const index = { listed, pasted, answers: { gemeente: new Map(), plaats: new Map(), postcode: new Map() } };
  policyIndexes.set(policy, index);
  return index;
}

function listingOf(index: PolicyIndex, m: MunicipalityRecord): Listing | undefined {
  return index.listed.get(nameKey(m.name)) ?? index.listed.get(plainNameKey(m.name));
}

function selfReading(index: PolicyIndex, m: MunicipalityRecord): Kandidaat {
  const hit = listingOf(index, m);
  return hit ? { code: m.code, status: 'kernregio', regio: hit.regio, gemeente: hit.gemeente } : { code: m.code, status: 'buiten', regio: null, gemeente: m.name };
}

/** Predecessors of `m` that the policy lists by their old name (Weesp in Amsterdam, Beemster in Purmerend). */
function listedPredecessors(index: PolicyIndex, m: MunicipalityRecord): Array<{ merger: MergerRecord; listing: Listing }> {
  return (nationalIndex().predecessors.get(m.code) ?? [])
    .map((merger) => ({ merger, listing: index.listed.get(nameKey(merger.oldName)) }))
    .filter((x): x is { merger: MergerRecord; listing: Listing } => x.listing !== undefined);
}

/**
 * How the policy reads a place or postcode in today's municipality `m`. The place's own name
 * decides where it is the municipality's or a listed predecessor's name (Weesp); otherwise it
 * may lie in `m` as the policy knew it or in any listed predecessor, and all those are candidates.
 */
function readingsOfToday(index: PolicyIndex, m: MunicipalityRecord, placeName?: string): Kandidaat[] {
  const self = selfReading(index, m);
  const listedOld = listedPredecessors(index, m);
  const key = placeName === undefined ? undefined : placeKey(placeName);
  const named = listedOld.find((p) => nameKey(p.merger.oldName) === key);
  if (named) return [{ code: m.code, status: 'kernregio', regio: named.listing.regio, gemeente: named.listing.gemeente }];
  if (key !== undefined && (key === nameKey(m.plainName) || key === nameKey(m.name))) return [self];
  return [self, ...listedOld.map((p): Kandidaat => ({ code: m.code, status: 'kernregio', regio: p.listing.regio, gemeente: p.listing.gemeente }))];
}

/** Candidates with the same outcome count once; the first (policy order) stands for them. */
function distinctOutcomes(list: readonly Kandidaat[]): Kandidaat[] {
  const seen = new Map<string, Kandidaat>();
  for (const k of list) if (!seen.has(`${k.status}|${k.regio}`)) seen.set(`${k.status}|${k.regio}`, k);
  return [...seen.values()];
}

function sameOutcome(list: readonly Kandidaat[]): boolean {
  return distinctOutcomes(list).length === 1;
}

/** A resolution from its candidates: one outcome decides, several make it `onbekend`. */
function fromCandidates(invoer: string, soort: LocationKind, kandidaten: Kandidaat[], extra: Partial<RegionResolution> = {}): RegionResolution {
  const names = [...new Set(kandidaten.map((k) => k.gemeente))];
  const oneMunicipality = new Set(kandidaten.map((k) => k.code)).size === 1;
  if (kandidaten.length > 0 && sameOutcome(kandidaten)) {
    const first = kandidaten[0];
    // One municipality today, also listed under a predecessor's name (Purmerend and Beemster): today's name.
    const gemeente = names.length === 1 || oneMunicipality ? first.gemeente : null;
    return { invoer, status: first.status, regio: first.regio, gemeente, soort, kandidaten, ...extra };
  }
  return { invoer, status: 'onbekend', regio: null, gemeente: null, soort, kandidaten, ...extra };
}

function mergerNote(merger: MergerRecord, names: string): string {
  const verb = merger.type === 'split' ? 'verdeeld over' : 'opgegaan in';
  return `${merger.oldName} is op ${formatDateNl(merger.date)} ${verb} ${names}`;
}

function resolveMerged(invoer: string, mergers: MergerRecord[], index: PolicyIndex): RegionResolution {
  const primary = mergers.filter((m) => m.primarySuccessor);
  const successors = primary.length > 0 ? primary : mergers;
  const kandidaten = successors.flatMap((m) => {
    const entry = nationalIndex().byCode.get(m.newCode);
    return entry ? [selfReading(index, entry)] : [];
  });
  const names = successors.map((m) => m.newName).join(', ');
  const note = mergerNote(mergers[0], names);
  const r = fromCandidates(invoer, 'gemeente', kandidaten);
  return { ...r, toelichting: r.status === 'onbekend' ? `${note}; die liggen in verschillende regio's, kies de huidige gemeente` : `${note}; de regio van ${names} geldt` };
}

function resolveMunicipalityKey(invoer: string, key: string, index: PolicyIndex): RegionResolution | undefined {
  // 1. A name listed in the policy wins, even when it has since merged (Weesp, Vianen, Beemster).
  const listed = index.listed.get(key);
  if (listed) {
    const merged = nationalIndex().mergedInto.get(key);
    const today = merged ? nationalIndex().byCode.get(merged[0].newCode) : nationalIndex().current.get(key)?.[0];
    const kandidaat: Kandidaat = { code: today?.code ?? '', status: 'kernregio', regio: listed.regio, gemeente: listed.gemeente };
    const toelichting = merged ? `${mergerNote(merged[0], merged[0].newName)}, maar het beleid noemt ${listed.gemeente} bij ${listed.regio}` : undefined;
    return { invoer, status: 'kernregio', regio: listed.regio, gemeente: listed.gemeente, soort: 'gemeente', kandidaten: [kandidaat], ...(toelichting ? { toelichting } : {}) };
  }
  // 2. A current municipality (CBS name, name without suffix, or a common alias).
  const current = nationalIndex().current.get(key);
  if (current) {
    const r = fromCandidates(invoer, 'gemeente', current.map((m) => selfReading(index, m)));
    if (current.length === 1) return r;
    const names = current.map((c) => c.name).join(' en ');
    return { ...r, toelichting: r.status === 'onbekend' ? `meerdere gemeenten heten zo: ${names}; geef de volledige naam` : `meerdere gemeenten heten zo: ${names}` };
  }
  // 3. Merger history: an old name maps to its successor, whose region then applies.
  const merged = nationalIndex().mergedInto.get(key);
  if (merged) return resolveMerged(invoer, merged, index);
  return undefined;
}

/** Several municipalities in one cell: "Amsterdam/Diemen", or Bijlage 2 pasted as is ("Gooise Meren Hilversum"). */
function resolveSeveral(invoer: string, key: string, index: PolicyIndex): RegionResolution | undefined {
  const splits: string[][] = [];
  if (key.includes('/')) splits.push(key.split('/').map((p) => p.trim()).filter(Boolean));
  // Two names separated by a space only as Bijlage 2 prints them ("Gooise Meren Hilversum"), not
  // any two words: "Laren Lochem" is the place Laren in Lochem.
  if (index.pasted.has(key)) {
    const words = key.split(' ');
    for (let i = 1; i < words.length; i++) splits.push([words.slice(0, i).join(' '), words.slice(i).join(' ')]);
  }
  for (const parts of splits) {
    if (parts.length < 2) continue;
    const results = parts.map((part) => resolveMunicipalityKey(invoer, part, index));
    if (!results.every((r): r is RegionResolution => r !== undefined && r.status !== 'onbekend')) continue;
    const kandidaten = results.flatMap((r) => r.kandidaten);
    if (!sameOutcome(kandidaten)) {
      return { invoer, status: 'onbekend', regio: null, gemeente: null, soort: 'gemeente', kandidaten, toelichting: `meerdere gemeenten in één invoer, in verschillende regio's: ${results.map((r) => r.gemeente).join(', ')}` };
    }
    return { ...results[0], gemeente: results.map((r) => r.gemeente).join('/'), kandidaten, toelichting: 'meerdere gemeenten in één invoer, alle in dezelfde regio' };
  }
  return undefined;
}

function unknown(invoer: string, what: string): RegionResolution {
  const key = placeKey(invoer);
  const names = suggester();
  const lead = names.leading(key);
  const suggesties = [...new Set([...(lead ? [lead] : []), ...names.nearest(key)])].slice(0, 3);
  const base: RegionResolution = { invoer, status: 'onbekend', regio: null, gemeente: null, soort: null, kandidaten: [] };
  const toelichting = `onbekende ${what} '${invoer.trim()}'${suggesties.length ? `; bedoelde u ${suggesties.join(' of ')}?` : ''}`;
  return suggesties.length ? { ...base, suggestie: suggesties[0], suggesties, toelichting } : { ...base, toelichting };
}

/**
 * The answer for one input, computed once per policy and kept (frozen: every caller shares it).
 * `resolve*` hand out copies; the participant check reads the shared answer (`read*`), because
 * screening asks for the same few places thousands of times.
 */
function sharedAnswer(policy: Policy, kind: LocationKind, invoer: string, compute: (index: PolicyIndex) => RegionResolution): Readonly<RegionResolution> {
  const index = policyIndex(policy);
  const answers = index.answers[kind];
  let answer = answers.get(invoer);
  if (!answer) {
    answer = compute(index);
    Object.freeze(answer.kandidaten);
    Object.freeze(answer);
    if (answers.size >= MAX_CACHED_ANSWERS) answers.clear();
    answers.set(invoer, answer);
  }
  return answer;
}

const copyOf = (answer: Readonly<RegionResolution>): RegionResolution => ({ ...answer, kandidaten: [...answer.kandidaten] });

const asText = (value: unknown): string => (typeof value === 'string' ? value : String(value ?? ''));

/**
 * Resolves a municipality name to its core region under `policy`. Never throws: an empty or
 * unknown name is `onbekend` (with "bedoelde u …?" suggestions where some are close).
 * The index is built once per policy object and answers are memoised (=ZK.REGION runs per cell).
 */
export function resolveMunicipality(name: string, policy: Policy): RegionResolution {
  return copyOf(readMunicipality(name, policy));
}

/** `resolveMunicipality`'s shared answer: read it, never change it. */
export function readMunicipality(name: string, policy: Policy): Readonly<RegionResolution> {
  const invoer = asText(name);
  return sharedAnswer(policy, 'gemeente', invoer, (index) => {
    const key = nameKey(invoer);
    if (!key) return { invoer, status: 'onbekend', regio: null, gemeente: null, soort: null, kandidaten: [], toelichting: 'geen gemeente opgegeven' };
    return resolveMunicipalityKey(invoer, key, index) ?? resolveSeveral(invoer, key, index) ?? unknown(invoer, 'gemeente');
  });
}

/**
 * Resolves a place name (BAG woonplaats, with the usual spellings) to its municipality and core
 * region. A name found in several municipalities gives all of them as candidates.
 */
export function resolvePlace(name: string, policy: Policy): RegionResolution {
  return copyOf(readPlace(name, policy));
}

/** `resolvePlace`'s shared answer: read it, never change it. */
export function readPlace(name: string, policy: Policy): Readonly<RegionResolution> {
  const invoer = asText(name);
  return sharedAnswer(policy, 'plaats', invoer, (index) => {
    if (!placeKey(invoer)) return { invoer, status: 'onbekend', regio: null, gemeente: null, soort: null, kandidaten: [], toelichting: 'geen plaats opgegeven' };
    const { places, alias } = lookupPlace(invoer);
    if (places.length === 0) return unknown(invoer, 'plaats');
    const kandidaten = places.flatMap((p) => readingsOfToday(index, p.municipality, p.name));
    const names = [...new Set(places.map((p) => p.name))];
    const gevonden = names.length === 1 && (alias || names[0] !== invoer.trim()) ? { gevonden: names[0] } : {};
    const r = fromCandidates(invoer, 'plaats', kandidaten, gevonden);
    return { ...r, toelichting: placeNote(r, places) };
  });
}

function placeNote(r: RegionResolution, places: Place[]): string {
  if (places.length > 1) {
    return `${places.length} plaatsen heten zo: ${places.map((p) => `${p.name} (${p.municipality.name})`).join(', ')}${r.status === 'onbekend' ? '; de postcode beslist' : ''}`;
  }
  const today = places[0].municipality.name;
  const first = r.kandidaten[0];
  const listedOld = [...new Set(r.kandidaten.map((k) => k.gemeente))].filter((g) => g !== today && g !== first.gemeente);
  const named = first.gemeente !== today && first.regio ? `; het beleid noemt ${first.gemeente} bij ${first.regio}` : '';
  const old = named + (listedOld.length ? `; het beleid noemt ook ${listedOld.join(', ')}, nu deel van ${today}` : '');
  if (r.status === 'onbekend') return `plaats ${places[0].name} ligt in ${today}${old}, in een andere regio; de beoordelaar beslist`;
  return `plaats ${places[0].name} ligt in ${today}${old}`;
}

/** Resolves a 4-digit postcode (or a full one, "3511 AB") to its municipality and core region. */
export function resolvePostcode(postcode: string, policy: Policy): RegionResolution {
  return copyOf(readPostcode(postcode, policy));
}

/** `resolvePostcode`'s shared answer: read it, never change it. */
export function readPostcode(postcode: string, policy: Policy): Readonly<RegionResolution> {
  const invoer = asText(postcode);
  return sharedAnswer(policy, 'postcode', invoer, (index) => {
    const pc4 = pc4Of(invoer);
    if (!pc4) return { invoer, status: 'onbekend', regio: null, gemeente: null, soort: null, kandidaten: [], toelichting: `'${invoer.trim()}' is geen postcode` };
    const areas = lookupPostcode(pc4);
    if (areas.length === 0) return { invoer, status: 'onbekend', regio: null, gemeente: null, soort: null, kandidaten: [], toelichting: `postcode ${pc4} staat niet in de postcodetabel` };
    const kandidaten = areas.flatMap((a) => readingsOfToday(index, a.municipality).map((k) => (areas.length > 1 ? { ...k, aandeel: a.share } : k)));
    const r = fromCandidates(invoer, 'postcode', kandidaten, pc4 !== invoer.trim() ? { gevonden: pc4 } : {});
    const where = areas.map((a) => (areas.length > 1 ? `${a.municipality.name} (${Math.round(a.share * 100)}%)` : a.municipality.name)).join(', ');
    const note = r.status === 'onbekend' ? (areas.length > 1 ? '; de plaats beslist' : ` (het beleid noemt ook ${r.kandidaten.slice(1).map((k) => k.gemeente).join(', ')}); de plaats beslist`) : '';
    return { ...r, toelichting: `postcode ${pc4} ligt in ${where}${note}` };
  });
}

/**
 * One input that may be a municipality, a place or a postcode (`zk regio`, =ZK.REGION): a
 * 4-digit postcode is read as postcode; a name as municipality first, then as place.
 */
export function resolveLocation(input: string, policy: Policy): RegionResolution {
  const invoer = asText(input);
  if (/^\s*\d/.test(invoer)) return resolvePostcode(invoer, policy);
  const asMunicipality = resolveMunicipality(invoer, policy);
  const key = nameKey(invoer);
  const abolished = nationalIndex().mergedInto.has(key) && !policyIndex(policy).listed.has(key);
  if (abolished) {
    // An abolished name that is still a place elsewhere ("Haren": the municipality merged into
    // Groningen, BAG's Haren lies in Oss) can mean either: both are candidates.
    const asPlace = resolvePlace(invoer, policy);
    const extra = asPlace.kandidaten.filter((k) => !asMunicipality.kandidaten.some((m) => m.code === k.code && m.regio === k.regio));
    if (extra.length) {
      const r = fromCandidates(invoer, 'gemeente', [...asMunicipality.kandidaten, ...extra]);
      return { ...r, toelichting: `${asMunicipality.toelichting}; ook ${asPlace.toelichting}` };
    }
  }
  if (asMunicipality.soort !== null || !key) return asMunicipality;
  const asPlace = resolvePlace(invoer, policy);
  return asPlace.soort !== null ? asPlace : unknown(invoer, 'gemeente of plaats');
}

/** One Dutch line describing a resolution, for the CLI. */
export function describeResolution(r: RegionResolution): string {
  if (r.status === 'onbekend') return r.toelichting ?? `'${r.invoer.trim()}' is onbekend`;
  const what = r.gemeente ?? r.kandidaten.map((k) => k.gemeente).join(' of ') ?? r.invoer.trim();
  const base = r.status === 'kernregio' ? `${what} ligt in kernregio ${r.regio}` : `${what} ligt buiten de kernregio's`;
  return r.toelichting ? `${base} (${r.toelichting})` : base;
}
