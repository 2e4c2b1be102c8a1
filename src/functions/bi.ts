import { biError, isBiError, type BiError, type BiErrorCode } from '../rules/bi/messages';
import { decileOf, type PercentileMethod } from '../rules/bi/percentile';
import { PopulationCache, type RangeValues, type SortedPopulation } from '../rules/bi/population-cache';
import { getSettings } from '../shared/settings';
import { functionError, type ExcelErrorCode, type FunctionError } from './errors';

/**
 * =ZK.BI.* — thin wrappers over src/rules/bi. Arguments are coerced once by the helpers below;
 * every error comes from the one catalogue in src/rules/bi/messages.ts.
 */

/** What a formula returns instead of a value: CustomFunctions.Error in Excel, a plain object in Node. */
export type ErrorValue = FunctionError | CustomFunctions.Error;

/** Shared by every formula in this runtime, so 10,000 per-row formulas over one range sort once. */
export const populationCache = new PopulationCache({ capacity: 16 });

/** Fewer values than this in the range is #NUM! (the rule; Excel's own PERCENTILE accepts 1). */
export const MIN_POPULATION = 2;

const EXCEL_CODE: Record<BiErrorCode, ExcelErrorCode> = { NUM: 'invalidNumber', NA: 'notAvailable', VALUE: 'invalidValue' };
const toExcel = (error: BiError) => functionError(EXCEL_CODE[error.code], error.melding);

const omitted = (value: unknown): boolean => value === null || value === undefined || value === '';

function coerceBi(value: unknown): number | BiError {
  if (Array.isArray(value)) value = value[0]?.[0];
  if (omitted(value)) return biError('biOntbreekt');
  if (typeof value !== 'number' || !Number.isFinite(value)) return biError('biGeenGetal', String(value));
  return value;
}

function coerceDecile(value: unknown): number | BiError {
  // Left out: the decile set in the task pane's Instellingen (shared runtime; 6 by default).
  if (omitted(value)) return getSettings().bi.deciel;
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 9 ? value : biError('decielOngeldig', String(value));
}

const METHODS: Record<string, PercentileMethod> = { INC: 'inc', EXC: 'exc', NEAREST: 'nearest' };

function coerceMethod(value: unknown): PercentileMethod | BiError {
  if (omitted(value)) return getSettings().bi.methode;
  return METHODS[String(value).trim().toUpperCase()] ?? biError('methodeOngeldig', String(value));
}

function population(range: unknown): SortedPopulation | BiError {
  const rows: RangeValues = Array.isArray(range) ? (range as RangeValues) : [[range]];
  const found = populationCache.fromRange(rows);
  const n = found.sorted.length;
  if (n === 0) return biError('geenGetallen');
  if (n < MIN_POPULATION) return biError('teWeinigGetallen', n, MIN_POPULATION);
  return found;
}

/** All nine boundaries as numbers, or the first error among them. */
function boundaries(found: SortedPopulation, method: PercentileMethod): number[] | BiError {
  const all = found.boundaries(method);
  const error = all.find(isBiError);
  return error ?? (all as number[]);
}

/** Runs the body with coerced arguments; the first argument that is an error is the result. */
function withArgs<A extends unknown[], R>(args: readonly [...{ [K in keyof A]: A[K] | BiError }], body: (...values: A) => R | BiError): R | ErrorValue {
  const error = args.find(isBiError);
  if (error) return toExcel(error);
  const result = body(...(args as unknown as A));
  return isBiError(result) ? toExcel(result) : result;
}

/**
 * Drempel: de waarde van het gekozen deciel (standaard het 6e) van de getallen in het bereik.
 * Lege cellen en tekst tellen niet mee, zoals bij PERCENTIEL.
 * @customfunction BI.THRESHOLD
 * @param bereik BehandelIndex van de populatie (referentiejaar).
 * @param [deciel] Deciel 1 tot en met 9; standaard het deciel uit Instellingen (6).
 * @param [methode] "INC" (als PERCENTIEL.INC), "EXC" of "NEAREST"; standaard de methode uit Instellingen (INC).
 * @returns De drempelwaarde.
 */
export function threshold(bereik: any[][], deciel?: number, methode?: string): number | ErrorValue {
  return withArgs([population(bereik), coerceDecile(deciel), coerceMethod(methode)], (found, d, method) => found.boundaries(method)[d - 1]);
}

/**
 * Deciel van een BehandelIndex: het kleinste d (1–9) met BI ≤ P(10·d), anders 10.
 * @customfunction BI.DECILE
 * @param bi BehandelIndex van de praktijk.
 * @param bereik BehandelIndex van de populatie (referentiejaar).
 * @param [methode] "INC", "EXC" of "NEAREST"; standaard de methode uit Instellingen (INC).
 * @returns Deciel 1 tot en met 10.
 */
export function decile(bi: any, bereik: any[][], methode?: string): number | ErrorValue {
  return withArgs([coerceBi(bi), population(bereik), coerceMethod(methode)], (value, found, method) => {
    const bounds = boundaries(found, method);
    return isBiError(bounds) ? bounds : decileOf(value, bounds);
  });
}

/**
 * Voldoet de praktijk? WAAR als de BehandelIndex kleiner dan of gelijk is aan de waarde van het gekozen deciel.
 * @customfunction BI.COMPLIANT
 * @param bi BehandelIndex van de praktijk.
 * @param bereik BehandelIndex van de populatie (referentiejaar).
 * @param [deciel] Deciel 1 tot en met 9; standaard het deciel uit Instellingen (6).
 * @param [methode] "INC", "EXC" of "NEAREST"; standaard de methode uit Instellingen (INC).
 * @returns WAAR (voldoet) of ONWAAR (voldoet niet).
 */
export function compliant(bi: any, bereik: any[][], deciel?: number, methode?: string): boolean | ErrorValue {
  return withArgs(
    [coerceBi(bi), population(bereik), coerceDecile(deciel), coerceMethod(methode)],
    (value, found, d, method) => {
      const limit = found.boundaries(method)[d - 1];
      return isBiError(limit) ? limit : value <= limit;
    },
  );
}

/**
 * Deciel van elke rij in één keer (spill): de snelle vorm voor grote tabellen.
 * @customfunction BI.DECILES
 * @param biKolom BehandelIndex-kolom van de populatie (referentiejaar).
 * @param [methode] "INC", "EXC" of "NEAREST"; standaard de methode uit Instellingen (INC).
 * @returns Per rij het deciel 1 tot en met 10, of #N/B waar de BI ontbreekt.
 */
export function deciles(biKolom: any[][], methode?: string): any[][] {
  return decileColumn(biKolom, methode);
}

/** DECILES with its real type (the metadata generator only accepts plain matrix types on the formula itself). */
export function decileColumn(biKolom: unknown, methode?: unknown): (number | ErrorValue)[][] {
  const bounds = withArgs([population(biKolom), coerceMethod(methode)], (found, method) => boundaries(found, method));
  const rows: RangeValues = Array.isArray(biKolom) ? biKolom : [[biKolom]];
  if (!Array.isArray(bounds)) return rows.map((row) => row.map(() => bounds));
  return rows.map((row) =>
    row.map((cell) => {
      const value = coerceBi(cell);
      return isBiError(value) ? toExcel(value) : decileOf(value, bounds);
    }),
  );
}
