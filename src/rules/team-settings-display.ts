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
