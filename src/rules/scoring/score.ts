/** One assessor's score for one rubric item of one application, as in the score file. */
export interface Score {
  aanvraag: string;
  beoordelaar: string;
  rol: string;
  item: string;
  score: number;
  toelichting: string;
}

/** Someone present at the consensus meeting. */
export interface Aanwezige {
  wie: string;
  rol: string;
}

/** A score the panel agreed on after discussion; replaces the aggregate only with a motivation. */
export interface ConsensusInput {
  aanvraag: string;
  item: string;
  score: number;
  motivatie: string;
  wie: string;
  rol: string;
  /** Who was present at the meeting when it was agreed; audited with the decision. */
  aanwezig?: readonly Aanwezige[];
}

export type Aggregation = 'gemiddelde' | 'mediaan';

/** Statistics of one item of one application over its assessors. */
export interface ItemAggregate {
  item: string;
  n: number;
  gemiddelde: number;
  mediaan: number;
  /** Sample standard deviation (n − 1), 0 for a single score — as Excel's STDEV.S, except n = 1. */
  standaardafwijking: number;
  min: number;
  max: number;
  /** max − min */
  spreiding: number;
  /** True when the spread reaches the rubric's threshold. */
  onenigheid: boolean;
  /** The value that counts: mean or median, or the consensus score. */
  waarde: number;
  consensus?: { score: number; motivatie: string; wie: string; rol: string };
}

export function mean(values: readonly number[]): number {
  let sum = 0;
  for (const v of values) sum += v;
  return values.length ? sum / values.length : NaN;
}

export function median(values: readonly number[]): number {
  if (!values.length) return NaN;
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** `m` is the values' mean when the caller has it already (the same number mean() gives). */
export function sampleSd(values: readonly number[], m: number = mean(values)): number {
  if (values.length < 2) return 0;
  let ss = 0;
  for (const v of values) ss += (v - m) * (v - m);
  return Math.sqrt(ss / (values.length - 1));
}
