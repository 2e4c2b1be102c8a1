import type { CheckStatus } from './outcome';

/**
 * The findings model: what a check found, as data, and where the rule it applied comes from.
 *
 * A check never builds its Dutch sentence by hand for others to take apart again. It returns
 * `Bevinding`s (typed evidence: which field, the value found, the threshold or list it was held
 * against, the participant or cost line concerned) under a message `code`; the sentence is
 * rendered from that at the edges (CLI, sheets, pane, letters) by `renderBevinding`, in Dutch or
 * English. Letters, decisions and the audit read the evidence, never the sentence.
 */

/** The source documents rules are quoted from (docs/bronnen.md lists them by title and date). */
export const BRON_DOCUMENTEN = {
  samenwerken2021: 'Zilveren Kruis, module Samenwerken in de Regio 2021 (versie 1.1, 16 oktober 2020)',
  kngf2024: 'KNGF, analyse inkoopbeleid fysiotherapie Zilveren Kruis 2024–2025',
} as const;
export type BronDocument = keyof typeof BRON_DOCUMENTEN;

/**
 * Where a rule comes from (docs/ontwerp.md, "Waar elke regel staat"; the sources in docs/bronnen.md):
 * - `bron`: quoted from a source document, with its place ("Bijlage 1, 9"). Only these are stated
 *   as Zilveren Kruis policy in letters and sheets.
 * - `keuze`: the team's choice: a setting with a default, changeable in the policy JSON and in
 *   Instellingen. Worded as the team's decision, never as policy.
 * - `hulp`: a signal for an assessor to confirm or dismiss; never a knock-out by itself.
 */
export type Herkomst =
  | { soort: 'bron'; document: BronDocument; plaats: string; citaat: string }
  | { soort: 'keuze'; instelling: string; standaard: Waarde; uitleg: string }
  | { soort: 'hulp'; uitleg: string };

/** A scalar as found in the input or set in a policy. */
export type Waarde = string | number | boolean | null;

/**
 * One piece of typed evidence. `code` picks the sentence (see `MessageCatalogue`); the other
 * fields are the data the sentence is made from, and what letters and the audit read.
 */
export interface Bevinding {
  status: CheckStatus;
  /** Message key, namespaced by check: `K9.onder_minimum`, `regio.buiten`, `looptijd.einde_na_module`. */
  code: string;
  /** Application field path the evidence comes from, e.g. `aantalZkKlanten`, `deelnemers[2].plaats`. */
  veld?: string;
  /** The value found; `null` when the field is empty. */
  gevonden?: Waarde | readonly string[];
  /** The threshold, limit or date it was held against. */
  drempel?: Waarde;
  /** The list it was held against, or the items found (disciplines, municipalities, candidates). */
  lijst?: readonly string[];
  /** The participant concerned (0-based index in `deelnemers`). */
  deelnemer?: { index: number; naam: string };
  /** The cost line concerned (0-based index in `begroting.kosten`). */
  kostenregel?: { index: number; omschrijving: string; bedrag?: number };
  /** Applicant text quoted as is (an exclusion word in the plan, an unreadable duration). */
  citaat?: string;
  /** Where a `hulp` or `keuze` rule decided this finding rather than the check's own origin. */
  herkomst?: Herkomst;
  /** Further named values a message needs (counts, a second date). Keep them scalar. */
  extra?: Readonly<Record<string, Waarde | readonly string[]>>;
}

export type Taal = 'nl' | 'en';

/** Renders one finding code in one language. */
export type MessageRenderer = (b: Bevinding) => string;

/** Messages for a set of codes, in both languages. Each check module exports its own. */
export type MessageCatalogue = Readonly<Record<string, { nl: MessageRenderer; en: MessageRenderer }>>;

const catalogue = new Map<string, { nl: MessageRenderer; en: MessageRenderer }>();

/** Adds a check's messages to the catalogue; a code registered twice is a programming error. */
export function registerMessages(messages: MessageCatalogue): void {
  for (const [code, render] of Object.entries(messages)) {
    if (catalogue.has(code) && catalogue.get(code) !== render) throw new Error(`melding '${code}' is dubbel geregistreerd`);
    catalogue.set(code, render);
  }
}

/** True when `code` has a message (tests use this to find findings that would render raw). */
export function hasMessage(code: string): boolean {
  return catalogue.has(code);
}

/**
 * The sentence for one finding. An unknown code renders as the code with its data, so a missing
 * message is visible (and a test fails on it) instead of an empty reason.
 */
export function renderBevinding(b: Bevinding, taal: Taal = 'nl'): string {
  const render = catalogue.get(b.code);
  if (render) return render[taal](b);
  const data = [b.veld, b.gevonden, b.drempel].filter((v) => v !== undefined).map(String);
  return data.length ? `${b.code} (${data.join(', ')})` : b.code;
}

/** Freezes a finding and the lists and records it holds: for findings that many results share. */
export function freezeFinding(b: Bevinding): Bevinding {
  for (const part of [b.gevonden, b.lijst, b.deelnemer, b.kostenregel, b.herkomst, b.extra]) if (part && typeof part === 'object') Object.freeze(part);
  return Object.freeze(b);
}

/** The sentences of several findings joined into one reason: `a; b; c`. */
export function renderBevindingen(list: readonly Bevinding[], taal: Taal = 'nl'): string {
  return list.map((b) => renderBevinding(b, taal)).join('; ');
}

/** How a rule's origin reads to a user: "Bijlage 1, 9", "keuze van het team (standaard: …)", "hulp voor de beoordelaar". */
export function renderHerkomst(h: Herkomst, taal: Taal = 'nl'): string {
  if (h.soort === 'bron') return taal === 'en' ? `source: ${h.plaats}` : `bron: ${h.plaats}`;
  if (h.soort === 'keuze') {
    const standaard = h.standaard === null ? '—' : String(h.standaard);
    return taal === 'en' ? `team setting '${h.instelling}' (default: ${standaard})` : `keuze van het team: ${h.instelling} (standaard: ${standaard})`;
  }
  return taal === 'en' ? 'aid for the assessor' : 'hulp voor de beoordelaar';
}
