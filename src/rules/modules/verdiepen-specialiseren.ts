import type { Bevinding } from '../findings';
import type { CheckStatus, Problem } from '../outcome';
import { voorwaardeHerkomst, type ModulePolicy, type Patientengroep, type Voorwaarde } from './policy-schema';
import { appliesTo, evaluatePlanned, personOutcomes, planPerson, wieVan } from './persons';
import { VsGroepResultaat, type VsGroepVast } from './result-classes';
import type { Praktijk, Therapeut } from './records';
import type { TherapeutCheck, VsGroepTelling, VsGroepUitkomst, VsPraktijkUitkomst, VsUitkomst } from './results';
import { groupByPraktijk, moduleContext, tel } from './voortdurend-verbeteren';

/**
 * Module Verdiepen & Specialiseren: per practice, which patient groups it may treat under the
 * module and by whom. A group is open when at least one physiotherapist of the practice meets
 * its condition ("Alleen fysiotherapeuten die …"); the source's N.B. goes with the groups it names.
 */

/*
 * A group is `voldoet` when anyone meets it, `onbekend` when no one applies or anyone is unknown,
 * else `voldoet niet`. Findings and name lists that are the same for every practice are shared and
 * frozen; an empty name list is one shared frozen array.
 */
const frozenFinding = (b: Bevinding): Bevinding[] => Object.freeze([Object.freeze(b)]) as unknown as Bevinding[];
const GEEN_MEDEWERKERS = frozenFinding({ status: 'onbekend', code: 'module.geen_medewerkers' });
const GEEN_FYSIOTHERAPEUTEN = frozenFinding({ status: 'onbekend', code: 'module.geen_fysiotherapeuten' });
const DICHT = frozenFinding({ status: 'voldoet niet', code: 'VS.dicht' });
const GEEN_NAMEN: readonly string[] = Object.freeze([]);
const GEEN_MENSEN: readonly Therapeut[] = Object.freeze([]);

/** The shared parts of each group's result, made once per condition object (a policy's). */
const vastCache = new WeakMap<Voorwaarde, VsGroepVast>();
function vsGroepVast(v: Voorwaarde): VsGroepVast {
  let vast = vastCache.get(v);
  if (!vast) {
    vast = Object.freeze({
      id: v.id,
      groep: v.patientengroep as Patientengroep,
      kop: v.kop,
      herkomst: voorwaardeHerkomst(v),
      ...(v.nb ? { nb: Object.freeze({ soort: 'bron' as const, ...v.nb }) } : {}),
      hulp: v.hulp,
    });
    vastCache.set(v, vast);
  }
  return vast;
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
  const vasten = conditions.map(vsGroepVast);
  const personPlans = conditions.map(planPerson);
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
    const mensen = groups.get(agb) ?? GEEN_MENSEN;
    const perPerson: TherapeutCheck[][] = mensen.map(() => []);
    const wie = mensen.map(wieVan);
    const groepen: VsGroepUitkomst[] = [];
    const magBehandelen: Patientengroep[] = [];
    for (let i = 0; i < conditions.length; i++) {
      const v = conditions[i]!;
      const plan = personPlans[i]!;
      let wel: string[] | null = null;
      let onbekend: string[] | null = null;
      let toegepast = 0;
      for (let j = 0; j < mensen.length; j++) {
        const t = mensen[j]!;
        if (!appliesTo(v, t)) continue;
        const check = evaluatePlanned(plan, t, ctx, wie[j]!);
        perPerson[j]!.push(check);
        toegepast += 1;
        if (check.status === 'voldoet') (wel ??= []).push(check.naam);
        else if (check.status === 'onbekend') (onbekend ??= []).push(check.naam);
      }
      if (wel) wel = wel.slice();
      if (onbekend) onbekend = onbekend.slice();
      let status: CheckStatus;
      let bevindingen: Bevinding[];
      if (mensen.length === 0) [status, bevindingen] = ['onbekend', GEEN_MEDEWERKERS];
      else if (toegepast === 0) [status, bevindingen] = ['onbekend', GEEN_FYSIOTHERAPEUTEN];
      else if (wel) [status, bevindingen] = ['voldoet', [{ status: 'voldoet', code: 'VS.open', lijst: wel }]];
      else if (onbekend) [status, bevindingen] = ['onbekend', [{ status: 'onbekend', code: 'VS.onbekend', lijst: onbekend }]];
      else [status, bevindingen] = ['voldoet niet', DICHT];
      tel(samenvatting[i]!, status);
      if (status === 'voldoet') magBehandelen.push(vasten[i]!.groep);
      groepen.push(new VsGroepResultaat(vasten[i]!, status, bevindingen, wel ?? (GEEN_NAMEN as string[]), onbekend ?? (GEEN_NAMEN as string[])));
    }
    return { agb, naam: names.get(agb) ?? '', groepen: groepen.slice(), magBehandelen: magBehandelen.slice(), therapeuten: personOutcomes(mensen, perPerson.map((list) => list.slice())) };
  });
  return { module: 'verdiepen-specialiseren', beleid: { id: policy.id, versie: policy.versie }, praktijken, samenvatting, problemen };
}
