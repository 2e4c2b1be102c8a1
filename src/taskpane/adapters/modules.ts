import { formatDutch } from '../../rules/bi/messages';
import { TABLES } from '../../workbook/names';
import { MODULE_INPUT_TABLES } from '../../workbook/module-input';
import type { TableData } from '../../workbook/types';
import type { LinkedBiRow, ModuleService } from '../services';

/**
 * The module checklists from the workbook's tables: Praktijken and Therapeuten (read through the
 * import's one column mapping), and the BehandelIndex result (the BI step's, else the BehandelIndex
 * sheet's). The rules and the mapping to the checklist model are loaded on demand (own chunk).
 */
const NAMES = [MODULE_INPUT_TABLES.praktijken, MODULE_INPUT_TABLES.therapeuten, TABLES.behandelIndex, TABLES.biDrempel] as const;

const matrix = (t: TableData | null | undefined) => (t ? [t.headers, ...t.rows] : undefined);

export const moduleService: ModuleService = {
  tableNames: () => NAMES,
  async check(tables, options) {
    const [{ moduleInputFromTables }, rules, vv, vs, results, link] = await Promise.all([
      import('../../workbook/module-input'),
      import('../../rules/modules'),
      import('../../rules/policies/voortdurend-verbeteren-2024'),
      import('../../rules/policies/verdiepen-specialiseren-2024'),
      import('../../workbook/module-results'),
      import('../../workbook/module-bi-link'),
    ]);
    const [praktijken, therapeuten, biTable, biSummary] = NAMES.map((n) => tables[n] ?? null);
    const input = moduleInputFromTables('werkmap', { praktijken: matrix(praktijken), therapeuten: matrix(therapeuten) });
    const vvPolicy = vv.VOORTDUREND_VERBETEREN_MODULE_2024;
    const peildatum = `${options.maand ?? `${options.contractjaar}-01`}-01`;
    const bi = options.bi ?? (vvPolicy.behandelIndex ? link.biResultFromSheet(biTable, biSummary, vvPolicy.behandelIndex, options.contractjaar) : null);
    const run = { contractjaar: options.contractjaar, peildatum };
    const vvResult = rules.checkVoortdurendVerbeteren(input.praktijken, input.therapeuten, bi, vvPolicy, run);
    const vsResult = rules.checkVerdiepenSpecialiseren(input.therapeuten, vs.VERDIEPEN_SPECIALISEREN_2024, { ...run, praktijken: input.praktijken });
    const biRows: Record<string, LinkedBiRow> = {};
    for (const [agb, r] of link.biSheetRows(biTable)) {
      biRows[agb] = { rij: r.rij, bi: r.bi === null ? '–' : formatDutch(r.bi), deciel: r.deciel === null ? '–' : String(r.deciel), uitkomst: r.uitkomst, reden: r.reden };
    }
    return {
      lists: [results.vvChecklist(vvResult, vvPolicy, options.taal), results.vsChecklist(vsResult, vs.VERDIEPEN_SPECIALISEREN_2024, options.taal, run)],
      problems: [...input.problemen, ...vvResult.problemen, ...vsResult.problemen],
      biRows,
      bi: bi ? { drempel: bi.drempel === null ? undefined : formatDutch(bi.drempel), referentiejaar: String(bi.referentiejaar) } : null,
    };
  },
};
