import { registerMessages, type Bevinding, type Herkomst, type MessageCatalogue, type Waarde } from '../findings';
import { formatDateNl } from '../format';
import { formatMonthNl } from './dates';
import { veldLabel } from './labels';
import type { ModuleKeuze, ModuleKeuzes } from './policy-schema';

/**
 * The Dutch and English sentences of the module checklist, rendered from findings
 * (src/rules/findings.ts). A per-person finding carries `extra.therapeut`; its sentence starts
 * with the name, so a practice's reason says who is missing what.
 */

/** Why each team setting is a choice: what the source leaves open. */
export const KEUZE_TEKSTEN: Readonly<Record<ModuleKeuze, { nl: string; en: string }>> = {
  erkendeRegisters: {
    nl: 'De bron zegt "een door Zilveren Kruis erkend praktijkkwaliteitsregister" maar noemt niet welke; standaard telt het register van SKF, dat de bron bij het Visitatiemodel en de Landelijke Database Kwaliteit noemt.',
    en: 'The source says "a practice quality register recognised by Zilveren Kruis" without naming them; by default the SKF register counts.',
  },
  erkendeMeetbureaus: {
    nl: 'De bron zegt "een door Zilveren Kruis erkend meetbureau" maar noemt er geen; zolang het team geen lijst invult, is elk genoemd bureau onbekend.',
    en: 'The source says "a measuring bureau recognised by Zilveren Kruis" but names none; until the team lists them, every named bureau is unknown.',
  },
  pdcaBewijs: {
    nl: 'De bron zegt "aantoonbaar toegepast via de Plan-Do-Act-Cyclus" maar niet wat als bewijs telt; het team kiest de soorten bewijs, de beoordelaar bevestigt.',
    en: 'The source says "demonstrably applied via the PDCA cycle" but not what counts as evidence; the team lists the kinds, the assessor confirms.',
  },
  telperiodeMaanden: {
    nl: 'De bron zegt "4 keer per jaar" en "maandelijks" maar niet over welke periode; standaard de 12 hele maanden vóór de peildatum.',
    en: 'The source says "4 times a year" and "monthly" without a period; by default the 12 whole months before the check date.',
  },
  eLearningNogNiet: {
    nl: 'De e-learning mag "tijdens de looptijd van de overeenkomst" worden gevolgd; of een nog niet gevolgde e-learning bij een peildatum binnen de looptijd onbekend of een tekortkoming is, kiest het team.',
    en: 'The e-learning may be followed "during the term of the agreement"; whether one not yet followed counts as unknown or as not met, the team decides.',
  },
  visitatiemodellen: {
    nl: 'De bron zegt "volgens de kaders van het SKF Visitatiemodel"; welke namen in het invoerbestand daarvoor tellen, kiest het team.',
    en: 'The source says "within the SKF Visitation model"; which names in the input count as such, the team decides.',
  },
};

/** A team setting as the origin of a finding, with its current value shown as the default. */
export function keuzeHerkomst(keuzes: ModuleKeuzes, naam: ModuleKeuze): Herkomst {
  // One origin object per settings object and name: findings of a whole run share it.
  let byName = herkomstCache.get(keuzes);
  if (!byName) herkomstCache.set(keuzes, (byName = new Map()));
  let herkomst = byName.get(naam);
  if (!herkomst) {
    const value = keuzes[naam];
    const standaard: Waarde = Array.isArray(value) ? (value.length ? value.join(', ') : '(geen)') : (value as Waarde);
    herkomst = Object.freeze({ soort: 'keuze', instelling: naam, standaard, uitleg: KEUZE_TEKSTEN[naam].nl }) as Herkomst;
    byName.set(naam, herkomst);
  }
  return herkomst;
}
const herkomstCache = new WeakMap<ModuleKeuzes, Map<ModuleKeuze, Herkomst>>();

const wie = (b: Bevinding): string => (typeof b.extra?.therapeut === 'string' ? `${b.extra.therapeut}: ` : '');
const datum = (v: unknown): string => (typeof v === 'string' ? formatDateNl(v) : String(v ?? ''));
const lijst = (b: Bevinding): string => (b.lijst && b.lijst.length ? b.lijst.join(', ') : '(geen)');
const maanden = (b: Bevinding): string => (b.lijst ?? []).map(formatMonthNl).join(', ');
const x = (b: Bevinding, key: string): string => String(b.extra?.[key] ?? '');
const label = (b: Bevinding, taal: 'nl' | 'en'): string => veldLabel(b.veld, taal);
const text = (b: Bevinding): string => String(b.gevonden ?? '');

export const MODULE_MESSAGES: MessageCatalogue = {
  'module.leeg': { nl: (b) => `${wie(b)}${label(b, 'nl')} is niet ingevuld`, en: (b) => `${wie(b)}${label(b, 'en')} is not filled in` },
  'module.ja': { nl: (b) => `${wie(b)}${label(b, 'nl')}: ja`, en: (b) => `${wie(b)}${label(b, 'en')}: yes` },
  'module.nee': { nl: (b) => `${wie(b)}${label(b, 'nl')}: nee`, en: (b) => `${wie(b)}${label(b, 'en')}: no` },
  'module.geen_medewerkers': {
    nl: () => 'geen medewerkers van deze praktijk in het medewerkersbestand',
    en: () => 'no employees of this practice in the employee file',
  },
  'module.geen_fysiotherapeuten': {
    nl: () => 'geen fysiotherapeuten van deze praktijk in het medewerkersbestand',
    en: () => 'no physiotherapists of this practice in the employee file',
  },
  'module.allen_voldoen': {
    nl: (b) =>
      b.extra?.aantal === 1 ? `de enige ${b.extra?.wie === 'medewerkers' ? 'medewerker' : 'fysiotherapeut'} voldoet` : `alle ${x(b, 'aantal')} ${x(b, 'wie')} voldoen`,
    en: (b) =>
      b.extra?.aantal === 1
        ? `the only ${b.extra?.wie === 'medewerkers' ? 'employee' : 'physiotherapist'} complies`
        : `all ${x(b, 'aantal')} ${b.extra?.wie === 'medewerkers' ? 'employees' : 'physiotherapists'} comply`,
  },
  'module.functie_onbekend': {
    nl: (b) => `${wie(b)}functie onbekend; als fysiotherapeut voldoet deze persoon niet`,
    en: (b) => `${wie(b)}role unknown; as a physiotherapist this person does not comply`,
  },
  'module.functie_onbekend_vs': {
    nl: (b) => `${wie(b)}functie onbekend; alleen een fysiotherapeut telt voor deze patiëntengroep`,
    en: (b) => `${wie(b)}role unknown; only a physiotherapist counts for this patient group`,
  },
  'module.geen_toets': {
    nl: () => 'deze voorwaarde heeft geen automatische toets; de beoordelaar beslist',
    en: () => 'this condition has no automatic check; the assessor decides',
  },
  'module.ongeldige_datum': {
    nl: (b) => `${wie(b)}${label(b, 'nl')} '${text(b)}' is geen datum`,
    en: (b) => `${wie(b)}${label(b, 'en')} '${text(b)}' is not a date`,
  },
  'OV-REGISTRATIE.register': { nl: (b) => `${wie(b)}ingeschreven in ${text(b)}`, en: (b) => `${wie(b)}registered in ${text(b)}` },
  'OV-REGISTRATIE.geen_register': { nl: (b) => `${wie(b)}niet ingeschreven in KRF NL of SKF`, en: (b) => `${wie(b)}not registered in KRF NL or SKF` },
  'VV-REGISTER.erkend': {
    nl: (b) => `aangesloten bij ${text(b)}, een erkend register (lijst van het team: ${lijst(b)})`,
    en: (b) => `registered with ${text(b)}, a recognised register (team list: ${lijst(b)})`,
  },
  'VV-REGISTER.niet_erkend': {
    nl: (b) => `${text(b)} staat niet in de lijst erkende registers van het team (${lijst(b)})`,
    en: (b) => `${text(b)} is not in the team's list of recognised registers (${lijst(b)})`,
  },
  'VV-REGISTER.geen': { nl: () => 'niet aangesloten bij een praktijkkwaliteitsregister', en: () => 'not registered with a practice quality register' },
  'VV-INSCHRIJVING.status': {
    nl: (b) => `ingeschreven als ${b.gevonden === 'aspirant' ? 'aspirant deelnemer' : text(b)}`,
    en: (b) => `registered as ${b.gevonden === 'aspirant' ? 'aspiring participant' : 'participant'}`,
  },
  'VV-INSCHRIJVING.status_geen': {
    nl: () => 'niet ingeschreven als aspirant deelnemer of als deelnemer',
    en: () => 'not registered as aspiring participant or participant',
  },
  'VV-INSCHRIJVING.duur_genoeg': {
    nl: (b) => `ingeschreven sinds ${datum(b.gevonden)}: ${x(b, 'maanden')} hele maanden vóór de peildatum ${datum(b.drempel)}`,
    en: (b) => `registered since ${datum(b.gevonden)}: ${x(b, 'maanden')} whole months before the check date ${datum(b.drempel)}`,
  },
  'VV-INSCHRIJVING.duur_kort': {
    nl: (b) => `ingeschreven sinds ${datum(b.gevonden)}: ${x(b, 'maanden')} hele maanden vóór de peildatum ${datum(b.drempel)}, minder dan 12`,
    en: (b) => `registered since ${datum(b.gevonden)}: ${x(b, 'maanden')} whole months before the check date ${datum(b.drempel)}, fewer than 12`,
  },
  'VV-VISITATIE-2JAAR.recent': {
    nl: (b) => `laatste visitatie ${datum(b.gevonden)}, niet langer dan 2 jaar vóór de peildatum ${datum(b.drempel)}`,
    en: (b) => `last visitation ${datum(b.gevonden)}, within 2 years before the check date ${datum(b.drempel)}`,
  },
  'VV-VISITATIE-2JAAR.te_oud': {
    nl: (b) => `laatste visitatie ${datum(b.gevonden)}, langer dan 2 jaar vóór de peildatum ${datum(b.drempel)}`,
    en: (b) => `last visitation ${datum(b.gevonden)}, more than 2 years before the check date ${datum(b.drempel)}`,
  },
  'VV-VISITATIE-2JAAR.na_peildatum': {
    nl: (b) => `visitatiedatum ${datum(b.gevonden)} ligt na de peildatum ${datum(b.drempel)}`,
    en: (b) => `visitation date ${datum(b.gevonden)} is after the check date ${datum(b.drempel)}`,
  },
  'VV-VISITATIE-2JAAR.model': { nl: (b) => `visitatiemodel ${text(b)}`, en: (b) => `visitation model ${text(b)}` },
  'VV-VISITATIE-2JAAR.ander_model': {
    nl: (b) => `visitatiemodel '${text(b)}' staat niet in de lijst van het team (${lijst(b)})`,
    en: (b) => `visitation model '${text(b)}' is not in the team's list (${lijst(b)})`,
  },
  'VV-PEER-REVIEW.genoeg': {
    nl: (b) => `${wie(b)}${text(b)} peer reviews met 'inzicht in data verzamelen' (minimaal ${String(b.drempel)})`,
    en: (b) => `${wie(b)}${text(b)} peer reviews with 'insight in collecting data' (at least ${String(b.drempel)})`,
  },
  'VV-PEER-REVIEW.te_weinig': {
    nl: (b) =>
      `${wie(b)}${text(b)} peer reviews met 'inzicht in data verzamelen'${b.extra?.totaal !== undefined && b.extra.totaal !== b.gevonden ? ` (van ${x(b, 'totaal')} bijeenkomsten)` : ''}, minder dan ${String(b.drempel)}`,
    en: (b) => `${wie(b)}${text(b)} peer reviews with 'insight in collecting data', fewer than ${String(b.drempel)}`,
  },
  'VV-PEER-REVIEW.tegenstrijdig': {
    nl: (b) => `${wie(b)}${text(b)} bijeenkomsten met data is meer dan de ${x(b, 'totaal')} bijeenkomsten in totaal`,
    en: (b) => `${wie(b)}${text(b)} meetings with data is more than the ${x(b, 'totaal')} meetings in total`,
  },
  'VV-PDCA.erkend': {
    nl: (b) => `bewijs PDCA: ${text(b)} (lijst van het team: ${lijst(b)}); de beoordelaar bevestigt`,
    en: (b) => `PDCA evidence: ${text(b)} (team list: ${lijst(b)}); the assessor confirms`,
  },
  'VV-PDCA.geen': { nl: () => 'geen bewijs dat de inzichten via PDCA worden toegepast', en: () => 'no evidence that insights are applied via PDCA' },
  'VV-PDCA.anders': {
    nl: (b) => `bewijs PDCA '${text(b)}' staat niet in de lijst van het team (${lijst(b)}); de beoordelaar beslist`,
    en: (b) => `PDCA evidence '${text(b)}' is not in the team's list (${lijst(b)}); the assessor decides`,
  },
  'VV-DATA.database': { nl: (b) => `aangeleverd aan ${text(b)}`, en: (b) => `delivered to ${text(b)}` },
  'VV-DATA.geen_database': {
    nl: () => 'geen aanlevering aan de Landelijke Database Fysiotherapie of de Landelijke Database Kwaliteit',
    en: () => 'no deliveries to the Landelijke Database Fysiotherapie or the Landelijke Database Kwaliteit',
  },
  'VV-DATA.alle_maanden': {
    nl: (b) => `data aangeleverd in alle ${x(b, 'aantal')} maanden van ${formatMonthNl(x(b, 'van'))} tot en met ${formatMonthNl(x(b, 'tot'))}`,
    en: (b) => `data delivered in all ${x(b, 'aantal')} months from ${x(b, 'van')} to ${x(b, 'tot')}`,
  },
  'VV-DATA.maanden_ontbreken': {
    nl: (b) => `geen data aangeleverd in ${maanden(b)} (geteld over ${formatMonthNl(x(b, 'van'))} tot en met ${formatMonthNl(x(b, 'tot'))})`,
    en: (b) => `no data delivered in ${(b.lijst ?? []).join(', ')} (counted from ${x(b, 'van')} to ${x(b, 'tot')})`,
  },
  'VV-ELEARNING.nog_niet': {
    nl: (b) => `${wie(b)}e-learning nog niet gevolgd; de overeenkomst loopt tot en met ${datum(b.drempel)} (keuze van het team: ${x(b, 'telt')})`,
    en: (b) => `${wie(b)}e-learning not yet followed; the agreement runs until ${datum(b.drempel)} (team setting: ${x(b, 'telt')})`,
  },
  'VV-ELEARNING.niet': {
    nl: (b) => `${wie(b)}e-learning niet gevolgd tijdens de looptijd (tot en met ${datum(b.drempel)})`,
    en: (b) => `${wie(b)}e-learning not followed during the term (until ${datum(b.drempel)})`,
  },
  'VV-BI.uitkomst': {
    nl: (b) => `${x(b, 'reden').replace(/\.$/, '')} (BehandelIndex ${x(b, 'referentiejaar')}, AGB ${x(b, 'agb')})`,
    en: (b) => `BehandelIndex ${String(b.gevonden ?? '—')} against threshold ${String(b.drempel ?? '—')} (${x(b, 'referentiejaar')})`,
  },
  'VV-BI.geen_rij': {
    nl: (b) => `AGB ${x(b, 'agb')} staat niet in het BI-bestand voor ${x(b, 'referentiejaar')}`,
    en: (b) => `AGB ${x(b, 'agb')} is not in the BI file for ${x(b, 'referentiejaar')}`,
  },
  'VV-BI.geen_bestand': { nl: () => 'geen BehandelIndex-uitkomst meegegeven', en: () => 'no BehandelIndex result given' },
  'VV-BI.ander_jaar': {
    nl: (b) => `de BehandelIndex is berekend voor ${text(b)}; voor contractjaar ${x(b, 'contractjaar')} is dat ${String(b.drempel)}`,
    en: (b) => `the BehandelIndex was computed for ${text(b)}; contract year ${x(b, 'contractjaar')} needs ${String(b.drempel)}`,
  },
  'VV-MEETBUREAU.erkend': {
    nl: (b) => `meetbureau ${text(b)} is erkend (lijst van het team: ${lijst(b)})`,
    en: (b) => `bureau ${text(b)} is recognised (team list: ${lijst(b)})`,
  },
  'VV-MEETBUREAU.niet_erkend': {
    nl: (b) => `meetbureau '${text(b)}' staat niet in de lijst erkende meetbureaus van het team (${lijst(b)})`,
    en: (b) => `bureau '${text(b)}' is not in the team's list of recognised bureaus (${lijst(b)})`,
  },
  'VV-MEETBUREAU.geen_lijst': {
    nl: (b) => `meetbureau '${text(b)}': het team heeft nog geen erkende meetbureaus ingesteld`,
    en: (b) => `bureau '${text(b)}': the team has not listed recognised bureaus yet`,
  },
  'VV-MEETBUREAU.geen': { nl: () => 'geen meetbureau voor PREM', en: () => 'no PREM bureau' },
  'VS.open': {
    nl: (b) => `${lijst(b)} ${b.lijst?.length === 1 ? 'voldoet' : 'voldoen'}`,
    en: (b) => `${lijst(b)} ${b.lijst?.length === 1 ? 'complies' : 'comply'}`,
  },
  'VS.dicht': {
    nl: () => 'geen van de fysiotherapeuten voldoet aan deze voorwaarde',
    en: () => 'none of the physiotherapists meets this condition',
  },
  'VS.onbekend': { nl: (b) => `onbekend bij ${lijst(b)}`, en: (b) => `unknown for ${lijst(b)}` },
};

registerMessages(MODULE_MESSAGES);
