import { MUNICIPALITIES, type MunicipalityRecord } from './data/municipalities';
import { PLACES_BY_MUNICIPALITY, POSTCODE_RUNS, SPLIT_POSTCODES } from './data/places';
import { nameKey } from './names';

/**
 * Woonplaatsen and 4-digit postcodes (src/rules/data/places.ts, generated from the BAG/CBS and
 * PDOK reference files) as lookups: which municipality a place name or postcode lies in today.
 *
 * BAG names are not always what applicants type (data/gemeenten/SOURCES.md, "Known gaps"): some
 * carry a suffix ("Bergen (NH)", "Haren Gn", "Elst Ut", "Spaarndam gem. Haarlem"), Frisian places
 * have their Frisian name (Grou, not Grouw), and "Den Haag" is "'s-Gravenhage". A name is matched
 * on its base (the name without suffix), so a plain "Haren" finds both Haren (Oss) and Haren Gn
 * (Groningen): ambiguous, never guessed. A qualifier the applicant adds ("Haren Gn",
 * "Haren (Groningen)", "Laren gem. Lochem") narrows the candidates by province or municipality.
 */

export interface Place {
  /** Name as BAG/CBS writes it. */
  name: string;
  /** The municipality it lies in today. */
  municipality: MunicipalityRecord;
}

export interface PostcodeArea {
  municipality: MunicipalityRecord;
  /** Fraction of the PC4's 6-position postcodes in this municipality (1 for most). */
  share: number;
}

export interface PlaceLookup {
  /** Places that the name can mean; empty when none. More than one: ambiguous. */
  places: Place[];
  /** The BAG name an alias stood for ("Den Haag" → "'s-Gravenhage"). */
  alias?: string;
}

/** Names applicants use for a woonplaats that BAG writes otherwise. Each target is a BAG name (a test checks). */
export const PLACE_ALIASES: Readonly<Record<string, string>> = {
  'den haag': "'s-Gravenhage",
  'the hague': "'s-Gravenhage",
  'den bosch': "'s-Hertogenbosch",
  // Frisian municipalities use the Frisian names in BAG; the Dutch forms are still written.
  grouw: 'Grou',
  bergum: 'Burgum',
  noordbergum: 'Noardburgum',
  damwoude: 'Damwâld',
  veenwouden: 'Feanwâlden',
  broeksterwoude: 'Broeksterwâld',
  roodkerk: 'Readtsjerk',
  rinsumageest: 'Rinsumageast',
  hardegarijp: 'Hurdegaryp',
  giekerk: 'Gytsjerk',
  oenkerk: 'Oentsjerk',
  tietjerk: 'Tytsjerk',
  oudkerk: 'Aldtsjerk',
  suawoude: 'Suwâld',
  eestrum: 'Jistrum',
  rijperkerk: 'Ryptsjerk',
  molenend: 'Mûnein',
  wijns: 'Wyns',
  eernewoude: 'Earnewâld',
  garijp: 'Garyp',
  suameer: 'Sumar',
  oostermeer: 'Eastermar',
  warga: 'Wergea',
  irnsum: 'Jirnsum',
  roordahuizum: 'Reduzum',
};

/** Province qualifiers as BAG and applicants write them after a place name (key form). */
const PROVINCE_QUALIFIERS: Readonly<Record<string, string>> = {
  nh: 'Noord-Holland', 'noord holland': 'Noord-Holland',
  zh: 'Zuid-Holland', 'zuid holland': 'Zuid-Holland',
  nb: 'Noord-Brabant', 'noord brabant': 'Noord-Brabant', brabant: 'Noord-Brabant',
  l: 'Limburg', lb: 'Limburg', li: 'Limburg', limburg: 'Limburg',
  gn: 'Groningen', gr: 'Groningen', groningen: 'Groningen',
  gld: 'Gelderland', gl: 'Gelderland', gelderland: 'Gelderland',
  ut: 'Utrecht', u: 'Utrecht', utr: 'Utrecht', utrecht: 'Utrecht',
  o: 'Overijssel', ov: 'Overijssel', overijssel: 'Overijssel',
  fr: 'Fryslân', frl: 'Fryslân', friesland: 'Fryslân', fryslan: 'Fryslân',
  dr: 'Drenthe', drenthe: 'Drenthe',
  fl: 'Flevoland', fld: 'Flevoland', flevoland: 'Flevoland',
  z: 'Zeeland', zl: 'Zeeland', zld: 'Zeeland', zeeland: 'Zeeland',
};

/** The key of a place name: the municipality key, with "St." read as "Sint". */
export function placeKey(raw: string): string {
  return nameKey(raw).replace(/^st\s/, 'sint ');
}

type Qualifier = { province: string } | { municipalityKey: string } | { none: true };

/** Splits "haren gn" into base "haren" and a qualifier, or undefined when the last words qualify nothing. */
function splitQualifier(key: string): { base: string; qualifier: Qualifier } | undefined {
  const gem = /^(.+?)\s(?:gem|gemeente)\s(.+)$/.exec(key);
  if (gem) return { base: gem[1], qualifier: { municipalityKey: gem[2] } };
  const ca = /^(.+?)\sca$/.exec(key);
  if (ca) return { base: ca[1], qualifier: { none: true } };
  const words = key.split(' ');
  for (let i = words.length - 1; i >= 1; i--) {
    const tail = words.slice(i).join(' ');
    if (PROVINCE_QUALIFIERS[tail]) return { base: words.slice(0, i).join(' '), qualifier: { province: PROVINCE_QUALIFIERS[tail] } };
  }
  return undefined;
}

interface PlaceIndex {
  byBase: Map<string, Place[]>;
  byCode: Map<string, MunicipalityRecord>;
  byMunicipalityKey: Map<string, MunicipalityRecord[]>;
  postcodes: Map<string, PostcodeArea[]>;
  /** BAG names with a suffix, and the base they are filed under (for tests and docs). */
  suffixed: Map<string, string>;
}

let index: PlaceIndex | undefined;

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function placeIndex(): PlaceIndex {
  if (index) return index;
  const byCode = new Map(MUNICIPALITIES.map((m) => [m.code, m]));
  const byMunicipalityKey = new Map<string, MunicipalityRecord[]>();
  for (const m of MUNICIPALITIES) {
    push(byMunicipalityKey, nameKey(m.name), m);
    if (nameKey(m.plainName) !== nameKey(m.name)) push(byMunicipalityKey, nameKey(m.plainName), m);
  }
  const byBase = new Map<string, Place[]>();
  const suffixed = new Map<string, string>();
  for (const [code, names] of Object.entries(PLACES_BY_MUNICIPALITY)) {
    const municipality = byCode.get(code)!;
    for (const name of names.split('|')) {
      const key = placeKey(name);
      const split = splitQualifier(key);
      // A BAG name is split only where its suffix really qualifies it ("Haren Gn" lies in Groningen).
      const base = split && qualifies(split.qualifier, municipality, byMunicipalityKey) ? split.base : key;
      if (base !== key) suffixed.set(name, base);
      push(byBase, base, { name, municipality });
    }
  }
  const postcodes = new Map<string, PostcodeArea[]>();
  let previous = 999;
  for (const run of POSTCODE_RUNS.split(',')) {
    const [gap, length, code] = run.split('.');
    const municipality = byCode.get(code)!;
    const from = previous + 1 + parseInt(gap, 36);
    previous = from + parseInt(length, 36);
    for (let n = from; n <= previous; n++) postcodes.set(String(n), [{ municipality, share: 1 }]);
  }
  for (const [pc4, rows] of Object.entries(SPLIT_POSTCODES)) {
    postcodes.set(pc4, rows.map(([code, count, total]) => ({ municipality: byCode.get(code)!, share: count / total })));
  }
  index = { byBase, byCode, byMunicipalityKey, postcodes, suffixed };
  return index;
}

function qualifies(q: Qualifier, m: MunicipalityRecord, byMunicipalityKey: Map<string, MunicipalityRecord[]>): boolean {
  if ('province' in q) return m.province === q.province;
  if ('municipalityKey' in q) return (byMunicipalityKey.get(q.municipalityKey) ?? []).includes(m);
  return true;
}

/**
 * The places a name can mean. A plain name finds every place with that base name; a name with a
 * qualifier finds those the qualifier fits (or, when it fits none, every place with the base, so
 * the candidates are shown rather than nothing found).
 */
export function lookupPlace(raw: string): PlaceLookup {
  const idx = placeIndex();
  let key = placeKey(raw);
  const alias = PLACE_ALIASES[key];
  if (alias) key = placeKey(alias);
  const withAlias = (places: Place[]): PlaceLookup => (alias ? { places, alias } : { places });
  const direct = idx.byBase.get(key);
  if (direct) return withAlias([...direct]);
  // "Laren Lochem", "Laren (Lochem)": a municipality name as qualifier.
  const split = splitQualifier(key) ?? splitMunicipality(key, idx);
  if (!split) return withAlias([]);
  const all = idx.byBase.get(PLACE_ALIASES[split.base] ? placeKey(PLACE_ALIASES[split.base]) : split.base);
  if (!all) return withAlias([]);
  const fitting = all.filter((p) => qualifies(split.qualifier, p.municipality, idx.byMunicipalityKey));
  return withAlias(fitting.length ? fitting : [...all]);
}

function splitMunicipality(key: string, idx: PlaceIndex): { base: string; qualifier: Qualifier } | undefined {
  const words = key.split(' ');
  for (let i = 1; i < words.length; i++) {
    const base = words.slice(0, i).join(' ');
    const tail = words.slice(i).join(' ');
    if (idx.byBase.has(base) && idx.byMunicipalityKey.has(tail)) return { base, qualifier: { municipalityKey: tail } };
  }
  return undefined;
}

/** "3511", "3511 AB", "3511AB" → "3511"; anything else undefined. */
export function pc4Of(raw: string): string | undefined {
  const match = /^\s*([1-9]\d{3})\s*(?:[a-z]{2})?\s*$/i.exec(raw);
  return match ? match[1] : undefined;
}

/** The municipalities a 4-digit postcode lies in, largest share first; empty when the PC4 is not in the data. */
export function lookupPostcode(pc4: string): PostcodeArea[] {
  return [...(placeIndex().postcodes.get(pc4) ?? [])];
}

export function municipalityByCode(code: string): MunicipalityRecord | undefined {
  return placeIndex().byCode.get(code);
}

/** Every place name (BAG spelling), for "bedoelde u …?" suggestions. */
export function allPlaceNames(): string[] {
  return [...placeIndex().byBase.values()].flatMap((places) => places.map((p) => p.name));
}

/** BAG names filed under a shorter base name: "Haren Gn" → "haren". */
export function suffixedPlaceNames(): ReadonlyMap<string, string> {
  return placeIndex().suffixed;
}
