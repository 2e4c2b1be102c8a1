/**
 * One place where custom functions turn a Dutch message into an Excel error value.
 * In Excel, `CustomFunctions` is a global of the runtime; in Node (tests, CLI) it is absent and
 * a plain object with the same shape stands in, so wrappers are testable without Office.
 */
export type ExcelErrorCode = 'InvalidValue' | 'NotAvailable' | 'InvalidNumber' | 'DivisionByZero' | 'InvalidName' | 'NullReference';

export interface FunctionError {
  readonly code: ExcelErrorCode;
  readonly message: string;
}

/** `#VALUE!` = InvalidValue, `#N/A` = NotAvailable, `#NUM!` = InvalidNumber. */
export function functionError(code: ExcelErrorCode, message: string): CustomFunctions.Error | FunctionError {
  if (typeof CustomFunctions !== 'undefined' && typeof CustomFunctions.Error === 'function') {
    const errorCode = CustomFunctions.ErrorCode[code as keyof typeof CustomFunctions.ErrorCode];
    return new CustomFunctions.Error(errorCode, message);
  }
  return { code, message };
}

export function isFunctionError(value: unknown): value is FunctionError {
  return typeof value === 'object' && value !== null && 'code' in value && 'message' in value;
}
