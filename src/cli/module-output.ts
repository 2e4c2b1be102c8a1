/**
 * The hook through which `zk module … -o x.xlsx|x.docx` writes its workbook or letters. The
 * writers live in src/report (the exceljs and docx layer); this file names them. A format whose
 * writer is not registered here gives exit 2 with a Dutch message; `-o x.json` is written by the
 * command itself (moduleJson).
 */
import type { ModulePolicy } from '../rules/modules/policy-schema';
import type { Praktijk, Therapeut } from '../rules/modules/records';
import type { VsUitkomst, VvUitkomst } from '../rules/modules/results';
import type { Problem } from '../rules/outcome';

/** One run of the checklist, as the writers get it. */
export type ModuleRun = VvUitkomst | VsUitkomst;

/** What a writer may show besides the results: policy, input files, problems, the moment of the run. */
export interface ModuleOutputContext {
  policy: ModulePolicy;
  /** Input files as the user named them (practices, therapists, BI). */
  bestanden: string[];
  /** Every problem found in the input and while linking. */
  problemen: Problem[];
  /** ISO timestamp of the run (passed in; writers never read the clock). */
  tijdstip: string;
  praktijken: readonly Praktijk[];
  therapeuten: readonly Therapeut[];
}

/** Writes one run to the bytes of a file. */
export type ModuleWriter = (run: ModuleRun, context: ModuleOutputContext) => Promise<Uint8Array>;

/**
 * The writers per output format. `xlsx`: the workbook (checklist, details, Samenvatting with chart);
 * `docx`: the letter or per-practice summary. Filled from src/report/module-workbook.ts.
 */
export const MODULE_WRITERS: Partial<Record<'xlsx' | 'docx', ModuleWriter>> = {};
