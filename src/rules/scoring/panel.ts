/**
 * The panel of assessors who score independently, each in a personal file. Seed 000, paragraaf 2:
 * "Het beoordelingsteam bestaat uit een analist, een beleidsontwikkelaar, een inkoper en de
 * zorginhoudelijk adviseur." The policy's `rollen` are those roles; a team may name the people
 * who fill them. A role nobody is named for still gets one assessor, named after the role, as the
 * score sheets do ("zonder naam telt de rol als beoordelaar").
 */

export interface Assessor {
  rol: string;
  naam: string;
}

/**
 * Whether `beoordelaar` has a conflict of interest for `aanvraag`: the declared reason, or null when
 * the assessor may score it. The declarations themselves are kept by the conflicts module; a
 * personal file and its read-back only ask this question.
 */
export type ConflictCheck = (aanvraag: string, beoordelaar: Assessor) => string | null;

export const noConflicts: ConflictCheck = () => null;

/** One key per assessor, for maps and sorting (role first, as the panel is listed). */
export const assessorKey = (a: Assessor): string => `${a.rol}\u0000${a.naam}`;

export const sameAssessor = (a: Assessor, b: Assessor): boolean => a.rol === b.rol && a.naam === b.naam;

/** "Fatima El Idrissi (analist)", or just "analist" when the role stands in for the name. */
export function assessorLabel(a: Assessor): string {
  return a.naam && a.naam !== a.rol ? `${a.naam} (${a.rol})` : a.rol;
}

/**
 * The panel in the policy's order of roles: the named people of each role (in the order given),
 * else the role itself. People with a role the policy does not have are left out here; the reader
 * of the list reports them.
 */
export function panelOf(rollen: readonly string[], personen: readonly Assessor[] = []): Assessor[] {
  const panel: Assessor[] = [];
  for (const rol of rollen) {
    const named = personen.filter((p) => p.rol === rol);
    const unique = named.filter((p, i) => named.findIndex((q) => q.naam === p.naam) === i);
    panel.push(...(unique.length ? unique : [{ rol, naam: rol }]));
  }
  return panel;
}

/**
 * Whether a file's assessor is on the panel. A role without named people (the role stands in as
 * the name) accepts any name for that role; a role with named people accepts only them.
 */
export function onPanel(a: Assessor, panel: readonly Assessor[]): boolean {
  const ofRole = panel.filter((p) => p.rol === a.rol);
  if (!ofRole.length) return false;
  const unnamed = ofRole.every((p) => p.naam === p.rol);
  return unnamed || ofRole.some((p) => p.naam === a.naam);
}
