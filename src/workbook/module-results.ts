/**
 * The module rules' results (src/rules/modules) as the checklist model the sheets, the letters
 * and the pane read: one cell per practice × condition with its outcome, the reason and evidence
 * rendered from the findings, the condition's quoted origin and the team setting that decided it.
 */
import { renderBevinding, renderBevindingen, type Bevinding, type Herkomst, type Taal } from '../rules/findings';
import { formatDutch } from '../rules/bi/messages';
import { formatDateNl } from '../rules/format';
import { formatMonthNl } from '../rules/modules/dates';
import type { CheckStatus } from '../rules/outcome';
import { veldLabel } from '../rules/modules/labels';
import type { ModulePolicy } from '../rules/modules/policy-schema';
import type { VoorwaardeUitkomst, VsUitkomst, VvUitkomst } from '../rules/modules/results';
import { MODULE_NAMES, type ModuleCell, type ModuleChecklist, type ModuleCondition, type ModulePractice } from './module-checklist';

/** The condition that is the BehandelIndex (its row links to the BehandelIndex sheet). */
export const BI_CONDITION = 'VV-BI';

/** An ISO date or month as a Dutch reader writes it (1-4-2024, maart 2024); other text as it is. */
const dutchText = (t: string): string => (/^\d{4}-\d{2}-\d{2}$/.test(t) ? formatDateNl(t) : /^\d{4}-\d{2}$/.test(t) ? formatMonthNl(t) : t);

const scalar = (v: Bevinding['gevonden'], taal: Taal): string => {
  if (v === null || v === undefined) return taal === 'en' ? '(empty)' : '(leeg)';
  if (typeof v === 'boolean') return v ? (taal === 'en' ? 'yes' : 'ja') : taal === 'en' ? 'no' : 'nee';
  if (typeof v === 'number') return formatDutch(v);
  if (typeof v === 'string') return dutchText(v);
  return v.length ? v.map(dutchText).join(', ') : taal === 'en' ? '(none)' : '(geen)';
};

/** "Ingeschreven sinds: 1-4-2024 (grens 1-3-2024)": what a finding compared, for the Bewijs column. */
function evidenceOf(b: Bevinding, taal: Taal): string | null {
  if (b.veld === undefined && b.gevonden === undefined) return null;
  const wie = typeof b.extra?.therapeut === 'string' ? `${b.extra.therapeut}: ` : '';
  const found = `${wie}${veldLabel(b.veld, taal)}: ${scalar(b.gevonden, taal)}`;
  const against =
    b.drempel !== undefined && b.drempel !== null
      ? ` (${taal === 'en' ? 'limit' : 'grens'} ${scalar(b.drempel, taal)})`
      : b.lijst?.length
        ? ` (${taal === 'en' ? 'list' : 'lijst'}: ${b.lijst.join(', ')})`
        : '';
  return found + against;
}

/** The findings that decided the status: those with the same status (all of them when it passes). */
const deciding = (status: CheckStatus, list: readonly Bevinding[]) => {
  const same = list.filter((b) => b.status === status);
  return same.length ? same : list;
};

/** The team setting among the deciding findings, if one decided the outcome. */
function decidingKeuze(status: CheckStatus, list: readonly Bevinding[]): Herkomst | undefined {
  return deciding(status, list)
    .map((b) => b.herkomst)
    .find((h): h is Extract<Herkomst, { soort: 'keuze' }> => h?.soort === 'keuze');
}

function cellOf(status: CheckStatus, bevindingen: readonly Bevinding[], herkomst: Herkomst, taal: Taal): ModuleCell {
  const decisive = deciding(status, bevindingen);
  const bewijs = [...new Set(decisive.flatMap((b) => evidenceOf(b, taal) ?? []))].join('; ');
  const keuze = decidingKeuze(status, bevindingen);
  return { status, reden: renderBevindingen(bevindingen, taal), bewijs, herkomst, ...(keuze ? { keuze } : {}) };
}

const conditionOf = (v: Pick<VoorwaardeUitkomst, 'id' | 'kop' | 'label' | 'herkomst'>, policy: ModulePolicy): ModuleCondition => {
  const rule = policy.voorwaarden.find((x) => x.id === v.id);
  const opmerkingen = (rule?.hulp ?? []).map((h) => h.tekst);
  return {
    id: v.id,
    kop: v.kop,
    tekst: rule?.bron.citaat ?? v.label,
    herkomst: v.herkomst,
    ...(opmerkingen.length ? { opmerkingen } : {}),
    ...(v.id === BI_CONDITION ? { behandelIndex: true } : {}),
  };
};

/** Findings that are an aid for the analyst (`hulp`), as signals on the sheet; never in a letter. */
function signals(conditions: readonly VoorwaardeUitkomst[], taal: Taal): string[] {
  return conditions.flatMap((v) => v.bevindingen.filter((b) => b.herkomst?.soort === 'hulp').map((b) => `${v.kop}: ${renderBevinding(b, taal)}`));
}

/** Module Voortdurend Verbeteren (with the Overeenkomst conditions it rests on) as a checklist. */
export function vvChecklist(result: VvUitkomst, policy: ModulePolicy, taal: Taal = 'nl'): ModuleChecklist {
  const first = result.praktijken[0]?.voorwaarden ?? [];
  const voorwaarden = first.length ? first.map((v) => conditionOf(v, policy)) : policy.voorwaarden.map((v) => conditionOf({ id: v.id, kop: v.kop, label: v.bron.citaat, herkomst: { soort: 'bron', ...v.bron } }, policy));
  const praktijken = result.praktijken.map((p): ModulePractice => {
    const sig = signals(p.voorwaarden, taal);
    return {
      agb: p.agb,
      naam: p.naam,
      uitkomst: p.status,
      peildatum: result.peildatum,
      cellen: Object.fromEntries(p.voorwaarden.map((v) => [v.id, cellOf(v.status, v.bevindingen, v.herkomst, taal)])),
      ...(sig.length ? { signalen: sig } : {}),
    };
  });
  return {
    module: 'vv',
    naam: MODULE_NAMES.vv,
    beleid: { ...result.beleid, naam: policy.naam },
    contractjaar: result.contractjaar,
    peildatum: result.peildatum,
    voorwaarden,
    praktijken,
  };
}

/**
 * Module Verdiepen & Specialiseren as a checklist: a column per patient group (voldoet: at least
 * one physiotherapist of the practice may treat it under the module), the practice's outcome the
 * groups it may treat, and the source's N.B. with the module.
 */
export function vsChecklist(result: VsUitkomst, policy: ModulePolicy, taal: Taal = 'nl', context: { contractjaar?: number; peildatum?: string } = {}): ModuleChecklist {
  const groups = policy.voorwaarden.filter((v) => v.patientengroep !== undefined);
  const voorwaarden = groups.map((v) => conditionOf({ id: v.id, kop: v.kop, label: v.bron.citaat, herkomst: { soort: 'bron', ...v.bron } }, policy));
  const nb = [...new Set(groups.flatMap((v) => (v.nb ? [v.nb.citaat] : [])))];
  const praktijken = result.praktijken.map(
    (p): ModulePractice => ({
      agb: p.agb,
      naam: p.naam,
      uitkomst: p.magBehandelen.length ? p.magBehandelen.join(', ') : 'geen',
      ...(context.peildatum ? { peildatum: context.peildatum } : {}),
      cellen: Object.fromEntries(p.groepen.map((g) => [g.id, cellOf(g.status, g.bevindingen, g.herkomst, taal)])),
    }),
  );
  return {
    module: 'vs',
    naam: MODULE_NAMES.vs,
    beleid: { ...result.beleid, naam: policy.naam },
    ...(context.contractjaar ? { contractjaar: context.contractjaar } : {}),
    ...(context.peildatum ? { peildatum: context.peildatum } : {}),
    voorwaarden,
    praktijken,
    ...(nb.length ? { opmerking: nb.join(' ') } : {}),
  };
}
