/**
 * The one mapping between the canonical Application and flat rows (CSV, XLSX, the add-in's
 * import table, `=ZK.ELIGIBLE(koppen, rij)`), in four parts:
 *   headers.ts       header → field (tolerant matching, synonyms, Bijlage 3 labels, numbered lines)
 *   from-row.ts      row (or Word form cells) → Application, problems and raw values
 *   to-row.ts        Application → headers and values
 *   cell-address.ts  where a cell is, for messages (`Aanvragen!F7`, `rij 7 kolom F`)
 * Importers may use this module or the parts directly.
 */
export { describeHeaders, fieldName, resolveHeader, resolveLineHeader, type Target } from './headers';
export { applicationFromCells, applicationFromRecord, lineFromCells, type Cell, type FromCellsOptions, type FromCellsResult } from './from-row';
export { applicationToRecord, describeColumns, groupCounts, KIND_NAMES, tableHeaders, type FlatValue } from './to-row';
export { cellPlace, columnLetter, placeText, rowPlace, type Place } from './cell-address';
