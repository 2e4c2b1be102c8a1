/*
 * =ZK.ELIGIBLE and =ZK.REASONS: screening of one row of the import table (Aanvragen), through the
 * same column mapping as the CSV/XLSX import (src/import/flat.ts) and the same rules as `zk toets`.
 */
import { applicationFromRecord } from '../import/flat';
import { evaluateEligibility, incompleteSummary, reasonLines } from '../rules/eligibility';
import type { EligibilityResult } from '../rules/outcome';
import { activePolicy } from './policy';
import { functionError, type FunctionError } from './errors';

type Cell = string | number | boolean | null | undefined;

/** The first row of a range as a flat list (a header row or an application row). */
function firstRow(range: Cell[][]): Cell[] {
  return Array.isArray(range) && Array.isArray(range[0]) ? range[0] : [];
}

function screenRow(koppen: Cell[][], rij: Cell[][]): EligibilityResult | string {
  const headers = firstRow(koppen).map((h) => (h === null || h === undefined ? '' : String(h)));
  const values = firstRow(rij);
  if (!headers.some((h) => h.trim() !== '')) return 'de kopregel is leeg; geef de rij met kolomnamen van de tabel Aanvragen';
  if (values.length !== headers.length) return `de kopregel heeft ${headers.length} kolommen en de rij ${values.length}; geef even brede bereiken`;
  const { application } = applicationFromRecord(headers, values, { bestand: 'werkblad', rij: 'formule' });
  return evaluateEligibility(application, activePolicy());
}

/**
 * Is de aanvraag in deze rij geschikt? WAAR als elke knock-out voldoet, ONWAAR als er één niet
 * voldoet, #N/B met de ontbrekende velden als de aanvraag onvolledig is.
 * Voorbeeld: =ZK.ELIGIBLE(Aanvragen!$A$1:$BZ$1; Aanvragen!A2:BZ2)
 * @customfunction ELIGIBLE
 * @param koppen De kopregel van de tabel Aanvragen (kolomnamen zoals in het importsjabloon).
 * @param rij De rij van één aanvraag, even breed als de kopregel.
 * @returns WAAR (geschikt) of ONWAAR (niet geschikt).
 */
export function eligible(koppen: any[][], rij: any[][]): boolean | CustomFunctions.Error | FunctionError {
  const result = screenRow(koppen, rij);
  if (typeof result === 'string') return functionError('invalidValue', result);
  if (result.status === 'geschikt') return true;
  if (result.status === 'niet geschikt') return false;
  return functionError('notAvailable', incompleteSummary(result));
}

/**
 * De redenen van de toetsing, één per toets (K1–K11, regio, looptijd, uitsluitingen, elementen,
 * businesscase), onder elkaar.
 * Voorbeeld: =ZK.REASONS(Aanvragen!$A$1:$BZ$1; Aanvragen!A2:BZ2)
 * @customfunction REASONS
 * @param koppen De kopregel van de tabel Aanvragen.
 * @param rij De rij van één aanvraag, even breed als de kopregel.
 * @returns Eén regel per toets, bijvoorbeeld "K9 voldoet niet: …".
 */
export function reasons(koppen: any[][], rij: any[][]): any[][] {
  const result = screenRow(koppen, rij);
  // A spilling function answers with a matrix; an error is its one cell.
  if (typeof result === 'string') return [[functionError('invalidValue', result)]];
  return reasonLines(result).map((line) => [line]);
}
