import type { Application, Participant } from './application';
import { isPohText, physiotherapyOf, sharedParticipantDiscipline, type DisciplineFinding } from './disciplines';
import { registerMessages, type Bevinding, type MessageCatalogue } from './findings';
import type { CheckStatus } from './outcome';
import type { Criterion } from './policy';
import { finiteNumber, nonEmptyText, weakestOf } from './status';
import { isDigits, validateKvk } from './validators';
import { BoundedCache, ListMemo } from './bounded-cache';

/**
 * Automatic rules for the Bijlage 1 criteria, keyed by criterion id. The policy says which
 * criteria exist, their text, thresholds (`minimum`) and origin; this table says how a criterion
 * is decided from the application's fields, as typed findings (`Bevinding`) under message codes
 * `K<n>.…`. A criterion without a rule here is left to an assessor.
 */
export interface CriterionOutcome {
  status: CheckStatus;
  bevindingen: Bevinding[];
  beoordelaarNodig?: boolean;
}
export type CriterionRule = (app: Application, criterion: Criterion, shared?: SharedReadings) => CriterionOutcome;

function participants(app: Application): Participant[] {
  if (!Array.isArray(app.deelnemers)) return [];
  // Every participant an object (the usual list): the list itself, which the rules only read.
  const all = app.deelnemers;
  for (let i = 0; i < all.length; i++) {
    const p = all[i];
    if (!p || typeof p !== 'object') return all.filter((q) => q && typeof q === 'object');
  }
  return all;
}

/**
 * What several criteria read of one application's participants, worked out once: K4 and K11
 * both read every participant's discipline (K4 twice). Screening makes one per application;
 * a rule called without one reads the application itself.
 */
export class SharedReadings {
  #participants: Participant[] | undefined;
  #disciplines: readonly Readonly<DisciplineFinding>[] | undefined;

  constructor(readonly app: Application) {}

  /** The participants that are objects; may be the application's own list: read it, never change it. */
  participants(): Participant[] {
    return (this.#participants ??= participants(this.app));
  }

  /** Each participant's discipline, in the order of `participants()`; the findings are shared: read them, never change them. */
  disciplines(): readonly Readonly<DisciplineFinding>[] {
    return (this.#disciplines ??= this.participants().map(sharedParticipantDiscipline));
  }
}

/**
 * The readings of `app`'s participants: `shared` when screening made them. Callers read its
 * participants and disciplines from it (an object of the two per call was garbage: K4 and K11
 * ask for every application).
 */
function readingsOf(app: Application, shared: SharedReadings | undefined): SharedReadings {
  return shared && shared.app === app ? shared : new SharedReadings(app);
}

function who(p: Participant, index: number): { index: number; naam: string } {
  return { index, naam: nonEmptyText(p.praktijknaam) ?? `deelnemer ${index + 1}` };
}

const n = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;
const list = (items: readonly string[], and = 'en') => (items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}`);
const str = (v: unknown) => (v === null || v === undefined ? '' : String(v));
const arr = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : []);

/** Forms written under "Anders, namelijk…" that are legal entities (rechtspersonen). */
const OTHER_LEGAL_ENTITIES = /^(b\.?\s?v\.?|besloten vennootschap|n\.?\s?v\.?|naamloze vennootschap|stichting|vereniging|coöperatie|cooperatie|coöperatieve vereniging|cooperatieve vereniging|u\.?a\.?)(?![\p{L}])/iu;

/** The findings for the two forms named in the source: the same for every application, frozen and shared. */
const K1_COOPERATIE: Bevinding = Object.freeze({ status: 'voldoet', code: 'K1.vorm', veld: 'samenwerkingsvorm', gevonden: 'Coöperatie' });
const K1_STICHTING: Bevinding = Object.freeze({ status: 'voldoet', code: 'K1.vorm', veld: 'samenwerkingsvorm', gevonden: 'Stichting' });

function legalEntity(app: Application): CriterionOutcome {
  const form = app.samenwerkingsvorm;
  let beoordelaarNodig = false;
  let vorm: Bevinding;
  if (form === 'Coöperatie' || form === 'Stichting') {
    vorm = form === 'Coöperatie' ? K1_COOPERATIE : K1_STICHTING;
  } else if (form === 'Anders') {
    const other = nonEmptyText(app.samenwerkingsvormAnders);
    if (other && OTHER_LEGAL_ENTITIES.test(other)) vorm = { status: 'voldoet', code: 'K1.vorm', veld: 'samenwerkingsvormAnders', gevonden: other };
    else {
      beoordelaarNodig = true;
      vorm = other ? { status: 'onbekend', code: 'K1.vorm_beoordelaar', veld: 'samenwerkingsvormAnders', gevonden: other } : { status: 'onbekend', code: 'K1.vorm_anders_leeg', veld: 'samenwerkingsvormAnders', gevonden: null };
    }
  } else {
    vorm = { status: 'onbekend', code: 'K1.vorm_ontbreekt', veld: 'samenwerkingsvorm', gevonden: null };
  }
  const nummer = app.kvkNummer;
  let kvk: Bevinding;
  if (typeof nummer !== 'string') kvk = { status: 'onbekend', code: 'K1.kvk_ontbreekt', veld: 'kvkNummer', gevonden: null };
  // Eight digits, the usual number: valid as it is, without a validation result.
  else if (isDigits(nummer, 8)) kvk = { status: 'voldoet', code: 'K1.kvk', veld: 'kvkNummer', gevonden: nummer };
  else {
    const checked = validateKvk(nummer);
    kvk = checked.ok ? { status: 'voldoet', code: 'K1.kvk', veld: 'kvkNummer', gevonden: checked.value } : { status: 'onbekend', code: 'K1.kvk_ongeldig', veld: 'kvkNummer', gevonden: nummer, extra: { melding: checked.melding } };
  }
  // The list made as long as it is (not grown by push): it is kept with the result.
  const found: Bevinding[] =
    app.handeltConformWetgeving === false ? [vorm, kvk, { status: 'voldoet niet', code: 'K1.wetgeving_nee', veld: 'handeltConformWetgeving', gevonden: false }] : [vorm, kvk];
  const status = weakestOf(found);
  return beoordelaarNodig ? { status, bevindingen: found, beoordelaarNodig } : { status, bevindingen: found };
}

/** The message codes of one criterion, made once rather than per application. */
const codes = (id: string) => ({
  ontbreekt: `${id}.ontbreekt`,
  geen: `${id}.geen`,
  gevonden: `${id}.gevonden`,
  onder: `${id}.onder_minimum`,
  voldoet: `${id}.voldoet`,
  /** atLeast's outcomes (their one finding as its list) by minimum and count: frozen and shared, a count repeats over a file. */
  counts: new Map<number, BoundedCache<number, CriterionOutcome>>(),
  /** atLeastOne's outcomes by minimum and the texts found. */
  lists: new ListMemo<CriterionOutcome>(1_000),
});
const K2_CODES = codes('K2');
const K3_CODES = codes('K3');
const K8_CODES = codes('K8');
const K9_CODES = codes('K9');

/** True when every value is a text and none comes twice: the list as its distinct texts (the usual one). */
function distinctTexts(values: readonly unknown[]): boolean {
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (typeof v !== 'string') return false;
    for (let j = 0; j < i; j++) if (values[j] === v) return false;
  }
  return true;
}

function atLeastOne(values: unknown, id: ReturnType<typeof codes>, veld: string, minimum = 1): CriterionOutcome {
  if (!Array.isArray(values)) return { status: 'onbekend', bevindingen: [{ status: 'onbekend', code: id.ontbreekt, veld, gevonden: null }] };
  // The distinct texts in their first order: the list itself when it is just that, else a copy
  // (a Set per application for a list of one or two).
  let distinct: readonly string[] = values;
  if (!distinctTexts(values)) {
    const copy: string[] = [];
    for (const v of values) if (typeof v === 'string' && !copy.includes(v)) copy.push(v);
    distinct = copy;
  }
  // The finding by minimum and texts, frozen and shared: a file repeats its few lists. A minimum
  // of -0 would share 0's finding: not kept.
  const keep = !Object.is(minimum, -0);
  let outcome = keep ? id.lists.get(minimum, distinct) : undefined;
  if (!outcome) {
    const gevonden = Object.freeze(distinct.slice());
    outcome = sharedOutcome(listOf(Object.freeze(distinct.length < minimum ? { status: 'voldoet niet', code: id.geen, veld, gevonden, drempel: minimum } : { status: 'voldoet', code: id.gevonden, veld, gevonden, drempel: minimum })));
    if (keep) id.lists.set(minimum, distinct, outcome);
  }
  return outcome;
}

function atLeast(value: unknown, minimum: number, id: ReturnType<typeof codes>, veld: string): CriterionOutcome {
  const count = finiteNumber(value);
  if (count === undefined) return { status: 'onbekend', bevindingen: [{ status: 'onbekend', code: id.ontbreekt, veld, gevonden: null, drempel: minimum }] };
  // -0 would share 0's finding (a map does not tell them apart): made afresh, like any odd minimum.
  if (Object.is(count, -0) || Object.is(minimum, -0)) {
    return count < minimum ? { status: 'voldoet niet', bevindingen: [{ status: 'voldoet niet', code: id.onder, veld, gevonden: count, drempel: minimum }] } : { status: 'voldoet', bevindingen: [{ status: 'voldoet', code: id.voldoet, veld, gevonden: count, drempel: minimum }] };
  }
  let byCount = id.counts.get(minimum);
  if (!byCount) id.counts.set(minimum, (byCount = new BoundedCache(5_000)));
  return (
    byCount.get(count) ??
    byCount.set(count, sharedOutcome(listOf(Object.freeze(count < minimum ? { status: 'voldoet niet', code: id.onder, veld, gevonden: count, drempel: minimum } : { status: 'voldoet', code: id.voldoet, veld, gevonden: count, drempel: minimum }))))
  );
}

/** The evidence a discipline finding rests on, for a message: written text, AGB kind and what each says. */
function disciplineEvidence(f: DisciplineFinding): Record<string, string> {
  const out: Record<string, string> = {};
  if ('tekst' in f && f.tekst) out.tekst = f.tekst;
  if (f.agbSoort) out.agbSoort = f.agbSoort;
  if (f.kind === 'strijdig') {
    if (f.tekstDiscipline) out.tekstDiscipline = f.tekstDiscipline;
    out.agbDiscipline = f.agbDiscipline;
  }
  if (f.kind === 'eerstelijns' || f.kind === 'tweedelijns') {
    out.discipline = f.discipline;
    // The AGB code alone named this discipline.
    if (f.agbSoort && !('tekst' in f && f.tekst)) out.agbDiscipline = f.discipline;
  }
  return out;
}

function firstLineDisciplines(app: Application, minimum: number, shared?: SharedReadings): CriterionOutcome {
  const readings = readingsOf(app, shared);
  const all = readings.participants();
  const disciplines = readings.disciplines();
  if (all.length === 0) return { status: 'onbekend', bevindingen: [{ status: 'onbekend', code: 'K4.geen_deelnemers', veld: 'deelnemers', gevonden: null }] };
  // The disciplines counted, in first order (a few: no Set per application).
  const found: string[] = [];
  const notes: Bevinding[] = [];
  // Participants whose discipline is not settled, with the disciplines they could add.
  const open: Array<string[] | 'elke'> = [];
  for (let i = 0; i < all.length; i++) {
    const f = disciplines[i];
    if (f.kind === 'eerstelijns') {
      if (!found.includes(f.discipline)) found.push(f.discipline);
      continue;
    }
    // Who and the evidence only for a note (most participants are simply counted).
    const deelnemer = who(all[i], i);
    const veld = `deelnemers[${i}].discipline`;
    const extra = disciplineEvidence(f);
    if (f.kind === 'tweedelijns') notes.push({ status: 'voldoet niet', code: 'K4.tweedelijns', veld, deelnemer, gevonden: f.tekst ?? null, extra });
    else if (f.kind === 'strijdig') {
      notes.push({ status: 'onbekend', code: 'K4.strijdig', veld, deelnemer, gevonden: f.tekst, extra });
      open.push([f.tekstDiscipline, f.agbDiscipline].filter((d): d is string => !!d));
    } else if (f.kind === 'anders') {
      notes.push({ status: 'onbekend', code: 'K4.niet_herkend', veld, deelnemer, gevonden: f.tekst, extra });
      open.push('elke');
    } else {
      notes.push({ status: 'onbekend', code: 'K4.discipline_onbekend', veld, deelnemer, gevonden: null, extra });
      open.push('elke');
    }
  }
  // The most the open participants could still add: each at most one discipline not yet counted.
  let couldAdd = 0;
  for (const o of open) if (o === 'elke' || o.some((d) => !found.includes(d))) couldAdd++;
  let status: CheckStatus = found.length >= minimum ? 'voldoet' : found.length + couldAdd >= minimum ? 'onbekend' : 'voldoet niet';
  // A POH next to a huisarts counts as one discipline, huisartsenzorg. The source does not say
  // whether a praktijkondersteuner is a discipline of its own, so when reading it as one would
  // meet the minimum, the verdict rests on that reading and the assessor decides.
  const poh = status === 'voldoet niet' ? pohNextToHuisarts(all, disciplines) : undefined;
  if (poh && found.length + 1 + couldAdd >= minimum) {
    status = 'onbekend';
    notes.push({
      status: 'onbekend',
      code: 'K4.poh',
      veld: `deelnemers[${poh.index}].discipline`,
      deelnemer: { index: poh.index, naam: poh.naam },
      gevonden: poh.tekst,
      drempel: minimum,
      herkomst: { soort: 'hulp', uitleg: 'Bijlage 1 zegt niet of een praktijkondersteuner huisarts (POH) naast een huisarts een eigen eerstelijns discipline is; de beoordelaar beslist.' },
    });
  }
  const counted = countOutcome(status, minimum, found);
  // Only the count: the outcome every application with these disciplines shares.
  if (notes.length === 0) return counted;
  notes.unshift(counted.bevindingen[0]);
  return status === 'onbekend' ? { status, bevindingen: notes, beoordelaarNodig: true } : { status, bevindingen: notes };
}

/**
 * K4's outcome when only the count is found (its one finding as its list), by status, minimum and
 * disciplines found: frozen and shared (a file repeats its mix). `onbekend` asks an assessor.
 */
const K4_COUNTS: Record<CheckStatus, ListMemo<CriterionOutcome>> = { voldoet: new ListMemo(1_000), 'voldoet niet': new ListMemo(1_000), onbekend: new ListMemo(1_000) };

function countOutcome(status: CheckStatus, minimum: number, found: readonly string[]): CriterionOutcome {
  const memo = K4_COUNTS[status];
  let outcome = memo.get(minimum, found);
  if (!outcome) {
    const list = listOf(Object.freeze({ status, code: 'K4.telling', veld: 'deelnemers[].discipline', gevonden: Object.freeze(found.slice()), drempel: minimum, lijst: Object.freeze(found.slice()) }));
    outcome = status === 'onbekend' ? judged(list) : sharedOutcome(list);
    // A minimum of -0 would be found as 0: its finding is not kept.
    if (Object.is(minimum, -0)) return outcome;
    memo.set(minimum, found, outcome);
  }
  return outcome;
}

/** The first participant written as a POH when another participant is a huisarts (not a POH), else undefined. */
function pohNextToHuisarts(all: readonly Participant[], disciplines: readonly DisciplineFinding[]): { index: number; naam: string; tekst: string } | undefined {
  let gp = false;
  let poh: { index: number; naam: string; tekst: string } | undefined;
  for (let i = 0; i < all.length; i++) {
    const f = disciplines[i];
    if (f.kind !== 'eerstelijns' || f.discipline !== 'huisartsenzorg') continue;
    if (f.tekst !== undefined && isPohText(f.tekst)) poh ??= { ...who(all[i], i), tekst: f.tekst };
    else gp = true;
  }
  return gp ? poh : undefined;
}

function physiotherapyContracts(app: Application, shared?: SharedReadings): CriterionOutcome {
  const readings = readingsOf(app, shared);
  const all = readings.participants();
  const disciplines = readings.disciplines();
  if (all.length === 0) return { status: 'onbekend', bevindingen: [{ status: 'onbekend', code: 'K11.geen_deelnemers', veld: 'deelnemers', gevonden: null }] };
  const findings: Bevinding[] = [];
  // The practices with both agreements, in order: nearly always one, so no list until a second.
  let named: string | undefined;
  let moreNamed: string[] | undefined;
  let physio = 0;
  for (let i = 0; i < all.length; i++) {
    const p = all[i];
    const f = disciplines[i];
    const kind = physiotherapyOf(f);
    if (kind === 'nee') continue;
    const settled = p.zkContract2021 === true && p.zkContract2022 === true;
    if (kind === 'ja' && settled) {
      // The usual physiotherapy practice: both agreements there; only its name is kept.
      physio++;
      const naam = nonEmptyText(p.praktijknaam) ?? `deelnemer ${i + 1}`;
      if (named === undefined) named = naam;
      else (moreNamed ??= [named]).push(naam);
      continue;
    }
    const deelnemer = who(p, i);
    const extra = disciplineEvidence(f);
    const missingYears = [p.zkContract2021 === false ? '2021' : '', p.zkContract2022 === false ? '2022' : ''].filter(Boolean);
    const unstated = [p.zkContract2021 === undefined ? '2021' : '', p.zkContract2022 === undefined ? '2022' : ''].filter(Boolean);
    const contractField = (year: string) => `deelnemers[${i}].zkContract${year}`;
    if (kind === 'ja') {
      physio++;
      if (missingYears.length) findings.push({ status: 'voldoet niet', code: 'K11.geen_overeenkomst', veld: contractField(missingYears[0]), deelnemer, lijst: missingYears, extra });
      else if (unstated.length) {
        // The field of every year not stated, so a request for the missing items asks for each.
        findings.push({ status: 'onbekend', code: 'K11.overeenkomst_onbekend', veld: contractField(unstated[0]), deelnemer, lijst: unstated, extra: { ...extra, ontbrekendeVelden: unstated.map(contractField) } });
      } else if (named === undefined) named = deelnemer.naam;
      else (moreNamed ??= [named]).push(deelnemer.naam);
      continue;
    }
    // Maybe a physiotherapy practice: its agreements settle it when they are there for both years.
    const discipline = `deelnemers[${i}].discipline`;
    if (missingYears.length) findings.push({ status: 'onbekend', code: 'K11.twijfel_geen_overeenkomst', veld: discipline, deelnemer, lijst: missingYears, extra });
    else if (unstated.length) {
      // Either the discipline (not a physiotherapy practice) or both agreements settle it, so the
      // applicant is asked for the discipline and for the agreements not stated.
      findings.push({ status: 'onbekend', code: 'K11.twijfel_onbekend', veld: discipline, deelnemer, lijst: unstated, extra: { ...extra, ontbrekendeVelden: [discipline, ...unstated.map(contractField)] } });
    }
  }
  if (physio === 0 && findings.length === 0) {
    return { status: 'onbekend', bevindingen: [{ status: 'onbekend', code: 'K11.geen_fysiotherapie', veld: 'deelnemers[].discipline', gevonden: null }] };
  }
  const status = weakestOf(findings);
  // The practices with both agreements are named when they decide, i.e. when the check passes.
  // `lijst` exactly as long: the finding is kept with the result.
  if (named !== undefined && status === 'voldoet') {
    const overeenkomsten: Bevinding = { status: 'voldoet', code: 'K11.overeenkomsten', veld: 'deelnemers[].zkContract2022', lijst: moreNamed ? moreNamed.slice() : [named] };
    if (findings.length === 0) return { status, bevindingen: [overeenkomsten] };
    findings.unshift(overeenkomsten);
  }
  return { status, bevindingen: findings };
}

/**
 * The outcome of a shared one-finding list, frozen: the rules hand out the same outcome object
 * for every application with that finding rather than one per call (ten criteria per application).
 */
function sharedOutcome(list: Bevinding[]): CriterionOutcome {
  return Object.freeze({ status: list[0].status, bevindingen: list });
}

/** `sharedOutcome` for a finding the assessor confirms (a judgement criterion). */
function judged(list: Bevinding[]): CriterionOutcome {
  return Object.freeze({ status: list[0].status, bevindingen: list, beoordelaarNodig: true });
}

/**
 * A frozen list of one shared finding, made once per finding: results share it as their findings.
 * The memos and constants keep the list rather than the finding, so that screening does not ask
 * this WeakMap for it eight times per application.
 */
const LISTS = new WeakMap<Bevinding, Bevinding[]>();
function listOf(b: Bevinding): Bevinding[] {
  let list = LISTS.get(b);
  if (!list) LISTS.set(b, (list = Object.freeze([b]) as Bevinding[]));
  return list;
}

const K5_NEE: CriterionOutcome = judged(listOf(Object.freeze({ status: 'voldoet niet', code: 'K5.nee', veld: 'samenwerkingsprotocol', gevonden: false })));
const K5_JA: CriterionOutcome = judged(listOf(Object.freeze({ status: 'voldoet', code: 'K5.ja', veld: 'samenwerkingsprotocol', gevonden: true })));
const K5_ONTBREEKT: CriterionOutcome = judged(listOf(Object.freeze({ status: 'onbekend', code: 'K5.ontbreekt', veld: 'samenwerkingsprotocol', gevonden: null })));
const K6_NEE: CriterionOutcome = judged(listOf(Object.freeze({ status: 'voldoet niet', code: 'K6.nee', veld: 'intervisie', gevonden: false })));
const K6_JA: CriterionOutcome = judged(listOf(Object.freeze({ status: 'voldoet', code: 'K6.ja', veld: 'intervisie', gevonden: true })));
const K6_ONTBREEKT: CriterionOutcome = judged(listOf(Object.freeze({ status: 'onbekend', code: 'K6.ontbreekt', veld: 'intervisie', gevonden: null })));
const K7_JA: CriterionOutcome = judged(listOf(Object.freeze({ status: 'voldoet', code: 'K7.ja', veld: 'probleemOnderbouwing', gevonden: true })));
const K7_ONTBREEKT: CriterionOutcome = judged(listOf(Object.freeze({ status: 'onbekend', code: 'K7.ontbreekt', veld: 'probleemOnderbouwing', gevonden: null })));

/** K6's outcome with the way of improving quoted, by that text: applications of one file repeat it. */
const K6_QUOTED = new BoundedCache<string, CriterionOutcome>(1_000);

function k6Quoted(how: string): CriterionOutcome {
  return K6_QUOTED.get(how) ?? K6_QUOTED.set(how, judged(listOf(Object.freeze({ status: 'voldoet', code: 'K6.ja', veld: 'intervisie', gevonden: true, citaat: how.length > 80 ? how.slice(0, 77) + '…' : how }))));
}

export const CRITERION_RULES: Readonly<Record<string, CriterionRule>> = {
  K1: (app) => legalEntity(app),
  K2: (app, c) => atLeastOne(app.klantgroepen, K2_CODES, 'klantgroepen', c.minimum ?? 1),
  K3: (app, c) => atLeastOne(app.jzojpDoelen, K3_CODES, 'jzojpDoelen', c.minimum ?? 1),
  K4: (app, c, shared) => firstLineDisciplines(app, c.minimum ?? 3, shared),
  K5: (app) => (app.samenwerkingsprotocol === false ? K5_NEE : app.samenwerkingsprotocol === true ? K5_JA : K5_ONTBREEKT),
  K6: (app) => {
    if (app.intervisie === false) return K6_NEE;
    if (app.intervisie !== true) return K6_ONTBREEKT;
    const how = nonEmptyText(app.verbeterwijze);
    return how ? k6Quoted(how) : K6_JA;
  },
  K7: (app) => (nonEmptyText(app.probleemOnderbouwing) ? K7_JA : K7_ONTBREEKT),
  K8: (app, c) => atLeast(app.mdoPerJaar, c.minimum ?? 4, K8_CODES, 'mdoPerJaar'),
  K9: (app, c) => atLeast(app.aantalZkKlanten, c.minimum ?? 750, K9_CODES, 'aantalZkKlanten'),
  K11: (app, _c, shared) => physiotherapyContracts(app, shared),
};

/** "discipline 'Fysiotherapiepraktijk', AGB-code 01… (huisartsenzorg)": both pieces of evidence, as found. */
function evidenceNl(b: Bevinding): string {
  const e = b.extra ?? {};
  const parts: string[] = [];
  if (e.tekst) parts.push(`discipline '${str(e.tekst)}'${e.tekstDiscipline ? ` (${str(e.tekstDiscipline)})` : ''}`);
  else parts.push('geen discipline opgegeven');
  if (e.agbSoort) parts.push(`AGB-code ${str(e.agbSoort)}…${e.agbDiscipline ? ` (${str(e.agbDiscipline)})` : ''}`);
  else parts.push('geen geldige AGB-code');
  return parts.join(', ');
}
function evidenceEn(b: Bevinding): string {
  const e = b.extra ?? {};
  const parts: string[] = [];
  parts.push(e.tekst ? `discipline '${str(e.tekst)}'${e.tekstDiscipline ? ` (${str(e.tekstDiscipline)})` : ''}` : 'no discipline given');
  parts.push(e.agbSoort ? `AGB code ${str(e.agbSoort)}…${e.agbDiscipline ? ` (${str(e.agbDiscipline)})` : ''}` : 'no valid AGB code');
  return parts.join(', ');
}
const name = (b: Bevinding) => b.deelnemer?.naam ?? 'deelnemer';
const years = (b: Bevinding) => list(arr(b.lijst));

export const CRITERIA_MESSAGES: MessageCatalogue = {
  'K1.vorm': { nl: (b) => `samenwerkingsvorm ${str(b.gevonden)}`, en: (b) => `legal form ${str(b.gevonden)}` },
  'K1.vorm_beoordelaar': {
    nl: (b) => `samenwerkingsvorm '${str(b.gevonden)}': een beoordelaar stelt vast of dit een juridisch geformaliseerde entiteit is`,
    en: (b) => `legal form '${str(b.gevonden)}': an assessor decides whether this is a formal legal entity`,
  },
  'K1.vorm_anders_leeg': { nl: () => "samenwerkingsvorm 'Anders' zonder omschrijving", en: () => "legal form 'Anders' without a description" },
  'K1.vorm_ontbreekt': { nl: () => 'samenwerkingsvorm ontbreekt', en: () => 'legal form missing' },
  'K1.kvk': { nl: (b) => `KvK-nummer ${str(b.gevonden)}`, en: (b) => `KvK number ${str(b.gevonden)}` },
  'K1.kvk_ontbreekt': { nl: () => 'KvK-nummer ontbreekt', en: () => 'KvK number missing' },
  'K1.kvk_ongeldig': { nl: (b) => `KvK-nummer ongeldig: ${str(b.extra?.melding)}`, en: (b) => `KvK number '${str(b.gevonden)}' is not valid` },
  'K1.wetgeving_nee': {
    nl: () => 'het samenwerkingsverband verklaart niet in overeenstemming met de geldende wet- en regelgeving te handelen',
    en: () => 'the collaboration does not declare that it acts in accordance with the law',
  },
  'K2.gevonden': { nl: (b) => `klantgroepen: ${arr(b.gevonden).join(', ')}`, en: (b) => `client groups: ${arr(b.gevonden).join(', ')}` },
  'K2.geen': { nl: () => 'geen klantgroep opgegeven', en: () => 'no client group given' },
  'K2.ontbreekt': { nl: () => 'klantgroepen niet opgegeven', en: () => 'client groups not stated' },
  'K3.gevonden': { nl: (b) => `JZOJP-doelen: ${arr(b.gevonden).join(', ')}`, en: (b) => `JZOJP aims: ${arr(b.gevonden).join(', ')}` },
  'K3.geen': { nl: () => 'geen JZOJP-doel opgegeven', en: () => 'no JZOJP aim given' },
  'K3.ontbreekt': { nl: () => 'JZOJP-doelen niet opgegeven', en: () => 'JZOJP aims not stated' },
  'K4.geen_deelnemers': { nl: () => 'geen deelnemers opgegeven', en: () => 'no participants given' },
  'K4.telling': {
    nl: (b) => {
      const found = arr(b.lijst);
      const counted = found.length ? `${n(found.length, 'eerstelijns discipline', 'eerstelijns disciplines')}: ${found.join(', ')}` : 'geen eerstelijns discipline herkend';
      return b.status === 'voldoet' ? `${counted} (minimaal ${str(b.drempel)})` : `${counted}; minimaal ${str(b.drempel)} nodig`;
    },
    en: (b) => {
      const found = arr(b.lijst);
      const counted = found.length ? `${n(found.length, 'first-line discipline', 'first-line disciplines')}: ${found.join(', ')}` : 'no first-line discipline recognised';
      return b.status === 'voldoet' ? `${counted} (at least ${str(b.drempel)})` : `${counted}; at least ${str(b.drempel)} needed`;
    },
  },
  'K4.poh': {
    nl: (b) => `${name(b)} is als praktijkondersteuner ('${str(b.gevonden)}') geteld bij huisartsenzorg; als eigen discipline zou het samenwerkingsverband het minimum van ${str(b.drempel)} eerstelijns disciplines kunnen halen: de beoordelaar beslist`,
    en: (b) => `${name(b)} is counted as general practice, being a practice nurse ('${str(b.gevonden)}'); as a discipline of its own the collaboration could reach the minimum of ${str(b.drempel)} first-line disciplines: the assessor decides`,
  },
  'K4.tweedelijns': { nl: (b) => `${name(b)} is niet eerstelijns (${evidenceNl(b)})`, en: (b) => `${name(b)} is not first line (${evidenceEn(b)})` },
  'K4.strijdig': {
    nl: (b) => `${name(b)}: ${evidenceNl(b)} spreken elkaar tegen; een beoordelaar stelt de discipline vast`,
    en: (b) => `${name(b)}: ${evidenceEn(b)} disagree; an assessor decides the discipline`,
  },
  'K4.niet_herkend': {
    nl: (b) => `${name(b)}: ${evidenceNl(b)}; discipline niet herkend, een beoordelaar stelt haar vast`,
    en: (b) => `${name(b)}: ${evidenceEn(b)}; discipline not recognised, an assessor decides`,
  },
  'K4.discipline_onbekend': {
    nl: (b) => (b.extra?.agbSoort ? `${name(b)}: geen discipline, en AGB-code ${str(b.extra.agbSoort)}… is geen bekende zorgsoort` : `${name(b)}: geen discipline en geen geldige AGB-code`),
    en: (b) => (b.extra?.agbSoort ? `${name(b)}: no discipline, and AGB code ${str(b.extra.agbSoort)}… is not a known kind of care` : `${name(b)}: no discipline and no valid AGB code`),
  },
  'K5.nee': { nl: () => 'er is geen samenwerkingsprotocol', en: () => 'there is no collaboration protocol' },
  'K5.ja': {
    nl: () => 'samenwerkingsprotocol aanwezig; een beoordelaar bevestigt dat het vastlegt wat men doet, wie wat doet en wat het de patiënt oplevert',
    en: () => 'collaboration protocol present; an assessor confirms that it records what is done, by whom, and what it brings the patient',
  },
  'K5.ontbreekt': { nl: () => 'niet opgegeven of er een samenwerkingsprotocol is', en: () => 'not stated whether there is a collaboration protocol' },
  'K6.nee': { nl: () => 'er zijn geen intercollegiale sessies zoals intervisie', en: () => 'there are no peer sessions such as intervision' },
  'K6.ja': {
    nl: (b) => `intercollegiale sessies (intervisie) opgegeven${b.citaat ? ` (${b.citaat})` : ''}; een beoordelaar bevestigt de gestructureerde verbetering`,
    en: (b) => `peer sessions (intervision) stated${b.citaat ? ` (${b.citaat})` : ''}; an assessor confirms the structured improvement`,
  },
  'K6.ontbreekt': { nl: () => 'niet opgegeven of er intercollegiale sessies (intervisie) zijn', en: () => 'not stated whether there are peer sessions (intervision)' },
  'K7.ja': {
    nl: () => 'onderbouwing van het regionale probleem opgegeven; een beoordelaar bevestigt dat het met feiten onderbouwd en afgebakend is',
    en: () => 'the regional problem is described; an assessor confirms that it is factual and bounded',
  },
  'K7.ontbreekt': { nl: () => 'geen onderbouwing van het probleem, de behoefte of de uitdaging in de regio', en: () => 'no substantiation of the problem, need or challenge in the region' },
  'K8.voldoet': { nl: (b) => `MDO ${str(b.gevonden)} keer per jaar (minimaal ${str(b.drempel)}: één keer per kwartaal)`, en: (b) => `MDO ${str(b.gevonden)} times a year (at least ${str(b.drempel)}: once a quarter)` },
  'K8.onder_minimum': { nl: (b) => `MDO ${str(b.gevonden)} keer per jaar, minder dan ${str(b.drempel)} (één keer per kwartaal)`, en: (b) => `MDO ${str(b.gevonden)} times a year, fewer than ${str(b.drempel)} (once a quarter)` },
  'K8.ontbreekt': { nl: () => 'aantal MDO per jaar niet opgegeven', en: () => 'number of MDOs a year not stated' },
  'K9.voldoet': { nl: (b) => `${str(b.gevonden)} klanten van Zilveren Kruis (minimaal ${str(b.drempel)})`, en: (b) => `${str(b.gevonden)} Zilveren Kruis clients (at least ${str(b.drempel)})` },
  'K9.onder_minimum': { nl: (b) => `${str(b.gevonden)} klanten van Zilveren Kruis, minder dan ${str(b.drempel)}`, en: (b) => `${str(b.gevonden)} Zilveren Kruis clients, fewer than ${str(b.drempel)}` },
  'K9.ontbreekt': { nl: () => 'aantal klanten van Zilveren Kruis niet opgegeven', en: () => 'number of Zilveren Kruis clients not stated' },
  'K11.geen_deelnemers': { nl: () => 'geen deelnemers opgegeven', en: () => 'no participants given' },
  'K11.overeenkomsten': {
    nl: (b) => `${list(arr(b.lijst))} ${arr(b.lijst).length === 1 ? 'heeft' : 'hebben'} een overeenkomst fysiotherapie voor 2021 en 2022`,
    en: (b) => `${list(arr(b.lijst), 'and')} ${arr(b.lijst).length === 1 ? 'has' : 'have'} a physiotherapy agreement for 2021 and 2022`,
  },
  'K11.geen_overeenkomst': {
    nl: (b) => `fysiotherapiepraktijk ${name(b)} heeft geen overeenkomst met Zilveren Kruis voor ${years(b)} (${evidenceNl(b)})`,
    en: (b) => `physiotherapy practice ${name(b)} has no Zilveren Kruis agreement for ${years(b)} (${evidenceEn(b)})`,
  },
  'K11.overeenkomst_onbekend': {
    nl: (b) => `fysiotherapiepraktijk ${name(b)}: overeenkomst voor ${years(b)} niet opgegeven`,
    en: (b) => `physiotherapy practice ${name(b)}: agreement for ${years(b)} not stated`,
  },
  'K11.twijfel_geen_overeenkomst': {
    nl: (b) => `${name(b)} heeft geen overeenkomst voor ${years(b)}, maar of het een fysiotherapiepraktijk is, staat niet vast (${evidenceNl(b)})`,
    en: (b) => `${name(b)} has no agreement for ${years(b)}, but whether it is a physiotherapy practice is not settled (${evidenceEn(b)})`,
  },
  'K11.twijfel_onbekend': {
    nl: (b) => `${name(b)}: of het een fysiotherapiepraktijk is, staat niet vast (${evidenceNl(b)}) en de overeenkomst voor ${years(b)} is niet opgegeven`,
    en: (b) => `${name(b)}: not settled whether it is a physiotherapy practice (${evidenceEn(b)}), and the agreement for ${years(b)} is not stated`,
  },
  'K11.geen_fysiotherapie': { nl: () => 'geen fysiotherapiepraktijk onder de deelnemers', en: () => 'no physiotherapy practice among the participants' },
};
registerMessages(CRITERIA_MESSAGES);
