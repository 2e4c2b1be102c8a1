/**
 * One place where custom functions turn a Dutch message into an Excel error value.
 * In Excel, `CustomFunctions` is a global of the runtime; in Node (tests, CLI) it is absent and
 * a plain object with the same shape stands in, so wrappers are testable without Office.
 *
 * The codes are the runtime's own enum keys (`CustomFunctions.ErrorCode.notAvailable`, camelCase),
 * taken from its type, so a key the runtime does not have fails to compile. The enum and
 * `CustomFunctions.Error` with a message need CustomFunctionsRuntime 1.3 (manifest.xml).
 */
export type ExcelErrorCode = keyof typeof CustomFunctions.ErrorCode;

export interface FunctionError {
  readonly code: ExcelErrorCode;
  readonly message: string;
}

/** `#VALUE!` = invalidValue, `#N/A` = notAvailable, `#NUM!` = invalidNumber. */
export function functionError(code: ExcelErrorCode, message: string): CustomFunctions.Error | FunctionError {
  if (typeof CustomFunctions !== 'undefined' && typeof CustomFunctions.Error === 'function') {
    return new CustomFunctions.Error(CustomFunctions.ErrorCode[code], message);
  }
  return { code, message };
}

export function isFunctionError(value: unknown): value is FunctionError {
  return typeof value === 'object' && value !== null && 'code' in value && 'message' in value;
}

/**
 * The Dutch messages of the table functions (=ZK.ELIGIBLE, =ZK.VV.ELIGIBLE, =ZK.VS.GROUPS): what
 * is wrong with an argument, said once for every function that takes a header row and a row.
 */
export const FUNCTION_MESSAGES = {
  kopregelLeeg: (tabel: string) => `de kopregel is leeg; geef de rij met kolomnamen van de tabel ${tabel}`,
  ongelijkeBreedte: (koppen: number, rij: number) => `de kopregel heeft ${koppen} kolommen en de rij ${rij}; geef even brede bereiken`,
  geenPraktijk: (melding: string) => `de rij is geen praktijk: ${melding}`,
  maandOngeldig: (waarde: string) => `maand "${waarde}" is geen maand als JJJJ-MM (bijvoorbeeld 2025-03) of een datum`,
  groepOnbekend: (waarde: string, groepen: readonly string[]) => `patiëntengroep "${waarde}" bestaat niet; kies uit ${groepen.join(', ')}`,
  onbekend: (wat: string) => `onbekend: ${wat}`,
} as const;
