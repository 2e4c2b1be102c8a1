import type { Score } from '../../rules/scoring/score';

/** How far each assessor role is with scoring: filled cells out of expected cells. */
export interface RoleCompleteness {
  rol: string;
  ingevuld: number;
  verwacht: number;
}

export function completenessPerRole(
  roles: readonly string[],
  applicationIds: readonly string[],
  itemIds: readonly string[],
  scores: readonly Score[],
): RoleCompleteness[] {
  const wanted = new Set(applicationIds);
  const items = new Set(itemIds);
  return roles.map((rol) => {
    const filled = new Set(
      scores
        .filter((s) => s.rol === rol && wanted.has(s.aanvraag) && items.has(s.item))
        .map((s) => `${s.aanvraag}\u0000${s.item}`),
    );
    return { rol, ingevuld: filled.size, verwacht: wanted.size * items.size };
  });
}
