import { guessBiColumns } from '../../import/bi-columns';
import { biRuleOf } from '../../shared/settings';
import type { BiService } from '../services';

/**
 * BehandelIndex from an Excel table's values, with the rules' decile computation. The BI reader
 * shares its module with the CSV/XLSX readers, so it is loaded on demand (own chunk).
 */
export const biService: BiService = {
  guessColumns: (headers) => guessBiColumns(headers),
  async compute(table, records, columns, settings, policy) {
    const [{ parseBiRecords }, { computeBehandelIndex, settingsFromRule }] = await Promise.all([import('../../import/bi'), import('../../rules/bi/behandelindex')]);
    const parsed = parseBiRecords(records, { bestand: table, kolommen: columns });
    const result = computeBehandelIndex(parsed.rows, settingsFromRule(biRuleOf(policy), settings), table);
    return { ...result, problemen: [...parsed.problemen, ...result.problemen] };
  },
};
