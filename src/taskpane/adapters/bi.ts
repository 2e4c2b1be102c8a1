import { guessBiColumns } from '../../import/bi-columns';
import type { BiService } from '../services';

/**
 * BehandelIndex from an Excel table's values, with the rules' decile computation. The BI reader
 * shares its module with the CSV/XLSX readers, so it is loaded on demand (own chunk).
 */
export const biService: BiService = {
  guessColumns: (headers) => guessBiColumns(headers),
  async compute(table, records, columns, settings, policy) {
    const [{ parseBiRecords }, { computeBehandelIndex, settingsFromRule }, { VOORTDUREND_VERBETEREN_2024 }, { biRuleSchema }] = await Promise.all([
      import('../../import/bi'),
      import('../../rules/bi/behandelindex'),
      import('../../rules/policies/voortdurend-verbeteren-2024'),
      import('../../rules/policy'),
    ]);
    const rule = policy.behandelIndex ?? VOORTDUREND_VERBETEREN_2024.behandelIndex ?? biRuleSchema.parse({});
    const parsed = parseBiRecords(records, { bestand: table, kolommen: columns });
    const result = computeBehandelIndex(
      parsed.rows,
      settingsFromRule(rule, {
        contractjaar: settings.contractjaar,
        deciel: settings.deciel,
        methode: settings.methode,
        minPatienten: settings.minPatienten,
        opOndergrens: settings.ondergrens,
      }),
      table,
    );
    return { ...result, problemen: [...parsed.problemen, ...result.problemen] };
  },
};
