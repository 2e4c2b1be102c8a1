/*
 * =ZK.* custom functions for regions, the business case and identifiers: thin wrappers over
 * src/rules. Each coerces its cell values once, calls the rule and turns an `onbekend` or a bad
 * input into an Excel error with a Dutch message (functionError). Metadata comes from the JSDoc.
 */
import { judgeBusinessCase } from '../rules/businesscase';
import { activePolicy } from './policy';
import { describeResolution, resolveLocation, type RegionResolution } from '../rules/regions';
import { combineFindings } from '../rules/status';
import { validateAgb, validateKvk, validatePostcode, type Validation } from '../rules/validators';
import { functionError, type FunctionError } from './errors';
import { readAmount } from '../rules/dutch-number';

// The metadata generator does not follow type aliases, so exported signatures spell the unions out
// (a union is declared to Excel as "any").
type CellValue = string | number | boolean | null | undefined;

/** A cell as text: numbers as typed (AGB codes may arrive as numbers), empty as ''. */
function cellText(value: CellValue): string {
  if (value === null || value === undefined) return '';
  return typeof value === 'string' ? value : String(value);
}

/** A cell as an amount in euros; text like "1.234,50" is accepted, anything else is an error message. */
function cellAmount(value: CellValue, name: string): number | string {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  const n = typeof value === 'string' ? readAmount(value) : undefined;
  if (n !== undefined) return n;
  if (value === null || value === undefined || value === '') return `${name} ontbreekt`;
  return `${name} '${cellText(value)}' is geen bedrag`;
}

function cellBoolean(value: CellValue, name: string, fallback: boolean): boolean | string {
  if (value === null || value === undefined || value === '') return fallback;
  if (typeof value === 'boolean') return value;
  const text = cellText(value).trim().toLowerCase();
  if (['waar', 'true', 'ja', '1'].includes(text)) return true;
  if (['onwaar', 'false', 'nee', '0'].includes(text)) return false;
  return `${name} '${cellText(value)}' is geen WAAR of ONWAAR`;
}

/** What =ZK.REGION can return besides the region, by its Dutch name. */
const REGION_PARTS = {
  regio: (r: RegionResolution) => r.regio ?? '',
  gemeente: (r: RegionResolution) => r.gemeente ?? '',
  soort: (r: RegionResolution) => r.soort ?? '',
  toelichting: (r: RegionResolution) => describeResolution(r),
} as const;

/**
 * Kernregio van een gemeente, plaats of postcode (4 cijfers) volgens het beleid uit Instellingen (standaard Bijlage 2 van
 * samenwerken-2021). Geeft "" buiten de kernregio's en #N/B met een melding voor een onbekende of dubbelzinnige invoer.
 * Voorbeeld: =ZK.REGION("Capelle a/d IJssel") geeft "Rotterdam"; =ZK.REGION("Zaandam") geeft "Zaanstreek-Waterland";
 * =ZK.REGION(3511) geeft "Utrecht"; =ZK.REGION("Zaandam"; "soort") geeft "plaats".
 * @customfunction REGION
 * @param gemeente Gemeente, plaats of postcode (ook oude namen zoals Bussum of Vianen, en varianten zoals "Den Haag").
 * @param [wat] "regio" (standaard), "gemeente", "soort" (gemeente, plaats of postcode: waarop de invoer is herkend) of "toelichting".
 * @returns Naam van de kernregio (of wat gevraagd is), of "" buiten de kernregio's.
 */
export function region(gemeente: string | number | boolean | null, wat?: string | null): string | CustomFunctions.Error | FunctionError {
  const part = cellText(wat).trim().toLowerCase() || 'regio';
  if (!(part in REGION_PARTS)) return functionError('invalidValue', `wat '${cellText(wat)}' is onbekend; kies regio, gemeente, soort of toelichting`);
  // The policy loaded in the task pane (shared runtime), else the built-in 2021 policy.
  const resolution = resolveLocation(cellText(gemeente), activePolicy());
  if (part !== 'toelichting' && resolution.status === 'onbekend') {
    return functionError('notAvailable', resolution.toelichting ?? `onbekende gemeente '${cellText(gemeente)}'`);
  }
  return REGION_PARTS[part as keyof typeof REGION_PARTS](resolution);
}

/**
 * Is de businesscase positief? Opbrengsten moeten opwegen tegen de kosten; wordt zorg uit de
 * tweede lijn verplaatst, dan is een directe besparing in de tweede lijn nodig.
 * Voorbeeld: =ZK.BUSINESSCASE(60000; 95000; WAAR; 95000) geeft WAAR; =ZK.BUSINESSCASE(60000; 40000) geeft ONWAAR.
 * @customfunction BUSINESSCASE
 * @param kosten Kosten van het project in euro's.
 * @param opbrengsten Verwachte opbrengsten in euro's.
 * @param [verplaatst_uit_tweede_lijn] WAAR als zorg uit de tweede lijn naar de eerste lijn gaat (standaard ONWAAR).
 * @param [besparing_tweede_lijn] Directe besparing in de tweede lijn in euro's.
 * @returns WAAR als de businesscase positief is, anders ONWAAR.
 */
export function businessCase(
  kosten: number | string | null,
  opbrengsten: number | string | null,
  verplaatst_uit_tweede_lijn?: boolean | string | number | null,
  besparing_tweede_lijn?: number | string | null,
): boolean | CustomFunctions.Error | FunctionError {
  const costs = cellAmount(kosten, 'kosten');
  const revenues = cellAmount(opbrengsten, 'opbrengsten');
  const moved = cellBoolean(verplaatst_uit_tweede_lijn, 'verplaatst_uit_tweede_lijn', false);
  const emptySaving = besparing_tweede_lijn === null || besparing_tweede_lijn === undefined || besparing_tweede_lijn === '';
  const saving = emptySaving ? undefined : cellAmount(besparing_tweede_lijn, 'besparing_tweede_lijn');
  const bad = [costs, revenues, moved, saving].find((v) => typeof v === 'string');
  if (typeof bad === 'string') return functionError('invalidValue', bad);
  const verdict = combineFindings(
    judgeBusinessCase({ kosten: costs as number, opbrengsten: revenues as number, zorgUitTweedeLijn: moved as boolean, besparingTweedeLijn: saving as number | undefined }),
  );
  if (verdict.status === 'onbekend') return functionError('notAvailable', verdict.reden);
  return verdict.status === 'voldoet';
}

function isValid(validation: Validation): boolean {
  return validation.ok;
}

/**
 * Is dit een geldige AGB-code (8 cijfers; de eerste twee geven de zorgsoort, 04 = fysiotherapeut)?
 * Voorbeeld: =ZK.AGB.VALID("04012345") geeft WAAR; =ZK.AGB.VALID("0401234") geeft ONWAAR.
 * @customfunction AGB.VALID
 * @param code AGB-code.
 * @returns WAAR of ONWAAR.
 */
export function agbValid(code: string | number | null): boolean {
  return isValid(validateAgb(typeof code === 'number' ? String(code).padStart(8, '0') : cellText(code)));
}

/**
 * Is dit een geldig KvK-nummer (8 cijfers)?
 * Voorbeeld: =ZK.KVK.VALID("8123 4567") geeft WAAR.
 * @customfunction KVK.VALID
 * @param nummer KvK-nummer.
 * @returns WAAR of ONWAAR.
 */
export function kvkValid(nummer: string | number | null): boolean {
  return isValid(validateKvk(typeof nummer === 'number' ? String(nummer).padStart(8, '0') : cellText(nummer)));
}

/**
 * Is dit een Nederlandse postcode (4 cijfers, 2 letters)?
 * Voorbeeld: =ZK.POSTCODE.VALID("3511 AB") geeft WAAR; =ZK.POSTCODE.VALID("0511 AB") geeft ONWAAR.
 * @customfunction POSTCODE.VALID
 * @param postcode Postcode.
 * @returns WAAR of ONWAAR.
 */
export function postcodeValid(postcode: string | null): boolean {
  return isValid(validatePostcode(cellText(postcode)));
}
