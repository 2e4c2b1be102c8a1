import { z } from 'zod';
import { TEAM_SETTING_TEXTS, type TeamSettingId, type TeamSettings, teamSettingsSchema } from './team-settings';

/** One team setting as the Instellingen sheets show it: label, value, default and why it is a choice. */
export interface TeamSettingLine {
  id: TeamSettingId;
  label: string;
  waarde: string;
  standaard: string;
  waarom: string;
}

const DEFAULTS: TeamSettings = teamSettingsSchema.parse({});

/** A setting's value in words: `meerderheid`, `14`, `uit`, `aan: geen onderdeel onder 3; totaal ten minste 30`. */
export function teamSettingValue<K extends TeamSettingId>(id: K, value: TeamSettings[K]): string {
  if (id === 'minimumKwaliteit') {
    const q = value as TeamSettings['minimumKwaliteit'];
    if (!q.aan) return 'uit';
    const parts = [
      q.minItemScore !== undefined ? `geen onderdeel onder ${String(q.minItemScore).replace('.', ',')}` : '',
      q.minTotaal !== undefined ? `totaalscore ten minste ${String(q.minTotaal).replace('.', ',')}` : '',
    ].filter(Boolean);
    return parts.length ? `aan: ${parts.join('; ')}` : 'aan, maar zonder minimum (werkt niet)';
  }
  if (id === 'beoordelaarsBijBelang') return `alle beoordelaars zonder belang (tot het minimum van het beleid), ten minste ${String(value)}`;
  if (id === 'onvolledig') return 'besluit van het team (om aanvulling vragen of gemotiveerd afwijzen)';
  return String(value);
}

/** Every team setting, in the schema's order, with its value under `teamkeuzes` and its default. */
export function teamSettingLines(teamkeuzes: TeamSettings | undefined): TeamSettingLine[] {
  const current = teamkeuzes ?? DEFAULTS;
  return (Object.keys(TEAM_SETTING_TEXTS) as TeamSettingId[]).map((id) => ({
    id,
    label: TEAM_SETTING_TEXTS[id].label,
    waarde: teamSettingValue(id, current[id] ?? DEFAULTS[id]),
    standaard: teamSettingValue(id, DEFAULTS[id]),
    waarom: TEAM_SETTING_TEXTS[id].waarom,
  }));
}

/** The source's own words on the number of selections ("maximaal zes"), for Instellingen and docs. */
export const MAXIMUM_QUOTE = 'Omdat wij de plannen zorgvuldig willen begeleiden, sluiten we met maximaal zes initiatieven de module Samenwerken in de Regio af.';

/** How the number of selections reads: the source's maximum, and that filling every place is the team's choice. */
export function selectionCountText(n: number, teamkeuzes: TeamSettings | undefined): string {
  const q = (teamkeuzes ?? DEFAULTS).minimumKwaliteit;
  const fill = q.aan
    ? `keuze van het team: alleen aanvragen die de minimumkwaliteit halen (${teamSettingValue('minimumKwaliteit', q)}), dus soms minder dan ${n}`
    : `keuze van het team: alle ${n} plaatsen worden gevuld zolang er geschikte aanvragen zijn (minimumkwaliteit: uit)`;
  return `ten hoogste ${n}; bron: “${MAXIMUM_QUOTE}” De module zegt “maximaal”, niet “altijd ${n}”: ${fill}`;
}

/** The values a setting with a fixed list takes (`meerderheid`, `alle`, `beoordelaar`), else undefined. */
export function teamSettingOptions(id: TeamSettingId): readonly string[] | undefined {
  const field = teamSettingsSchema.shape[id];
  const inner = field instanceof z.ZodDefault ? field.unwrap() : field;
  return inner instanceof z.ZodEnum ? (inner.options as readonly string[]) : undefined;
}

/** "aan: geen onderdeel onder 3; totaalscore ten minste 30", "uit", "aan" → the minimum quality. */
function readMinimumQuality(text: string): TeamSettings['minimumKwaliteit'] | undefined {
  const t = text.trim().toLowerCase();
  if (t === 'uit' || t === 'nee') return { aan: false };
  if (!/^(aan|ja)\b/.test(t)) return undefined;
  const item = /onderdeel onder\s+([0-9]+(?:[.,][0-9]+)?)/.exec(t);
  const total = /totaal(?:score)?\s+(?:ten minste\s+)?([0-9]+(?:[.,][0-9]+)?)/.exec(t);
  return {
    aan: true,
    ...(item ? { minItemScore: Number(item[1].replace(',', '.')) } : {}),
    ...(total ? { minTotaal: Number(total[1].replace(',', '.')) } : {}),
  };
}

/**
 * A team setting's value as a person types it in the Instellingen sheet (the words
 * `teamSettingValue` writes), checked against the setting's schema. A value the schema refuses is
 * a Dutch message that names the allowed values; the caller names the sheet and row.
 */
export function readTeamSettingValue<K extends TeamSettingId>(id: K, text: string): { ok: true; value: TeamSettings[K] } | { ok: false; melding: string } {
  const typed = text.trim();
  if (typed === teamSettingValue(id, DEFAULTS[id])) return { ok: true, value: DEFAULTS[id] };
  const field = teamSettingsSchema.shape[id];
  const candidates: unknown[] =
    id === 'minimumKwaliteit'
      ? [readMinimumQuality(typed)]
      : id === 'beoordelaarsBijBelang'
        ? // "…, ten minste 4" as written, or just "4".
          [/^(?:.*ten minste\s+)?([0-9]+)$/i.exec(typed)?.[1] !== undefined ? Number(/([0-9]+)$/.exec(typed)![1]) : undefined]
        : [typed.toLowerCase(), /^[0-9]+(?:[.,][0-9]+)?$/.test(typed) ? Number(typed.replace(',', '.')) : undefined];
  for (const candidate of candidates) {
    if (candidate === undefined) continue;
    const parsed = field.safeParse(candidate);
    if (parsed.success) return { ok: true, value: parsed.data as TeamSettings[K] };
  }
  const options = teamSettingOptions(id);
  const hint = options
    ? `kies ${options.map((o) => `‘${o}’`).join(', ')}`
    : id === 'minimumKwaliteit'
      ? 'bijv. ‘uit’ of ‘aan: geen onderdeel onder 3; totaalscore ten minste 30’'
      : typeof DEFAULTS[id] === 'number'
        ? 'een geheel getal groter dan 0'
        : `standaard: ‘${teamSettingValue(id, DEFAULTS[id])}’`;
  return { ok: false, melding: `'${typed}' is geen geldige waarde voor ${TEAM_SETTING_TEXTS[id].label.toLowerCase()} (${hint})` };
}

/** True when `id` names a team setting. */
export function isTeamSettingId(id: string): id is TeamSettingId {
  return Object.prototype.hasOwnProperty.call(TEAM_SETTING_TEXTS, id);
}

/**
 * The policy with team settings changed in Instellingen (the pane's form or the sheet) laid over
 * its own `teamkeuzes`. The same object when nothing is changed, so memoised results stay valid.
 */
export function withTeamSettings<P extends { teamkeuzes: TeamSettings }>(policy: P, changes: Partial<TeamSettings> | undefined): P {
  if (!changes || Object.keys(changes).length === 0) return policy;
  return { ...policy, teamkeuzes: { ...policy.teamkeuzes, ...changes } };
}

/** The settings among `changes` whose value differs from the policy's own, in the schema's order. */
export function changedTeamSettings(own: TeamSettings, changes: Partial<TeamSettings>): TeamSettingId[] {
  return (Object.keys(TEAM_SETTING_TEXTS) as TeamSettingId[]).filter((id) => id in changes && JSON.stringify(changes[id]) !== JSON.stringify(own[id]));
}
