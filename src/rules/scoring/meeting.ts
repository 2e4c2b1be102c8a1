import type { AuditEvent } from '../audit';
import type { RankCandidate } from '../ranking/candidate';
import type { ProcedureResult } from '../ranking/procedure';
import { type Scenario, selectionFor } from '../ranking/whatif';
import { rankCandidates } from '../ranking/rank';
import type { Rubric } from '../policy';
import type { Aggregates } from './aggregate';
import { type Belangverklaring, ConflictIndex, sameAssessor } from './conflicts';
import { formatNumber } from './numbers';
import { itemLabel } from './rubric-2021';
import type { Aanwezige, ConsensusInput, Score } from './score';

export type { Aanwezige };

/**
 * The consensus meeting (overleg): the items where the assessors disagree (the aggregate's
 * `onenigheid`: spread at least the rubric's `spreidingsDrempel`), largest spread first, each
 * assessor's score and comment side by side, what counts now, and what a consensus score would
 * change in the selection. The meeting's decisions are consensus scores with a written motivation
 * (src/rules/scoring/consensus.ts), audited with who was present.
 */

/** One assessor's score on a disputed item; `belang` set (and no score) for a conflicted assessor. */
export interface MeetingScore {
  beoordelaar: string;
  rol: string;
  score: number | null;
  toelichting: string;
  belang?: string;
}

/** What the selection would be with this consensus score on the item. */
export interface ConsensusEffect {
  score: number;
  totaal: number;
  positie: number;
  geselecteerd: boolean;
  /** Applications that would enter / leave the selection (top N with the constraints). */
  erbij: string[];
  eraf: string[];
  /** True when the selection changes. */
  verandert: boolean;
}

export interface MeetingItem {
  aanvraag: string;
  item: string;
  label: string;
  spreiding: number;
  gemiddelde: number;
  mediaan: number;
  min: number;
  max: number;
  /** The value that counts now (mean or median, or an earlier consensus score). */
  waarde: number;
  consensus?: { score: number; motivatie: string; wie: string; rol: string };
  scores: MeetingScore[];
  /** Place and selection now. */
  positie: number;
  geselecteerd: boolean;
  /** One effect per whole score of the rubric's scale, lowest first. */
  effecten: ConsensusEffect[];
}

export interface MeetingInput {
  /** Ranked candidates (aggregates or consensus in `scores`) and the scenario they were ranked with. */
  candidates: readonly RankCandidate[];
  scenario: Scenario;
  aggregaten: Aggregates;
  /** The scores that count (conflicted assessors already left out), for the side-by-side view. */
  scores: readonly Score[];
  rubric: Rubric;
  belangen?: readonly Belangverklaring[];
  /** The panel in the order the view shows it; derived from the scores and declarations when absent. */
  panel?: readonly { beoordelaar: string; rol: string }[];
}

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** The panel: everyone who scored or declared, by role then name, so every view reads alike. */
export function meetingPanel(scores: readonly Score[], belangen: readonly Belangverklaring[] = []): { beoordelaar: string; rol: string }[] {
  const out: { beoordelaar: string; rol: string }[] = [];
  const add = (p: { beoordelaar: string; rol: string }) => {
    if (!out.some((o) => sameAssessor(o, p))) out.push({ beoordelaar: p.beoordelaar.trim() || p.rol.trim(), rol: p.rol.trim() });
  };
  for (const s of scores) add(s);
  for (const b of belangen) add(b);
  return out.sort((a, b) => byText(a.rol, b.rol) || byText(a.beoordelaar, b.beoordelaar));
}

/** The selection if the item of one application had this consensus score. */
export function consensusEffect(candidates: readonly RankCandidate[], scenario: Scenario, aanvraag: string, item: string, score: number, voor: readonly string[] = selectionFor(candidates, scenario)): ConsensusEffect {
  const changed = candidates.map((c) => (c.id === aanvraag ? { ...c, scores: { ...c.scores, [item]: score } } : c));
  const na = selectionFor(changed, scenario);
  const entry = rankCandidates(changed, scenario.settings).ranglijst.find((e) => e.id === aanvraag);
  const erbij = na.filter((id) => !voor.includes(id));
  const eraf = voor.filter((id) => !na.includes(id));
  return { score, totaal: entry?.totaal ?? NaN, positie: entry?.positie ?? NaN, geselecteerd: na.includes(aanvraag), erbij, eraf, verandert: erbij.length + eraf.length > 0 };
}

/**
 * The disputed items, largest spread first; equal spreads by the application's current place
 * (highest first), then in the rubric's item order.
 */
export function meetingItems(input: MeetingInput): MeetingItem[] {
  const { candidates, scenario, aggregaten, rubric } = input;
  const panel = input.panel ?? meetingPanel(input.scores, input.belangen);
  const conflicts = new ConflictIndex(input.belangen ?? []);
  const ranked = rankCandidates(candidates, scenario.settings).ranglijst;
  const place = new Map(ranked.map((e) => [e.id, e.positie]));
  const voor = selectionFor(candidates, scenario);
  const itemOrder = new Map(rubric.items.map((it, i) => [it.id, i]));
  const byKey = new Map<string, Score>();
  for (const s of input.scores) byKey.set(`${s.aanvraag}\u0000${s.item}\u0000${s.beoordelaar.trim().toLocaleLowerCase('nl-NL')}`, s);
  const steps: number[] = [];
  for (let v = rubric.schaal.min; v <= rubric.schaal.max; v++) steps.push(v);

  const out: MeetingItem[] = [];
  for (const [aanvraag, items] of aggregaten) {
    const positie = place.get(aanvraag);
    if (positie === undefined) continue;
    for (const agg of items.values()) {
      if (!agg.onenigheid) continue;
      const scores: MeetingScore[] = panel.map((p) => {
        const belang = conflicts.conflict(aanvraag, p);
        if (belang) return { beoordelaar: p.beoordelaar, rol: p.rol, score: null, toelichting: '', belang: belang.reden.trim() };
        const s = byKey.get(`${aanvraag}\u0000${agg.item}\u0000${p.beoordelaar.toLocaleLowerCase('nl-NL')}`);
        return { beoordelaar: p.beoordelaar, rol: p.rol, score: s?.score ?? null, toelichting: s?.toelichting ?? '' };
      });
      out.push({
        aanvraag,
        item: agg.item,
        label: itemLabel(rubric, agg.item),
        spreiding: agg.spreiding,
        gemiddelde: agg.gemiddelde,
        mediaan: agg.mediaan,
        min: agg.min,
        max: agg.max,
        waarde: agg.waarde,
        ...(agg.consensus ? { consensus: agg.consensus } : {}),
        scores,
        positie,
        geselecteerd: voor.includes(aanvraag),
        effecten: steps.map((v) => consensusEffect(candidates, scenario, aanvraag, agg.item, v, voor)),
      });
    }
  }
  return out.sort((a, b) => b.spreiding - a.spreiding || a.positie - b.positie || (itemOrder.get(a.item) ?? 0) - (itemOrder.get(b.item) ?? 0));
}

/** The meeting view from a ranking run: its candidates, settings and constraints. */
export function meetingFromProcedure(result: ProcedureResult, scores: readonly Score[], belangen: readonly Belangverklaring[] = []): MeetingItem[] {
  const s = result.instellingen;
  const scenario: Scenario = {
    settings: { gewichten: s.gewichten, groepen: Object.fromEntries(result.rubric.items.map((i) => [i.id, i.groep])), tiebreaks: s.tiebreaks, seed: s.seed },
    constraints: { n: s.n, maxPerRegio: s.maxPerRegio, budget: s.budget, minimumKwaliteit: s.minimumKwaliteit },
  };
  const counted = new Set(result.ranglijst.map((e) => e.id));
  const conflicts = new ConflictIndex(belangen);
  return meetingItems({
    candidates: result.ranglijst.map((e) => e.kandidaat),
    scenario,
    aggregaten: result.aggregaten,
    scores: scores.filter((x) => counted.has(x.aanvraag) && !conflicts.conflict(x.aanvraag, x)),
    rubric: result.rubric,
    belangen,
  });
}

/** "Bij 1: A-03 valt uit de selectie, A-07 komt erin; bij 2–5: geen verandering." */
export function effectText(effecten: readonly ConsensusEffect[]): string {
  const groups: { van: number; tot: number; text: string }[] = [];
  for (const e of effecten) {
    const text = e.verandert ? [e.eraf.length ? `${e.eraf.join(', ')} ${e.eraf.length === 1 ? 'valt' : 'vallen'} uit de selectie` : '', e.erbij.length ? `${e.erbij.join(', ')} ${e.erbij.length === 1 ? 'komt' : 'komen'} erin` : ''].filter(Boolean).join(', ') : 'geen verandering';
    const last = groups[groups.length - 1];
    if (last && last.text === text && last.tot === e.score - 1) last.tot = e.score;
    else groups.push({ van: e.score, tot: e.score, text });
  }
  return groups.map((g) => `bij ${g.van === g.tot ? g.van : `${g.van}–${g.tot}`}: ${g.text}`).join('; ');
}

/** A decision of the meeting: a consensus score with who was present when it was taken. */
export interface OverlegBesluit extends ConsensusInput {
  aanwezig: readonly Aanwezige[];
}

/** The meeting record for the audit. */
export interface Overleg {
  /** When (ISO), passed in. */
  tijdstip: string;
  aanwezig: readonly Aanwezige[];
  besluiten: readonly OverlegBesluit[];
}

/** "Bea Beleid (beleidsontwikkelaar); Ivo Inkoop (inkoper)". */
export function formatPresent(list: readonly Aanwezige[]): string {
  return list.map((a) => (a.rol && a.rol !== a.wie ? `${a.wie} (${a.rol})` : a.wie)).join('; ');
}

/** The reverse of `formatPresent`, for the Aanwezig cell a person types: `;` or a new line between names. */
export function parsePresent(text: string): Aanwezige[] {
  return text
    .split(/[;\n]/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => {
      const m = /^(.*?)\s*\(([^()]*)\)\s*$/.exec(p);
      return m ? { wie: m[1].trim() || m[2].trim(), rol: m[2].trim() } : { wie: p, rol: '' };
    });
}

export interface MeetingProblem {
  /** Index of the decision, or -1 for the meeting as a whole. */
  besluit: number;
  veld: 'aanwezig' | 'motivatie' | 'wie';
  melding: string;
  ernst: 'fout' | 'waarschuwing';
}

/**
 * What is wrong with a meeting record: nobody present, a decision without motivation, a decision
 * recorded by someone with a conflict for that application (refused), or a conflicted assessor
 * present at the decision (a warning: the team decides whether that is acceptable).
 */
export function meetingProblems(overleg: Overleg, belangen: readonly Belangverklaring[] = []): MeetingProblem[] {
  const out: MeetingProblem[] = [];
  const index = new ConflictIndex(belangen);
  if (!overleg.aanwezig.length) out.push({ besluit: -1, veld: 'aanwezig', melding: 'wie aanwezig waren ontbreekt; een besluit van het overleg wordt vastgelegd met de aanwezigen', ernst: 'fout' });
  overleg.besluiten.forEach((b, i) => {
    const id = b.aanvraag.trim();
    if (!b.motivatie.trim()) out.push({ besluit: i, veld: 'motivatie', melding: `consensusscore ${id} / ${b.item} zonder schriftelijke motivatie; die telt niet`, ernst: 'fout' });
    const byConflicted = index.conflict(id, { beoordelaar: b.wie, rol: b.rol });
    if (byConflicted) out.push({ besluit: i, veld: 'wie', melding: `${b.wie} heeft een belang bij ${id} en legt daarover geen consensusscore vast`, ernst: 'fout' });
    for (const a of b.aanwezig.length ? b.aanwezig : overleg.aanwezig) {
      if (index.conflict(id, { beoordelaar: a.wie, rol: a.rol }) && !byConflicted) out.push({ besluit: i, veld: 'aanwezig', melding: `${a.wie} was aanwezig bij het besluit over ${id}, maar heeft daarbij een belang`, ernst: 'waarschuwing' });
    }
  });
  return out;
}

/**
 * The meeting's audit: who was present, then each decision with its motivation and who was
 * present at it (and, with `aggregaten`, the value it replaces). `label` names a rubric item.
 */
export function meetingEvents(overleg: Overleg, label: (item: string) => string, aggregaten?: Aggregates): AuditEvent[] {
  const chair = overleg.aanwezig[0] ?? { wie: overleg.besluiten[0]?.wie ?? '', rol: overleg.besluiten[0]?.rol ?? '' };
  const present = (list: readonly Aanwezige[]) => formatPresent(list) || 'niemand opgegeven';
  const out: AuditEvent[] = [
    {
      tijdstip: overleg.tijdstip,
      wie: chair.wie,
      rol: chair.rol,
      soort: 'overleg',
      wat: `consensusoverleg: ${overleg.besluiten.length} besluit${overleg.besluiten.length === 1 ? '' : 'en'}`,
      waarom: `Aanwezig: ${present(overleg.aanwezig)}.`,
    },
  ];
  for (const b of overleg.besluiten) {
    const before = aggregaten?.get(b.aanvraag.trim())?.get(b.item)?.waarde;
    out.push({
      tijdstip: overleg.tijdstip,
      wie: b.wie,
      rol: b.rol,
      soort: 'overlegbesluit',
      wat: `consensusscore ${b.aanvraag.trim()} / ${label(b.item)}: ${before !== undefined ? `${formatNumber(before)} → ` : ''}${formatNumber(b.score)}`,
      waarom: `${b.motivatie.trim()} Aanwezig: ${present(b.aanwezig.length ? b.aanwezig : overleg.aanwezig)}.`,
    });
  }
  return out;
}

/** A consensus score as stored: when it was agreed and who was present (both optional in old sheets). */
export type StoredDecision = ConsensusInput & { tijdstip?: string; aanwezig?: readonly Aanwezige[] };

/**
 * The meetings behind stored consensus scores: decisions of the same day with the same people
 * present form one meeting (in the order first seen). `tijdstip` stands in for a decision without
 * a time (passed in).
 */
export function meetingsFrom(decisions: readonly StoredDecision[], tijdstip: string): Overleg[] {
  const out: { key: string; overleg: { tijdstip: string; aanwezig: Aanwezige[]; besluiten: OverlegBesluit[] } }[] = [];
  for (const d of decisions) {
    const when = d.tijdstip || tijdstip;
    const aanwezig = [...(d.aanwezig ?? [])];
    const key = `${when.slice(0, 10)}\u0000${formatPresent(aanwezig)}`;
    const { tijdstip: _t, aanwezig: _a, ...input } = d;
    const besluit: OverlegBesluit = { ...input, aanwezig };
    const found = out.find((o) => o.key === key);
    if (found) found.overleg.besluiten.push(besluit);
    else out.push({ key, overleg: { tijdstip: when, aanwezig, besluiten: [besluit] } });
  }
  return out.map((o) => o.overleg);
}
