import type { Application } from '../application';
import type { AuditEvent } from '../audit';
import type { EligibilityResult } from '../outcome';
import { decisionEvents, overrideEvents, tieEvents } from './decision-audit';
import type { Policy, Rubric } from '../policy';
import { type Aggregates, aggregateScores } from '../scoring/aggregate';
import { type Completeness, checkCompleteness } from '../scoring/completeness';
import { applyConsensus } from '../scoring/consensus';
import { normalizeByAssessor } from '../scoring/normalize';
import { rubricFor, weightsOf } from '../scoring/rubric-2021';
import type { Aggregation, ConsensusInput, Score } from '../scoring/score';
import type { RankCandidate, RankSettings } from './candidate';
import { type ExcludedApplication, splitByEligibility } from './eligibility-split';
import { type RankResult, type TieRecord, rankCandidates } from './rank';
import { type SelectionConstraints, type SelectionEntry, selectTop } from './select';
import { type StabilityResult, bootstrapStability } from './stability';
import { RankingError } from './tiebreaks';
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
  n: number;
  maxPerRegio?: number;
  budget?: number;
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
  audit: AuditEvent[];
  /** Dutch notes: refused consensus scores, scores for unknown applications. */
  meldingen: string[];
}

export function toCandidate(app: Application | undefined, result: EligibilityResult, aggregaten: Aggregates): RankCandidate {
  const scores: Record<string, number> = {};
  for (const [item, agg] of aggregaten.get(result.id) ?? []) scores[item] = agg.waarde;
  return {
    id: result.id,
    regio: result.regio,
    gevraagdBedrag: app?.begroting?.gevraagdBedrag ?? null,
    aantalZkKlanten: app?.aantalZkKlanten ?? null,
    scores,
  };
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
    n: s.n ?? policy.maxSelecties,
    maxPerRegio: s.maxPerRegio,
    budget: s.budget,
    resamples: s.resamples ?? 1000,
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

  const volledigheid = checkCompleteness([...eligibleIds], input.scores, rubric, policy.rollen);
  const complete = new Set(volledigheid.filter((v) => v.compleet).map((v) => v.aanvraag));
  const onvolledig = volledigheid.filter((v) => !v.compleet);

  const rankedScores = input.scores.filter((x) => complete.has(x.aanvraag));
  const normalised = settings.normaliseren ? normalizeByAssessor(rankedScores) : rankedScores;
  const consensus = applyConsensus(aggregateScores(normalised, rubric, settings.aggregatie), input.consensus ?? [], rubric, tijdstip);
  meldingen.push(...consensus.geweigerd);
  audit.push(...consensus.audit);
  const aggregaten = consensus.aggregaten;

  const rankSettings: RankSettings = {
    gewichten: settings.gewichten,
    groepen: Object.fromEntries(rubric.items.map((i) => [i.id, i.groep])),
    tiebreaks: settings.tiebreaks,
    seed: settings.seed,
  };
  const constraints: SelectionConstraints = { n: settings.n, maxPerRegio: settings.maxPerRegio, budget: settings.budget };
  const candidates = geschikt.filter((r) => complete.has(r.id)).map((r) => toCandidate(byId.get(r.id), r, aggregaten));
  const ranked: RankResult = rankCandidates(candidates, rankSettings);
  const ranglijst = selectTop(ranked.ranglijst, constraints);

  let normalisatie: RankShift[] | undefined;
  if (settings.normaliseren) {
    const raw = applyConsensus(aggregateScores(rankedScores, rubric, settings.aggregatie), input.consensus ?? [], rubric, tijdstip).aggregaten;
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
            gewichten: settings.gewichten,
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
  audit.push(...tieEvents(ranked.gelijkspelen, settings, actor), ...decisionEvents(ranglijst, onvolledig, uitgesloten, actor));

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
    audit,
    meldingen,
  };
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
