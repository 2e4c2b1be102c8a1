/*
 * =ZK.ELIGIBLE and =ZK.REASONS: screening of one row of the Aanvragen table, with its participants
 * and budget lines from the Deelnemers and Begroting tables, through the same column mapping as
 * the import (src/workbook/applications.ts over src/import) and the same rules as `zk toets`.
 */
import { applicationFromRow } from '../workbook/applications';
import { evaluateEligibility, incompleteSummary, reasonLines } from '../rules/eligibility';
import type { EligibilityResult } from '../rules/outcome';
import { activePolicy } from './policy';
import { FUNCTION_MESSAGES, functionError, type FunctionError } from './errors';

type Cell = string | number | boolean | null | undefined;

/** The first row of a range as a flat list (a header row or an application row). */
function firstRow(range: Cell[][]): Cell[] {
  return Array.isArray(range) && Array.isArray(range[0]) ? range[0] : [];
}

/** A table argument (header row first); an omitted or empty one is no table. */
function table(range: Cell[][] | null | undefined): Cell[][] {
  return Array.isArray(range) && range.length > 0 && Array.isArray(range[0]) ? range : [];
}

function screenRow(koppen: Cell[][], rij: Cell[][], deelnemers?: Cell[][] | null, begroting?: Cell[][] | null): EligibilityResult | string {
  const headers = firstRow(koppen).map((h) => (h === null || h === undefined ? '' : String(h)));
  const values = firstRow(rij);
  if (!headers.some((h) => h.trim() !== '')) return FUNCTION_MESSAGES.kopregelLeeg('Aanvragen');
  if (values.length !== headers.length) return FUNCTION_MESSAGES.ongelijkeBreedte(headers.length, values.length);
  const { applications } = applicationFromRow(headers, values, table(deelnemers), table(begroting));
  return evaluateEligibility(applications[0], activePolicy());
}

/**
 * Is de aanvraag in deze rij geschikt? WAAR als elke knock-out voldoet, ONWAAR als er één niet
 * voldoet, #N/B met de ontbrekende velden als de aanvraag onvolledig is. De deelnemers en
 * begrotingsregels met het id van deze rij komen uit de tabellen Deelnemers en Begroting.
 * Voorbeeld in de tabel Aanvragen: =ZK.ELIGIBLE(Aanvragen[#Kopteksten]; Aanvragen[@]; Deelnemers[#Alles]; Begroting[#Alles])
 * @customfunction ELIGIBLE
 * @param koppen De kopregel van de tabel Aanvragen (kolomnamen zoals in het importsjabloon).
 * @param rij De rij van één aanvraag, even breed als de kopregel.
 * @param [deelnemers] De tabel Deelnemers met kopregel (aanvraagId, praktijknaam, …).
 * @param [begroting] De tabel Begroting met kopregel (aanvraagId, soort, omschrijving, bedrag, categorie).
 * @returns WAAR (geschikt) of ONWAAR (niet geschikt).
 */
export function eligible(koppen: any[][], rij: any[][], deelnemers?: any[][], begroting?: any[][]): boolean | CustomFunctions.Error | FunctionError {
  const result = screenRow(koppen, rij, deelnemers, begroting);
  if (typeof result === 'string') return functionError('invalidValue', result);
  if (result.status === 'geschikt') return true;
  if (result.status === 'niet geschikt') return false;
  return functionError('notAvailable', incompleteSummary(result));
}

/**
 * De redenen van de toetsing, één per toets (K1–K11, regio, looptijd, uitsluitingen, elementen,
 * businesscase), onder elkaar. Buiten een tabel zetten: een overloopformule loopt niet in een tabel.
 * Voorbeeld: =ZK.REASONS(Aanvragen[#Kopteksten]; Aanvragen[@]; Deelnemers[#Alles]; Begroting[#Alles])
 * @customfunction REASONS
 * @param koppen De kopregel van de tabel Aanvragen.
 * @param rij De rij van één aanvraag, even breed als de kopregel.
 * @param [deelnemers] De tabel Deelnemers met kopregel.
 * @param [begroting] De tabel Begroting met kopregel.
 * @returns Eén regel per toets, bijvoorbeeld "K9 voldoet niet: …".
 */
export function reasons(koppen: any[][], rij: any[][], deelnemers?: any[][], begroting?: any[][]): any[][] {
  const result = screenRow(koppen, rij, deelnemers, begroting);
  // A spilling function answers with a matrix; an error is its one cell.
  if (typeof result === 'string') return [[functionError('invalidValue', result)]];
  return reasonLines(result).map((line) => [line]);
}
