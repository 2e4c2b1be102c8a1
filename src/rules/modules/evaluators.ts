import type { BiPracticeResult } from '../bi/behandelindex';
import type { Bevinding, Waarde } from '../findings';
import type { CheckStatus } from '../outcome';
import { addMonths, isIsoDate } from './dates';
import { keuzeHerkomst } from './messages';
import type { ModuleKeuzes } from './policy-schema';
import type { Praktijk, PraktijkVeld, Therapeut, TherapeutVeld } from './records';

/**
 * One evaluator per condition id: the operator registry of the checklist (json-rules-engine's
 * habit). An evaluator returns typed findings; the condition's status is the weakest of them.
 * A condition id without an evaluator (a team's own condition) is left to the assessor.
 */

/** What every evaluator may read besides the record. */
export interface EvalContext {
  peildatum: string;
  contractjaar: number;
  /** End of the agreement ("loopt tot en met 31 december 2025"). */
  looptijdTot: string;
  keuzes: ModuleKeuzes;
  /** BI result by practice AGB; `null` when no BI run was given. */
  bi: ReadonlyMap<string, BiPracticeResult> | null;
  /** BI year needed (contract year − 2) and the BI year of the run given. */
  referentiejaar: number;
  biReferentiejaar: number | null;
  biDrempel: number | null;
  /** The months data must have been delivered in: the `telperiodeMaanden` whole months before the check date. */
  nodigeMaanden: readonly string[];
}

export type PraktijkEvaluator = (p: Praktijk, ctx: EvalContext) => Bevinding[];
/**
 * `wie` is the person's `{ therapeut: naam }`, shared by all findings about that person: the
 * findings carry it in `extra` (after the evaluator's own extra values), so a reason says who.
 */
export type TherapeutEvaluator = (t: Therapeut, ctx: EvalContext, wie?: Wie) => Bevinding[];
/** The person a finding is about: `{ therapeut: naam }`, one shared frozen object per person. */
export type Wie = Readonly<Record<'therapeut', string>>;

const norm = (s: string): string => s.trim().replace(/\s+/g, ' ').toLowerCase();

/** A team list compared without case or extra spaces; normalised once per list (a run asks it 10,000 times). */
const normalisedLists = new WeakMap<readonly string[], Set<string>>();
function inList(value: string, list: readonly string[]): boolean {
  let set = normalisedLists.get(list);
  if (!set) normalisedLists.set(list, (set = new Set(list.map(norm))));
  return set.has(norm(value));
}
const NONE = new Set(['geen', 'nee', 'n.v.t.', 'nvt']);
const isNone = (value: string): boolean => NONE.has(norm(value));

function personFlag(veld: string, value: boolean | null, wie: Wie | undefined): Bevinding {
  if (wie === undefined) return sharedFlag(veld, value);
  if (value === null) return { status: 'onbekend', code: 'module.leeg', veld, gevonden: null, extra: wie };
  return { status: value ? 'voldoet' : 'voldoet niet', code: value ? 'module.ja' : 'module.nee', veld, gevonden: value, extra: wie };
}

/*
 * A practice's yes/no and empty findings are the same for every practice with that answer: one
 * shared frozen finding per field and answer, and one frozen one-finding list.
 */
const sharedFlags = new Map<string, Bevinding>();
function sharedFlag(veld: string, value: boolean | null): Bevinding {
  const key = `${veld}\u0000${value}`;
  let b = sharedFlags.get(key);
  if (!b) {
    b =
      value === null
        ? { status: 'onbekend', code: 'module.leeg', veld, gevonden: null }
        : { status: value ? 'voldoet' : 'voldoet niet', code: value ? 'module.ja' : 'module.nee', veld, gevonden: value };
    sharedFlags.set(key, Object.freeze(b));
  }
  return b;
}
const flag = (veld: string, value: boolean | null): Bevinding => sharedFlag(veld, value);
const leeg = (veld: string): Bevinding => sharedFlag(veld, null);
const personLeeg = (veld: string, wie: Wie | undefined): Bevinding => personFlag(veld, null, wie);
const withWie = (extra: Readonly<Record<string, Waarde>>, wie: Wie | undefined): Readonly<Record<string, Waarde>> => (wie ? { ...extra, ...wie } : extra);

const sharedLists = new Map<Bevinding, Bevinding[]>();
/** The frozen one-finding list of a shared finding. */
function only(b: Bevinding): Bevinding[] {
  let list = sharedLists.get(b);
  if (!list) sharedLists.set(b, (list = Object.freeze([b]) as unknown as Bevinding[]));
  return list;
}

const praktijkFlag =
  (veld: PraktijkVeld): PraktijkEvaluator =>
  (p) => only(flag(veld, p[veld] as boolean | null));

const therapeutFlag = (...velden: TherapeutVeld[]): TherapeutEvaluator => {
  const paden = velden.map((veld) => `therapeuten.${veld}`);
  if (velden.length === 1) {
    const [veld] = velden as [TherapeutVeld];
    const pad = paden[0]!;
    return (t, _ctx, wie) => [personFlag(pad, t[veld] as boolean | null, wie)];
  }
  return (t, _ctx, wie) => velden.map((veld, i) => personFlag(paden[i]!, t[veld] as boolean | null, wie));
};

/*
 * Lists built with push are returned as `slice()`: a pushed list keeps room for 17 entries, and
 * a run keeps some 50 such lists per practice; the copy is short-lived, the room is not.
 */

/** Whole calendar months from `from` to `to` (`2024-03-01` → `2025-03-01` is 12; a day short is 11). */
export function wholeMonthsBetween(from: string, to: string): number {
  let months = (Number(to.slice(0, 4)) - Number(from.slice(0, 4))) * 12 + (Number(to.slice(5, 7)) - Number(from.slice(5, 7)));
  if (addMonths(from, months) > to) months -= 1;
  return months;
}

function registerEval(p: Praktijk, ctx: EvalContext): Bevinding[] {
  const herkomst = keuzeHerkomst(ctx.keuzes, 'erkendeRegisters');
  const lijst = ctx.keuzes.erkendeRegisters;
  if (p.kwaliteitsregister === null) return only(leeg('kwaliteitsregister'));
  if (isNone(p.kwaliteitsregister)) return [{ status: 'voldoet niet', code: 'VV-REGISTER.geen', veld: 'kwaliteitsregister', gevonden: p.kwaliteitsregister }];
  const erkend = inList(p.kwaliteitsregister, lijst);
  return [{ status: erkend ? 'voldoet' : 'voldoet niet', code: erkend ? 'VV-REGISTER.erkend' : 'VV-REGISTER.niet_erkend', veld: 'kwaliteitsregister', gevonden: p.kwaliteitsregister, lijst, herkomst }];
}

function inschrijvingEval(p: Praktijk, ctx: EvalContext): Bevinding[] {
  const out: Bevinding[] = [];
  if (p.registerStatus === null) out.push(leeg('registerStatus'));
  else if (p.registerStatus === 'geen') out.push({ status: 'voldoet niet', code: 'VV-INSCHRIJVING.status_geen', veld: 'registerStatus', gevonden: p.registerStatus });
  else out.push({ status: 'voldoet', code: 'VV-INSCHRIJVING.status', veld: 'registerStatus', gevonden: p.registerStatus });
  if (p.ingeschrevenSinds === null) out.push(leeg('ingeschrevenSinds'));
  else if (!isIsoDate(p.ingeschrevenSinds)) out.push({ status: 'onbekend', code: 'module.ongeldige_datum', veld: 'ingeschrevenSinds', gevonden: p.ingeschrevenSinds });
  else {
    const maanden = wholeMonthsBetween(p.ingeschrevenSinds, ctx.peildatum);
    const genoeg = maanden >= 12;
    out.push({
      status: genoeg ? 'voldoet' : 'voldoet niet',
      code: genoeg ? 'VV-INSCHRIJVING.duur_genoeg' : 'VV-INSCHRIJVING.duur_kort',
      veld: 'ingeschrevenSinds',
      gevonden: p.ingeschrevenSinds,
      drempel: ctx.peildatum,
      extra: { maanden: Math.max(0, maanden) },
    });
  }
  out.push(flag('volledigeJaarcyclus', p.volledigeJaarcyclus));
  return out.slice();
}

function visitatieEval(p: Praktijk, ctx: EvalContext): Bevinding[] {
  const out: Bevinding[] = [];
  const d = p.laatsteVisitatie;
  if (d === null) out.push(leeg('laatsteVisitatie'));
  else if (!isIsoDate(d)) out.push({ status: 'onbekend', code: 'module.ongeldige_datum', veld: 'laatsteVisitatie', gevonden: d });
  else if (d > ctx.peildatum) out.push({ status: 'onbekend', code: 'VV-VISITATIE-2JAAR.na_peildatum', veld: 'laatsteVisitatie', gevonden: d, drempel: ctx.peildatum });
  else {
    const recent = addMonths(d, 24) >= ctx.peildatum;
    out.push({ status: recent ? 'voldoet' : 'voldoet niet', code: recent ? 'VV-VISITATIE-2JAAR.recent' : 'VV-VISITATIE-2JAAR.te_oud', veld: 'laatsteVisitatie', gevonden: d, drempel: ctx.peildatum });
  }
  const lijst = ctx.keuzes.visitatiemodellen;
  if (p.visitatiemodel === null) out.push(leeg('visitatiemodel'));
  else if (inList(p.visitatiemodel, lijst)) out.push({ status: 'voldoet', code: 'VV-VISITATIE-2JAAR.model', veld: 'visitatiemodel', gevonden: p.visitatiemodel });
  else out.push({ status: 'voldoet niet', code: 'VV-VISITATIE-2JAAR.ander_model', veld: 'visitatiemodel', gevonden: p.visitatiemodel, lijst, herkomst: keuzeHerkomst(ctx.keuzes, 'visitatiemodellen') });
  return out.slice();
}

const PEER_REVIEW_MINIMUM = 4;

function peerReviewEval(t: Therapeut, ctx: EvalContext, wie?: Wie): Bevinding[] {
  const metData = t.peerReviewsMetData;
  if (metData === null) return [personLeeg('therapeuten.peerReviewsMetData', wie)];
  if (t.peerReviews !== null && metData > t.peerReviews) {
    return [{ status: 'onbekend', code: 'VV-PEER-REVIEW.tegenstrijdig', veld: 'therapeuten.peerReviewsMetData', gevonden: metData, extra: withWie({ totaal: t.peerReviews }, wie) }];
  }
  const herkomst = keuzeHerkomst(ctx.keuzes, 'telperiodeMaanden');
  const genoeg = metData >= PEER_REVIEW_MINIMUM;
  const b: Bevinding = {
    status: genoeg ? 'voldoet' : 'voldoet niet',
    code: genoeg ? 'VV-PEER-REVIEW.genoeg' : 'VV-PEER-REVIEW.te_weinig',
    veld: 'therapeuten.peerReviewsMetData',
    gevonden: metData,
    drempel: PEER_REVIEW_MINIMUM,
    herkomst,
  };
  if (t.peerReviews !== null) b.extra = withWie({ totaal: t.peerReviews }, wie);
  else if (wie) b.extra = wie;
  return [b];
}

function pdcaEval(p: Praktijk, ctx: EvalContext): Bevinding[] {
  const lijst = ctx.keuzes.pdcaBewijs;
  const herkomst = keuzeHerkomst(ctx.keuzes, 'pdcaBewijs');
  if (p.pdcaBewijs === null) return only(leeg('pdcaBewijs'));
  if (isNone(p.pdcaBewijs)) return [{ status: 'voldoet niet', code: 'VV-PDCA.geen', veld: 'pdcaBewijs', gevonden: p.pdcaBewijs }];
  if (inList(p.pdcaBewijs, lijst)) return [{ status: 'voldoet', code: 'VV-PDCA.erkend', veld: 'pdcaBewijs', gevonden: p.pdcaBewijs, lijst, herkomst }];
  return [{ status: 'onbekend', code: 'VV-PDCA.anders', veld: 'pdcaBewijs', gevonden: p.pdcaBewijs, lijst, herkomst }];
}

/** The period data must cover, `{ aantal, van, tot }`: one frozen object per list of months (one per run). */
const periodes = new WeakMap<readonly string[], Readonly<Record<string, Waarde>>>();
function periodeExtra(nodig: readonly string[]): Readonly<Record<string, Waarde>> {
  let extra = periodes.get(nodig);
  if (!extra) periodes.set(nodig, (extra = Object.freeze({ aantal: nodig.length, van: nodig[0]!, tot: nodig[nodig.length - 1]! })));
  return extra;
}

function dataEval(p: Praktijk, ctx: EvalContext): Bevinding[] {
  const out: Bevinding[] = [];
  if (p.database === null) out.push(leeg('database'));
  else if (p.database === 'geen') out.push({ status: 'voldoet niet', code: 'VV-DATA.geen_database', veld: 'database', gevonden: p.database });
  else out.push({ status: 'voldoet', code: 'VV-DATA.database', veld: 'database', gevonden: p.database });
  if (p.aanleverMaanden === null) {
    out.push(leeg('aanleverMaanden'));
    return out.slice();
  }
  const nodig = ctx.nodigeMaanden;
  const geleverd = p.aanleverMaanden;
  const ontbreekt = nodig.filter((m) => !geleverd.includes(m));
  const extra = periodeExtra(nodig);
  const herkomst = keuzeHerkomst(ctx.keuzes, 'telperiodeMaanden');
  out.push(
    ontbreekt.length === 0
      ? { status: 'voldoet', code: 'VV-DATA.alle_maanden', veld: 'aanleverMaanden', gevonden: p.aanleverMaanden, herkomst, extra }
      : { status: 'voldoet niet', code: 'VV-DATA.maanden_ontbreken', veld: 'aanleverMaanden', gevonden: p.aanleverMaanden, lijst: ontbreekt, herkomst, extra },
  );
  return out.slice();
}

function eLearningEval(t: Therapeut, ctx: EvalContext, wie?: Wie): Bevinding[] {
  if (t.eLearning !== false) return [personFlag('therapeuten.eLearning', t.eLearning, wie)];
  if (ctx.peildatum <= ctx.looptijdTot) {
    const telt = ctx.keuzes.eLearningNogNiet;
    return [{ status: telt, code: 'VV-ELEARNING.nog_niet', veld: 'therapeuten.eLearning', gevonden: false, drempel: ctx.looptijdTot, herkomst: keuzeHerkomst(ctx.keuzes, 'eLearningNogNiet'), extra: withWie({ telt }, wie) }];
  }
  const b: Bevinding = { status: 'voldoet niet', code: 'VV-ELEARNING.niet', veld: 'therapeuten.eLearning', gevonden: false, drempel: ctx.looptijdTot };
  if (wie) b.extra = wie;
  return [b];
}

function biEval(p: Praktijk, ctx: EvalContext): Bevinding[] {
  if (ctx.bi === null) return [{ status: 'onbekend', code: 'VV-BI.geen_bestand', veld: 'agb', gevonden: p.agb, extra: { agb: p.agb, referentiejaar: ctx.referentiejaar } }];
  if (ctx.biReferentiejaar !== ctx.referentiejaar) {
    return [{ status: 'onbekend', code: 'VV-BI.ander_jaar', veld: 'agb', gevonden: ctx.biReferentiejaar, drempel: ctx.referentiejaar, extra: { agb: p.agb, referentiejaar: ctx.referentiejaar, contractjaar: ctx.contractjaar } }];
  }
  const row = ctx.bi.get(p.agb);
  if (!row) return [{ status: 'onbekend', code: 'VV-BI.geen_rij', veld: 'agb', gevonden: p.agb, extra: { agb: p.agb, referentiejaar: ctx.referentiejaar } }];
  return [{ status: row.status, code: 'VV-BI.uitkomst', veld: 'agb', gevonden: row.bi, drempel: ctx.biDrempel, extra: { agb: p.agb, referentiejaar: ctx.referentiejaar, reden: row.reden } }];
}

function meetbureauEval(p: Praktijk, ctx: EvalContext): Bevinding[] {
  const lijst = ctx.keuzes.erkendeMeetbureaus;
  const herkomst = keuzeHerkomst(ctx.keuzes, 'erkendeMeetbureaus');
  if (p.premBureau === null) return only(leeg('premBureau'));
  if (isNone(p.premBureau)) return [{ status: 'voldoet niet', code: 'VV-MEETBUREAU.geen', veld: 'premBureau', gevonden: p.premBureau }];
  if (lijst.length === 0) return [{ status: 'onbekend', code: 'VV-MEETBUREAU.geen_lijst', veld: 'premBureau', gevonden: p.premBureau, lijst, herkomst }];
  const erkend = inList(p.premBureau, lijst);
  return [{ status: erkend ? 'voldoet' : 'voldoet niet', code: erkend ? 'VV-MEETBUREAU.erkend' : 'VV-MEETBUREAU.niet_erkend', veld: 'premBureau', gevonden: p.premBureau, lijst, herkomst }];
}

function registratieEval(t: Therapeut, _ctx: EvalContext, wie?: Wie): Bevinding[] {
  const big = personFlag('therapeuten.big', t.big, wie);
  const r = t.kwaliteitsregister;
  if (r === null) return [big, personLeeg('therapeuten.kwaliteitsregister', wie)];
  const b: Bevinding =
    r === 'geen'
      ? { status: 'voldoet niet', code: 'OV-REGISTRATIE.geen_register', veld: 'therapeuten.kwaliteitsregister', gevonden: r }
      : { status: 'voldoet', code: 'OV-REGISTRATIE.register', veld: 'therapeuten.kwaliteitsregister', gevonden: r };
  if (wie) b.extra = wie;
  return [big, b];
}

export const PRAKTIJK_EVALUATORS: Readonly<Record<string, PraktijkEvaluator>> = {
  'OV-KNGF-EISEN': praktijkFlag('kngfEisen'),
  'OV-VEKTIS': praktijkFlag('vektis'),
  'OV-WTZA': praktijkFlag('wtza'),
  'VV-REGISTER': registerEval,
  'VV-INSCHRIJVING': inschrijvingEval,
  'VV-VISITATIE-OORDEEL': praktijkFlag('visitatieVoldaan'),
  'VV-VISITATIE-2JAAR': visitatieEval,
  'VV-PDCA': pdcaEval,
  'VV-DATA': dataEval,
  'VV-BI': biEval,
  'VV-MEETBUREAU': meetbureauEval,
  'VV-TOESTEMMING': (p) => [flag('toestemmingZorgkaart', p.toestemmingZorgkaart), flag('toestemmingSignificant', p.toestemmingSignificant)],
};

export const THERAPEUT_EVALUATORS: Readonly<Record<string, TherapeutEvaluator>> = {
  'OV-REGISTRATIE': registratieEval,
  'OV-PREM': therapeutFlag('prem'),
  'VV-PEER-REVIEW': peerReviewEval,
  'VV-ELEARNING': eLearningEval,
  'VV-MDS': therapeutFlag('mdsLageRug', 'mdsCopd'),
  'VV-PREM': therapeutFlag('prem'),
  'VS-PARKINSON': therapeutFlag('parkinsonNet'),
  'VS-PAV': therapeutFlag('chronischZorgNet'),
  'VS-COPD': therapeutFlag('copdBasisscholing', 'copdNetwerk'),
  'VS-BEKKEN': therapeutFlag('bekkenfysiotherapeut'),
  'VS-OEDEEM': therapeutFlag('oedeemtherapeut'),
};

/** The weakest status of a list of findings (`voldoet` for none). */
export function statusOf(bevindingen: readonly Bevinding[]): CheckStatus {
  let status: CheckStatus = 'voldoet';
  for (const b of bevindingen) {
    if (b.status === 'voldoet niet') return 'voldoet niet';
    if (b.status === 'onbekend') status = 'onbekend';
  }
  return status;
}

