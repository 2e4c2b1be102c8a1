/**
 * The columns of the module input tables Praktijken and Therapeuten: which header holds which
 * field of `Praktijk` / `Therapeut` and how its cells are read. The headers are the fields' Dutch
 * names (src/rules/modules/labels.ts); the import template, the workbook tables
 * (src/workbook/module-input.ts) and every reader use this one list.
 */
import { PRAKTIJK_VELD_LABELS, THERAPEUT_VELD_LABELS } from '../rules/modules/labels';
import { DATABASES, FUNCTIES, KWALITEITSREGISTERS, REGISTER_STATUSES, type PraktijkVeld, type TherapeutVeld } from '../rules/modules/records';
import type { Choice } from './values';

/** How a cell is read: AGB code, free text, Dutch date, ja/nee, whole count, one of a list, a list of months. */
export type ModuleValueKind = 'agb' | 'text' | 'date' | 'yesNo' | 'count' | 'choice' | 'months';

export interface ModuleColumn<F extends string = string> {
  field: F;
  header: string;
  kind: ModuleValueKind;
  /** A row without this value is not read (it cannot be linked). */
  required?: boolean;
  choices?: readonly Choice<string>[];
  /** Other header spellings accepted on import (folded before comparison). */
  aliases?: readonly string[];
  /** What goes in the column (header note in the template, docs). */
  beschrijving: string;
}

const choice = <T extends string>(values: readonly T[], aliases: Partial<Record<T, readonly string[]>> = {}): Choice<T>[] =>
  values.map((value) => ({ value, ...(aliases[value] ? { aliases: aliases[value] } : {}) }));

const P = (field: PraktijkVeld, kind: ModuleValueKind, beschrijving: string, extra: Partial<ModuleColumn<PraktijkVeld>> = {}): ModuleColumn<PraktijkVeld> => ({
  field,
  header: PRAKTIJK_VELD_LABELS[field].nl,
  kind,
  beschrijving,
  ...extra,
});
const T = (field: TherapeutVeld, kind: ModuleValueKind, beschrijving: string, extra: Partial<ModuleColumn<TherapeutVeld>> = {}): ModuleColumn<TherapeutVeld> => ({
  field,
  header: THERAPEUT_VELD_LABELS[field].nl,
  kind,
  beschrijving,
  ...extra,
});

export const REGISTER_STATUS_CHOICES = choice(REGISTER_STATUSES, { aspirant: ['aspirant deelnemer', 'aspirant-deelnemer', 'aspirantdeelnemer'] });
export const DATABASE_CHOICES = choice(DATABASES, {
  LDF: ['Landelijke Database Fysiotherapie', 'LDF (KNGF)'],
  LDK: ['Landelijke Database Kwaliteit', 'LDK (SKF)'],
  'LDF en LDK': ['beide', 'LDF/LDK', 'LDF+LDK', 'LDF, LDK'],
  geen: ['nee'],
});
export const KWALITEITSREGISTER_CHOICES = choice(KWALITEITSREGISTERS, { 'KRF NL': ['KRF', 'KRFNL'], 'KRF NL en SKF': ['beide', 'KRF NL/SKF', 'KRF/SKF'], geen: ['nee'] });
export const FUNCTIE_CHOICES = choice(FUNCTIES, { fysiotherapeut: ['fysio', 'ft'], overig: ['andere medewerker', 'medewerker', 'overige medewerker'] });

const AGB_ALIASES = ['AGB', 'AGB-code', 'AGB code praktijk', 'praktijk AGB', 'AGB praktijk'];

export const PRAKTIJK_COLUMNS: readonly ModuleColumn<PraktijkVeld>[] = [
  P('agb', 'agb', 'AGB-code van de praktijk, 8 cijfers; de koppeling met het BI-bestand en de therapeuten', { required: true, aliases: AGB_ALIASES }),
  P('naam', 'text', 'naam van de praktijk', { aliases: ['naam', 'praktijk'] }),
  P('kwaliteitsregister', 'text', 'naam van het praktijkkwaliteitsregister, of geen', { aliases: ['register', 'kwaliteitsregister'] }),
  P('registerStatus', 'choice', 'aspirant, deelnemer of geen', { choices: REGISTER_STATUS_CHOICES, aliases: ['registerstatus', 'status'] }),
  P('ingeschrevenSinds', 'date', 'datum van inschrijving bij het register, bijvoorbeeld 1-3-2024'),
  P('volledigeJaarcyclus', 'yesNo', 'ja als de praktijk tenminste één volledige jaarcyclus heeft doorlopen', { aliases: ['jaarcyclus'] }),
  P('laatsteVisitatie', 'date', 'datum van de laatste praktijkvisitatie', { aliases: ['laatste visitatie', 'visitatiedatum'] }),
  P('visitatieVoldaan', 'yesNo', "ja als de visitatie is beoordeeld met 'Voldaan aan alle kwaliteitscriteria en -indicatoren'", { aliases: ['visitatie voldaan', 'visitatieoordeel'] }),
  P('visitatiemodel', 'text', 'bijvoorbeeld SKF Visitatiemodel'),
  P('pdcaBewijs', 'text', 'soort bewijs dat de inzichten via PDCA worden toegepast (bijvoorbeeld verbeterplan), of geen', { aliases: ['PDCA', 'bewijs PDCA'] }),
  P('database', 'choice', 'LDF, LDK, LDF en LDK, of geen', { choices: DATABASE_CHOICES }),
  P('aanleverMaanden', 'months', 'maanden waarin data is aangeleverd: 2024-03; 2024-04 … of 2024-03 t/m 2025-02; geen als er niets is aangeleverd', { aliases: ['aanlevermaanden', 'maanden aangeleverd'] }),
  P('premBureau', 'text', 'meetbureau voor PREM, of geen', { aliases: ['meetbureau', 'PREM bureau'] }),
  P('toestemmingZorgkaart', 'yesNo', 'ja als de praktijk toestemming geeft voor doorlevering aan Zorgkaart Nederland', { aliases: ['Zorgkaart Nederland'] }),
  P('toestemmingSignificant', 'yesNo', 'ja als de praktijk toestemming geeft voor delen met Significant B.V.', { aliases: ['Significant'] }),
  P('kngfEisen', 'yesNo', 'ja als de praktijk voldoet aan de KNGF-inrichtings- en service-eisen', { aliases: ['KNGF eisen', 'KNGF-eisen'] }),
  P('vektis', 'yesNo', 'ja als declaraties elektronisch via de Vektis-standaard gaan', { aliases: ['Vektis'] }),
  P('wtza', 'yesNo', 'ja als de praktijk voldoet aan de Wet toetreding zorgaanbieders', { aliases: ['Wtza'] }),
];

export const THERAPEUT_COLUMNS: readonly ModuleColumn<TherapeutVeld>[] = [
  T('praktijkAgb', 'agb', 'AGB-code van de praktijk waar deze persoon werkt (zoals op het blad Praktijken)', { required: true, aliases: AGB_ALIASES }),
  T('naam', 'text', 'naam van de therapeut of medewerker', { required: true, aliases: ['naam therapeut', 'therapeut', 'medewerker'] }),
  T('agb', 'text', 'persoonlijke AGB-code (ter informatie)', { aliases: ['AGB zorgverlener', 'AGB-code therapeut'] }),
  T('functie', 'choice', 'fysiotherapeut of overig (andere medewerker)', { choices: FUNCTIE_CHOICES }),
  T('big', 'yesNo', 'ja als de persoon in het BIG-register staat', { aliases: ['BIG', 'BIG-register'] }),
  T('kwaliteitsregister', 'choice', 'KRF NL, SKF, KRF NL en SKF, of geen', { choices: KWALITEITSREGISTER_CHOICES, aliases: ['KRF NL/SKF', 'kwaliteitsregister'] }),
  T('peerReviews', 'count', 'aantal peer-reviewbijeenkomsten in de telperiode'),
  T('peerReviewsMetData', 'count', "waarvan met het onderdeel 'inzicht in data verzamelen'", { aliases: ['peer reviews met data'] }),
  T('eLearning', 'yesNo', "ja als de e-learning 'datagebruik in de dagelijkse praktijk' is gevolgd", { aliases: ['e-learning', 'e-learning datagebruik'] }),
  T('mdsLageRug', 'yesNo', 'ja als de MDS bij lage rugpijn wordt toegepast', { aliases: ['MDS lage rug'] }),
  T('mdsCopd', 'yesNo', 'ja als de MDS bij COPD wordt toegepast'),
  T('prem', 'yesNo', 'ja als de persoon klantervaringen meet met PREM paramedische zorg', { aliases: ['PREM'] }),
  T('parkinsonNet', 'yesNo', 'ja als aangesloten bij ParkinsonNet'),
  T('chronischZorgNet', 'yesNo', 'ja als aangesloten bij Chronisch ZorgNet'),
  T('copdBasisscholing', 'yesNo', 'ja als een door KNGF of SKF geaccrediteerde basisscholing COPD is afgerond', { aliases: ['basisscholing COPD'] }),
  T('copdNetwerk', 'yesNo', 'ja als ingeschreven bij een COPD-netwerk', { aliases: ['COPD-netwerk'] }),
  T('bekkenfysiotherapeut', 'yesNo', 'ja als ingeschreven als bekkenfysiotherapeut in KRF of bij SKF', { aliases: ['bekkenfysiotherapeut'] }),
  T('oedeemtherapeut', 'yesNo', 'ja als ingeschreven als specialist oedeem- of lymfevaataandoeningen in KRF of bij SKF', { aliases: ['oedeemtherapeut', 'lymfetherapeut'] }),
];

/** Sheet names of the module input, as the template writes them and readers look for them. */
export const MODULE_SHEETS = { praktijken: 'Praktijken', therapeuten: 'Therapeuten' } as const;
