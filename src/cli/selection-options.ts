import type { ProcedureSettings } from '../rules/ranking/procedure';
import type { SelectionRunOptions } from './selection-run';
import { CliError } from './command';
import { readAmount, readDecimal, readInteger } from '../rules/dutch-number';

/** Options shared by `zk rangschik`, `zk selectie` and `zk demo` (node:util parseArgs format). */
export const SELECTION_OPTIONS = {
  seed: { type: 'string' },
  gewicht: { type: 'string', multiple: true },
  'max-per-regio': { type: 'string' },
  budget: { type: 'string' },
  mediaan: { type: 'boolean' },
  normaliseer: { type: 'boolean' },
  steekproeven: { type: 'string' },
  beleid: { type: 'string' },
  overschrijvingen: { type: 'string' },
  consensus: { type: 'string' },
  besluiten: { type: 'string' },
  belangen: { type: 'string' },
  wie: { type: 'string' },
  rol: { type: 'string' },
} as const;

export const SELECTION_USAGE = [
  '  --seed N            seed van de loting en de steekproeven (standaard 2021); staat in elke uitvoer',
  '  --gewicht ITEM=W    ander gewicht voor een item (herhaalbaar), bijv. --gewicht jzojp=2; toont wie erbij komt en wie afvalt',
  '  --max-per-regio K   hoogstens K selecties per kernregio',
  '  --budget B          plafond voor de som van de gevraagde bedragen in euro (bijv. 300000)',
  '  --mediaan           mediaan per onderdeel in plaats van het gemiddelde',
  '  --normaliseer       z-score-normalisatie per beoordelaar (met verschuivingsrapport)',
  '  --steekproeven N    aantal steekproeven voor de stabiliteit (standaard 1000; 0 = overslaan)',
  '  --beleid B.json     eigen beleid in plaats van samenwerken-2021',
  '  --overschrijvingen O.json  overschrijvingen van toetsen door beoordelaars (met schriftelijke reden)',
  '  --consensus C.csv   consensusscores als .csv of .xlsx (aanvraag, item, score, motivatie, wie, rol, aanwezig); zonder motivatie geweigerd',
  '  --besluiten B.csv   besluiten van het team over onvolledige aanvragen (.csv, .json of .xlsx: aanvraag, besluit aanvulling|afwijzen,',
  '                      motivering, antwoordVoor, wie, rol, tijdstip); afwijzen zonder motivering wordt geweigerd',
  '  --belangen B.csv    belangen van beoordelaars (.csv, .json of .xlsx: aanvraag, beoordelaar, rol, belang geen|conflict,',
  '                      reden, tijdstip); de scores van een beoordelaar met een belang tellen voor die aanvraag niet',
  '  --wie NAAM --rol R  wie de selectie vastlegt (audit)',
].join('\n');

export const DEFAULT_SEED = 2021;

type Values = {
  [K in keyof typeof SELECTION_OPTIONS]?: (typeof SELECTION_OPTIONS)[K] extends { multiple: true } ? string[] : (typeof SELECTION_OPTIONS)[K]['type'] extends 'boolean' ? boolean : string;
};

function weights(values: readonly string[] | undefined): Record<string, number> | undefined {
  if (!values?.length) return undefined;
  const out: Record<string, number> = {};
  for (const v of values) {
    const m = /^([^=\s]+)\s*=\s*(.*)$/.exec(v.trim());
    const weight = m ? readDecimal(m[2]) : undefined;
    if (!m || weight === undefined || weight < 0) throw new CliError(`--gewicht verwacht ITEM=GEWICHT, bijvoorbeeld jzojp=2, niet '${v}'.`);
    out[m[1]] = weight;
  }
  return out;
}

function wholeNumber(value: string, option: string, min = 0): number {
  const n = readInteger(value);
  if (n === undefined || n < min) throw new CliError(`--${option} verwacht een geheel getal vanaf ${min}, niet '${value}'.`);
  return n;
}

function amount(value: string, option: string): number {
  const n = readAmount(value);
  if (n === undefined || n < 0) throw new CliError(`--${option} verwacht een bedrag in euro, niet '${value}'.`);
  return n;
}

export function settingsFrom(values: Values): ProcedureSettings {
  return {
    seed: values.seed !== undefined ? wholeNumber(values.seed, 'seed') : DEFAULT_SEED,
    maxPerRegio: values['max-per-regio'] !== undefined ? wholeNumber(values['max-per-regio'], 'max-per-regio', 1) : undefined,
    budget: values.budget !== undefined ? amount(values.budget, 'budget') : undefined,
    gewichten: weights(values.gewicht),
    aggregatie: values.mediaan ? 'mediaan' : undefined,
    normaliseren: values.normaliseer ?? false,
    resamples: values.steekproeven !== undefined ? wholeNumber(values.steekproeven, 'steekproeven') : undefined,
  };
}

/**
 * `zk rangschik` and `zk selectie` take `<aanvragen>… <scores>` and the same options: the options
 * for the run, or a usage error. `tijdstip` is the run's time, passed in.
 */
export function selectionRunFrom(parsed: { values: Values; positionals: string[] }, usage: string, tijdstip: string): SelectionRunOptions {
  const aanvragen = parsed.positionals.slice(0, -1);
  const scores = parsed.positionals[parsed.positionals.length - 1];
  if (!aanvragen.length) throw new CliError(`geef een of meer aanvragen (bestand of map) en als laatste het scorebestand.\n${usage}`);
  const v = parsed.values;
  return {
    aanvragen,
    scores,
    beleid: v.beleid,
    overrides: v.overschrijvingen,
    consensus: v.consensus,
    besluiten: v.besluiten,
    belangen: v.belangen,
    instellingen: settingsFrom(v),
    wie: v.wie ?? 'opdrachtregel',
    rol: v.rol ?? 'beoordelingsteam',
    tijdstip,
  };
}
