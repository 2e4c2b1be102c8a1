import type { Application } from '../application';
import { endAfterMonths, parseLooptijd, type Looptijd } from '../durations';
import { CheckOutcome } from '../check-result';
import { freezeFinding, registerMessages, type Bevinding, type Herkomst, type MessageCatalogue } from '../findings';
import { formatDateNl } from '../format';
import type { CheckStatus } from '../outcome';
import type { Policy } from '../policy';
import { nonEmptyText, weakestOf } from '../status';
import { TEAM_SETTING_TEXTS } from '../team-settings';
import { BoundedCache } from '../bounded-cache';
import { isIsoDateShape } from '../validators';

/** The end of the period is the source's: "eindigt uiterlijk op 31-12-2022". */
export const PERIOD_HERKOMST: Herkomst = {
  soort: 'bron',
  document: 'samenwerken2021',
  plaats: 'Hoofdstuk 1, 5 (Duur van het initiatief)',
  citaat: 'De module loopt van 1 april 2021 en eindigt uiterlijk op 31-12-2022. De doelstellingen van het initiatief moeten dus binnen dit tijdspad te behalen zijn.',
};

/** A start before the module is the team's call: the source invites "uw (lopende) initiatief". */
function startHerkomst(): Herkomst {
  return { soort: 'keuze', instelling: 'startVoorModule', standaard: 'toegestaan', uitleg: TEAM_SETTING_TEXTS.startVoorModule.waarom };
}

export interface PeriodCheck {
  status: CheckStatus;
  reden: string;
  bevindingen: Bevinding[];
  herkomst: Herkomst;
}

const date = (v: unknown): string => (typeof v === 'string' ? formatDateNl(v) : '');
const afgeleid = (b: Bevinding, en = false): string => {
  if (!b.citaat) return '';
  return en ? ` (from duration '${b.citaat}')` : ` (afgeleid uit looptijd '${b.citaat}')`;
};

export const PERIOD_MESSAGES: MessageCatalogue = {
  'looptijd.geen_beleid': { nl: () => 'het beleid stelt geen looptijd', en: () => 'the policy sets no period' },
  'looptijd.start_ontbreekt': { nl: () => 'startdatum ontbreekt', en: () => 'start date missing' },
  'looptijd.start_in_module': {
    nl: (b) => `startdatum ${date(b.gevonden)}${afgeleid(b)}`,
    en: (b) => `start date ${date(b.gevonden)}${afgeleid(b, true)}`,
  },
  'looptijd.start_voor_module_toegestaan': {
    nl: (b) => `startdatum ${date(b.gevonden)} ligt vóór ${date(b.drempel)}, de start van de module; een lopend initiatief mag (keuze van het team)`,
    en: (b) => `start date ${date(b.gevonden)} is before ${date(b.drempel)}, the start of the module; a running initiative is allowed (team setting)`,
  },
  'looptijd.start_voor_module': {
    nl: (b) => `startdatum ${date(b.gevonden)} ligt vóór ${date(b.drempel)}, de start van de module (keuze van het team: niet toegestaan)`,
    en: (b) => `start date ${date(b.gevonden)} is before ${date(b.drempel)}, the start of the module (team setting: not allowed)`,
  },
  'looptijd.start_na_module': {
    nl: (b) => `startdatum ${date(b.gevonden)} ligt na ${date(b.drempel)}, het einde van de module`,
    en: (b) => `start date ${date(b.gevonden)} is after ${date(b.drempel)}, the end of the module`,
  },
  'looptijd.einde_ontbreekt': { nl: () => 'einddatum en looptijd ontbreken', en: () => 'end date and duration missing' },
  'looptijd.onleesbaar': {
    nl: (b) => `looptijd '${b.citaat ?? ''}' is niet te lezen als duur of einddatum`,
    en: (b) => `duration '${b.citaat ?? ''}' cannot be read as a duration or end date`,
  },
  'looptijd.geen_start_voor_duur': {
    nl: (b) => `looptijd '${b.citaat ?? ''}' geeft zonder startdatum geen einddatum`,
    en: (b) => `duration '${b.citaat ?? ''}' gives no end date without a start date`,
  },
  'looptijd.einde_in_module': {
    nl: (b) => `einddatum ${date(b.gevonden)}${afgeleid(b)}`,
    en: (b) => `end date ${date(b.gevonden)}${afgeleid(b, true)}`,
  },
  'looptijd.einde_na_module': {
    nl: (b) => `einddatum ${date(b.gevonden)}${afgeleid(b)} ligt na ${date(b.drempel)}, het einde van de module`,
    en: (b) => `end date ${date(b.gevonden)}${afgeleid(b, true)} is after ${date(b.drempel)}, the end of the module`,
  },
  'looptijd.einde_voor_module': {
    nl: (b) => `einddatum ${date(b.gevonden)}${afgeleid(b)} ligt vóór ${date(b.drempel)}, de start van de module`,
    en: (b) => `end date ${date(b.gevonden)}${afgeleid(b, true)} is before ${date(b.drempel)}, the start of the module`,
  },
  'looptijd.einde_tegenstrijdig': {
    nl: (b) => `einddatum ${date(b.gevonden)} en looptijd '${b.citaat ?? ''}' (einde ${date(b.extra?.uitLooptijd)}) geven een andere uitkomst tegenover ${date(b.drempel)}; de beoordelaar beslist`,
    en: (b) => `end date ${date(b.gevonden)} and duration '${b.citaat ?? ''}' (end ${date(b.extra?.uitLooptijd)}) disagree about ${date(b.drempel)}; the assessor decides`,
  },
  'looptijd.einde_voor_start': {
    nl: (b) => `einddatum ${date(b.gevonden)}${afgeleid(b)} ligt vóór de startdatum ${date(b.drempel)}`,
    en: (b) => `end date ${date(b.gevonden)}${afgeleid(b, true)} is before the start date ${date(b.drempel)}`,
  },
};
registerMessages(PERIOD_MESSAGES);

const isoOf = (v: unknown): string | undefined => (typeof v === 'string' && isIsoDateShape(v) ? v : undefined);

/** What screening reads of the period check: its status and findings. */
export interface PeriodOutcome {
  readonly status: CheckStatus;
  readonly bevindingen: Bevinding[];
}

/**
 * "De module loopt van 1 april 2021 en eindigt uiterlijk op 31-12-2022. De doelstellingen van het
 * initiatief moeten dus binnen dit tijdspad te behalen zijn." The end date is the applicant's
 * `einddatum`, or else what "Beoogde looptijd" says (a duration from the start date, an end, or
 * a period). A start before 1 April 2021 is the team's setting `startVoorModule`.
 */
export function checkPeriod(app: Application, policy: Policy): PeriodCheck {
  const { status, bevindingen } = periodOutcome(app, policy);
  return new CheckOutcome(status, bevindingen, PERIOD_HERKOMST);
}

/**
 * checkPeriod's status and findings, without the outcome object around them (screening asks
 * this per application): mostly a shared, frozen pair whose list is frozen too.
 */
export function periodOutcome(app: Application, policy: Policy): PeriodOutcome {
  const module = policy.looptijd;
  if (!module) {
    const bevindingen: Bevinding[] = [{ status: 'voldoet', code: 'looptijd.geen_beleid' }];
    return { status: weakestOf(bevindingen), bevindingen };
  }
  // The findings follow from these three readings and the policy alone; a file repeats its dates.
  const start = isoOf(app.startdatum) ?? '';
  const end = isoOf(app.einddatum) ?? '';
  const text = nonEmptyText(app.looptijd) ?? '';
  const keuze = policy.teamkeuzes?.startVoorModule ?? 'toegestaan';
  // The period asked last and its memo: a screening asks for one policy's period every time.
  let memo = module === lastModule ? lastMemo : periodAnswers.get(module);
  if (!memo || memo.van !== module.van || memo.tot !== module.tot) periodAnswers.set(module, (memo = { van: module.van, tot: module.tot, byKeuze: new Map() }));
  lastModule = module;
  lastMemo = memo;
  // The application before mostly has the same dates: its answer is compared part by part
  // before a key is made for the memo.
  const last = memo.last;
  if (last && last.start === start && last.end === end && last.text === text && last.keuze === keuze) return last.outcome;
  let answers = memo.byKeuze.get(keuze);
  if (!answers) memo.byKeuze.set(keuze, (answers = new BoundedCache(5_000)));
  // Unambiguous: both dates are '' or ten characters without '|', and the free text comes last.
  const key = `${start}|${end}|${text}`;
  let outcome = answers.get(key);
  if (!outcome) {
    // The findings and their list are shared and frozen (a result keeps a frozen list as it is).
    const bevindingen = Object.freeze(periodFindings(app, policy, module).map(freezeFinding)) as Bevinding[];
    outcome = answers.set(key, Object.freeze({ status: weakestOf(bevindingen), bevindingen }));
  }
  memo.last = { start, end, text, keuze, outcome };
  return outcome;
}

type PeriodMemo = { van: string; tot: string; byKeuze: Map<string, BoundedCache<string, PeriodOutcome>>; last?: { start: string; end: string; text: string; keuze: string; outcome: PeriodOutcome } };

/** periodOutcome's answers by policy period, team setting and readings. Cleared when full. */
const periodAnswers = new WeakMap<NonNullable<Policy['looptijd']>, PeriodMemo>();
let lastModule: NonNullable<Policy['looptijd']> | undefined;
let lastMemo: PeriodMemo | undefined;

function periodFindings(app: Application, policy: Policy, module: NonNullable<Policy['looptijd']>): Bevinding[] {
  const text = nonEmptyText(app.looptijd);
  const read: Looptijd | undefined = text ? parseLooptijd(text) : undefined;
  const startFromText = read?.soort === 'periode' ? read.van : undefined;
  const start = isoOf(app.startdatum) ?? startFromText;
  const startCitaat = !isoOf(app.startdatum) && startFromText && text ? { citaat: text } : {};
  const findings: Bevinding[] = [];

  if (!start) findings.push({ status: 'onbekend', code: 'looptijd.start_ontbreekt', veld: 'startdatum', gevonden: null });
  else if (start > module.tot) findings.push({ status: 'voldoet niet', code: 'looptijd.start_na_module', veld: 'startdatum', gevonden: start, drempel: module.tot, ...startCitaat });
  else if (start < module.van) {
    const allowed = (policy.teamkeuzes?.startVoorModule ?? 'toegestaan') === 'toegestaan';
    findings.push({
      status: allowed ? 'voldoet' : 'voldoet niet',
      code: allowed ? 'looptijd.start_voor_module_toegestaan' : 'looptijd.start_voor_module',
      veld: 'startdatum', gevonden: start, drempel: module.van, herkomst: startHerkomst(), ...startCitaat,
    });
  } else findings.push({ status: 'voldoet', code: 'looptijd.start_in_module', veld: 'startdatum', gevonden: start, drempel: module.van, ...startCitaat });

  let end = isoOf(app.einddatum);
  let citaat: { citaat?: string } = {};
  if (!end && text) {
    if (!read) findings.push({ status: 'onbekend', code: 'looptijd.onleesbaar', veld: 'looptijd', gevonden: text, citaat: text });
    else if (read.soort === 'duur' && !start) findings.push({ status: 'onbekend', code: 'looptijd.geen_start_voor_duur', veld: 'looptijd', gevonden: text, citaat: text });
    else {
      end = read.soort === 'duur' ? endAfterMonths(start!, read.maanden) : read.tot;
      citaat = { citaat: text };
    }
  }
  const veld = citaat.citaat ? 'looptijd' : 'einddatum';
  // An einddatum and a looptijd that lead to different verdicts: the assessor decides which holds.
  const endFromText = read && isoOf(app.einddatum) ? (read.soort === 'duur' ? (start ? endAfterMonths(start, read.maanden) : undefined) : read.tot) : undefined;
  if (end && endFromText && text && (end > module.tot) !== (endFromText > module.tot)) {
    findings.push({
      status: 'onbekend', code: 'looptijd.einde_tegenstrijdig', veld: 'einddatum', gevonden: end, drempel: module.tot, citaat: text,
      extra: { uitLooptijd: endFromText }, herkomst: { soort: 'hulp', uitleg: 'Einddatum en looptijd geven een andere uitkomst; de beoordelaar stelt vast welke geldt.' },
    });
  } else if (!end) {
    if (!text) findings.push({ status: 'onbekend', code: 'looptijd.einde_ontbreekt', veld: 'einddatum', gevonden: null });
  } else if (end > module.tot) findings.push({ status: 'voldoet niet', code: 'looptijd.einde_na_module', veld, gevonden: end, drempel: module.tot, ...citaat });
  else if (start && end < start) findings.push({ status: 'voldoet niet', code: 'looptijd.einde_voor_start', veld, gevonden: end, drempel: start, ...citaat });
  else if (end < module.van) findings.push({ status: 'voldoet niet', code: 'looptijd.einde_voor_module', veld, gevonden: end, drempel: module.van, ...citaat });
  else findings.push({ status: 'voldoet', code: 'looptijd.einde_in_module', veld, gevonden: end, drempel: module.tot, ...citaat });
  return findings;
}
