import type { Application } from '../application';
import { CheckOutcome } from '../check-result';
import { registerMessages, type Bevinding, type Herkomst, type MessageCatalogue } from '../findings';
import type { CheckStatus } from '../outcome';
import { readParticipantLocation, type ParticipantLocation } from '../participant-location';
import type { Policy } from '../policy';
import type { Kandidaat } from '../regions';
import { nonEmptyText } from '../status';
import { TEAM_SETTING_TEXTS, type TeamSettings } from '../team-settings';

/** The rule: the collaboration lies in a core region, whose municipalities Bijlage 2 lists. */
export const REGION_HERKOMST: Herkomst = {
  soort: 'bron',
  document: 'samenwerken2021',
  plaats: 'Hoofdstuk 1 en Bijlage 2',
  citaat:
    'Onze kernregio’s zijn de regio’s Utrecht, ’t Gooi, Apeldoorn/Zutphen, Kennemerland, Zaanstreek-Waterland, Zwolle, Flevoland, Drenthe, Amsterdam en Rotterdam. In bijlage 2 treft u een overzicht aan van de gemeentes die binnen deze kernregio’s vallen.',
};

type MixedRule = TeamSettings['gemengdeRegio'];

/** The origin of a verdict on a mixed collaboration: the team's setting. The same for every such finding, frozen and shared. */
const MIXED_HERKOMST: Herkomst = Object.freeze({ soort: 'keuze', instelling: 'gemengdeRegio', standaard: 'meerderheid', uitleg: TEAM_SETTING_TEXTS.gemengdeRegio.waarom });

/** `deelnemers[2].plaats` and the like, made once per index and field (every finding names one). */
const FIELD_PATHS: Record<string, string[]> = { gemeente: [], plaats: [], postcode: [], '': [] };
function fieldPath(index: number, kind: string): string {
  const paths = FIELD_PATHS[kind];
  if (paths === undefined || index >= 64) return kind ? `deelnemers[${index}].${kind}` : `deelnemers[${index}]`;
  return (paths[index] ??= kind ? `deelnemers[${index}].${kind}` : `deelnemers[${index}]`);
}

export interface RegionCheck {
  status: CheckStatus;
  reden: string;
  bevindingen: Bevinding[];
  herkomst: Herkomst;
  /** The core region of the collaboration, when one can be named. */
  regio: string | null;
}

/** A region check's outcome; its `reden` is rendered when read. */
class RegionOutcome extends CheckOutcome implements RegionCheck {
  constructor(
    status: CheckStatus,
    bevindingen: Bevinding[],
    readonly regio: string | null,
  ) {
    super(status, bevindingen, REGION_HERKOMST);
  }
}

const str = (v: unknown): string => (v === undefined || v === null ? '' : String(v));
const list = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : []);
const who = (b: Bevinding): string => b.deelnemer?.naam ?? 'deelnemer';
const veldNl: Record<string, string> = { gemeente: 'gemeente', plaats: 'plaats', postcode: 'postcode' };
const veldEn: Record<string, string> = { gemeente: 'municipality', plaats: 'place', postcode: 'postcode' };
const via = (b: Bevinding, en = false): string => {
  // The field that decided first; the others that agreed are in `extra.op`.
  const first = list(b.extra?.op)[0];
  return first ? ` (${en ? 'by' : 'op'} ${(en ? veldEn[first] : veldNl[first]) ?? first} '${str(b.gevonden)}')` : '';
};
const regel = (b: Bevinding, en = false): string => {
  const value = str(b.extra?.regel);
  if (!value) return '';
  return en ? ` (team setting gemengdeRegio: ${value})` : ` (keuze van het team: ${value})`;
};

export const REGION_MESSAGES: MessageCatalogue = {
  'regio.geen_deelnemers': { nl: () => 'geen deelnemers opgegeven', en: () => 'no participants given' },
  'regio.deelnemer_kernregio': {
    nl: (b) => `${who(b)}: ${str(b.extra?.gemeente)} in kernregio ${str(b.extra?.regio)}${via(b)}`,
    en: (b) => `${who(b)}: ${str(b.extra?.gemeente)} in core region ${str(b.extra?.regio)}${via(b, true)}`,
  },
  'regio.deelnemer_buiten': {
    nl: (b) => `${who(b)}: ${str(b.extra?.gemeente)} ligt buiten de kernregio's${via(b)}`,
    en: (b) => `${who(b)}: ${str(b.extra?.gemeente)} lies outside the core regions${via(b, true)}`,
  },
  'regio.deelnemer_geen_locatie': {
    nl: (b) => `${who(b)}: geen gemeente, plaats of postcode`,
    en: (b) => `${who(b)}: no municipality, place or postcode`,
  },
  'regio.deelnemer_onbekend': {
    nl: (b) => `${who(b)}: ${list(b.gevonden).map((g) => `'${g}'`).join(', ')} niet gevonden${b.lijst?.length ? `; bedoelde u ${b.lijst.join(' of ')}?` : ''}`,
    en: (b) => `${who(b)}: ${list(b.gevonden).map((g) => `'${g}'`).join(', ')} not found${b.lijst?.length ? `; did you mean ${b.lijst.join(' or ')}?` : ''}`,
  },
  'regio.deelnemer_dubbelzinnig': {
    nl: (b) => `${who(b)}: '${str(b.gevonden)}' kan ${candidates(b, 'nl').join(' of ')} zijn; de beoordelaar beslist${b.extra?.postcodeOntbreekt ? ' (een postcode zou beslissen)' : ''}`,
    en: (b) => `${who(b)}: '${str(b.gevonden)}' may be ${candidates(b, 'en').join(' or ')}; the assessor decides${b.extra?.postcodeOntbreekt ? ' (a postcode would decide)' : ''}`,
  },
  'regio.deelnemer_tegenstrijdig': {
    nl: (b) => `${who(b)}: de gegevens spreken elkaar tegen (${readings(b, 'nl').join('; ')}); de beoordelaar beslist`,
    en: (b) => `${who(b)}: the data disagree (${readings(b, 'en').join('; ')}); the assessor decides`,
  },
  'regio.alle_in_regio': {
    nl: (b) => (b.extra?.totaal === 1 ? `de deelnemer ligt in kernregio ${str(b.extra?.regio)}` : `alle ${str(b.extra?.totaal)} deelnemers in kernregio ${str(b.extra?.regio)}`),
    en: (b) => (b.extra?.totaal === 1 ? `the participant lies in core region ${str(b.extra?.regio)}` : `all ${str(b.extra?.totaal)} participants in core region ${str(b.extra?.regio)}`),
  },
  'regio.meerderheid_in_regio': {
    nl: (b) => `${str(b.extra?.inRegio)} van ${str(b.extra?.totaal)} deelnemers in kernregio ${str(b.extra?.regio)}${b.extra?.gelijk ? `; gelijk aantal in ${str(b.extra?.gelijk)}, ${str(b.extra?.regio)} staat eerst in Bijlage 2` : ''}${regel(b)}`,
    en: (b) => `${str(b.extra?.inRegio)} of ${str(b.extra?.totaal)} participants in core region ${str(b.extra?.regio)}${b.extra?.gelijk ? `; same number in ${str(b.extra?.gelijk)}, ${str(b.extra?.regio)} comes first in Bijlage 2` : ''}${regel(b, true)}`,
  },
  'regio.meerderheid_buiten': {
    nl: (b) => `de meeste deelnemers liggen buiten de kernregio's: ${str(b.extra?.buiten)} van ${str(b.extra?.totaal)}${regel(b)}`,
    en: (b) => `most participants lie outside the core regions: ${str(b.extra?.buiten)} of ${str(b.extra?.totaal)}${regel(b, true)}`,
  },
  'regio.geen_in_kernregio': {
    nl: (b) => (b.extra?.totaal === 1 ? 'de deelnemer ligt niet in een kernregio' : `geen van de ${str(b.extra?.totaal)} deelnemers ligt in een kernregio`),
    en: (b) => (b.extra?.totaal === 1 ? 'the participant does not lie in a core region' : `none of the ${str(b.extra?.totaal)} participants lies in a core region`),
  },
  'regio.niet_te_bepalen': {
    nl: (b) => (b.extra?.totaal === 1 ? 'de deelnemer is niet te plaatsen' : `${str(b.extra?.onbekend)} van ${str(b.extra?.totaal)} deelnemers niet te plaatsen; de uitkomst hangt van ${b.extra?.onbekend === 1 ? 'die deelnemer' : 'hen'} af${regel(b)}`),
    en: (b) => (b.extra?.totaal === 1 ? 'the participant cannot be placed' : `${str(b.extra?.onbekend)} of ${str(b.extra?.totaal)} participants cannot be placed; the outcome depends on ${b.extra?.onbekend === 1 ? 'that participant' : 'them'}${regel(b, true)}`),
  },
  'regio.gemengd_niet_toegestaan': {
    nl: (b) => `niet alle deelnemers liggen in één kernregio (${(b.lijst ?? []).join(', ')})${regel(b)}`,
    en: (b) => `not all participants lie in one core region (${(b.lijst ?? []).join(', ')})${regel(b, true)}`,
  },
  'regio.gemengd_beoordelaar': {
    nl: (b) => `deelnemers in meerdere of buiten de kernregio's (${(b.lijst ?? []).join(', ')}); de beoordelaar beslist${regel(b)}`,
    en: (b) => `participants in several core regions or outside them (${(b.lijst ?? []).join(', ')}); the assessor decides${regel(b, true)}`,
  },
};
registerMessages(REGION_MESSAGES);

/**
 * Candidates travel as parallel lists: `lijst` the municipalities, `extra.regios` their region
 * ('' outside), `extra.aandelen` the postcode share in percent (-1 when not a split postcode),
 * and for disagreeing fields `extra.veldVan` the index in `extra.velden` each candidate belongs to.
 */
function candidateData(list: readonly Kandidaat[]): { lijst: string[]; regios: string[]; aandelen: string[] } {
  return {
    lijst: list.map((k) => k.gemeente),
    regios: list.map((k) => k.regio ?? ''),
    aandelen: list.map((k) => (k.aandeel !== undefined && k.aandeel < 1 ? String(Math.round(k.aandeel * 100)) : '')),
  };
}

function candidateText(gemeente: string, regio: string, aandeel: string, taal: 'nl' | 'en'): string {
  const where = regio ? (taal === 'nl' ? `kernregio ${regio}` : `core region ${regio}`) : taal === 'nl' ? "buiten de kernregio's" : 'outside the core regions';
  const share = aandeel ? (taal === 'nl' ? `, ${aandeel}% van de postcode` : `, ${aandeel}% of the postcode`) : '';
  return `${gemeente} (${where}${share})`;
}

function candidates(b: Bevinding, taal: 'nl' | 'en', only?: (i: number) => boolean): string[] {
  const regios = list(b.extra?.regios);
  const aandelen = list(b.extra?.aandelen);
  return [...new Set((b.lijst ?? []).map((g, i) => (only && !only(i) ? '' : candidateText(g, regios[i] ?? '', aandelen[i] ?? '', taal))).filter(Boolean))];
}

function readings(b: Bevinding, taal: 'nl' | 'en'): string[] {
  const velden = list(b.extra?.velden);
  const invoer = list(b.gevonden);
  const veldVan = list(b.extra?.veldVan).map(Number);
  const names = taal === 'nl' ? veldNl : veldEn;
  return velden.map((veld, v) => {
    const found = candidates(b, taal, (i) => veldVan[i] === v);
    return `${names[veld] ?? veld} '${invoer[v] ?? ''}': ${found.length ? found.join(taal === 'nl' ? ' of ' : ' or ') : taal === 'nl' ? 'niet gevonden' : 'not found'}`;
  });
}

/** What a located participant's finding says apart from who it is: the same for every participant at that place. */
interface FoundTemplate {
  kind: string;
  status: CheckStatus;
  code: string;
  gevonden: string | null;
  extra: Bevinding['extra'];
}
const foundTemplates = new WeakMap<Readonly<ParticipantLocation>, FoundTemplate>();

function foundTemplate(loc: Readonly<ParticipantLocation>): FoundTemplate {
  let t = foundTemplates.get(loc);
  if (!t) {
    const deciding = loc.op.length ? loc.velden.find((v) => v.veld === loc.op[0]) : undefined;
    const gemeente = loc.gemeente ?? [...new Set(loc.kandidaten.map((k) => k.gemeente))].join(' of ');
    const inRegion = loc.status === 'kernregio';
    t = {
      kind: deciding ? deciding.veld : '',
      status: inRegion ? 'voldoet' : 'voldoet niet',
      code: inRegion ? 'regio.deelnemer_kernregio' : 'regio.deelnemer_buiten',
      gevonden: deciding?.invoer ?? null,
      // Shared by every finding at this place, so frozen (the location's `op` is too).
      extra: Object.freeze({ gemeente, regio: loc.regio, op: loc.op }),
    };
    foundTemplates.set(loc, t);
  }
  return t;
}

/** The evidence for one participant. */
function participantFinding(loc: Readonly<ParticipantLocation>, deelnemer: { index: number; naam: string }): Bevinding {
  if (loc.uitkomst === 'gevonden') {
    // The usual case: one literal per participant around what every participant there shares.
    const t = foundTemplate(loc);
    return { deelnemer, veld: fieldPath(deelnemer.index, t.kind), status: t.status, code: t.code, gevonden: t.gevonden, extra: t.extra };
  }
  const deciding = loc.op.length ? loc.velden.find((v) => v.veld === loc.op[0]) : undefined;
  const veld = fieldPath(deelnemer.index, deciding ? deciding.veld : '');
  switch (loc.uitkomst) {
    case 'geen':
      return { deelnemer, veld, status: 'onbekend', code: 'regio.deelnemer_geen_locatie', gevonden: null };
    case 'onbekend': {
      const suggesties = [...new Set(loc.velden.flatMap((v) => v.resolution.suggesties ?? []))].slice(0, 3);
      return { deelnemer, veld, status: 'onbekend', code: 'regio.deelnemer_onbekend', gevonden: loc.velden.map((v) => v.invoer), lijst: suggesties };
    }
    case 'dubbelzinnig': {
      const { lijst, regios, aandelen } = candidateData(loc.kandidaten);
      return {
        deelnemer,
        veld,
        status: 'onbekend',
        code: 'regio.deelnemer_dubbelzinnig',
        gevonden: deciding?.invoer ?? null,
        lijst,
        extra: { regios, aandelen, postcodeOntbreekt: !loc.velden.some((v) => v.veld === 'postcode') },
      };
    }
    case 'tegenstrijdig': {
      const read = loc.velden.filter((v) => v.resolution.kandidaten.length);
      const all = read.flatMap((v) => v.resolution.kandidaten);
      const { lijst, regios, aandelen } = candidateData(all);
      const veldVan = read.flatMap((v, i) => v.resolution.kandidaten.map(() => String(i)));
      return { deelnemer, veld, status: 'onbekend', code: 'regio.deelnemer_tegenstrijdig', gevonden: read.map((v) => v.invoer), lijst, extra: { velden: read.map((v) => v.veld), veldVan, regios, aandelen } };
    }
  }
}

/** The summary when every participant lies in one region, by region and count: frozen and shared. */
const ALL_IN_REGION = new Map<string, Bevinding[]>();

function allInRegion(regio: string, totaal: number): Bevinding {
  let byCount = ALL_IN_REGION.get(regio);
  if (!byCount) ALL_IN_REGION.set(regio, (byCount = []));
  return (byCount[totaal] ??= Object.freeze({ status: 'voldoet', code: 'regio.alle_in_regio', veld: 'deelnemers', gevonden: regio, extra: Object.freeze({ totaal, regio }) }));
}

/**
 * The collaboration's core region (Bijlage 2), by each participant's gemeente, else plaats,
 * else postcode. The source names core regions but no rule for a collaboration spread over
 * several regions or partly outside them: that is the team's setting `gemengdeRegio`:
 * - `meerderheid` (default): the region with most participants decides; passes when it holds at
 *   least as many as are outside or unknown together, fails when even all unknowns could not
 *   make up for those outside;
 * - `alle`: every participant in one core region;
 * - `beoordelaar`: a mixed collaboration is `onbekend` until an assessor decides.
 * A collaboration wholly in one core region passes, and one with nobody in a core region fails,
 * whatever the setting.
 */
export function checkRegion(app: Application, policy: Policy): RegionCheck {
  const found = { regio: null as string | null };
  const bevindingen = regionFindings(app, policy, found);
  return new RegionOutcome(bevindingen[0].status, bevindingen, found.regio);
}

/**
 * checkRegion's findings, without the outcome object around them (screening asks this per
 * application): the summary first, whose status is the check's, then one finding per
 * participant. The list is made for the caller alone and exactly as long. The core region, when
 * one can be named, is written to `found.regio`.
 */
export function regionFindings(app: Application, policy: Policy, found: { regio: string | null }): Bevinding[] {
  const all = Array.isArray(app.deelnemers) ? app.deelnemers : [];
  // The summary goes in slot 0. The list is made as long as it ends, since it is kept with the
  // result; a participant that is no object leaves a slot, and the list is cut to length.
  const participants: Bevinding[] = new Array<Bevinding>(all.length + 1);
  let totaal = 0;
  // Participants per core region, in the order first met. Nearly every collaboration lies in
  // one region: the first is counted here, lists are made only for the regions after it.
  let first: string | null = null;
  let inFirst = 0;
  let laterNames: string[] | undefined;
  let laterCounts: number[] | undefined;
  let outside = 0;
  let unknown = 0;
  for (let index = 0; index < all.length; index++) {
    const p = all[index];
    if (!p || typeof p !== 'object') continue;
    const loc = readParticipantLocation(p, policy);
    if (loc.status === 'kernregio' && loc.regio) {
      if (first === null || loc.regio === first) {
        first = loc.regio;
        inFirst++;
      } else {
        const at = (laterNames ??= []).indexOf(loc.regio);
        if (at < 0) {
          laterNames.push(loc.regio);
          (laterCounts ??= []).push(1);
        } else laterCounts![at]++;
      }
    } else if (loc.status === 'buiten') outside++;
    else unknown++;
    participants[++totaal] = participantFinding(loc, { index, naam: nonEmptyText(p.praktijknaam) ?? `deelnemer ${index + 1}` });
  }
  if (totaal === 0) {
    found.regio = null;
    return [{ status: 'onbekend', code: 'regio.geen_deelnemers', veld: 'deelnemers', gevonden: null }];
  }
  if (totaal + 1 < participants.length) participants.length = totaal + 1;
  // Every participant in the one region met, and the policy names it: the usual outcome.
  if (first !== null && inFirst === totaal && namesRegion(policy, first)) {
    participants[0] = allInRegion(first, totaal);
    found.regio = first;
    return participants;
  }
  const regionNames = first === null ? [] : [first, ...(laterNames ?? [])];
  const regionCounts = first === null ? [] : [inFirst, ...(laterCounts ?? [])];
  participants[0] = mixedSummary(policy, regionNames, regionCounts, outside, unknown, totaal, found);
  return participants;
}

function namesRegion(policy: Policy, naam: string): boolean {
  for (const r of policy.regios) if (r.naam === naam) return true;
  return false;
}

/**
 * checkRegion's summary for participants not all in one core region; the region that leads (or
 * null) is written to `found.regio`. Each finding is one literal: spreading parts together
 * costs a call into the runtime per spread.
 */
function mixedSummary(policy: Policy, regionNames: readonly string[], regionCounts: readonly number[], outside: number, unknown: number, totaal: number, found: { regio: string | null }): Bevinding {
  const count = (naam: string): number => regionCounts[regionNames.indexOf(naam)];
  const rule: MixedRule = policy.teamkeuzes?.gemengdeRegio ?? 'meerderheid';
  // Policy order breaks ties, so the outcome does not depend on the participants' order.
  const ranked: string[] = [];
  for (const r of policy.regios) if (regionNames.includes(r.naam)) ranked.push(r.naam);
  if (ranked.length > 1) ranked.sort((a, b) => count(b) - count(a));
  const top = ranked[0] ?? null;
  found.regio = top;
  const inTop = top ? count(top) : 0;
  const veld = 'deelnemers';

  if (inTop === totaal) return allInRegion(top!, totaal);
  if (inTop === 0 && unknown === 0) return { status: 'voldoet niet', code: 'regio.geen_in_kernregio', veld, gevonden: top, extra: { totaal } };
  const herkomst = MIXED_HERKOMST;
  const spread = (): string[] => [...ranked.map((r) => `${r}: ${count(r)}`), ...(outside ? [`buiten: ${outside}`] : [])];
  const mixed = ranked.length > 1 || outside > 0;
  if (rule === 'alle' && mixed) return { status: 'voldoet niet', code: 'regio.gemengd_niet_toegestaan', veld, gevonden: top, lijst: spread(), extra: { totaal, regel: rule }, herkomst };
  if (rule === 'beoordelaar' && mixed) return { status: 'onbekend', code: 'regio.gemengd_beoordelaar', veld, gevonden: top, lijst: spread(), extra: { totaal, regel: rule }, herkomst };
  if (rule !== 'meerderheid') return { status: 'onbekend', code: 'regio.niet_te_bepalen', veld, gevonden: top, extra: { totaal, onbekend: unknown, regel: rule }, herkomst };
  const gelijk = ranked.length > 1 && count(ranked[1]) === inTop ? ranked[1] : undefined;
  if (inTop > 0 && inTop >= outside + unknown) {
    const extra: Bevinding['extra'] = gelijk ? { totaal, regio: top, inRegio: inTop, regel: rule, gelijk } : { totaal, regio: top, inRegio: inTop, regel: rule };
    return { status: 'voldoet', code: 'regio.meerderheid_in_regio', veld, gevonden: top, extra, herkomst };
  }
  if (inTop + unknown < outside) return { status: 'voldoet niet', code: 'regio.meerderheid_buiten', veld, gevonden: top, extra: { totaal, buiten: outside, regel: rule }, herkomst };
  return { status: 'onbekend', code: 'regio.niet_te_bepalen', veld, gevonden: top, extra: { totaal, onbekend: unknown, regel: rule }, herkomst };
}
