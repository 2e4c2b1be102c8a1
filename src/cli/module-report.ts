/**
 * What `zk module` prints: the text report (per practice the outcome per condition with reason and
 * origin, the overall outcome, the summary counts) and the JSON shape documented in docs/modules.md.
 */
import { renderHerkomst } from '../rules/findings';
import { formatDateNl } from '../rules/format';
import { formatDutch } from '../rules/bi/messages';
import type { ModulePolicy } from '../rules/modules/policy-schema';
import { voorwaardeHerkomst } from '../rules/modules/policy-schema';
import type { Telling, VsUitkomst, VvUitkomst } from '../rules/modules/results';
import type { Problem } from '../rules/outcome';
import { formatTable } from './text-table';

const count = (n: number): string => n.toLocaleString('nl-NL');
const MAX_PROBLEMS_SHOWN = 25;
const STATUS_WIDTH = 'voldoet niet'.length;

/** The policy's conditions once, so each practice's rows need only id, status and reason. */
function voorwaardenJson(policy: ModulePolicy) {
  return policy.voorwaarden.map((v) => ({
    id: v.id,
    kop: v.kop,
    groep: v.groep,
    niveau: v.niveau,
    ...(v.geldtVoor ? { geldtVoor: v.geldtVoor } : {}),
    knockout: v.knockout,
    herkomst: voorwaardeHerkomst(v),
    aanvullendeBronnen: v.aanvullendeBronnen.map((b) => ({ soort: 'bron' as const, ...b })),
    velden: v.velden,
    keuzes: v.keuzes,
    hulp: v.hulp,
    ...(v.patientengroep ? { patientengroep: v.patientengroep } : {}),
    ...(v.nb ? { nb: { soort: 'bron' as const, ...v.nb } } : {}),
  }));
}

/** The JSON of `zk module vv --json` (docs/modules.md, "JSON"). */
export function vvJson(run: VvUitkomst, policy: ModulePolicy, problemen: readonly Problem[]) {
  return {
    module: run.module,
    beleid: run.beleid,
    contractjaar: run.contractjaar,
    peildatum: run.peildatum,
    referentiejaar: run.referentiejaar,
    biDrempel: run.biDrempel,
    totaal: run.totaal,
    samenvatting: run.samenvatting,
    keuzes: run.keuzes,
    voorwaarden: voorwaardenJson(policy),
    praktijken: run.praktijken.map((p) => ({
      agb: p.agb,
      naam: p.naam,
      ...(p.bron ? { bron: p.bron } : {}),
      status: p.status,
      reden: p.reden,
      voorwaarden: p.voorwaarden.map((v) => ({
        id: v.id,
        status: v.status,
        reden: v.reden,
        bevindingen: v.bevindingen,
        ...(v.beoordelaarNodig ? { beoordelaarNodig: true } : {}),
        ...(v.therapeuten ? { therapeuten: v.therapeuten.map((t) => ({ naam: t.naam, status: t.status, reden: t.reden })) } : {}),
      })),
    })),
    problemen,
  };
}

/** The JSON of `zk module vs --json` (docs/modules.md, "JSON"). */
export function vsJson(run: VsUitkomst, policy: ModulePolicy, problemen: readonly Problem[]) {
  return {
    module: run.module,
    beleid: run.beleid,
    samenvatting: run.samenvatting,
    voorwaarden: voorwaardenJson(policy),
    praktijken: run.praktijken.map((p) => ({
      agb: p.agb,
      naam: p.naam,
      magBehandelen: p.magBehandelen,
      groepen: p.groepen.map((g) => ({ id: g.id, groep: g.groep, status: g.status, reden: g.reden, therapeuten: g.therapeuten, onbekend: g.onbekend, bevindingen: g.bevindingen })),
    })),
    problemen,
  };
}

function problemLines(problems: readonly Problem[]): string[] {
  const lines = [`Problemen in de invoer: ${problems.length === 0 ? 'geen' : count(problems.length)}`];
  for (const p of problems.slice(0, MAX_PROBLEMS_SHOWN)) lines.push(`  ${p.ernst === 'waarschuwing' ? 'waarschuwing' : 'fout'} · ${p.bestand ? `${p.bestand} · ` : ''}${p.plaats} · ${p.veld || '-'}: ${p.melding}`);
  if (problems.length > MAX_PROBLEMS_SHOWN) lines.push(`  … en nog ${count(problems.length - MAX_PROBLEMS_SHOWN)} (alle problemen staan in de JSON van --json of -o x.json)`);
  return lines;
}

const tellingCells = (t: Telling): string[] => [count(t.voldoet), count(t.voldoetNiet), count(t.onbekend)];

/** The text report of `zk module vv`. */
export function vvText(run: VvUitkomst, policy: ModulePolicy, bestanden: string, problemen: readonly Problem[]): string {
  const lines = [
    `${policy.naam} (${policy.id}, versie ${policy.versie})`,
    `Invoer:        ${bestanden}`,
    `Contractjaar:  ${run.contractjaar}, peildatum ${formatDateNl(run.peildatum)}; BehandelIndex ${run.referentiejaar}${run.biDrempel === null ? ' (geen drempel)' : `, drempel ${formatDutch(run.biDrempel)}`}`,
    `Praktijken:    ${count(run.praktijken.length)} — voldoet ${count(run.totaal.voldoet)}, voldoet niet ${count(run.totaal.voldoetNiet)}, onbekend ${count(run.totaal.onbekend)}`,
    '',
  ];
  const hulpShown = new Set<string>();
  for (const p of run.praktijken) {
    lines.push(`${p.agb} ${p.naam} — ${p.status}${p.status === 'voldoet' ? '' : ` (${p.reden})`}`);
    for (const v of p.voorwaarden) {
      const keuzes = v.keuzes.length ? `; ${v.keuzes.map((k) => renderHerkomst(k)).join('; ')}` : '';
      const confirm = v.beoordelaarNodig ? ' [beoordelaar bevestigt]' : '';
      lines.push(`  ${v.status.padEnd(STATUS_WIDTH)}  ${v.kop}: ${v.reden}${confirm}  [${renderHerkomst(v.herkomst)}${keuzes}]`);
      for (const h of v.hulp) {
        // KNGF's remarks are context for the assessor: printed once per run, after the first row that carries them.
        if (hulpShown.has(h.tekst)) continue;
        hulpShown.add(h.tekst);
        lines.push(`  ${''.padEnd(STATUS_WIDTH)}  hulp: KNGF${h.plaats ? ` (${h.plaats})` : ''}: "${h.tekst}"`);
      }
    }
    lines.push('');
  }
  lines.push('Samenvatting per voorwaarde');
  const table = formatTable(
    ['voorwaarde', 'id', 'voldoet', 'voldoet niet', 'onbekend'],
    [...run.samenvatting.map((s) => [s.kop, s.id, ...tellingCells(s)]), ['Totaal (module)', '', ...tellingCells(run.totaal)]],
  );
  lines.push(...table.split('\n').map((l) => `  ${l}`));
  const blocking = [...run.samenvatting].filter((s) => s.voldoetNiet > 0).sort((a, b) => b.voldoetNiet - a.voldoetNiet).slice(0, 3);
  if (blocking.length) lines.push(`  Houden de meeste praktijken tegen: ${blocking.map((s) => `${s.kop} (${count(s.voldoetNiet)})`).join(', ')}`);
  lines.push('');
  lines.push('Keuzes van het team', ...run.keuzes.map((k) => `  ${renderHerkomst(k)}`), '');
  lines.push(...problemLines(problemen));
  return lines.join('\n') + '\n';
}

/** The text report of `zk module vs`. */
export function vsText(run: VsUitkomst, policy: ModulePolicy, bestanden: string, problemen: readonly Problem[]): string {
  const lines = [`${policy.naam} (${policy.id}, versie ${policy.versie})`, `Invoer:        ${bestanden}`, `Praktijken:    ${count(run.praktijken.length)}`, ''];
  const nbShown = new Set<string>();
  const hulpShown = new Set<string>();
  for (const p of run.praktijken) {
    lines.push(`${p.agb}${p.naam ? ` ${p.naam}` : ''} — mag onder de module behandelen: ${p.magBehandelen.length ? p.magBehandelen.join(', ') : '(geen patiëntengroep)'}`);
    for (const g of p.groepen) {
      lines.push(`  ${g.status.padEnd(STATUS_WIDTH)}  ${g.kop}: ${g.reden}  [${renderHerkomst(g.herkomst)}]`);
      for (const h of g.hulp) {
        if (hulpShown.has(h.tekst)) continue;
        hulpShown.add(h.tekst);
        lines.push(`  ${''.padEnd(STATUS_WIDTH)}  hulp: KNGF${h.plaats ? ` (${h.plaats})` : ''}: "${h.tekst}"`);
      }
    }
    lines.push('');
    for (const g of p.groepen) if (g.nb && g.nb.soort === 'bron') nbShown.add(g.nb.citaat);
  }
  lines.push('Samenvatting per patiëntengroep');
  const table = formatTable(['patiëntengroep', 'id', 'voldoet', 'voldoet niet', 'onbekend'], run.samenvatting.map((s) => [s.groep, s.id, ...tellingCells(s)]));
  lines.push(...table.split('\n').map((l) => `  ${l}`), '');
  for (const nb of nbShown) lines.push(`Bron (COPD, bekkenbodem, oedeem en lymfe): "${nb}"`, '');
  lines.push(...problemLines(problemen));
  return lines.join('\n') + '\n';
}
