/**
 * Size limits, checked before parsing so a file is refused whole, never half-imported. The same
 * limits and messages hold for every reader (applications, scores, consensus, BehandelIndex) and
 * are listed in docs/import.md under "Grenzen".
 */

/** Any input file (applications, scores, consensus, overrides, policy). */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;
/** A BehandelIndex file: a national list of practices is larger than a set of applications. */
export const MAX_BI_FILE_BYTES = 30 * 1024 * 1024;
/** Everything an .xlsx/.docx unpacks to, counted while inflating (not taken from the zip's headers). */
export const MAX_UNPACKED_BYTES = 100 * 1024 * 1024;
/** Files inside one archive. */
export const MAX_ARCHIVE_ENTRIES = 10_000;
/** Cells in all worksheets of one workbook, counted in the sheet XML before the workbook is parsed. */
export const MAX_CELLS = 2_000_000;
/** Rows of one table (a CSV file, a sheet) of applications, scores or consensus; applications in one JSON file. */
export const MAX_ROWS = 20_000;
/**
 * Rows of one BehandelIndex table: a national list is about 10,000 practices a year. The bound
 * keeps `zk bi -o` (a styled workbook of every row) under 1 GB of memory.
 */
export const MAX_BI_ROWS = 50_000;
/** Columns of one table: Excel's own limit (XFD). */
export const MAX_COLUMNS = 16_384;
/** Nesting of objects and lists in a JSON file; an application is 4 levels deep. */
export const MAX_JSON_DEPTH = 64;

export const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toLocaleString('nl-NL', { maximumFractionDigits: 1 })} MB`;

/** A Dutch refusal when a file of this many bytes is too large, else undefined. */
export function fileSizeRefusal(byteLength: number, max = MAX_FILE_BYTES): string | undefined {
  if (byteLength > max) return `het bestand is ${mb(byteLength)}, groter dan de grens van ${mb(max)}; er is niets ingelezen`;
  return undefined;
}

export const checkFileSize = (bytes: Uint8Array, max = MAX_FILE_BYTES): string | undefined => fileSizeRefusal(bytes.byteLength, max);

export const unpackedRefusal = (): string => `het archief pakt uit tot meer dan ${mb(MAX_UNPACKED_BYTES)}, de grens; er is niets ingelezen`;

export function rowsRefusal(what: string, count: number, max = MAX_ROWS): string | undefined {
  return count > max ? `${what} heeft ${count} rijen, meer dan de grens van ${max}; er is niets ingelezen` : undefined;
}

export function columnsRefusal(what: string, count: number): string | undefined {
  return count > MAX_COLUMNS ? `${what} heeft ${count} kolommen, meer dan de grens van ${MAX_COLUMNS}; er is niets ingelezen` : undefined;
}
