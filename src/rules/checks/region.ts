import type { Application } from '../application';
import type { Policy } from '../policy';
import { resolveMunicipality, type RegionResolution } from '../regions';
import { nonEmptyText, type Finding } from '../status';

export interface RegionFinding extends Finding {
  regio: string | null;
}

/** The participant's municipality, or else its place name; a place is tried when the municipality is unknown. */
function resolveParticipant(p: { gemeente?: unknown; plaats?: unknown }, policy: Policy): { invoer?: string; resolution?: RegionResolution } {
  const gemeente = nonEmptyText(p.gemeente);
  const plaats = nonEmptyText(p.plaats);
  const first = gemeente ?? plaats;
  if (!first) return {};
  const resolution = resolveMunicipality(first, policy);
  if (resolution.status === 'onbekend' && gemeente && plaats && plaats !== gemeente) {
    const byPlace = resolveMunicipality(plaats, policy);
    if (byPlace.status !== 'onbekend') return { invoer: plaats, resolution: byPlace };
  }
  return { invoer: first, resolution };
}

/**
 * The core region where most participants are (Bijlage 2), by each participant's municipality,
 * or else its place name. Passes when that region holds at least as many participants as are
 * outside the core regions or unknown together; fails when even all unknowns could not make up
 * for the participants outside.
 */
export function checkRegion(app: Application, policy: Policy): RegionFinding {
  const list = Array.isArray(app.deelnemers) ? app.deelnemers.filter((p) => p && typeof p === 'object') : [];
  if (list.length === 0) return { status: 'onbekend', reden: 'geen deelnemers opgegeven', regio: null };
  const perRegion = new Map<string, string[]>();
  const outside: string[] = [];
  const unknown: string[] = [];
  list.forEach((p, i) => {
    const name = nonEmptyText(p.praktijknaam) ?? `deelnemer ${i + 1}`;
    const { invoer, resolution: r } = resolveParticipant(p, policy);
    if (!invoer || !r) unknown.push(`${name} (geen gemeente of plaats)`);
    else if (r.status === 'kernregio' && r.regio) perRegion.set(r.regio, [...(perRegion.get(r.regio) ?? []), name]);
    else if (r.status === 'buiten') outside.push(`${name} (${r.gemeente ?? invoer})`);
    else unknown.push(`${name} (${r.toelichting ?? `onbekende gemeente '${invoer}'`})`);
  });
  // Policy order breaks ties, so the outcome does not depend on the participants' order.
  const ranked = policy.regios.map((r) => r.naam).filter((naam) => perRegion.has(naam)).sort((a, b) => perRegion.get(b)!.length - perRegion.get(a)!.length);
  const top = ranked[0];
  const inTop = top ? perRegion.get(top)!.length : 0;
  const parts: string[] = [];
  if (top) parts.push(`${inTop} van ${list.length} deelnemers in kernregio ${top}`);
  if (ranked.length > 1) parts.push(`deelnemers in meerdere kernregio's: ${ranked.map((r) => `${r} (${perRegion.get(r)!.length})`).join(', ')}`);
  if (ranked.length > 1 && perRegion.get(ranked[1])!.length === inTop) parts.push(`gelijke aantallen; ${top} staat eerst in Bijlage 2`);
  if (outside.length) parts.push(`buiten de kernregio's: ${outside.join(', ')}`);
  if (unknown.length) parts.push(`niet te plaatsen: ${unknown.join(', ')}`);
  const reden = parts.join('; ');
  if (inTop > 0 && inTop >= outside.length + unknown.length) return { status: 'voldoet', reden, regio: top };
  if (inTop + unknown.length < outside.length || (inTop === 0 && unknown.length === 0)) {
    return { status: 'voldoet niet', reden: inTop === 0 ? `geen deelnemer in een kernregio; ${reden}` : `de meeste deelnemers liggen buiten de kernregio's; ${reden}`, regio: top ?? null };
  }
  return { status: 'onbekend', reden, regio: top ?? null };
}
