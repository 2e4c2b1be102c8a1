/**
 * The input records of the module checklist: one `Praktijk` per practice and one `Therapeut` per
 * person working in it. Every condition field is nullable: `null` means the input did not say
 * (an empty cell), and a condition that reads it is `onbekend`, never `voldoet niet`.
 * Dates are ISO (`2024-03-01`), months `2024-03`; import turns Dutch dates and ja/nee into these.
 */

/** Where a record was read from, so a result can name the file and row. */
export interface RecordBron {
  bestand: string;
  /** `rij 4`, `Praktijken!A4`. */
  plaats: string;
}

/** Status of a practice in its quality register ("als aspirant deelnemer of als deelnemer"). */
export const REGISTER_STATUSES = ['aspirant', 'deelnemer', 'geen'] as const;
export type RegisterStatus = (typeof REGISTER_STATUSES)[number];

/** The national databases data is delivered to ("Landelijke Database Fysiotherapie van KNGF en/of de Landelijke Database Kwaliteit van SKF"). */
export const DATABASES = ['LDF', 'LDK', 'LDF en LDK', 'geen'] as const;
export type Database = (typeof DATABASES)[number];

/** A therapist's registration "in KRF NL of kwaliteitsregister SKF". */
export const KWALITEITSREGISTERS = ['KRF NL', 'SKF', 'KRF NL en SKF', 'geen'] as const;
export type Kwaliteitsregister = (typeof KWALITEITSREGISTERS)[number];

/** Physiotherapists are held to the "alle fysiotherapeuten" conditions; every employee to "alle medewerkers". */
export const FUNCTIES = ['fysiotherapeut', 'overig'] as const;
export type Functie = (typeof FUNCTIES)[number];

/** One practice: the practice-level conditions of the Overeenkomst and module Voortdurend Verbeteren. */
export interface Praktijk {
  /** AGB code of the practice (8 digits): the link to the BehandelIndex file and to the therapists. */
  agb: string;
  naam: string;
  /** Name of the practice quality register the practice is registered with; `geen` for none. */
  kwaliteitsregister: string | null;
  registerStatus: RegisterStatus | null;
  /** Date of registration with the register. */
  ingeschrevenSinds: string | null;
  /** "heeft tenminste één volledige jaarcyclus doorlopen". */
  volledigeJaarcyclus: boolean | null;
  /** Date of the last practice visitation. */
  laatsteVisitatie: string | null;
  /** Visitation judged "Voldaan aan alle kwaliteitscriteria en -indicatoren". */
  visitatieVoldaan: boolean | null;
  /** Visitation model used, e.g. `SKF Visitatiemodel`. */
  visitatiemodel: string | null;
  /** Kind of evidence that insights are applied via PDCA (e.g. `verbeterplan`); `geen` for none. */
  pdcaBewijs: string | null;
  database: Database | null;
  /** Months (`2024-03`) in which data was delivered; `[]` when none was, `null` when unknown. */
  aanleverMaanden: string[] | null;
  /** Bureau that measures PREM for the practice; `eigen beheer` or a name. */
  premBureau: string | null;
  /** Consent to pass the data on to Zorgkaart Nederland. */
  toestemmingZorgkaart: boolean | null;
  /** Consent to share the data with Significant B.V. */
  toestemmingSignificant: boolean | null;
  /** Meets the KNGF inrichtings- en service-eisen. */
  kngfEisen: boolean | null;
  /** Claims electronically via the Vektis standard. */
  vektis: boolean | null;
  /** Meets the Wet toetreding zorgaanbieders. */
  wtza: boolean | null;
  bron?: RecordBron;
}

/** One person working in a practice: the per-person conditions and the Verdiepen & Specialiseren memberships. */
export interface Therapeut {
  /** AGB code of the practice this person works in. */
  praktijkAgb: string;
  naam: string;
  /** Personal AGB code, when given (information only). */
  agb: string | null;
  /** `fysiotherapeut` or `overig` (another employee); `null` when unknown. */
  functie: Functie | null;
  /** Registered in the BIG register. */
  big: boolean | null;
  kwaliteitsregister: Kwaliteitsregister | null;
  /** Peer-review meetings attended in the counted period. */
  peerReviews: number | null;
  /** Of those, the meetings in which "inzicht in data verzamelen" was on the agenda. */
  peerReviewsMetData: number | null;
  /** Followed the e-learning "datagebruik in de dagelijkse praktijk". */
  eLearning: boolean | null;
  /** Applies the MDS for low back pain. */
  mdsLageRug: boolean | null;
  /** Applies the MDS for COPD. */
  mdsCopd: boolean | null;
  /** Measures client experience with PREM paramedische zorg. */
  prem: boolean | null;
  parkinsonNet: boolean | null;
  chronischZorgNet: boolean | null;
  /** Completed a KNGF- or SKF-accredited COPD basic training. */
  copdBasisscholing: boolean | null;
  /** Registered with a COPD network. */
  copdNetwerk: boolean | null;
  /** Registered as pelvic physiotherapist in KRF or with SKF. */
  bekkenfysiotherapeut: boolean | null;
  /** Registered as oedema/lymph specialist in KRF or with SKF. */
  oedeemtherapeut: boolean | null;
  bron?: RecordBron;
}

export type PraktijkVeld = Exclude<keyof Praktijk, 'bron'>;
export type TherapeutVeld = Exclude<keyof Therapeut, 'bron'>;

/** An empty practice: every condition unknown (tests and the template start from this). */
export function emptyPraktijk(agb: string, naam: string): Praktijk {
  return {
    agb,
    naam,
    kwaliteitsregister: null,
    registerStatus: null,
    ingeschrevenSinds: null,
    volledigeJaarcyclus: null,
    laatsteVisitatie: null,
    visitatieVoldaan: null,
    visitatiemodel: null,
    pdcaBewijs: null,
    database: null,
    aanleverMaanden: null,
    premBureau: null,
    toestemmingZorgkaart: null,
    toestemmingSignificant: null,
    kngfEisen: null,
    vektis: null,
    wtza: null,
  };
}

/** An empty therapist record: every condition unknown. */
export function emptyTherapeut(praktijkAgb: string, naam: string): Therapeut {
  return {
    praktijkAgb,
    naam,
    agb: null,
    functie: null,
    big: null,
    kwaliteitsregister: null,
    peerReviews: null,
    peerReviewsMetData: null,
    eLearning: null,
    mdsLageRug: null,
    mdsCopd: null,
    prem: null,
    parkinsonNet: null,
    chronischZorgNet: null,
    copdBasisscholing: null,
    copdNetwerk: null,
    bekkenfysiotherapeut: null,
    oedeemtherapeut: null,
  };
}
