/**
 * One catalogue of Dutch messages for the BehandelIndex: spreadsheet errors (with the Excel error
 * they stand for), problems found in input, and the reasons given per practice.
 * Errors are values, never exceptions (STYLE.md, HyperFormula habit).
 */

/** The spreadsheet error a BI error stands for: `#NUM!`, `#N/A` or `#VALUE!`. */
export type BiErrorCode = 'NUM' | 'NA' | 'VALUE';

export interface BiError {
  readonly kind: 'bi-fout';
  readonly code: BiErrorCode;
  readonly melding: string;
}

const fmt = (n: number): string => String(n).replace('.', ',');
const capital = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** Errors a formula or computation can return; each entry names its Excel error. */
export const ERRORS = {
  geenGetallen: { code: 'NUM', text: () => 'Het bereik bevat geen getallen (lege cellen en tekst tellen niet mee).' },
  teWeinigGetallen: {
    code: 'NUM',
    text: (n: number, minimum: number) => `Het bereik bevat ${n} getal${n === 1 ? '' : 'len'}; er zijn er minstens ${minimum} nodig.`,
  },
  kBuitenNulEen: { code: 'NUM', text: (k: number) => `Percentiel k = ${fmt(k)} ligt niet tussen 0 en 1.` },
  kBuitenExc: {
    code: 'NUM',
    text: (k: number, n: number) =>
      `PERCENTILE.EXC: k = ${fmt(k)} ligt buiten 1/(n+1) … n/(n+1) voor n = ${n}; kies een k daartussen of methode INC.`,
  },
  biOntbreekt: { code: 'NA', text: () => 'De BehandelIndex ontbreekt (lege cel).' },
  biGeenGetal: { code: 'NA', text: (waarde: string) => `De BehandelIndex '${waarde}' is geen getal.` },
  decielOngeldig: { code: 'VALUE', text: (waarde: string) => `Deciel '${waarde}' is ongeldig; kies een geheel getal van 1 tot en met 9.` },
  methodeOngeldig: { code: 'VALUE', text: (waarde: string) => `Methode '${waarde}' is onbekend; kies INC, EXC of NEAREST.` },
} as const satisfies Record<string, { code: BiErrorCode; text: (...args: never[]) => string }>;

export type ErrorId = keyof typeof ERRORS;

export function biError<K extends ErrorId>(id: K, ...args: Parameters<(typeof ERRORS)[K]['text']>): BiError {
  const entry = ERRORS[id];
  const text = entry.text as (...a: unknown[]) => string;
  return { kind: 'bi-fout', code: entry.code, melding: text(...args) };
}

export function isBiError(value: unknown): value is BiError {
  return typeof value === 'object' && value !== null && (value as BiError).kind === 'bi-fout';
}

/** Problems in BI input (files, tables) and in the population; `plaats` and `veld` are set by the caller. */
export const PROBLEMS = {
  kolomOntbreekt: (veld: string, kopjes: string[]) =>
    `Geen kolom voor ${veld} gevonden; gevonden kopjes: ${kopjes.length ? kopjes.map((k) => `'${k}'`).join(', ') : '(geen)'}.`,
  leegBestand: () => 'Het bestand bevat geen gegevens (geen kopregel gevonden).',
  onleesbaarBestand: (reden: string) => `Het bestand kan niet worden gelezen: ${reden}.`,
  agbOngeldig: (melding: string) => `AGB-code ongeldig: ${melding}; de rij is overgeslagen.`,
  voorloopnulAangevuld: (aantal: number, voorbeeld: string) =>
    `In ${aantal} rij${aantal === 1 ? '' : 'en'} had de AGB-code 7 cijfers (voorloopnul weggevallen, bijv. ${voorbeeld}); de 0 is aangevuld.`,
  jaarOngeldig: (waarde: string) => `Jaar '${waarde}' is geen geldig jaartal; de rij is overgeslagen.`,
  getalOngeldig: (veld: string, waarde: string) => `${capital(veld)} '${waarde}' is geen getal; de waarde telt als ontbrekend.`,
  getalNegatief: (veld: string, waarde: string) => `${capital(veld)} '${waarde}' is negatief; de waarde telt als ontbrekend.`,
  aantalGeenGeheel: (waarde: string) => `Aantal patiënten '${waarde}' is geen geheel getal; de waarde telt als ontbrekend.`,
  dubbeleAgb: (agb: string, jaar: number, plaatsen: string[]) =>
    `AGB-code ${agb} komt ${plaatsen.length} keer voor in ${jaar} (${plaatsen.join(', ')}); geen van deze rijen telt mee en de praktijk is onbekend.`,
  contractjaarBuitenBeleid: (jaar: number, jaren: number[], referentiejaar: number) =>
    `Contractjaar ${jaar} valt buiten de contractjaren van het beleid (${jaren.join(', ')}); er is toch gerekend met referentiejaar ${referentiejaar}.`,
  geenReferentiejaar: (jaar: number, gevonden: number[]) =>
    `Er zijn geen rijen voor referentiejaar ${jaar}; gevonden jaren: ${gevonden.length ? gevonden.join(', ') : '(geen)'}.`,
  populatieTeKlein: (melding: string) => `De decielgrenzen kunnen niet worden berekend: ${melding}`,
} as const;

/** Reasons per practice (`reden` in the result). */
export const REASONS = {
  voldoet: (waarde: string, drempel: string, deciel: number) =>
    `${waarde} is kleiner dan of gelijk aan de waarde van het ${deciel}e deciel (${drempel}).`,
  voldoetNiet: (waarde: string, drempel: string, deciel: number) =>
    `${waarde} is groter dan de waarde van het ${deciel}e deciel (${drempel}).`,
  biOntbreekt: () => 'Geen BehandelIndex in het referentiejaar.',
  teWeinigPatienten: (aantal: number, minimum: number) =>
    // The minimum is the team's choice (the source names none), and the sentence says so.
    `${aantal} patiënt${aantal === 1 ? '' : 'en'}, minder dan het minimum van ${minimum} (keuze van het team); de BI telt niet mee.`,
  patientenOntbreken: () => 'Aantal patiënten ontbreekt of is onleesbaar; de BI telt niet mee.',
  ondergrensOntbreekt: () => 'Beoordeling op de ondergrens gevraagd, maar de ondergrens van het betrouwbaarheidsinterval ontbreekt.',
  dubbeleAgb: (jaar: number) => `De AGB-code komt meer dan eens voor in ${jaar}; de rijen tellen niet mee.`,
  geenDrempel: (melding: string) => `Geen drempel: ${melding}`,
} as const;

/** A number the way a Dutch reader writes it: decimal comma, up to 4 decimals, no grouping. */
export function formatDutch(value: number, decimals = 4): string {
  const rounded = Number(value.toFixed(decimals));
  return String(rounded).replace('.', ',');
}
