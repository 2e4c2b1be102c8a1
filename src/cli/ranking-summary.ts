import type { Application } from '../rules/application';
import { DECISION_LABELS } from '../rules/ranking/decisions';
import type { ProcedureResult } from '../rules/ranking/procedure';
import { formatNumber } from '../rules/scoring/numbers';
import { formatTable } from './text-table';

/** The ranking as a terminal table, followed by what was not ranked and why. */
export function rankingSummary(result: ProcedureResult, aanvragen: readonly Application[]): string {
  const names = new Map(aanvragen.map((a) => [a.id, a.naamInitiatief ?? '']));
  const kans = result.stabiliteit?.kans;
  const rows = result.ranglijst.map((e) => [
    String(e.positie),
    e.id,
    names.get(e.id) ?? '',
    e.kandidaat.regio ?? '',
    formatNumber(e.totaal),
    kans ? `${Math.round((kans.get(e.id) ?? 0) * 100)}%` : '',
    e.geselecteerd ? DECISION_LABELS.geselecteerd : DECISION_LABELS.nietGeselecteerd,
    e.beslistDoor ? `gelijk met ${e.beslistDoor.boven}: ${e.beslistDoor.label}` : '',
  ]);
  const s = result.instellingen;
  const lines = [
    formatTable(['Plaats', 'Aanvraag', 'Initiatief', 'Kernregio', 'Totaal', `Kans top ${s.n}`, 'Besluit', 'Gelijke stand'], rows),
    '',
    `Gewichten: ${Object.entries(s.gewichten).map(([k, v]) => `${k} ${formatNumber(v)}`).join(', ')} · ${s.aggregatie} · seed ${s.seed}` +
      (s.maxPerRegio !== undefined ? ` · max ${s.maxPerRegio} per kernregio` : '') +
      (s.budget !== undefined ? ` · budget € ${formatNumber(s.budget)}` : ''),
  ];
  const skipped = result.ranglijst.filter((e) => !e.geselecteerd && e.overgeslagenDoor !== 'maxSelecties');
  if (skipped.length) lines.push('', 'Overgeslagen door een voorwaarde:', ...skipped.map((e) => `  ${e.id}: ${e.reden}`));
  lines.push(...undecided(result));
  const rejected = result.besluiten.filter((b) => b.soort === 'afgewezen');
  if (rejected.length) lines.push('', 'Afgewezen bij de toetsing:', ...rejected.map((b) => `  ${b.id}: ${b.motivering}`));
  if (result.normalisatie?.some((n) => n.verschuiving !== 0)) {
    lines.push('', 'Verschuiving door z-score-normalisatie:', ...result.normalisatie.filter((n) => n.verschuiving !== 0).map((n) => `  ${n.id}: plaats ${n.positieZonder} → ${n.positieMet}`));
  }
  if (result.watAls) {
    const w = result.watAls;
    lines.push('', `Wat als (tegenover de gewichten van het beleid, zonder voorwaarden): erbij ${w.erbij.join(', ') || 'niemand'}; eraf ${w.eraf.join(', ') || 'niemand'}.`);
  }
  const sensitive = result.gevoeligheid.filter((g) => g.verandert);
  lines.push('', sensitive.length ? `Gevoelig voor ±20% op een gewicht: ${sensitive.map((g) => `${g.item} × ${formatNumber(g.factor)} (erbij ${g.erbij.join(', ')}; eraf ${g.eraf.join(', ')})`).join('; ')}.` : 'De top verandert niet als een gewicht 20% hoger of lager wordt.');
  lines.push(...conflictLines(result));
  if (result.meldingen.length) lines.push('', ...result.meldingen);
  return lines.join('\n') + '\n';
}

/** Who scores an application not because of a declared interest, and the declarations made after the scores. */
export function conflictLines(result: ProcedureResult): string[] {
  const conflicts = (result.belangen?.verklaringen ?? []).filter((b) => b.belang === 'conflict');
  if (!conflicts.length) return [];
  const late = new Set((result.belangen?.laat ?? []).map((l) => l.verklaring));
  const who = (b: { beoordelaar: string; rol: string }) => (b.beoordelaar && b.beoordelaar !== b.rol ? `${b.beoordelaar} (${b.rol})` : b.rol || b.beoordelaar);
  const nodig = new Map(result.volledigheid.map((v) => [v.aanvraag, v.nodig]));
  return [
    '',
    'Belangen (deze beoordelaars scoren de aanvraag niet; hoeveel beoordelaars dan nodig zijn, is een keuze van het team):',
    ...conflicts.map((b) => {
      const n = nodig.get(b.aanvraag.trim());
      return `  ${b.aanvraag}: ${who(b)}: ${b.reden}${late.has(b) ? ' (gemeld na de scores)' : ''}${n !== undefined ? `; nodig: ${n} beoordelaars` : ''}`;
    }),
  ];
}

/**
 * What gets no ordinary decision, each with why: "nog niet volledig beoordeeld" (which assessor
 * misses which items; no letter yet), "besluit van het team nodig" (an incomplete application the
 * team has not decided on: which information is missing; no letter), the team's decisions on
 * incomplete ones (verzoek om aanvulling, afgewezen with its motivation), and the screening
 * warnings (a late application) that block nothing but must be seen.
 */
export function undecided(result: ProcedureResult): string[] {
  const lines: string[] = [];
  const titles = {
    nietVolledigBeoordeeld: `${DECISION_LABELS.nietVolledigBeoordeeld} (nog geen besluit en geen brief)`,
    besluitNodig: `${DECISION_LABELS.besluitNodig} (nog geen brief; geef het besluit met --besluiten)`,
    aanvullingGevraagd: DECISION_LABELS.aanvullingGevraagd,
    afgewezenOnvolledig: DECISION_LABELS.afgewezenOnvolledig,
  } as const;
  for (const soort of Object.keys(titles) as (keyof typeof titles)[]) {
    const list = result.besluiten.filter((b) => b.soort === soort);
    if (!list.length) continue;
    const title = titles[soort];
    lines.push('', `${title[0].toUpperCase()}${title.slice(1)}:`, ...list.map((b) => `  ${b.id}: ${b.motivering}`));
  }
  const warned = result.besluiten.filter((b) => b.waarschuwingen.length);
  if (warned.length) lines.push('', 'Let op (waarschuwing bij de toetsing, blokkeert niet):', ...warned.map((b) => `  ${b.id}: ${b.waarschuwingen.join('; ')}`));
  return lines;
}
