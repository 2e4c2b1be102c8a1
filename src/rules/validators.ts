/**
 * Validators for identifiers in an application. Each returns the normalised value or a Dutch
 * message; none throws. Messages quote the input so a person can find it.
 */
export type Validation = { ok: true; value: string; info?: string } | { ok: false; melding: string };

/**
 * True for a text of exactly `length` digits and nothing else: a KvK number or AGB code as it
 * usually stands, which its validator gives back unchanged. Screening asks it per application and
 * participant, so it saves the validator's trimming and normalising for the common case.
 */
export function isDigits(text: string, length: number): boolean {
  if (text.length !== length) return false;
  for (let i = 0; i < length; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/**
 * True for a text shaped like an ISO date, `2021-04-01` (what /^\d{4}-\d{2}-\d{2}$/ accepts):
 * ten characters, digits around two dashes. Screening asks it of two or three dates per
 * application; reading the characters costs less than a call into the regex engine.
 */
export function isIsoDateShape(text: string): boolean {
  if (text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return false;
  for (let i = 0; i < 10; i++) {
    if (i === 4 || i === 7) continue;
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

const ok = (value: string, info?: string): Validation => (info ? { ok: true, value, info } : { ok: true, value });
const fail = (melding: string): Validation => ({ ok: false, melding });

function digitsOnly(raw: string): string {
  return raw.replace(/[\s.-]/g, '');
}

function describeDigits(input: string, digits: string, expected: number): Validation | null {
  if (!/^\d+$/.test(digits)) return fail(`'${input}' bevat tekens die geen cijfer zijn, verwacht ${expected} cijfers`);
  if (digits.length !== expected) return fail(`'${input}' heeft ${digits.length} cijfers, verwacht ${expected}`);
  return null;
}

/**
 * Vektis AGB zorgsoort codes (first two digits of an AGB code) relevant to first-line care.
 * Source: Vektis AGB-register, "zorgsoorten" (COD 016); 04 = fysiotherapeuten.
 */
export const AGB_KINDS: Readonly<Record<string, string>> = {
  '01': 'huisartsen',
  '02': 'apothekers',
  '03': 'medisch specialisten',
  '04': 'fysiotherapeuten',
  '05': 'logopedisten',
  '06': 'verloskundigen',
  '08': 'oefentherapeuten',
  '12': 'tandartsen',
  '22': 'instellingen (ziekenhuizen en andere instellingen)',
  '24': 'diëtisten',
  '26': 'ergotherapeuten',
  '30': 'huidtherapeuten',
  '41': 'psychologen (GZ-psychologen)',
  '43': 'psychotherapeuten',
  '53': 'podotherapeuten',
  '90': 'overige zorgaanbieders',
};

/** AGB code: 8 digits; the first two give the kind of care provider (04 = fysiotherapeut). */
export function validateAgb(raw: string | undefined | null): Validation {
  const input = (raw ?? '').trim();
  if (!input) return fail('AGB-code ontbreekt');
  const digits = digitsOnly(input);
  const problem = describeDigits(input, digits, 8);
  if (problem) return problem;
  const kind = AGB_KINDS[digits.slice(0, 2)];
  return ok(digits, kind ? `zorgsoort ${digits.slice(0, 2)}: ${kind}` : `zorgsoort ${digits.slice(0, 2)}: onbekende soort`);
}

/** The kind of care provider named by an AGB code's first two digits, if known. */
export function agbKind(code: string): string | undefined {
  return AGB_KINDS[digitsOnly(code).slice(0, 2)];
}

/** KvK number: 8 digits (Handelsregister). */
export function validateKvk(raw: string | undefined | null): Validation {
  const input = (raw ?? '').trim();
  if (!input) return fail('KvK-nummer ontbreekt');
  const digits = digitsOnly(input);
  return describeDigits(input, digits, 8) ?? ok(digits);
}

/**
 * Dutch postcode: 4 digits (first not 0) and 2 letters; the letter pairs SA, SD and SS are not
 * issued by PostNL. Normalised to `1234 AB`.
 */
export function validatePostcode(raw: string | undefined | null): Validation {
  const input = (raw ?? '').trim();
  if (!input) return fail('postcode ontbreekt');
  const match = /^([1-9]\d{3})\s*([a-zA-Z]{2})$/.exec(input);
  if (!match) return fail(`'${input}' is geen Nederlandse postcode (verwacht 4 cijfers en 2 letters, bijv. 3511 AB)`);
  const letters = match[2].toUpperCase();
  if (['SA', 'SD', 'SS'].includes(letters)) return fail(`'${input}': de lettercombinatie ${letters} wordt in postcodes niet gebruikt`);
  return ok(`${match[1]} ${letters}`);
}

/** E-mail address: one @, a local part, and a domain with a dot; no spaces. */
export function validateEmail(raw: string | undefined | null): Validation {
  const input = (raw ?? '').trim();
  if (!input) return fail('e-mailadres ontbreekt');
  if (!/^[^\s@]+@[^\s@]+\.[^\s@.]{2,}$/.test(input) || input.includes('..')) {
    return fail(`'${input}' is geen geldig e-mailadres`);
  }
  return ok(input.toLowerCase());
}

/**
 * Dutch phone number: 10 digits starting with 0 (e.g. 030-1234567, 06-12345678), or the
 * international form +31 / 0031 followed by 9 digits. Normalised to the national 10 digits.
 */
export function validatePhone(raw: string | undefined | null): Validation {
  const input = (raw ?? '').trim();
  if (!input) return fail('telefoonnummer ontbreekt');
  // "+31 (0)30 …": the (0) is the trunk prefix that the international form leaves out.
  let digits = input.replace(/\(0\)/g, '').replace(/[\s\-().]/g, '');
  if (digits.startsWith('+31')) digits = '0' + digits.slice(3);
  else if (digits.startsWith('0031')) digits = '0' + digits.slice(4);
  if (!/^\d+$/.test(digits)) return fail(`'${input}' bevat tekens die in een telefoonnummer niet horen`);
  if (!digits.startsWith('0') || digits.startsWith('00')) return fail(`'${input}' is geen Nederlands telefoonnummer (verwacht 0… of +31…)`);
  if (digits.length !== 10) return fail(`'${input}' heeft ${digits.length} cijfers, verwacht 10`);
  return ok(digits);
}
