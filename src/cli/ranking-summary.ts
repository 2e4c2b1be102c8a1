import type { Application } from '../rules/application';
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
    e.geselecteerd ? 'geselecteerd' : 'niet geselecteerd',
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
  if (result.onvolledig.length) lines.push('', 'Niet gerangschikt (onvolledig gescoord):', ...result.onvolledig.map((v) => `  ${v.aanvraag}: ${v.melding}`));
  if (result.uitgesloten.length) lines.push('', 'Afgewezen bij de toetsing:', ...result.uitgesloten.map((u) => `  ${u.id} (${u.status}): ${u.redenen.join(' ')}`));
  if (result.normalisatie?.some((n) => n.verschuiving !== 0)) {
    lines.push('', 'Verschuiving door z-score-normalisatie:', ...result.normalisatie.filter((n) => n.verschuiving !== 0).map((n) => `  ${n.id}: plaats ${n.positieZonder} → ${n.positieMet}`));
  }
  if (result.watAls) {
    const w = result.watAls;
    lines.push('', `Wat als (tegenover de gewichten van het beleid, zonder voorwaarden): erbij ${w.erbij.join(', ') || 'niemand'}; eraf ${w.eraf.join(', ') || 'niemand'}.`);
  }
  const sensitive = result.gevoeligheid.filter((g) => g.verandert);
  lines.push('', sensitive.length ? `Gevoelig voor ±20% op een gewicht: ${sensitive.map((g) => `${g.item} × ${formatNumber(g.factor)} (erbij ${g.erbij.join(', ')}; eraf ${g.eraf.join(', ')})`).join('; ')}.` : 'De top verandert niet als een gewicht 20% hoger of lager wordt.');
  if (result.meldingen.length) lines.push('', ...result.meldingen);
  return lines.join('\n') + '\n';
}
