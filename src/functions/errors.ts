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
