import type { Herkomst } from '../findings';
import type { CheckStatus, Problem } from '../outcome';
import type { BiRule } from '../policy';
import { formatDutch, PROBLEMS, REASONS, isBiError } from './messages';
import { PERCENTILE_METHODS, decileBoundaries, decileOf, sortAscending, type PercentileMethod } from './percentile';

/**
 * BehandelIndex compliance (KNGF analysis 2024–2025, docs/bronnen.md): "De Behandelindex is kleiner dan of gelijk aan de waarde
 * van het 6e deciel." and "Voor het jaar 2024 wordt gekeken naar de B.I. in 2022 en voor 2025 is
 * dat 2023."
 *
 * Duplicate AGB codes within the reference year: every row of that AGB is left out of the
 * population and the practice is `onbekend`, with a Problem naming all rows. We do not keep the
 * first row: which row comes first depends on how a file was sorted or merged, and a threshold
 * must not change when the same data is sorted differently; nor can the tool know which of two
 * different BI values is right. An analyst resolves the duplicate in the source and runs again.
 */

export interface BiRow {
  agb: string;
  naam: string;
  jaar: number;
  bi: number | null;
  /** `undefined`: the input has no patient column (no minimum applied); `null`: present but empty or unreadable. */
  patienten?: number | null;
  /** Lower bound of the BI's confidence interval, when the input has it. */
  ondergrens?: number | null;
  /** Where the row came from (e.g. `rij 12`), used in problems. */
  plaats?: string;
}

export interface BiSettings {
  contractjaar: number;
  deciel: number;
  referentiejaarVerschil: number;
  methode: PercentileMethod;
  minPatienten: number;
  /** Judge compliance by the lower confidence bound instead of the BI itself (the threshold still comes from the BIs). */
  opOndergrens: boolean;
  /** Contract years the policy covers; another year is computed but warned about. */
  contractjaren: readonly number[];
}

export interface BiSettingOverrides {
  contractjaar: number;
  deciel?: number;
  methode?: PercentileMethod;
  minPatienten?: number;
  opOndergrens?: boolean;
}

export function settingsFromRule(rule: BiRule, overrides: BiSettingOverrides): BiSettings {
  return {
    contractjaar: overrides.contractjaar,
    deciel: overrides.deciel ?? rule.deciel,
    referentiejaarVerschil: rule.referentiejaarVerschil,
    methode: overrides.methode ?? rule.methode,
    minPatienten: overrides.minPatienten ?? rule.minPatienten,
    opOndergrens: overrides.opOndergrens ?? false,
    contractjaren: rule.contractjaren,
  };
}

export interface BiPracticeResult {
  agb: string;
  naam: string;
  bi: number | null;
  ondergrens: number | null;
  /** 1…10 for practices in the population, null otherwise. */
  deciel: number | null;
  status: CheckStatus;
  reden: string;
}

export interface BiCounts {
  voldoet: number;
  voldoetNiet: number;
  onbekend: number;
}

export interface BiResult {
  contractjaar: number;
  referentiejaar: number;
  methode: PercentileMethod;
  methodeLabel: string;
  deciel: number;
  beoordeeldOp: 'bi' | 'ondergrens';
  minPatienten: number;
  /**
   * Where the minimum of patients comes from: the team's choice. The source (KNGF analysis of the
   * 2024–2025 policy) names the 6th decile and the reference year, not a minimum of patients.
   */
  minPatientenHerkomst: Herkomst;
  /** Number of practices whose BI forms the population. */
  populatie: number;
  /** Value of the chosen decile's boundary; null when the population is too small for the method. */
  drempel: number | null;
  /** P10 … P90; null when they cannot be computed. */
  decielgrenzen: number[] | null;
  aantallen: BiCounts;
  /** One entry per AGB code of the reference year, in input order. */
  praktijken: BiPracticeResult[];
  problemen: Problem[];
}

export const referenceYear = (contractjaar: number, verschil: number): number => contractjaar - verschil;

type Candidate = { row: BiRow; excluded: string | null };

function groupByAgb(rows: readonly BiRow[]): Map<string, BiRow[]> {
  const groups = new Map<string, BiRow[]>();
  for (const row of rows) {
    const group = groups.get(row.agb);
    if (group) group.push(row);
    else groups.set(row.agb, [row]);
  }
  return groups;
}

function exclusionReason(row: BiRow, minPatienten: number): string | null {
  if (row.bi === null || !Number.isFinite(row.bi)) return REASONS.biOntbreekt();
  if (row.patienten === null) return REASONS.patientenOntbreken();
  if (row.patienten !== undefined && row.patienten < minPatienten) return REASONS.teWeinigPatienten(row.patienten, minPatienten);
  return null;
}

function judge(candidate: BiRow, boundaries: number[], settings: BiSettings): Pick<BiPracticeResult, 'deciel' | 'status' | 'reden'> {
  const bi = candidate.bi as number;
  const drempel = boundaries[settings.deciel - 1];
  const deciel = decileOf(bi, boundaries);
  const ondergrens = candidate.ondergrens ?? null;
  if (settings.opOndergrens && ondergrens === null) return { deciel, status: 'onbekend', reden: REASONS.ondergrensOntbreekt() };
  const value = settings.opOndergrens ? (ondergrens as number) : bi;
  const label = `${settings.opOndergrens ? 'De ondergrens' : 'De BehandelIndex'} ${formatDutch(value)}`;
  return value <= drempel
    ? { deciel, status: 'voldoet', reden: REASONS.voldoet(label, formatDutch(drempel), settings.deciel) }
    : { deciel, status: 'voldoet niet', reden: REASONS.voldoetNiet(label, formatDutch(drempel), settings.deciel) };
}

function countStatuses(praktijken: readonly BiPracticeResult[]): BiCounts {
  const counts: BiCounts = { voldoet: 0, voldoetNiet: 0, onbekend: 0 };
  for (const p of praktijken) {
    if (p.status === 'voldoet') counts.voldoet++;
    else if (p.status === 'voldoet niet') counts.voldoetNiet++;
    else counts.onbekend++;
  }
  return counts;
}

export function computeBehandelIndex(rows: readonly BiRow[], settings: BiSettings, bestand = ''): BiResult {
  const referentiejaar = referenceYear(settings.contractjaar, settings.referentiejaarVerschil);
  const problemen: Problem[] = [];
  const problem = (plaats: string, veld: string, melding: string, ernst: Problem['ernst'] = 'fout') =>
    problemen.push({ bestand, plaats, veld, melding, ernst });

  if (settings.contractjaren.length > 0 && !settings.contractjaren.includes(settings.contractjaar)) {
    problem('instellingen', 'contractjaar', PROBLEMS.contractjaarBuitenBeleid(settings.contractjaar, [...settings.contractjaren], referentiejaar), 'waarschuwing');
  }
  const referenceRows = rows.filter((r) => r.jaar === referentiejaar);
  if (referenceRows.length === 0) {
    const years = [...new Set(rows.map((r) => r.jaar))].sort((a, b) => a - b);
    problem('alle rijen', 'jaar', PROBLEMS.geenReferentiejaar(referentiejaar, years));
  }

  const candidates: Candidate[] = [];
  for (const [agb, group] of groupByAgb(referenceRows)) {
    if (group.length > 1) {
      const plaatsen = group.map((r, i) => r.plaats ?? `rij ${i + 1}`);
      problem(plaatsen.join(', '), 'AGB-code', PROBLEMS.dubbeleAgb(agb, referentiejaar, plaatsen));
      candidates.push({ row: { ...group[0], bi: null, ondergrens: null }, excluded: REASONS.dubbeleAgb(referentiejaar) });
    } else {
      candidates.push({ row: group[0], excluded: exclusionReason(group[0], settings.minPatienten) });
    }
  }

  const population = candidates.filter((c) => c.excluded === null).map((c) => c.row.bi as number);
  const computed = decileBoundaries(sortAscending(population), settings.methode);
  const firstError = computed.find(isBiError);
  if (firstError) problem('populatie', 'BehandelIndex', PROBLEMS.populatieTeKlein(firstError.melding));
  const boundaries = firstError ? null : (computed as number[]);

  const praktijken: BiPracticeResult[] = candidates.map(({ row, excluded }) => {
    const base = { agb: row.agb, naam: row.naam, bi: row.bi, ondergrens: row.ondergrens ?? null };
    if (excluded !== null) return { ...base, deciel: null, status: 'onbekend', reden: excluded };
    if (boundaries === null) return { ...base, deciel: null, status: 'onbekend', reden: REASONS.geenDrempel((firstError as { melding: string }).melding) };
    return { ...base, ...judge(row, boundaries, settings) };
  });

  return {
    contractjaar: settings.contractjaar,
    referentiejaar,
    methode: settings.methode,
    methodeLabel: PERCENTILE_METHODS[settings.methode].label,
    deciel: settings.deciel,
    beoordeeldOp: settings.opOndergrens ? 'ondergrens' : 'bi',
    minPatienten: settings.minPatienten,
    minPatientenHerkomst: {
      soort: 'keuze',
      instelling: 'behandelIndex.minPatienten',
      standaard: 10,
      uitleg: 'De bron noemt het 6e deciel en het referentiejaar, geen minimum aantal patiënten; het team kiest het.',
    },
    populatie: population.length,
    drempel: boundaries ? boundaries[settings.deciel - 1] : null,
    decielgrenzen: boundaries,
    aantallen: countStatuses(praktijken),
    praktijken,
    problemen,
  };
}
