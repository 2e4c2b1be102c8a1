/**
 * The Instellingen sheet's rows: Sleutel, Waarde, Toelichting. The add-in writes its settings and
 * reads them back when it opens; `zk selectie` writes the settings of its run with the same keys,
 * so the add-in carries on with that seed, method and weights.
 */
import type { Problem } from '../rules/outcome';
import type { Aggregation, PercentileMethod, SettingsPatch, ZkSettings } from '../shared/settings';
import type { TeamSettings } from '../rules/team-settings';
import { isTeamSettingId, readTeamSettingValue, selectionCountText, teamSettingLines } from '../rules/team-settings-display';
import { readDecimal } from '../rules/dutch-number';
import type { TableData } from './types';

/** One row of the Instellingen sheet. Values are written as text the way a Dutch user reads them. */
export interface SettingRow {
  sleutel: string;
  waarde: string;
  toelichting?: string;
}

/** What a writer knows of the settings: the add-in all of them, `zk` those of its run. */
export type KnownSettings = Pick<ZkSettings, 'seed' | 'aggregation' | 'normalise'> & Partial<Pick<ZkSettings, 'bi'>>;

type Patch = SettingsPatch;

const yesNo = (b: boolean) => (b ? 'ja' : 'nee');
const number = readDecimal;
const bool = (text: string): boolean | undefined => ({ ja: true, nee: false, true: true, false: false, waar: true, onwaar: false })[text.trim().toLowerCase()];
const oneOf =
  <T extends string>(values: readonly T[]) =>
  (text: string): T | undefined =>
    values.find((v) => v === text.trim().toLowerCase());

/** Every fixed setting once: its key, how it is written, and how it is read back. */
const FIXED: { sleutel: string; toelichting?: string; write: (s: KnownSettings) => string | undefined; read: (text: string) => Patch | undefined }[] = [
  {
    sleutel: 'seed',
    toelichting: 'Seed van de loting aan het eind van de tiebreak-volgorde.',
    write: (s) => String(s.seed),
    read: (t) => (Number.isInteger(number(t)) ? { seed: number(t) } : undefined),
  },
  { sleutel: 'aggregatie', toelichting: 'gemiddelde of mediaan', write: (s) => s.aggregation, read: (t) => optional('aggregation', oneOf<Aggregation>(['gemiddelde', 'mediaan'])(t)) },
  { sleutel: 'normaliseren', toelichting: 'z-score per beoordelaar (ja/nee)', write: (s) => yesNo(s.normalise), read: (t) => optional('normalise', bool(t)) },
  { sleutel: 'BI contractjaar', write: (s) => s.bi && String(s.bi.contractjaar), read: (t) => biPatch('contractjaar', number(t)) },
  { sleutel: 'BI deciel', write: (s) => s.bi && String(s.bi.deciel), read: (t) => biPatch('deciel', number(t)) },
  { sleutel: 'BI methode', toelichting: 'inc, exc of nearest', write: (s) => s.bi?.methode, read: (t) => biPatch('methode', oneOf<PercentileMethod>(['inc', 'exc', 'nearest'])(t)) },
  { sleutel: 'BI minimum patiënten', write: (s) => s.bi && String(s.bi.minPatienten), read: (t) => biPatch('minPatienten', number(t)) },
  { sleutel: 'BI op ondergrens', toelichting: 'ja/nee', write: (s) => s.bi && yesNo(s.bi.opOndergrens), read: (t) => biPatch('opOndergrens', bool(t)) },
];

function optional<K extends keyof ZkSettings>(key: K, value: ZkSettings[K] | undefined): Patch | undefined {
  return value === undefined ? undefined : ({ [key]: value } as Patch);
}

function biPatch<K extends keyof ZkSettings['bi']>(key: K, value: ZkSettings['bi'][K] | undefined): Patch | undefined {
  return value === undefined ? undefined : { bi: { [key]: value } as Partial<ZkSettings['bi']> };
}

const POLICY_KEY = 'beleid';
const WEIGHT_PREFIX = 'gewicht ';
/** Rows of the team settings: written with the values in force, read back as changes to the policy's `teamkeuzes`. */
const TEAM_PREFIX = 'teamkeuze ';
const SELECTION_COUNT_KEY = 'aantal selecties';

export function settingRows(
  settings: KnownSettings,
  policy: { id: string; versie: string; naam: string; maxSelecties?: number; teamkeuzes?: TeamSettings },
  weights: Record<string, number>,
): SettingRow[] {
  return [
    { sleutel: POLICY_KEY, waarde: `${policy.id} ${policy.versie}`, toelichting: policy.naam },
    ...Object.entries(weights).map(([item, w]) => ({ sleutel: `${WEIGHT_PREFIX}${item}`, waarde: String(w) })),
    ...FIXED.flatMap((f) => {
      const waarde = f.write(settings);
      return waarde === undefined ? [] : [{ sleutel: f.sleutel, waarde, toelichting: f.toelichting }];
    }),
    { sleutel: SELECTION_COUNT_KEY, waarde: String(policy.maxSelecties ?? 6), toelichting: selectionCountText(policy.maxSelecties ?? 6, policy.teamkeuzes) },
    // Every team choice with its value, default and why it is a choice; a person may change the value here.
    ...teamSettingLines(policy.teamkeuzes).map((l) => ({ sleutel: `${TEAM_PREFIX}${l.id}`, waarde: l.waarde, toelichting: `${l.label}. Standaard: ${l.standaard}. ${l.waarom} Wijzigen: hier in de kolom Waarde, in het taakvenster (Instellingen) of in het beleid (teamkeuzes).` })),
  ];
}

/**
 * Rows `zk selectie` adds to say what its run used (source, scale, tie-breaks, limits). The add-in
 * shows them and reads nothing from them.
 */
export const INFORMATION_KEYS = new Set([
  'bron',
  'besluitdatum',
  'schaal',
  'minimaal aantal beoordelaars',
  'spreidingsdrempel',
  'tiebreak',
  'maximaal aantal selecties',
  'maximaal per kernregio',
  'budgetplafond',
  'steekproeven',
  'herkomst gewichten',
]);

/**
 * The settings read back from the sheet. A value that cannot be read is a problem naming the key;
 * the other settings are still used. `beleid` is returned as text: the policy itself is a file.
 */
export function settingsFromRows(rows: readonly { sleutel: string; waarde: string }[]): { patch: Patch; beleid?: string; problems: Problem[] } {
  const patch: Patch = {};
  const problems: Problem[] = [];
  let beleid: string | undefined;
  const weights: Record<string, number> = {};
  for (const row of rows) {
    const key = row.sleutel.trim();
    if (key === POLICY_KEY) {
      beleid = row.waarde.trim();
      continue;
    }
    if (key === SELECTION_COUNT_KEY) continue;
    if (key.startsWith(TEAM_PREFIX)) {
      const id = key.slice(TEAM_PREFIX.length).trim();
      if (!isTeamSettingId(id)) {
        problems.push({ bestand: 'Instellingen', plaats: key, veld: 'Sleutel', melding: `onbekende teamkeuze '${id}'; genegeerd`, ernst: 'waarschuwing' });
        continue;
      }
      const read = readTeamSettingValue(id, row.waarde);
      if (read.ok) patch.teamkeuzes = { ...patch.teamkeuzes, [id]: read.value };
      else problems.push({ bestand: 'Instellingen', plaats: key, veld: 'Waarde', melding: `${read.melding}; de waarde uit het beleid blijft gelden`, ernst: 'fout' });
      continue;
    }
    if (key.startsWith(WEIGHT_PREFIX)) {
      const w = number(row.waarde);
      if (w !== undefined && w >= 0) weights[key.slice(WEIGHT_PREFIX.length)] = w;
      else problems.push({ bestand: 'Instellingen', plaats: key, veld: 'Waarde', melding: `'${row.waarde}' is geen gewicht (een getal van 0 of meer)`, ernst: 'fout' });
      continue;
    }
    const fixed = FIXED.find((f) => f.sleutel === key);
    if (!fixed && (INFORMATION_KEYS.has(key) || key.startsWith('niveau '))) continue;
    if (!fixed) {
      problems.push({ bestand: 'Instellingen', plaats: key, veld: 'Sleutel', melding: `onbekende instelling '${key}'; genegeerd`, ernst: 'waarschuwing' });
      continue;
    }
    const read = fixed.read(row.waarde);
    if (!read) {
      problems.push({ bestand: 'Instellingen', plaats: key, veld: 'Waarde', melding: `'${row.waarde}' is geen geldige waarde${fixed.toelichting ? ` (${fixed.toelichting})` : ''}`, ernst: 'fout' });
      continue;
    }
    Object.assign(patch, read, read.bi ? { bi: { ...patch.bi, ...read.bi } } : {});
  }
  if (Object.keys(weights).length > 0) patch.weights = weights;
  return { patch, beleid, problems };
}

/** The Instellingen table's rows as either host reads them (Sleutel, Waarde, Toelichting). */
export function settingRowsFromTable(table: TableData): SettingRow[] {
  return table.records.map((r) => ({ sleutel: String(r.Sleutel ?? ''), waarde: String(r.Waarde ?? ''), ...(r.Toelichting ? { toelichting: String(r.Toelichting) } : {}) }));
}

/** Only the team settings of the Instellingen rows (what `zk` takes from a saved workbook), with their problems. */
export function teamSettingsFromRows(rows: readonly { sleutel: string; waarde: string }[]): { teamkeuzes: Partial<TeamSettings>; problems: Problem[] } {
  const read = settingsFromRows(rows.filter((r) => r.sleutel.trim().startsWith(TEAM_PREFIX)));
  return { teamkeuzes: read.patch.teamkeuzes ?? {}, problems: read.problems };
}
