import type { Application } from '../application';
import type { AuditEvent } from '../audit';
import type { EligibilityResult } from '../outcome';
import { decisionEvents, overrideEvents, teamDecisionEvents, tieEvents } from './decision-audit';
import { type TeamDecision, teamDecisionProblems } from '../team-decision';
import { type Decision, decisionsFor, screeningWarnings } from './decisions';
import type { Policy, Rubric } from '../policy';
import { type Aggregates, aggregateScores } from '../scoring/aggregate';
import { type Completeness, checkCompleteness } from '../scoring/completeness';
import { applyConsensus } from '../scoring/consensus';
import { type Belangverklaring, ConflictIndex, type LateDeclaration, type ScoreMoment, currentDeclarations, declarationEvents, excludedScoreNotes, lateDeclarations, withoutConflicted } from '../scoring/conflicts';
import { normalizeByAssessor } from '../scoring/normalize';
import { itemLabel, rubricFor, weightsOf } from '../scoring/rubric-2021';
import type { Aggregation, ConsensusInput, ItemAggregate, Score } from '../scoring/score';
import type { RankCandidate, RankSettings } from './candidate';
import { type ExcludedApplication, splitByEligibility } from './eligibility-split';
import { type RankResult, type TieRecord, rankCandidates } from './rank';
import { type QualityMinimum, type SelectionConstraints, type SelectionEntry, selectTop } from './select';
import { type StabilityResult, bootstrapStability } from './stability';
import { RankingError, resolveTieBreaks } from './tiebreaks';
import { type WeightSensitivity, type WhatIfResult, weightSensitivity, whatIf } from './whatif';

export interface ProcedureSettings {
  /** Seed of the lottery and the bootstrap; recorded in every output. */
  seed: number;
  aggregatie?: Aggregation;
  normaliseren?: boolean;
  gewichten?: Record<string, number>;
  n?: number;
  maxPerRegio?: number;
  budget?: number;
  /** Bootstrap resamples for stability; 0 skips it. Default 1000. */
  resamples?: number;
}

export interface ProcedureInput {
  policy: Policy;
  rubric?: Rubric;
  aanvragen: readonly Application[];
  toetsing: readonly EligibilityResult[];
  scores: readonly Score[];
  consensus?: readonly ConsensusInput[];
  /** The team's decisions on incomplete applications (ask for the missing items, or reject with a motivation). */
  teamBesluiten?: readonly TeamDecision[];
  /** Declarations of interest: a conflicted assessor's scores for that application never count. */
  belangen?: readonly Belangverklaring[];
  /** When scores were known to exist (audit of read-backs), to flag declarations made after them. */
  scoreMomenten?: readonly ScoreMoment[];
  instellingen: ProcedureSettings;
  /** When the decision is taken (ISO), passed in. */
  tijdstip: string;
  /** Who runs the selection, for the audit. */
  wie: string;
  rol: string;
}

export interface EffectiveSettings {
  seed: number;
  aggregatie: Aggregation;
  normaliseren: boolean;
  gewichten: Record<string, number>;
  tiebreaks: string[];
  /** The tie-breaks in words ("meer klanten van Zilveren Kruis"), in chain order. */
  tiebreakLabels: string[];
  n: number;
  maxPerRegio?: number;
  budget?: number;
  /** The team's minimum quality (teamkeuze `minimumKwaliteit`), only when switched on. */
  minimumKwaliteit?: QualityMinimum;
  resamples: number;
}

export interface RankShift {
  id: string;
  positieZonder: number;
  positieMet: number;
  /** Positive: moved up because of normalisation. */
  verschuiving: number;
}

export interface ProcedureResult {
  beleid: { id: string; versie: string; naam: string };
  rubric: Rubric;
  instellingen: EffectiveSettings;
  ranglijst: SelectionEntry[];
  gelijkspelen: TieRecord[];
  uitgesloten: ExcludedApplication[];
  /** Eligible but not completely scored: not ranked. */
  onvolledig: Completeness[];
  volledigheid: Completeness[];
  aggregaten: Aggregates;
  normalisatie?: RankShift[];
  stabiliteit?: StabilityResult;
  gevoeligheid: WeightSensitivity[];
  /**
   * What-if against the policy's own weights without constraints: which applications enter or
   * leave the top N because of the chosen weights and constraints. Absent when nothing was changed.
   */
  watAls?: WhatIfResult;
  /** Every application's decision and motivation, as every output words it. */
  besluiten: Decision[];
  audit: AuditEvent[];
  /** Dutch notes: refused consensus scores, scores for unknown applications, scores left out for a conflict. */
  meldingen: string[];
  /** The declarations that count (the latest per assessor and application), and those made after the scores. */
  belangen: { verklaringen: Belangverklaring[]; laat: LateDeclaration[] };
  /** The scores that count: those of conflicted assessors left out. */
  scores: Score[];
}

export function toCandidate(app: Application | undefined, result: EligibilityResult, aggregaten: Aggregates): RankCandidate {
  const scores = scoresOf(aggregaten.get(result.id));
  return {
    id: result.id,
    regio: result.regio,
    gevraagdBedrag: app?.begroting?.gevraagdBedrag ?? null,
    aantalZkKlanten: app?.aantalZkKlanten ?? null,
    scores,
  };
}

function addWaarde(this: Record<string, number>, agg: ItemAggregate, item: string): void {
  this[item] = agg.waarde;
}

/**
 * The last application's items, in order, and an object with those keys in that order. Nearly
 * every application has the rubric's items in the same order, so its scores object starts as a
 * copy of that object and only has its values overwritten: adding nine keys one by one to an
 * empty object took a map transition per key (about a fifth of the rank stage for 8,000
 * applications), a copy takes the finished layout at once. The keys and their order are checked
 * first, so the object is the same as one built key by key.
 */
let templateKeys: string[] = [];
let template: Record<string, number> = {};

function scoresOf(perItem: ReadonlyMap<string, ItemAggregate> | undefined): Record<string, number> {
  if (perItem === undefined) return {};
  if (perItem.size === templateKeys.length && sameKeys(perItem, templateKeys)) {
    const scores = { ...template };
    perItem.forEach(addWaarde, scores);
    return scores;
  }
  // forEach, not for…of with [item, agg]: no iterator and no entry array per item.
  const scores: Record<string, number> = {};
  perItem.forEach(addWaarde, scores);
  templateKeys = [...perItem.keys()];
  template = { ...scores };
  return scores;
}

function sameKeys(perItem: ReadonlyMap<string, unknown>, keys: readonly string[]): boolean {
  let i = 0;
  for (const key of perItem.keys()) if (key !== keys[i++]) return false;
  return true;
}

/** The whole procedure after screening: scoring, ranking, selection, stability and audit. */
export function runProcedure(input: ProcedureInput): ProcedureResult {
  const { policy, instellingen: s, tijdstip } = input;
  const rubric = input.rubric ?? rubricFor(policy);
  const unknownWeights = Object.keys(s.gewichten ?? {}).filter((k) => !rubric.items.some((i) => i.id === k));
  if (unknownWeights.length) {
    throw new RankingError(`Onbekend item in de gewichten: ${unknownWeights.join(', ')}; de rubric kent ${rubric.items.map((i) => i.id).join(', ')}.`);
  }
  const settings: EffectiveSettings = {
    seed: s.seed >>> 0,
    aggregatie: s.aggregatie ?? rubric.aggregatie,
    normaliseren: s.normaliseren ?? false,
    gewichten: weightsOf(rubric, s.gewichten),
    tiebreaks: [...rubric.tiebreaks],
    tiebreakLabels: resolveTieBreaks({ gewichten: {}, groepen: Object.fromEntries(rubric.items.map((i) => [i.id, i.groep])), tiebreaks: rubric.tiebreaks, seed: 0 }).map((t) => t.label),
    n: s.n ?? policy.maxSelecties,
    maxPerRegio: s.maxPerRegio,
    budget: s.budget,
    resamples: s.resamples ?? 1000,
    ...qualityMinimum(policy),
  };
  const meldingen: string[] = [];
  const audit: AuditEvent[] = [];
  const byId = new Map(input.aanvragen.map((a) => [a.id, a]));

  audit.push(...overrideEvents(input.toetsing));

  const { geschikt, uitgesloten } = splitByEligibility(input.aanvragen, input.toetsing);
  const eligibleIds = new Set(geschikt.map((r) => r.id));
  const known = new Set(input.toetsing.map((r) => r.id));
  const unknownScored = [...new Set(input.scores.map((x) => x.aanvraag))].filter((id) => !known.has(id) && !byId.has(id));
  for (const id of unknownScored) meldingen.push(`Er zijn scores voor aanvraag '${id}', maar die aanvraag is niet ingelezen; deze scores tellen niet mee.`);

  const belangen = input.belangen ?? [];
  const { telt: scores, uitgesloten: conflicted } = withoutConflicted(input.scores, belangen);
  meldingen.push(...excludedScoreNotes(conflicted));
  const late = lateDeclarations(belangen, input.scoreMomenten);
  audit.push(...declarationEvents(belangen, input.scoreMomenten));

  const volledigheid = checkCompleteness([...eligibleIds], scores, rubric, policy.rollen, { belangen, teamkeuzes: policy.teamkeuzes });
  const complete = new Set(volledigheid.filter((v) => v.compleet).map((v) => v.aanvraag));
  const onvolledig = volledigheid.filter((v) => !v.compleet);

  // Only complete applications are aggregated. Normalisation looks at an assessor's scores of
  // those applications only, so it gets them filtered; otherwise `complete` is passed on and
  // aggregateScores skips the rest without a filtered copy.
  const normalised = settings.normaliseren ? normalizeByAssessor(scores.filter((x) => complete.has(x.aanvraag))) : scores;
  const consensusInput = withoutConflictedConsensus(input.consensus ?? [], belangen, meldingen);
  const consensus = applyConsensus(aggregateScores(normalised, rubric, settings.aggregatie, complete), consensusInput, rubric, tijdstip);
  meldingen.push(...consensus.geweigerd);
  audit.push(...consensus.audit);
  const aggregaten = consensus.aggregaten;

  const rankSettings: RankSettings = {
    gewichten: settings.gewichten,
    groepen: Object.fromEntries(rubric.items.map((i) => [i.id, i.groep])),
    tiebreaks: settings.tiebreaks,
    seed: settings.seed,
  };
  const constraints: SelectionConstraints = { n: settings.n, maxPerRegio: settings.maxPerRegio, budget: settings.budget, minimumKwaliteit: settings.minimumKwaliteit };
  const candidates = geschikt.filter((r) => complete.has(r.id)).map((r) => toCandidate(byId.get(r.id), r, aggregaten));
  const ranked: RankResult = rankCandidates(candidates, rankSettings);
  const itemKop = (id: string) => itemLabel(rubric, id);
  const ranglijst = selectTop(ranked.ranglijst, constraints, itemKop);

  let normalisatie: RankShift[] | undefined;
  if (settings.normaliseren) {
    const raw = applyConsensus(aggregateScores(scores, rubric, settings.aggregatie, complete), consensusInput, rubric, tijdstip).aggregaten;
    const rawRank = rankCandidates(geschikt.filter((r) => complete.has(r.id)).map((r) => toCandidate(byId.get(r.id), r, raw)), rankSettings);
    const before = new Map(rawRank.ranglijst.map((e) => [e.id, e.positie]));
    normalisatie = ranked.ranglijst.map((e) => ({
      id: e.id,
      positieZonder: before.get(e.id)!,
      positieMet: e.positie,
      verschuiving: before.get(e.id)! - e.positie,
    }));
  }

  const itemIds = rubric.items.map((i) => i.id);
  const stabiliteit =
    settings.resamples > 0 && candidates.length
      ? bootstrapStability(
          {
            candidates: ranked.ranglijst.map((e) => e.kandidaat),
            rijen: assessorRows(normalised, ranked.ranglijst.map((e) => e.id), volledigheid, itemIds),
            items: itemIds,
            rangschikking: rankSettings,
            methode: settings.aggregatie,
          },
          { resamples: settings.resamples, seed: settings.seed, constraints },
        )
      : undefined;
  const gevoeligheid = weightSensitivity(candidates, { settings: rankSettings, constraints });
  const changed = s.gewichten !== undefined || s.maxPerRegio !== undefined || s.budget !== undefined;
  const watAls = changed
    ? whatIf(candidates, { settings: { ...rankSettings, gewichten: weightsOf(rubric) }, constraints: { n: settings.n } }, { gewichten: settings.gewichten, constraints })
    : undefined;

  const actor = { tijdstip, wie: input.wie, rol: input.rol };
  const datum = policy.besluitDatum ?? tijdstip;
  const teamBesluiten = acceptedTeamDecisions(input.teamBesluiten ?? [], uitgesloten, datum, meldingen);
  const besluiten = decisionsFor(ranglijst, onvolledig, uitgesloten, { datum, indienDeadline: policy.indienDeadline, waarschuwingen: screeningWarnings(input.toetsing), teamBesluiten });
  audit.push(...teamDecisionEvents([...teamBesluiten.values()]), ...tieEvents(ranked.gelijkspelen, settings, actor), ...decisionEvents(besluiten, actor));

  return {
    beleid: { id: policy.id, versie: policy.versie, naam: policy.naam },
    rubric,
    instellingen: settings,
    ranglijst,
    gelijkspelen: ranked.gelijkspelen,
    uitgesloten,
    onvolledig,
    volledigheid,
    aggregaten,
    normalisatie,
    stabiliteit,
    gevoeligheid,
    watAls,
    besluiten,
    audit,
    meldingen,
    belangen: { verklaringen: currentDeclarations(belangen), laat: late },
    scores,
  };
}

/** A consensus score recorded by someone with a conflict for that application does not count (src/rules/scoring/meeting.ts). */
function withoutConflictedConsensus(list: readonly ConsensusInput[], belangen: readonly Belangverklaring[], meldingen: string[]): ConsensusInput[] {
  if (!belangen.length) return [...list];
  const index = new ConflictIndex(belangen);
  return list.filter((c) => {
    const belang = index.conflict(c.aanvraag, { beoordelaar: c.wie, rol: c.rol });
    if (belang) meldingen.push(`Consensusscore ${c.aanvraag} / ${c.item} van ${c.wie} geweigerd: ${c.wie} heeft een belang bij ${c.aanvraag} (${belang.reden.trim()}).`);
    return !belang;
  });
}

/** The team's minimum quality as a selection constraint, when it is switched on and sets a number. */
function qualityMinimum(policy: Policy): { minimumKwaliteit?: QualityMinimum } {
  const q = policy.teamkeuzes?.minimumKwaliteit;
  if (!q?.aan || (q.minItemScore === undefined && q.minTotaal === undefined)) return {};
  return { minimumKwaliteit: { ...(q.minItemScore !== undefined ? { minItemScore: q.minItemScore } : {}), ...(q.minTotaal !== undefined ? { minTotaal: q.minTotaal } : {}) } };
}

/**
 * The team decisions that count: valid, for an application that is incomplete. A refused one
 * (no motivation for a rejection, no reply date, …) or one for an application that is not
 * incomplete is reported in `meldingen` and decides nothing; the last valid one per application counts.
 */
function acceptedTeamDecisions(list: readonly TeamDecision[], uitgesloten: readonly ExcludedApplication[], datum: string, meldingen: string[]): Map<string, TeamDecision> {
  const status = new Map(uitgesloten.map((u) => [u.id, u.status]));
  const out = new Map<string, TeamDecision>();
  for (const b of list) {
    const problems = teamDecisionProblems(b, datum);
    if (problems.length) {
      meldingen.push(`Besluit van het team geweigerd: ${problems.map((p) => p.melding).join('; ')}.`);
      continue;
    }
    const id = b.aanvraag.trim();
    if (status.get(id) !== 'onvolledig') {
      meldingen.push(`Besluit van het team over ${id} telt niet: ${status.has(id) ? `de aanvraag is ${status.get(id)}` : 'de aanvraag is niet onvolledig'}; alleen over een onvolledige aanvraag beslist het team.`);
      continue;
    }
    out.set(id, { ...b, aanvraag: id, motivering: b.motivering.trim() });
  }
  return out;
}

/** Per application (in the given order), one row per complete assessor with the scores in item order. */
function assessorRows(scores: readonly Score[], ids: readonly string[], volledigheid: readonly Completeness[], items: readonly string[]): number[][][] {
  const byApp = new Map<string, Map<string, number>>();
  for (const s of scores) {
    let m = byApp.get(s.aanvraag);
    if (!m) byApp.set(s.aanvraag, (m = new Map()));
    m.set(`${s.beoordelaar}\u0000${s.item}`, s.score);
  }
  const complete = new Map(volledigheid.map((v) => [v.aanvraag, v.volledigeBeoordelaars]));
  return ids.map((id) => {
    const m = byApp.get(id);
    return (complete.get(id) ?? []).map((b) => items.map((i) => m?.get(`${b}\u0000${i}`) ?? 0));
  });
}
