import type { BiPracticeResult } from '../bi/behandelindex';
import type { Bevinding } from '../findings';
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
export type TherapeutEvaluator = (t: Therapeut, ctx: EvalContext) => Bevinding[];

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

function flag(veld: string, value: boolean | null): Bevinding {
  if (value === null) return { status: 'onbekend', code: 'module.leeg', veld, gevonden: null };
  return { status: value ? 'voldoet' : 'voldoet niet', code: value ? 'module.ja' : 'module.nee', veld, gevonden: value };
}

const leeg = (veld: string): Bevinding => ({ status: 'onbekend', code: 'module.leeg', veld, gevonden: null });

const praktijkFlag =
  (veld: PraktijkVeld): PraktijkEvaluator =>
  (p) => [flag(veld, p[veld] as boolean | null)];

const therapeutFlag =
  (...velden: TherapeutVeld[]): TherapeutEvaluator =>
  (t) =>
    velden.map((veld) => flag(`therapeuten.${veld}`, t[veld] as boolean | null));

/** Whole calendar months from `from` to `to` (`2024-03-01` → `2025-03-01` is 12; a day short is 11). */
export function wholeMonthsBetween(from: string, to: string): number {
  let months = (Number(to.slice(0, 4)) - Number(from.slice(0, 4))) * 12 + (Number(to.slice(5, 7)) - Number(from.slice(5, 7)));
  if (addMonths(from, months) > to) months -= 1;
  return months;
}

function registerEval(p: Praktijk, ctx: EvalContext): Bevinding[] {
  const herkomst = keuzeHerkomst(ctx.keuzes, 'erkendeRegisters');
  const lijst = ctx.keuzes.erkendeRegisters;
  if (p.kwaliteitsregister === null) return [leeg('kwaliteitsregister')];
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
  return out;
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
  return out;
}

const PEER_REVIEW_MINIMUM = 4;

function peerReviewEval(t: Therapeut, ctx: EvalContext): Bevinding[] {
  const metData = t.peerReviewsMetData;
  const herkomst = keuzeHerkomst(ctx.keuzes, 'telperiodeMaanden');
  const extra = t.peerReviews === null ? undefined : { totaal: t.peerReviews };
  if (metData === null) return [leeg('therapeuten.peerReviewsMetData')];
  if (t.peerReviews !== null && metData > t.peerReviews) {
    return [{ status: 'onbekend', code: 'VV-PEER-REVIEW.tegenstrijdig', veld: 'therapeuten.peerReviewsMetData', gevonden: metData, extra: { totaal: t.peerReviews } }];
  }
  const genoeg = metData >= PEER_REVIEW_MINIMUM;
  return [
    {
      status: genoeg ? 'voldoet' : 'voldoet niet',
      code: genoeg ? 'VV-PEER-REVIEW.genoeg' : 'VV-PEER-REVIEW.te_weinig',
      veld: 'therapeuten.peerReviewsMetData',
      gevonden: metData,
      drempel: PEER_REVIEW_MINIMUM,
      herkomst,
      ...(extra ? { extra } : {}),
    },
  ];
}

function pdcaEval(p: Praktijk, ctx: EvalContext): Bevinding[] {
  const lijst = ctx.keuzes.pdcaBewijs;
  const herkomst = keuzeHerkomst(ctx.keuzes, 'pdcaBewijs');
  if (p.pdcaBewijs === null) return [leeg('pdcaBewijs')];
  if (isNone(p.pdcaBewijs)) return [{ status: 'voldoet niet', code: 'VV-PDCA.geen', veld: 'pdcaBewijs', gevonden: p.pdcaBewijs }];
  if (inList(p.pdcaBewijs, lijst)) return [{ status: 'voldoet', code: 'VV-PDCA.erkend', veld: 'pdcaBewijs', gevonden: p.pdcaBewijs, lijst, herkomst }];
  return [{ status: 'onbekend', code: 'VV-PDCA.anders', veld: 'pdcaBewijs', gevonden: p.pdcaBewijs, lijst, herkomst }];
}

function dataEval(p: Praktijk, ctx: EvalContext): Bevinding[] {
  const out: Bevinding[] = [];
  if (p.database === null) out.push(leeg('database'));
  else if (p.database === 'geen') out.push({ status: 'voldoet niet', code: 'VV-DATA.geen_database', veld: 'database', gevonden: p.database });
  else out.push({ status: 'voldoet', code: 'VV-DATA.database', veld: 'database', gevonden: p.database });
  if (p.aanleverMaanden === null) {
    out.push(leeg('aanleverMaanden'));
    return out;
  }
  const nodig = ctx.nodigeMaanden;
  const geleverd = new Set(p.aanleverMaanden);
  const ontbreekt = nodig.filter((m) => !geleverd.has(m));
  const extra = { aantal: nodig.length, van: nodig[0]!, tot: nodig[nodig.length - 1]! };
  const herkomst = keuzeHerkomst(ctx.keuzes, 'telperiodeMaanden');
  out.push(
    ontbreekt.length === 0
      ? { status: 'voldoet', code: 'VV-DATA.alle_maanden', veld: 'aanleverMaanden', gevonden: p.aanleverMaanden, herkomst, extra }
      : { status: 'voldoet niet', code: 'VV-DATA.maanden_ontbreken', veld: 'aanleverMaanden', gevonden: p.aanleverMaanden, lijst: ontbreekt, herkomst, extra },
  );
  return out;
}

function eLearningEval(t: Therapeut, ctx: EvalContext): Bevinding[] {
  if (t.eLearning !== false) return [flag('therapeuten.eLearning', t.eLearning)];
  if (ctx.peildatum <= ctx.looptijdTot) {
    const telt = ctx.keuzes.eLearningNogNiet;
    return [{ status: telt, code: 'VV-ELEARNING.nog_niet', veld: 'therapeuten.eLearning', gevonden: false, drempel: ctx.looptijdTot, herkomst: keuzeHerkomst(ctx.keuzes, 'eLearningNogNiet'), extra: { telt } }];
  }
  return [{ status: 'voldoet niet', code: 'VV-ELEARNING.niet', veld: 'therapeuten.eLearning', gevonden: false, drempel: ctx.looptijdTot }];
}

function biEval(p: Praktijk, ctx: EvalContext): Bevinding[] {
  const extra = { agb: p.agb, referentiejaar: ctx.referentiejaar };
  if (ctx.bi === null) return [{ status: 'onbekend', code: 'VV-BI.geen_bestand', veld: 'agb', gevonden: p.agb, extra }];
  if (ctx.biReferentiejaar !== ctx.referentiejaar) {
    return [{ status: 'onbekend', code: 'VV-BI.ander_jaar', veld: 'agb', gevonden: ctx.biReferentiejaar, drempel: ctx.referentiejaar, extra: { ...extra, contractjaar: ctx.contractjaar } }];
  }
  const row = ctx.bi.get(p.agb);
  if (!row) return [{ status: 'onbekend', code: 'VV-BI.geen_rij', veld: 'agb', gevonden: p.agb, extra }];
  return [{ status: row.status, code: 'VV-BI.uitkomst', veld: 'agb', gevonden: row.bi, drempel: ctx.biDrempel, extra: { ...extra, reden: row.reden } }];
}

function meetbureauEval(p: Praktijk, ctx: EvalContext): Bevinding[] {
  const lijst = ctx.keuzes.erkendeMeetbureaus;
  const herkomst = keuzeHerkomst(ctx.keuzes, 'erkendeMeetbureaus');
  if (p.premBureau === null) return [leeg('premBureau')];
  if (isNone(p.premBureau)) return [{ status: 'voldoet niet', code: 'VV-MEETBUREAU.geen', veld: 'premBureau', gevonden: p.premBureau }];
  if (lijst.length === 0) return [{ status: 'onbekend', code: 'VV-MEETBUREAU.geen_lijst', veld: 'premBureau', gevonden: p.premBureau, lijst, herkomst }];
  const erkend = inList(p.premBureau, lijst);
  return [{ status: erkend ? 'voldoet' : 'voldoet niet', code: erkend ? 'VV-MEETBUREAU.erkend' : 'VV-MEETBUREAU.niet_erkend', veld: 'premBureau', gevonden: p.premBureau, lijst, herkomst }];
}

function registratieEval(t: Therapeut): Bevinding[] {
  const out = [flag('therapeuten.big', t.big)];
  const r = t.kwaliteitsregister;
  if (r === null) out.push(leeg('therapeuten.kwaliteitsregister'));
  else if (r === 'geen') out.push({ status: 'voldoet niet', code: 'OV-REGISTRATIE.geen_register', veld: 'therapeuten.kwaliteitsregister', gevonden: r });
  else out.push({ status: 'voldoet', code: 'OV-REGISTRATIE.register', veld: 'therapeuten.kwaliteitsregister', gevonden: r });
  return out;
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

