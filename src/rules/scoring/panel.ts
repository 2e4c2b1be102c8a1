/**
 * The panel of assessors who score independently, each in a personal file. Seed 000, paragraaf 2:
 * "Het beoordelingsteam bestaat uit een analist, een beleidsontwikkelaar, een inkoper en de
 * zorginhoudelijk adviseur." The policy's `rollen` are those roles; a team may name the people
 * who fill them. A role nobody is named for still gets one assessor, named after the role, as the
 * score sheets do ("zonder naam telt de rol als beoordelaar"). An assessor is named as in a score
 * (`beoordelaar`, `rol`: src/rules/scoring/conflicts.ts `AssessorRef`).
 */
import type { AssessorRef } from './conflicts';

export type { AssessorRef };

const norm = (s: string): string => s.trim().toLocaleLowerCase('nl-NL');

/** One key per assessor, for maps and sorting (role first, as the panel is listed). */
export const assessorKey = (a: AssessorRef): string => `${norm(a.rol)}\u0000${norm(a.beoordelaar)}`;

/** The same seat on the panel: the same role, and the same name (case and outer spaces aside). */
export const samePanelMember = (a: AssessorRef, b: AssessorRef): boolean => assessorKey(a) === assessorKey(b);

/** "Fatima El Idrissi (analist)", or just "analist" when the role stands in for the name. */
export function assessorLabel(a: AssessorRef): string {
  return a.beoordelaar && norm(a.beoordelaar) !== norm(a.rol) ? `${a.beoordelaar} (${a.rol})` : a.rol;
}

/**
 * The panel in the policy's order of roles: the named people of each role (in the order given),
 * else the role itself. People with a role the policy does not have are left out here; the reader
 * of the list reports them.
 */
export function panelOf(rollen: readonly string[], personen: readonly AssessorRef[] = []): AssessorRef[] {
  const panel: AssessorRef[] = [];
  for (const rol of rollen) {
    const named = personen.filter((p) => norm(p.rol) === norm(rol) && p.beoordelaar.trim());
    const unique = named.filter((p, i) => named.findIndex((q) => norm(q.beoordelaar) === norm(p.beoordelaar)) === i);
    panel.push(...(unique.length ? unique.map((p) => ({ beoordelaar: p.beoordelaar.trim(), rol })) : [{ beoordelaar: rol, rol }]));
  }
  return panel;
}

/**
 * The panel member a file's assessor is, or undefined. A role without named people (the role
 * stands in as the name) takes any name for that role; a role with named people only them.
 */
export function panelMember(a: AssessorRef, panel: readonly AssessorRef[]): AssessorRef | undefined {
  const ofRole = panel.filter((p) => norm(p.rol) === norm(a.rol));
  if (ofRole.length && ofRole.every((p) => norm(p.beoordelaar) === norm(p.rol))) return a;
  return ofRole.find((p) => norm(p.beoordelaar) === norm(a.beoordelaar));
}
