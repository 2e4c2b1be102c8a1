import type { Participant } from './application';
import { isDigits, validateAgb } from './validators';
import { BoundedCache } from './bounded-cache';
import { nonEmptyText } from './status';

/**
 * First-line (eerstelijns) disciplines for Bijlage 1 K4 and the physiotherapy practices of K11,
 * read from what a participant writes as discipline and from its AGB code.
 *
 * The written text is normalised before it is looked up: lower case, accents dropped, a trailing
 * "praktijk"/"praktijken"/"centrum" removed ("Fysiotherapiepraktijk" → "fysiotherapie",
 * "Diëtistenpraktijk" → "dietisten"), then plurals ("huisartsen" → "huisarts"). The AGB code's
 * first two digits are the zorgverlenerssoort (Vektis): evidence of its own. Where text and code
 * disagree, or the text is not a spelling we know, the result says so and the checks are
 * `onbekend` with both shown: a verdict never rests on a spelling the program did not recognise.
 */
/** How a praktijkondersteuner huisarts is written (counted as huisartsenzorg). */
const POH_SPELLINGS = ['poh', 'poh ggz', 'pohggz', 'poh somatiek', 'praktijkondersteuner', 'praktijkondersteuner huisarts', 'praktijkondersteuning'];

const FIRST_LINE: ReadonlyArray<{ discipline: string; spellings: string[]; agb?: string[] }> = [
  {
    discipline: 'fysiotherapie',
    spellings: ['fysiotherapie', 'fysiotherapeut', 'fysio', 'fysiotherapeutisch', 'kinderfysiotherapie', 'kinderfysiotherapeut', 'bekkenfysiotherapie', 'bekkenfysiotherapeut', 'oncologische fysiotherapie', 'geriatriefysiotherapie', 'geriatriefysiotherapeut', 'manuele therapie', 'manueel therapeut'],
    agb: ['04'],
  },
  { discipline: 'oefentherapie', spellings: ['oefentherapie', 'oefentherapeut', 'cesar', 'mensendieck', 'oefentherapie cesar', 'oefentherapie mensendieck'], agb: ['08'] },
  // POH (praktijkondersteuner huisarts), also POH-GGZ, works in and is paid through the
  // huisartsenpraktijk, so it counts as huisartsenzorg; whether it is a discipline of its own
  // next to a huisarts the source does not say, and K4 asks the assessor when that decides.
  { discipline: 'huisartsenzorg', spellings: ['huisartsenzorg', 'huisarts', 'ha', 'huisartsgeneeskunde', ...POH_SPELLINGS], agb: ['01'] },
  { discipline: 'ergotherapie', spellings: ['ergotherapie', 'ergotherapeut', 'ergo'], agb: ['26'] },
  { discipline: 'diëtetiek', spellings: ['dietetiek', 'dietist', 'dietiste', 'dieetadvies'], agb: ['24'] },
  { discipline: 'logopedie', spellings: ['logopedie', 'logopedist', 'logo'], agb: ['05'] },
  { discipline: 'podotherapie', spellings: ['podotherapie', 'podotherapeut', 'podo'], agb: ['53'] },
  { discipline: 'huidtherapie', spellings: ['huidtherapie', 'huidtherapeut'], agb: ['30'] },
  { discipline: 'verloskunde', spellings: ['verloskunde', 'verloskundige'], agb: ['06'] },
  { discipline: 'farmacie', spellings: ['farmacie', 'apotheek', 'apotheker', 'openbare apotheek'], agb: ['02'] },
  { discipline: 'mondzorg', spellings: ['mondzorg', 'tandarts', 'tandheelkunde', 'mondhygienist', 'mondhygiene'], agb: ['12'] },
  { discipline: 'eerstelijnspsychologie', spellings: ['eerstelijnspsychologie', 'eerstelijnspsycholoog', 'psycholoog', 'gz psycholoog', 'gzpsycholoog', 'psychologie', 'generalistische basis ggz', 'basis ggz', 'gbggz'], agb: ['41'] },
  { discipline: 'wijkverpleging', spellings: ['wijkverpleging', 'wijkverpleegkundige', 'wijkverpleegkunde', 'thuiszorg', 'wijkzorg', 'verpleging'] },
  { discipline: 'maatschappelijk werk', spellings: ['maatschappelijk werk', 'maatschappelijk werker', 'sociaal werk', 'sociaal werker'] },
];

/** Second-line care written as a discipline: known not to count for K4. */
const SECOND_LINE = ['medisch specialist', 'medisch specialistische zorg', 'specialist', 'ziekenhuis', 'revalidatiecentrum', 'revalidatiearts', 'geriater', 'longarts', 'oncoloog', 'ggz instelling', 'verpleeghuis', 'specialist ouderengeneeskunde', 'internist', 'cardioloog'];
// Only kinds we are sure of count as evidence; an AGB kind not in these tables is no evidence either way.
const SECOND_LINE_AGB: ReadonlyMap<string, string> = new Map([['03', 'medisch specialist']]);

/** Lower case, no accents, punctuation as spaces, single spaces. */
function plain(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/['’`]s\b/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

const BY_SPELLING = new Map<string, string>();
const BY_AGB_KIND = new Map<string, string>();
for (const entry of FIRST_LINE) {
  for (const spelling of entry.spellings) BY_SPELLING.set(plain(spelling), entry.discipline);
  for (const kind of entry.agb ?? []) BY_AGB_KIND.set(kind, entry.discipline);
}
const SECOND_LINE_SET = new Set(SECOND_LINE.map(plain));

/** The forms a word may be written in: as is, without "praktijk"/"centrum", and singular. */
function variants(word: string): string[] {
  const out = new Set<string>([word]);
  for (const suffix of [' praktijken', ' praktijk', 'praktijken', 'praktijk', ' centrum', 'centrum', ' groep', 'groep']) {
    if (word.endsWith(suffix) && word.length > suffix.length + 1) out.add(word.slice(0, -suffix.length).trim());
  }
  for (const w of [...out]) {
    if (w.endsWith('en')) {
      out.add(w.slice(0, -2));
      out.add(w.slice(0, -1));
    }
    if (w.endsWith('s') && w.length > 3) out.add(w.slice(0, -1));
  }
  return [...out];
}

type Lookup = { first?: string; second?: boolean };

function lookUp(phrase: string): Lookup {
  for (const v of variants(phrase)) {
    const first = BY_SPELLING.get(v);
    if (first) return { first };
    if (SECOND_LINE_SET.has(v)) return { second: true };
  }
  return {};
}

type TextDiscipline = { kind: 'eerstelijns'; discipline: string } | { kind: 'tweedelijns' } | { kind: 'anders' };

/** Answers by text: a file writes the same few disciplines on every row, and plain() normalises Unicode. Cleared when full. */
const MAX_CACHED_TEXTS = 10_000;
const FROM_TEXT = new BoundedCache<string, TextDiscipline>(MAX_CACHED_TEXTS);

const POH_SET = new Set(POH_SPELLINGS.map(plain));

/** isPohText's answers by text: K4 asks for every huisarts of every application. Cleared when full. */
const POH_TEXTS = new BoundedCache<string, boolean>(MAX_CACHED_TEXTS);

/** True when a written discipline names a praktijkondersteuner huisarts (POH, POH-GGZ, "Praktijkondersteuning"). */
export function isPohText(text: string | undefined): boolean {
  if (text === undefined) return false;
  return POH_TEXTS.get(text) ?? POH_TEXTS.set(text, variants(plain(text)).some((v) => POH_SET.has(v)));
}

/** The discipline a written text names, trying the whole text, then its words ("Praktijk voor fysiotherapie"). */
export function disciplineFromText(text: string): TextDiscipline {
  // A copy, so a caller that changes its answer never changes the next one.
  return { ...sharedTextDiscipline(text) };
}

/** `disciplineFromText`'s shared answer: read it, never change it. */
function sharedTextDiscipline(text: string): Readonly<TextDiscipline> {
  return FROM_TEXT.get(text) ?? FROM_TEXT.set(text, classifyText(text));
}

function classifyText(text: string): TextDiscipline {
  const whole = plain(text);
  const direct = lookUp(whole);
  if (direct.first) return { kind: 'eerstelijns', discipline: direct.first };
  if (direct.second) return { kind: 'tweedelijns' };
  const found = new Set<string>();
  let second = false;
  for (const word of whole.split(' ')) {
    const hit = lookUp(word);
    if (hit.first) found.add(hit.first);
    if (hit.second) second = true;
  }
  // Two disciplines in one text ("fysio- en oefentherapie") or first and second line mixed: an assessor reads it.
  if (found.size === 1 && !second) return { kind: 'eerstelijns', discipline: [...found][0] };
  if (found.size === 0 && second) return { kind: 'tweedelijns' };
  return { kind: 'anders' };
}

type AgbReading = { soort: string; discipline?: string; tweedelijns?: boolean };

/** The reading of each zorgsoort (two digits), made once: every participant has an AGB code. */
const AGB_READINGS = new Map<string, Readonly<AgbReading>>();

/** The zorgsoort of a valid AGB code, or undefined. An 8-digit code as it stands is the usual case and needs no normalising. */
function agbSoort(agb: string): string | undefined {
  // Exactly what validateAgb gives for it: nothing to trim or strip.
  if (isDigits(agb, 8)) return agb.slice(0, 2);
  const checked = validateAgb(agb);
  return checked.ok ? checked.value.slice(0, 2) : undefined;
}

/**
 * The readings of 8-digit codes by their first two digits as a number (0–99): every participant
 * has one, and this reads it without cutting out its zorgsoort and looking that text up.
 */
const AGB_READINGS_BY_NUMBER: Array<Readonly<AgbReading> | undefined> = [];

/** `disciplineFromAgb`'s shared answer: read it, never change it. */
function sharedAgbReading(agb: unknown): Readonly<AgbReading> | undefined {
  if (typeof agb !== 'string') return undefined;
  if (isDigits(agb, 8)) {
    const number = (agb.charCodeAt(0) - 48) * 10 + (agb.charCodeAt(1) - 48);
    return (AGB_READINGS_BY_NUMBER[number] ??= readingOf(agb.slice(0, 2)));
  }
  const soort = agbSoort(agb);
  return soort === undefined ? undefined : readingOf(soort);
}

/** The reading of a zorgsoort (two digits), made once per zorgsoort. */
function readingOf(soort: string): Readonly<AgbReading> {
  let reading = AGB_READINGS.get(soort);
  if (!reading) {
    const discipline = BY_AGB_KIND.get(soort) ?? SECOND_LINE_AGB.get(soort);
    reading = Object.freeze({ soort, ...(discipline ? { discipline } : {}), ...(SECOND_LINE_AGB.has(soort) ? { tweedelijns: true } : {}) });
    AGB_READINGS.set(soort, reading);
  }
  return reading;
}

/** What the AGB code says: its zorgverlenerssoort and the discipline that goes with it, if known. */
export function disciplineFromAgb(agb: unknown): { soort: string; discipline?: string; tweedelijns?: boolean } | undefined {
  const reading = sharedAgbReading(agb);
  return reading && { ...reading };
}

export type DisciplineFinding =
  /** `bron`: what it rests on: the written text, the AGB code, or both agreeing. */
  | { kind: 'eerstelijns'; discipline: string; bron: 'discipline' | 'agb' | 'beide'; tekst?: string; agbSoort?: string }
  | { kind: 'tweedelijns'; discipline: string; tekst?: string; agbSoort?: string }
  /** Text and AGB code name different disciplines: an assessor decides. */
  | { kind: 'strijdig'; tekst: string; tekstDiscipline?: string; agbSoort: string; agbDiscipline: string }
  /** Written, but not a spelling we know (the AGB code, if any, names no known discipline). */
  | { kind: 'anders'; tekst: string; agbSoort?: string }
  /** Neither a discipline nor a usable AGB code. */
  | { kind: 'onbekend'; agbSoort?: string };

/** Which discipline a participant practises, from `discipline` and the AGB code together. */
export function participantDiscipline(participant: Participant): DisciplineFinding {
  const tekst = nonEmptyText(participant.discipline);
  // The shared answers are only read here; the finding returned is the caller's own.
  const agb = sharedAgbReading(participant.agb);
  const fromText = tekst ? sharedTextDiscipline(tekst) : undefined;
  if (!tekst || !fromText) {
    if (agb?.discipline && !agb.tweedelijns) return { kind: 'eerstelijns', discipline: agb.discipline, bron: 'agb', agbSoort: agb.soort };
    if (agb?.tweedelijns) return { kind: 'tweedelijns', discipline: agb.discipline!, agbSoort: agb.soort };
    return agb ? { kind: 'onbekend', agbSoort: agb.soort } : { kind: 'onbekend' };
  }
  if (fromText.kind === 'eerstelijns') {
    if (!agb?.discipline) return agb ? { kind: 'eerstelijns', discipline: fromText.discipline, bron: 'discipline', tekst, agbSoort: agb.soort } : { kind: 'eerstelijns', discipline: fromText.discipline, bron: 'discipline', tekst };
    if (agb.discipline === fromText.discipline) return { kind: 'eerstelijns', discipline: fromText.discipline, bron: 'beide', tekst, agbSoort: agb.soort };
    return { kind: 'strijdig', tekst, tekstDiscipline: fromText.discipline, agbSoort: agb.soort, agbDiscipline: agb.discipline };
  }
  if (fromText.kind === 'tweedelijns') {
    if (agb?.discipline && !agb.tweedelijns) return { kind: 'strijdig', tekst, agbSoort: agb.soort, agbDiscipline: agb.discipline };
    return agb ? { kind: 'tweedelijns', discipline: tekst, tekst, agbSoort: agb.soort } : { kind: 'tweedelijns', discipline: tekst, tekst };
  }
  if (agb?.discipline) return { kind: 'strijdig', tekst, agbSoort: agb.soort, agbDiscipline: agb.discipline };
  return agb ? { kind: 'anders', tekst, agbSoort: agb.soort } : { kind: 'anders', tekst };
}

/** Shared discipline findings by AGB reading (the shared object, or undefined) and trimmed text. */
const SHARED_FINDINGS = new Map<Readonly<AgbReading> | undefined, Map<string | undefined, Readonly<DisciplineFinding>>>();
let sharedFindingCount = 0;
const MAX_SHARED_FINDINGS = 5_000;

/**
 * `participantDiscipline`'s answer, frozen and shared: read it, never change it. Screening reads
 * every participant's discipline, and the finding depends only on the trimmed text and the AGB
 * code's zorgsoort, which repeat over a file; a fresh object per participant was garbage.
 */
export function sharedParticipantDiscipline(participant: Participant): Readonly<DisciplineFinding> {
  // The trimmed text as nonEmptyText reads it: a written discipline mostly needs no trim() call.
  const tekst = nonEmptyText(participant.discipline);
  const agb = sharedAgbReading(participant.agb);
  let byText = SHARED_FINDINGS.get(agb);
  const known = byText?.get(tekst);
  if (known) return known;
  const finding = Object.freeze(participantDiscipline(participant));
  if (sharedFindingCount >= MAX_SHARED_FINDINGS) {
    SHARED_FINDINGS.clear();
    sharedFindingCount = 0;
    byText = undefined;
  }
  if (!byText) SHARED_FINDINGS.set(agb, (byText = new Map()));
  byText.set(tekst, finding);
  sharedFindingCount++;
  return finding;
}

/**
 * Whether a participant is a physiotherapy practice (K11): `ja`, `nee`, or `misschien` when the
 * evidence is missing, unrecognised or contradictory and physiotherapy is one of the readings.
 */
export function physiotherapyStatus(participant: Participant): 'ja' | 'nee' | 'misschien' {
  return physiotherapyOf(participantDiscipline(participant));
}

/** `physiotherapyStatus` from a participant's discipline finding (K11 has it already). */
export function physiotherapyOf(f: DisciplineFinding): 'ja' | 'nee' | 'misschien' {
  if (f.kind === 'eerstelijns') return f.discipline === 'fysiotherapie' ? 'ja' : 'nee';
  if (f.kind === 'tweedelijns') return 'nee';
  if (f.kind === 'strijdig') return f.tekstDiscipline === 'fysiotherapie' || f.agbDiscipline === 'fysiotherapie' ? 'misschien' : 'nee';
  return 'misschien';
}

/** @deprecated kept for callers outside the checks: true, false, or undefined when not known. */
export function isPhysiotherapy(participant: Participant): boolean | undefined {
  const s = physiotherapyStatus(participant);
  return s === 'misschien' ? undefined : s === 'ja';
}
