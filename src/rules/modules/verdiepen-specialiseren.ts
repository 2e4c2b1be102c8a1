import { renderBevindingen, type Bevinding } from '../findings';
import type { CheckStatus, Problem } from '../outcome';
import { voorwaardeHerkomst, type ModulePolicy, type Patientengroep } from './policy-schema';
import { appliesTo, evaluatePerson, personOutcomes } from './persons';
import type { Praktijk, Therapeut } from './records';
import type { TherapeutCheck, VsGroepTelling, VsGroepUitkomst, VsPraktijkUitkomst, VsUitkomst } from './results';
import { groupByPraktijk, moduleContext, tel } from './voortdurend-verbeteren';

/**
 * Module Verdiepen & Specialiseren: per practice, which patient groups it may treat under the
 * module and by whom. A group is open when at least one physiotherapist of the practice meets
 * its condition ("Alleen fysiotherapeuten die …"); the source's N.B. goes with the groups it names.
 */

function groupStatus(results: readonly TherapeutCheck[]): CheckStatus {
  if (results.some((r) => r.status === 'voldoet')) return 'voldoet';
  if (results.length === 0 || results.some((r) => r.status === 'onbekend')) return 'onbekend';
  return 'voldoet niet';
}

/**
 * Checks the people of each practice against the Verdiepen & Specialiseren conditions.
 * `praktijken` (optional) gives names and makes practices without people appear (all groups `onbekend`).
 * The check date only matters to a team's own conditions; the source's conditions have no period.
 */
export function checkVerdiepenSpecialiseren(
  therapeuten: readonly Therapeut[],
  policy: ModulePolicy,
  options: { contractjaar: number; peildatum: string; praktijken?: readonly Praktijk[] },
): VsUitkomst {
  const ctx = moduleContext(policy, null, options);
  const groups = groupByPraktijk(therapeuten);
  const names = new Map((options.praktijken ?? []).map((p) => [p.agb, p.naam]));
  const agbs = [...new Set([...(options.praktijken ?? []).map((p) => p.agb), ...groups.keys()])];
  const conditions = policy.voorwaarden.filter((v) => v.patientengroep !== undefined);
  const samenvatting: VsGroepTelling[] = conditions.map((v) => ({ id: v.id, groep: v.patientengroep!, voldoet: 0, voldoetNiet: 0, onbekend: 0 }));
  const herkomsten = conditions.map((v) => voorwaardeHerkomst(v));
  const nbs = conditions.map((v) => (v.nb ? { soort: 'bron' as const, ...v.nb } : undefined));
  const problemen: Problem[] = [];
  if (options.praktijken) {
    for (const t of therapeuten) {
      if (!names.has(t.praktijkAgb)) {
        problemen.push({
          bestand: t.bron?.bestand ?? '',
          plaats: t.bron?.plaats ?? t.naam,
          veld: 'praktijkAgb',
          melding: `${t.naam} hoort bij AGB-code ${t.praktijkAgb}, die niet in het praktijkbestand staat; de praktijk wordt zonder naam getoond.`,
          ernst: 'waarschuwing',
        });
      }
    }
  }
  const praktijken = agbs.map((agb): VsPraktijkUitkomst => {
    const mensen = groups.get(agb) ?? [];
    const perPerson = new Map<Therapeut, TherapeutCheck[]>(mensen.map((t) => [t, []]));
    const groepen = conditions.map((v, i): VsGroepUitkomst => {
      const results: TherapeutCheck[] = [];
      for (const t of mensen) {
        if (!appliesTo(v, t)) continue;
        const check = evaluatePerson(v, t, ctx);
        perPerson.get(t)!.push(check);
        results.push(check);
      }
      const status = groupStatus(results);
      const wel = results.filter((r) => r.status === 'voldoet').map((r) => r.naam);
      const onbekend = results.filter((r) => r.status === 'onbekend').map((r) => r.naam);
      const bevindingen: Bevinding[] = [];
      if (mensen.length === 0) bevindingen.push({ status: 'onbekend', code: 'module.geen_medewerkers' });
      else if (results.length === 0) bevindingen.push({ status: 'onbekend', code: 'module.geen_fysiotherapeuten' });
      else if (wel.length) bevindingen.push({ status: 'voldoet', code: 'VS.open', lijst: wel });
      else if (onbekend.length) bevindingen.push({ status: 'onbekend', code: 'VS.onbekend', lijst: onbekend });
      else bevindingen.push({ status: 'voldoet niet', code: 'VS.dicht' });
      tel(samenvatting[i]!, status);
      return {
        id: v.id,
        groep: v.patientengroep as Patientengroep,
        kop: v.kop,
        status,
        reden: renderBevindingen(bevindingen),
        bevindingen,
        herkomst: herkomsten[i]!,
        therapeuten: wel,
        onbekend,
        ...(nbs[i] ? { nb: nbs[i] } : {}),
        hulp: v.hulp,
      };
    });
    return {
      agb,
      naam: names.get(agb) ?? '',
      groepen,
      magBehandelen: groepen.filter((g) => g.status === 'voldoet').map((g) => g.groep),
      therapeuten: personOutcomes(mensen, perPerson),
    };
  });
  return { module: 'verdiepen-specialiseren', beleid: { id: policy.id, versie: policy.versie }, praktijken, samenvatting, problemen };
}
