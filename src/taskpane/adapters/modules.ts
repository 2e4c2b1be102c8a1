import { updateSettings } from '../../shared/settings';
import { formatDutch } from '../../rules/bi/messages';
import { TABLES } from '../../workbook/names';
import { MODULE_INPUT_TABLES } from '../../workbook/module-input';
import type { TableData } from '../../workbook/types';
import type { ModulePolicy } from '../../rules/modules/policy-schema';
import type { Problem } from '../../rules/outcome';
import type { LinkedBiRow, ModuleService, ModuleTeamFile } from '../services';

/**
 * The module checklists from the workbook's tables: Praktijken and Therapeuten (read through the
 * import's one column mapping), and the BehandelIndex result (the BI step's, else the BehandelIndex
 * sheet's). The rules and the mapping to the checklist model are loaded on demand (own chunk).
 */
const NAMES = [MODULE_INPUT_TABLES.praktijken, MODULE_INPUT_TABLES.therapeuten, TABLES.behandelIndex, TABLES.biDrempel] as const;

const matrix = (t: TableData | null | undefined) => (t ? [t.headers, ...t.rows] : undefined);

/** The team's file over the built-in policy (rules/modules/load.ts), loaded with the rules when a file is given. */
async function policyFor(builtIn: ModulePolicy, team: ModuleTeamFile | null | undefined): Promise<{ policy: ModulePolicy; problems: Problem[] }> {
  if (!team) return { policy: builtIn, problems: [] };
  const { loadTeamModulePolicy } = await import('../../rules/modules/load');
  const loaded = loadTeamModulePolicy(builtIn, team.json, team.bestand);
  return loaded.policy ? { policy: loaded.policy, problems: [] } : { policy: builtIn, problems: loaded.problems };
}

export const moduleService: ModuleService = {
  tableNames: () => NAMES,
  async loadTeamFile(bestand, text) {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      return { problems: [{ bestand, plaats: 'bestand', veld: '', melding: `geen geldige JSON: ${error instanceof Error ? error.message : String(error)}`, ernst: 'fout' }] };
    }
    const { VOORTDUREND_VERBETEREN_MODULE_2024 } = await import('../../rules/policies/voortdurend-verbeteren-2024');
    const file = { bestand, json };
    const { policy, problems } = await policyFor(VOORTDUREND_VERBETEREN_MODULE_2024, file);
    if (problems.length) return { problems };
    // The =ZK.VV.* and =ZK.VS.GROUPS functions share the runtime's settings: they judge with this file too.
    updateSettings({ modulePolicy: policy });
    return { file, problems };
  },
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
    const { policy: vvPolicy, problems: vvFile } = await policyFor(vv.VOORTDUREND_VERBETEREN_MODULE_2024, options.team);
    // A team's settings hold for both modules; a whole policy of its own is a Voortdurend Verbeteren policy.
    const vsPolicy = options.team && vvFile.length === 0 ? { ...vs.VERDIEPEN_SPECIALISEREN_2024, keuzes: vvPolicy.keuzes } : vs.VERDIEPEN_SPECIALISEREN_2024;
    const peildatum = `${options.maand ?? `${options.contractjaar}-01`}-01`;
    const bi = options.bi ?? (vvPolicy.behandelIndex ? link.biResultFromSheet(biTable, biSummary, vvPolicy.behandelIndex, options.contractjaar) : null);
    const run = { contractjaar: options.contractjaar, peildatum };
    const vvResult = rules.checkVoortdurendVerbeteren(input.praktijken, input.therapeuten, bi, vvPolicy, run);
    const vsResult = rules.checkVerdiepenSpecialiseren(input.therapeuten, vsPolicy, { ...run, praktijken: input.praktijken });
    const biRows: Record<string, LinkedBiRow> = {};
    for (const [agb, r] of link.biSheetRows(biTable)) {
      biRows[agb] = { rij: r.rij, bi: r.bi === null ? '–' : formatDutch(r.bi), deciel: r.deciel === null ? '–' : String(r.deciel), uitkomst: r.uitkomst, reden: r.reden };
    }
    return {
      lists: [results.vvChecklist(vvResult, vvPolicy, options.taal), results.vsChecklist(vsResult, vsPolicy, options.taal, run)],
      problems: [...vvFile, ...input.problemen, ...vvResult.problemen, ...vsResult.problemen],
      biRows,
      bi: bi ? { drempel: bi.drempel === null ? undefined : formatDutch(bi.drempel), referentiejaar: String(bi.referentiejaar) } : null,
    };
  },
};
