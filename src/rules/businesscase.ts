import type { Application, Budget } from './application';
import { freezeFinding, registerMessages, renderBevinding, type Bevinding, type MessageCatalogue } from './findings';
import { formatEuro } from './format';
import type { CheckStatus } from './outcome';
import { finiteNumber, weakestOf, type Finding } from './status';
import { ListMemo } from './bounded-cache';

/**
 * Seed section 1, item 4 "Een positieve business case": "de opbrengsten van het initiatief
 * opwegen tegen de kosten … Indien er zorg vanuit de tweede lijn wordt verplaatst naar de eerste
 * lijn, moet dit een directe besparing opleveren in de tweede lijn." That is the business case
 * check (`businesscase`, bron).
 *
 * Bijlage 3's budget ("Begroting (in grote lijnen)", "Dekking projectbegroting …") is another
 * question: whether the columns add up and the income covers the costs. That is the `dekking`
 * check; the source does not say that an uncovered budget rejects, so the team decides
 * (`teamkeuzes.begrotingsdekking`: a signal by default, a knock-out when the team sets it).
 */
export interface BusinessCaseFigures {
  kosten?: number;
  opbrengsten?: number;
  zorgUitTweedeLijn?: boolean;
  besparingTweedeLijn?: number;
}

/** The column a budget finding is about: two values, frozen and shared by every finding. */
const KOLOM = { kosten: Object.freeze({ kolom: 'kosten' }), inkomsten: Object.freeze({ kolom: 'inkomsten' }) } as const;

/** Cents tolerance: amounts typed by people are compared to the cent. */
const CENT = 0.005;

/** Revenues against costs, and the second-line saving when care moves from the second line. */
export function businessCaseFindings(figures: BusinessCaseFigures): Bevinding[] {
  const out: Bevinding[] = [];
  const kosten = finiteNumber(figures.kosten);
  const opbrengsten = finiteNumber(figures.opbrengsten);
  if (opbrengsten === undefined || kosten === undefined) {
    const missing = [opbrengsten === undefined ? 'opbrengsten' : '', kosten === undefined ? 'kosten' : ''].filter(Boolean);
    out.push({ status: 'onbekend', code: 'businesscase.ontbreekt', veld: opbrengsten === undefined ? 'businesscase.opbrengsten' : 'businesscase.kosten', gevonden: null, lijst: missing });
  } else if (opbrengsten + CENT < kosten) {
    out.push({ status: 'voldoet niet', code: 'businesscase.negatief', veld: 'businesscase.opbrengsten', gevonden: opbrengsten, drempel: kosten, extra: { tekort: kosten - opbrengsten } });
  } else {
    out.push({ status: 'voldoet', code: 'businesscase.positief', veld: 'businesscase.opbrengsten', gevonden: opbrengsten, drempel: kosten });
  }

  const saving = finiteNumber(figures.besparingTweedeLijn);
  if (figures.zorgUitTweedeLijn === true) {
    if (saving === undefined) out.push({ status: 'onbekend', code: 'businesscase.besparing_ontbreekt', veld: 'businesscase.besparingTweedeLijn', gevonden: null });
    else if (saving <= 0) out.push({ status: 'voldoet niet', code: 'businesscase.geen_besparing', veld: 'businesscase.besparingTweedeLijn', gevonden: saving, drempel: 0 });
    else out.push({ status: 'voldoet', code: 'businesscase.besparing', veld: 'businesscase.besparingTweedeLijn', gevonden: saving });
  } else if (figures.zorgUitTweedeLijn === undefined) {
    out.push({ status: 'onbekend', code: 'businesscase.tweede_lijn_onbekend', veld: 'businesscase.zorgUitTweedeLijn', gevonden: null });
  }
  return out;
}

const asFindings = (list: Bevinding[]): Finding[] => list.map((b) => ({ status: b.status, reden: renderBevinding(b, 'nl') }));

/** `businessCaseFindings` as status and Dutch sentence (for =ZK.BUSINESSCASE's message). */
export function judgeBusinessCase(figures: BusinessCaseFigures): Finding[] {
  return asFindings(businessCaseFindings(figures));
}

function sumLines(lines: ReadonlyArray<{ bedrag?: unknown }> | undefined): { total?: number; missing: number } {
  // No cost lines says nothing about the costs (a table file cannot tell an empty list from none).
  if (!Array.isArray(lines) || lines.length === 0) return { missing: 0 };
  let total = 0;
  let missing = 0;
  for (const line of lines) {
    const amount = finiteNumber(line?.bedrag);
    if (amount === undefined) missing++;
    else total += amount;
  }
  return { total, missing };
}

function compareTotal(kolom: 'kosten' | 'inkomsten', lines: { total?: number; missing: number }, written: number | undefined): Bevinding | undefined {
  const veld = kolom === 'kosten' ? 'begroting.totaalKosten' : 'begroting.totaalInkomsten';
  if (lines.missing > 0) return { status: 'onbekend', code: 'dekking.regels_zonder_bedrag', veld: kolom === 'kosten' ? 'begroting.kosten' : 'begroting.andereBronnen', extra: { kolom, aantal: lines.missing } };
  if (lines.total === undefined || written === undefined) return undefined;
  const difference = lines.total - written;
  if (Math.abs(difference) < CENT) return { status: 'voldoet', code: 'dekking.totaal_klopt', veld, gevonden: written, extra: KOLOM[kolom] };
  return { status: 'onbekend', code: 'dekking.totaal_wijkt_af', veld, gevonden: written, drempel: lines.total, extra: KOLOM[kolom] };
}

/** Budget arithmetic (Bijlage 3): the columns add up, and the income covers the costs. */
export function budgetFindings(begroting: Budget | undefined): Bevinding[] {
  if (!begroting || typeof begroting !== 'object') return [{ status: 'onbekend', code: 'dekking.geen_begroting', veld: 'begroting', gevonden: null }];
  const out: Bevinding[] = [];
  const costs = sumLines(begroting.kosten);
  const requested = finiteNumber(begroting.gevraagdBedrag);
  const others = sumLines(begroting.andereBronnen);
  const incomeLines = { total: requested === undefined && others.total === undefined ? undefined : (requested ?? 0) + (others.total ?? 0), missing: others.missing };
  const writtenCosts = finiteNumber(begroting.totaalKosten);
  const writtenIncome = finiteNumber(begroting.totaalInkomsten);
  for (const b of [compareTotal('kosten', costs, writtenCosts), compareTotal('inkomsten', incomeLines, writtenIncome)]) if (b) out.push(b);
  const totalCosts = writtenCosts ?? costs.total;
  const totalIncome = writtenIncome ?? incomeLines.total;
  if (totalCosts === undefined || totalIncome === undefined) {
    out.push({ status: 'onbekend', code: 'dekking.ontbreekt', veld: totalCosts === undefined ? 'begroting.totaalKosten' : 'begroting.totaalInkomsten', gevonden: null, extra: { kolom: totalCosts === undefined ? 'kosten' : 'inkomsten' } });
  } else if (totalIncome + CENT < totalCosts) {
    out.push({ status: 'voldoet niet', code: 'dekking.tekort', veld: 'begroting.totaalInkomsten', gevonden: totalIncome, drempel: totalCosts, extra: { tekort: totalCosts - totalIncome } });
  } else {
    out.push({ status: 'voldoet', code: 'dekking.gedekt', veld: 'begroting.totaalInkomsten', gevonden: totalIncome, drempel: totalCosts });
  }
  return out;
}

/** `budgetFindings` as status and Dutch sentence. */
export function judgeBudget(begroting: Budget | undefined): Finding[] {
  return asFindings(budgetFindings(begroting));
}

/** The fields each check reads: the same for every application, one frozen list shared by every result. */
const BUSINESSCASE_VELDEN = Object.freeze(['businesscase.opbrengsten', 'businesscase.kosten', 'businesscase.zorgUitTweedeLijn', 'businesscase.besparingTweedeLijn', 'begroting.totaalKosten']) as string[];
const DEKKING_VELDEN = Object.freeze(['begroting.kosten', 'begroting.totaalKosten', 'begroting.gevraagdBedrag', 'begroting.andereBronnen', 'begroting.totaalInkomsten', 'dekking']) as string[];

/** The findings that decide: the weakest status, and the findings with it (all when it passes). */
function deciding(list: Bevinding[]): { status: CheckStatus; bevindingen: Bevinding[] } {
  const status = weakestOf(list);
  return { status, bevindingen: status === 'voldoet' ? list : list.filter((b) => b.status === status) };
}

/**
 * `sumLines(lines)` written into `into[at]` (the total) and `into[at + 1]` (the lines without an
 * amount), without an object per call: screening reads the cost lines of every application.
 */
function readLines(lines: ReadonlyArray<{ bedrag?: unknown }> | undefined, into: Array<number | undefined>, at: number): void {
  if (!Array.isArray(lines) || lines.length === 0) {
    into[at] = undefined;
    into[at + 1] = 0;
    return;
  }
  let total = 0;
  let missing = 0;
  for (let i = 0; i < lines.length; i++) {
    const amount = finiteNumber(lines[i]?.bedrag);
    if (amount === undefined) missing++;
    else total += amount;
  }
  into[at] = total;
  into[at + 1] = missing;
}

/**
 * The readings a memo is asked by, made once and filled per application: the memo reads the
 * list and keeps none of it, and nothing in between asks for another application.
 */
const BUSINESSCASE_READINGS: Array<number | undefined> = [undefined, undefined, undefined];
const BUDGET_READINGS: Array<number | undefined> = [undefined, undefined, undefined, undefined, undefined, undefined, undefined];
const COST_LINES: Array<number | undefined> = [undefined, undefined];

/** The business case check of an application; costs default to the budget's cost total. */
export function evaluateBusinessCase(app: Application): Decided {
  const bc = app.businesscase && typeof app.businesscase === 'object' ? app.businesscase : {};
  // The budget's costs count only when the business case states none.
  let kosten = finiteNumber(bc.kosten);
  if (kosten === undefined) {
    readLines(app.begroting?.kosten, COST_LINES, 0);
    kosten = finiteNumber(app.begroting?.totaalKosten) ?? (COST_LINES[1] === 0 ? COST_LINES[0] : undefined);
  }
  // The findings follow from four readings; a file repeats its amounts.
  const zorg = bc.zorgUitTweedeLijn === true ? 'ja' : bc.zorgUitTweedeLijn === undefined ? '' : 'nee';
  const numbers = BUSINESSCASE_READINGS;
  numbers[0] = kosten;
  numbers[1] = finiteNumber(bc.opbrengsten);
  numbers[2] = finiteNumber(bc.besparingTweedeLijn);
  // The figures are only made when the answer is not known yet.
  return recall(businessCaseAnswers, numbers, zorg) ?? remember(businessCaseAnswers, numbers, zorg, businessCaseFindings({ ...bc, kosten }), BUSINESSCASE_VELDEN);
}

/** "Dekking projectbegroting": the budget's columns and whether the income covers the costs. */
export function evaluateBudgetCoverage(app: Application): Decided {
  const begroting = app.begroting;
  if (!begroting || typeof begroting !== 'object') {
    const { status, bevindingen } = deciding(budgetFindings(begroting));
    return { status, bevindingen, velden: DEKKING_VELDEN };
  }
  // What budgetFindings reads of the budget: the findings follow from these alone.
  const readings = BUDGET_READINGS;
  readLines(begroting.kosten, readings, 0);
  readings[2] = finiteNumber(begroting.gevraagdBedrag);
  readLines(begroting.andereBronnen, readings, 3);
  readings[5] = finiteNumber(begroting.totaalKosten);
  readings[6] = finiteNumber(begroting.totaalInkomsten);
  return recall(budgetAnswers, readings, '') ?? remember(budgetAnswers, readings, '', budgetFindings(begroting), DEKKING_VELDEN);
}

/** A check's deciding findings with the fields it reads: the memos keep these frozen, and an application gets the shared one. */
type Decided = { status: CheckStatus; bevindingen: Bevinding[]; velden: string[] };

/** Decided findings by a tag and the numbers they follow from: frozen and shared (a result keeps such a list as is). Cleared when full. */
const businessCaseAnswers = new ListMemo<Decided>(5_000);
const budgetAnswers = new ListMemo<Decided>(5_000);

/** True when a number is -0, which the memo takes for 0 (a finding may show it): such answers are made afresh and not kept. */
function hasNegativeZero(numbers: ReadonlyArray<number | undefined>): boolean {
  for (let i = 0; i < numbers.length; i++) if (Object.is(numbers[i], -0)) return true;
  return false;
}

/** The answer kept for `numbers` and `tag`, or undefined: then `remember` what the findings decide. */
function recall(answers: ListMemo<Decided>, numbers: ReadonlyArray<number | undefined>, tag: string): Decided | undefined {
  return hasNegativeZero(numbers) ? undefined : answers.get(tag, numbers);
}

/** `deciding(found)` with `velden`, kept by `numbers` and `tag` frozen (not with a -0: made afresh each time). */
function remember(answers: ListMemo<Decided>, numbers: ReadonlyArray<number | undefined>, tag: string, found: Bevinding[], velden: string[]): Decided {
  const { status, bevindingen } = deciding(found);
  if (hasNegativeZero(numbers)) return { status, bevindingen, velden };
  return answers.set(tag, numbers, Object.freeze({ status, bevindingen: Object.freeze(bevindingen.map(freezeFinding)) as Bevinding[], velden }));
}

const euro = (v: unknown) => (typeof v === 'number' ? formatEuro(v) : String(v));
const kolomNl = (b: Bevinding) => (b.extra?.kolom === 'inkomsten' ? 'inkomsten' : 'kosten');
const kolomEn = (b: Bevinding) => (b.extra?.kolom === 'inkomsten' ? 'income' : 'cost');

export const BUSINESSCASE_MESSAGES: MessageCatalogue = {
  'businesscase.ontbreekt': {
    nl: (b) => `${(b.lijst ?? []).join(' en ')} van de businesscase ontbreken`,
    en: (b) => `business case ${(b.lijst ?? []).map((w) => (w === 'opbrengsten' ? 'revenues' : 'costs')).join(' and ')} missing`,
  },
  'businesscase.negatief': {
    nl: (b) => `opbrengsten ${euro(b.gevonden)} wegen niet op tegen de kosten ${euro(b.drempel)} (tekort ${euro(b.extra?.tekort)})`,
    en: (b) => `revenues ${euro(b.gevonden)} do not outweigh the costs ${euro(b.drempel)} (short by ${euro(b.extra?.tekort)})`,
  },
  'businesscase.positief': { nl: (b) => `opbrengsten ${euro(b.gevonden)} ≥ kosten ${euro(b.drempel)}`, en: (b) => `revenues ${euro(b.gevonden)} ≥ costs ${euro(b.drempel)}` },
  'businesscase.besparing_ontbreekt': {
    nl: () => 'zorg wordt uit de tweede lijn verplaatst, maar de directe besparing in de tweede lijn ontbreekt',
    en: () => 'care moves from the second line, but the direct saving in the second line is missing',
  },
  'businesscase.geen_besparing': {
    nl: (b) => `zorg wordt uit de tweede lijn verplaatst zonder directe besparing in de tweede lijn (${euro(b.gevonden)})`,
    en: (b) => `care moves from the second line without a direct saving there (${euro(b.gevonden)})`,
  },
  'businesscase.besparing': { nl: (b) => `directe besparing in de tweede lijn ${euro(b.gevonden)}`, en: (b) => `direct saving in the second line ${euro(b.gevonden)}` },
  'businesscase.tweede_lijn_onbekend': { nl: () => 'niet opgegeven of zorg uit de tweede lijn wordt verplaatst', en: () => 'not stated whether care moves from the second line' },
  'dekking.geen_begroting': { nl: () => 'begroting ontbreekt', en: () => 'budget missing' },
  'dekking.regels_zonder_bedrag': {
    nl: (b) => `${String(b.extra?.aantal)} ${kolomNl(b)}${b.extra?.aantal === 1 ? 'regel' : 'regels'} zonder bedrag`,
    en: (b) => `${String(b.extra?.aantal)} ${kolomEn(b)} line(s) without an amount`,
  },
  'dekking.totaal_klopt': { nl: (b) => `${kolomNl(b)}regels tellen op tot het totaal ${euro(b.gevonden)}`, en: (b) => `${kolomEn(b)} lines add up to the total ${euro(b.gevonden)}` },
  'dekking.totaal_wijkt_af': {
    nl: (b) => `${kolomNl(b)}regels tellen op tot ${euro(b.drempel)}, het opgegeven totaal is ${euro(b.gevonden)} (verschil ${euro(Math.abs(Number(b.drempel) - Number(b.gevonden)))})`,
    en: (b) => `${kolomEn(b)} lines add up to ${euro(b.drempel)}, the stated total is ${euro(b.gevonden)}`,
  },
  'dekking.ontbreekt': { nl: (b) => `${kolomNl(b)} van de begroting ontbreken`, en: (b) => `budget ${kolomEn(b)} missing` },
  'dekking.tekort': {
    nl: (b) => `inkomsten ${euro(b.gevonden)} dekken de kosten ${euro(b.drempel)} niet (tekort ${euro(b.extra?.tekort)})`,
    en: (b) => `income ${euro(b.gevonden)} does not cover the costs ${euro(b.drempel)} (short by ${euro(b.extra?.tekort)})`,
  },
  'dekking.gedekt': { nl: (b) => `inkomsten ${euro(b.gevonden)} dekken de kosten ${euro(b.drempel)}`, en: (b) => `income ${euro(b.gevonden)} covers the costs ${euro(b.drempel)}` },
};
registerMessages(BUSINESSCASE_MESSAGES);
