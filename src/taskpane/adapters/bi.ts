import { guessBiColumns } from '../../import/bi-columns';
import { parseBiRecords } from '../../import/bi';
import { computeBehandelIndex, settingsFromRule } from '../../rules/bi/behandelindex';
import { VOORTDUREND_VERBETEREN_2024 } from '../../rules/policies/voortdurend-verbeteren-2024';
import { biRuleSchema } from '../../rules/policy';
import type { BiService } from '../services';

/** BehandelIndex from an Excel table's values, with the rules' decile computation. */
export const biService: BiService = {
  guessColumns: (headers) => guessBiColumns(headers),
  compute(table, records, columns, settings, policy) {
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
