import type { Application } from '../../rules/application';
import type { EligibilityResult, Override, Problem } from '../../rules/outcome';
import type { Policy } from '../../rules/policy';
import type { PaneServices } from '../services';

export interface ScreenOutcome {
  eligibility: EligibilityResult[];
  /** The judgements as they now stand in the Toetsing sheet (the single source of truth). */
  overrides: Record<string, Override[]>;
  problems: Problem[];
}

/**
 * Screening from the Toetsing sheet, as one workbook batch (Excel run): the judgements in the sheet are read (with an
 * override made in the pane already written over that one check's cells), the applications are
 * screened with exactly those, and the sheet is written. So the pane never holds a judgement the
 * sheet does not, and a reload reads the same.
 */
export async function screenFromSheet(
  services: Pick<PaneServices, 'workbook' | 'screening'>,
  applications: readonly Application[],
  policy: Policy,
  explicit: readonly { aanvraag: string; override: Override }[] = [],
): Promise<ScreenOutcome | null> {
  let outcome: ScreenOutcome | null = null;
  await services.workbook.screen(
    (typed) => {
      const eligibility = services.screening.screen(applications, policy, typed.overrides);
      outcome = { eligibility, overrides: typed.overrides, problems: typed.problems };
      return eligibility;
    },
    applications,
    explicit,
  );
  return outcome;
}
