/**
 * Where a cell is, for messages: `Aanvragen!F7` in a workbook, `rij 7 kolom F` in a CSV, or a
 * label of a Word form. Made only when there is something to report.
 */

/** A place as text, or a row of a table and a column index whose text is made on demand. */
export type Place = string | { row: { rij: number | string; blad?: string }; column: number };

export const placeText = (place: Place): string => (typeof place === 'string' ? place : cellPlace(place.row, place.column));

/** Column letters as a spreadsheet shows them: 1 → A, 27 → AA. */
export function columnLetter(index1: number): string {
  let n = index1;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** The place of a cell: `Aanvragen!F7` in a workbook, `rij 7 kolom F` in a CSV. */
export function cellPlace(where: { rij: number | string; blad?: string }, columnIndex0: number): string {
  if (typeof where.rij === 'string') return where.rij;
  return where.blad ? `${where.blad}!${columnLetter(columnIndex0 + 1)}${where.rij}` : `rij ${where.rij} kolom ${columnLetter(columnIndex0 + 1)}`;
}

export function rowPlace(where: { rij: number | string; blad?: string }): string {
  if (typeof where.rij === 'string') return where.rij;
  return where.blad ? `${where.blad} rij ${where.rij}` : `rij ${where.rij}`;
}
