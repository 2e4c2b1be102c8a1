/**
 * The hook through which `zk module … -o x.xlsx|x.docx` writes its workbook or letters. The
 * writers live in src/report (the exceljs and docx layer); this file names them. A format whose
 * writer is not registered here gives exit 2 with a Dutch message; `-o x.json` is written by the
 * command itself (moduleJson).
 */
import { renderLettersDocx } from '../report/letter-docx';
import type { LetterModel } from '../report/letter-model';
import { buildModuleLetters } from '../report/module-letter';
import { writeModuleWorkbook } from '../report/module-workbook';
import type { ModulePolicy } from '../rules/modules/policy-schema';
import type { ModuleChecklist } from '../workbook/module-checklist';
import { vsChecklist, vvChecklist } from '../workbook/module-results';
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

/** A run as the checklist model the workbook and the letters are written from. */
export function checklistOf(run: ModuleRun, context: Pick<ModuleOutputContext, 'policy'>): ModuleChecklist {
  return run.module === 'voortdurend-verbeteren' ? vvChecklist(run, context.policy) : vsChecklist(run, context.policy);
}

/** The letters of a run: one per practice that does not meet every condition, dated the day of the run. */
export function moduleLetters(run: ModuleRun, context: Pick<ModuleOutputContext, 'policy' | 'tijdstip'>): LetterModel[] {
  return buildModuleLetters({ list: checklistOf(run, context), datum: context.tijdstip.slice(0, 10) });
}

/**
 * The writers per output format. `xlsx`: the workbook (checklist, details, summary with chart,
 * Problemen); `docx`: every practice's letter in one document, each on its own pages.
 */
export const MODULE_WRITERS: Partial<Record<'xlsx' | 'docx', ModuleWriter>> = {
  xlsx: (run, context) => writeModuleWorkbook([checklistOf(run, context)], { problemen: context.problemen, tijdstip: context.tijdstip }),
  docx: async (run, context) => {
    const list = checklistOf(run, context);
    return renderLettersDocx(moduleLetters(run, context), `Modulevoorwaarden ${list.naam}`, `Alle praktijken voldoen aan de voorwaarden van de module ${list.naam}; er zijn geen brieven.`);
  },
};
