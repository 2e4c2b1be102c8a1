import type { Score } from '../../rules/scoring/score';

/** How far each assessor role is with scoring: filled cells out of expected cells. */
export interface RoleCompleteness {
  rol: string;
  ingevuld: number;
  verwacht: number;
  /** Applications this role does not score because it declared a conflict of interest. */
  uitgesloten: number;
}

/** A role that declared a conflict of interest for an application: it scores none of its items. */
export interface Conflict {
  rol: string;
  aanvraag: string;
}

/**
 * Per role: the scores expected are the items of the applications the role may score (a declared
 * conflict takes that application out), and the scores filled in count only those.
 */
export function completenessPerRole(
  roles: readonly string[],
  applicationIds: readonly string[],
  itemIds: readonly string[],
  scores: readonly Score[],
  conflicts: readonly Conflict[] = [],
): RoleCompleteness[] {
  const items = new Set(itemIds);
  return roles.map((rol) => {
    const excluded = new Set(conflicts.filter((c) => c.rol === rol).map((c) => c.aanvraag));
    const wanted = new Set(applicationIds.filter((id) => !excluded.has(id)));
    const filled = new Set(
      scores
        .filter((s) => s.rol === rol && wanted.has(s.aanvraag) && items.has(s.item))
        .map((s) => `${s.aanvraag}\u0000${s.item}`),
    );
    return { rol, ingevuld: filled.size, verwacht: wanted.size * items.size, uitgesloten: applicationIds.length - wanted.size };
  });
}

export const isComplete = (c: RoleCompleteness): boolean => c.ingevuld >= c.verwacht;

/**
 * Shared-workbook mode. Excel shows a sheet to everyone in a co-authored workbook or to no one, so
 * the rule is workbook-wide: while anyone is still scoring, the sheets of those who have completed
 * are hidden (nobody still scoring reads a finished score); a sheet still being filled in stays
 * visible for its owner; once everyone has completed, every sheet is shown. Off: all shown.
 */
export function visibilityPlan(completeness: readonly RoleCompleteness[], hide: boolean): { rol: string; zichtbaar: boolean }[] {
  const allDone = completeness.every(isComplete);
  return completeness.map((c) => ({ rol: c.rol, zichtbaar: !hide || allDone || !isComplete(c) }));
}
