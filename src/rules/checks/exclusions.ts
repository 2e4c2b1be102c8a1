import type { Application } from '../application';
import { registerMessages, type Bevinding, type Herkomst, type MessageCatalogue } from '../findings';
import { formatEuro } from '../format';
import type { CheckStatus } from '../outcome';
import type { Exclusion, Policy } from '../policy';
import { finiteNumber, nonEmptyText, weakestOf } from '../status';
import { BoundedCache } from '../bounded-cache';

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Not after a letter or digit: the start of a word. */
const WORD_START = '(?<![\\p{L}\\p{N}])';

/**
 * A signal word matches at the start of a word ("bouw" in "bouwkosten", not in "opbouw");
 * short words (≤ 4 letters, like "SAG" or "huur") must also end there.
 */
function signalPattern(word: string): RegExp {
  const end = word.length <= 4 ? '(?![\\p{L}\\p{N}])' : '';
  return new RegExp(`${WORD_START}${escapeRegex(word)}${end}`, 'iu');
}

const patterns = { kostenregel: new WeakMap<Exclusion, RegExp[]>(), tekst: new WeakMap<Exclusion, RegExp[]>() };
function signalPatterns(exclusion: Exclusion, where: 'kostenregel' | 'tekst'): RegExp[] {
  let found = patterns[where].get(exclusion);
  if (!found) {
    const words = where === 'tekst' ? (exclusion.tekstSignaalwoorden ?? exclusion.signaalwoorden) : exclusion.signaalwoorden;
    found = words.map(signalPattern);
    patterns[where].set(exclusion, found);
  }
  return found;
}

/**
 * Every signal word of a policy's exclusions in one pattern: most texts match none, and one
 * search over the text answers that (screening searches some ten texts per application).
 */
const anySignal = { kostenregel: new WeakMap<readonly Exclusion[], RegExp>(), tekst: new WeakMap<readonly Exclusion[], RegExp>() };
function anySignalPattern(exclusions: readonly Exclusion[], where: 'kostenregel' | 'tekst'): RegExp {
  let found = anySignal[where].get(exclusions);
  if (!found) {
    // Each word's pattern after the start-of-word test they share, which is tested once.
    const sources = exclusions.flatMap((u) => signalPatterns(u, where).map((p) => p.source.slice(WORD_START.length)));
    // A pattern that matches nothing when there are no words.
    found = new RegExp(sources.length ? `${WORD_START}(?:${sources.join('|')})` : '(?!)', 'iu');
    anySignal[where].set(exclusions, found);
  }
  return found;
}

type Lookalike = { uitsluiting: Exclusion; woord: string };

/**
 * Answers by text, per list of exclusions and kind of text: the texts of a file repeat (cost
 * lines, stock phrases), and the search over all signal words is the dear part. Cleared when full.
 * In front of the memo, each place a text is read from (a plan field, a cost line by number)
 * keeps the text it had last and its answer: a file mostly repeats a place's text row after
 * row, and comparing it with the last one costs less than hashing it for the memo (an imported
 * file's texts are new strings on every row).
 */
class LookalikeAnswers {
  readonly byText = new BoundedCache<string, Lookalike | null>(MAX_LOOKALIKES);
  readonly lastText: string[] = [];
  readonly lastAnswer: Array<Lookalike | null> = [];
}
const lookalikes = { kostenregel: new WeakMap<readonly Exclusion[], LookalikeAnswers>(), tekst: new WeakMap<readonly Exclusion[], LookalikeAnswers>() };
const MAX_LOOKALIKES = 5_000;
/** Places past this many (cost lines of one application) are asked of the memo only. */
const MAX_PLACES = 64;

function lookalikeAnswers(policy: Policy, where: 'kostenregel' | 'tekst'): LookalikeAnswers {
  let answers = lookalikes[where].get(policy.uitsluitingen);
  if (!answers) lookalikes[where].set(policy.uitsluitingen, (answers = new LookalikeAnswers()));
  return answers;
}

/**
 * The first exclusion a cost line or plan text looks like, with the word that matched
 * (`answers`: lookalikeAnswers for the same policy and kind; `place`: where the text was read).
 */
function lookalike(text: string, policy: Policy, where: 'kostenregel' | 'tekst', answers: LookalikeAnswers, place: number): Lookalike | undefined {
  if (place < MAX_PLACES && answers.lastText[place] === text) return answers.lastAnswer[place] ?? undefined;
  // "No lookalike" is kept as null, which `??` would take for a miss: most texts match nothing,
  // so the memo is asked whether it holds the text at all.
  let answer = answers.byText.get(text);
  if (answer === undefined) {
    answer = searchLookalike(text, policy, where) ?? null;
    // A text that looks like no exclusion, found by the one search over all signal words, is
    // kept by its place only: a text new on every row (the initiative's name) would fill the
    // memo and empty it of the texts that repeat.
    if (answer !== null) answers.byText.set(text, answer);
  }
  if (place < MAX_PLACES) {
    answers.lastText[place] = text;
    answers.lastAnswer[place] = answer;
  }
  return answer ?? undefined;
}

function searchLookalike(text: string, policy: Policy, where: 'kostenregel' | 'tekst'): Lookalike | undefined {
  if (!anySignalPattern(policy.uitsluitingen, where).test(text)) return undefined;
  for (const uitsluiting of policy.uitsluitingen) {
    for (const pattern of signalPatterns(uitsluiting, where)) {
      const hit = pattern.exec(text);
      if (hit) return { uitsluiting, woord: hit[0] };
    }
  }
  return undefined;
}

/** The sentence around a match, as the applicant wrote it (at most 160 characters). */
function sentenceAround(text: string, word: string): string {
  const sentences = text.split(/(?<=[.!?])\s+|\n+/).map((s) => s.trim()).filter(Boolean);
  const sentence = sentences.find((s) => s.toLowerCase().includes(word.toLowerCase())) ?? text.trim();
  if (sentence.length <= 160) return sentence;
  const at = Math.max(0, sentence.toLowerCase().indexOf(word.toLowerCase()) - 60);
  return `${at > 0 ? '…' : ''}${sentence.slice(at, at + 157)}…`;
}

/** "No exclusion" by number of cost lines: the same for every application with that many, frozen and shared. */
const NO_EXCLUSION: Bevinding[][] = [];

/** The exclusion a cost line's category falls under: `find` without a closure per line. */
function categoryExclusion(exclusions: readonly Exclusion[], categorie: unknown): Exclusion | undefined {
  for (const u of exclusions) if (u.categorie === categorie) return u;
  return undefined;
}

/** Bijlage 3's question for each plan text field that is searched. */
export const PLAN_TEXT_LABELS: Readonly<Record<string, string>> = {
  naamInitiatief: 'Naam initiatief',
  achtergrond: 'Inleiding/schets achtergrond of probleemstelling',
  doelgroep: 'Op welke doelgroep is het project van toepassing',
  doel: 'Inhoudelijk doel initiatief',
  smartDoelen: 'SMART omschrijving van de doelen',
  beoogdResultaat: 'Beoogd resultaat in meetbare eenheden',
  meetmethode: 'Wijze waarop de resultaten wordt gemeten',
  businesscaseOmschrijving: 'Beschrijving potentiële positieve businesscase',
  verwachteBijdrageZk: 'Omschrijf welke bijdrage het samenwerkingsverband precies van Zilveren Kruis verwacht',
  opmerkingen: 'Ruimte voor overige opmerkingen',
};

const HULP: Herkomst = {
  soort: 'hulp',
  uitleg: 'Een woord in de aanvraag lijkt op een uitgesloten onderwerp; een beoordelaar bevestigt of verwerpt dit met een overschrijving.',
};

/**
 * Seed: "Voorstellen waarbij onderstaande onderwerpen (gedeeltelijk) deel uit maken van het
 * initiatief, komen niet in aanmerking". A cost line the applicant put in an excluded category
 * rejects (`bron`). A cost line description or a plan text (aim, background, SMART goals …, the
 * fields in `policy.uitsluitingTekstvelden`) that only looks like an excluded subject is a
 * signal for an assessor (`hulp`): `onbekend`, with the sentence quoted, until an assessor
 * confirms or dismisses it. The same from every import format: no importer guesses a category.
 */
export function checkExclusions(app: Application, policy: Policy): { status: CheckStatus; bevindingen: Bevinding[]; beoordelaarNodig?: boolean } {
  const lines = Array.isArray(app.begroting?.kosten) ? app.begroting!.kosten : [];
  const rejected: Bevinding[] = [];
  const flagged: Bevinding[] = [];
  let lineAnswers: LookalikeAnswers | undefined;
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index];
    if (!line || typeof line !== 'object') continue;
    const omschrijving = nonEmptyText(line.omschrijving) ?? '';
    const byCategory = categoryExclusion(policy.uitsluitingen, line.categorie);
    if (!byCategory && !omschrijving) continue;
    const hit = byCategory ? undefined : lookalike(omschrijving, policy, 'kostenregel', (lineAnswers ??= lookalikeAnswers(policy, 'kostenregel')), index);
    if (!byCategory && !hit) continue;
    // The cost line and its path only for a finding (most lines give none).
    const bedrag = finiteNumber(line.bedrag);
    const kostenregel = { index, omschrijving, ...(bedrag === undefined ? {} : { bedrag }) };
    const veld = `begroting.kosten[${index}]`;
    if (byCategory) {
      rejected.push({ status: 'voldoet niet', code: 'uitsluitingen.categorie', veld: `${veld}.categorie`, gevonden: line.categorie ?? null, kostenregel, lijst: [byCategory.tekst], ...(byCategory.herkomst ? { herkomst: byCategory.herkomst } : {}) });
      continue;
    }
    flagged.push({ status: 'onbekend', code: 'uitsluitingen.kostenregel_signaal', veld: `${veld}.omschrijving`, kostenregel, citaat: omschrijving, lijst: [hit!.uitsluiting.tekst], extra: { woord: hit!.woord }, herkomst: HULP });
  }
  const textAnswers = lookalikeAnswers(policy, 'tekst');
  const fields = policy.uitsluitingTekstvelden;
  for (let place = 0; place < fields.length; place++) {
    const field = fields[place];
    const text = nonEmptyText((app as Record<string, unknown>)[field]);
    if (!text) continue;
    const hit = lookalike(text, policy, 'tekst', textAnswers, place);
    if (hit) {
      flagged.push({
        status: 'onbekend',
        code: 'uitsluitingen.tekst_signaal',
        veld: field,
        citaat: sentenceAround(text, hit.woord),
        lijst: [hit.uitsluiting.tekst],
        extra: { woord: hit.woord, label: PLAN_TEXT_LABELS[field] ?? field },
        herkomst: HULP,
      });
    }
  }
  if (rejected.length || flagged.length) {
    const all = rejected.concat(flagged);
    const status = weakestOf(all);
    return { status, bevindingen: all, ...(status === 'onbekend' ? { beoordelaarNodig: true } : {}) };
  }
  if (lines.length === 0) return { status: 'onbekend', bevindingen: [{ status: 'onbekend', code: 'uitsluitingen.geen_kostenregels', veld: 'begroting.kosten', gevonden: null }] };
  const none = (NO_EXCLUSION[lines.length] ??= Object.freeze([Object.freeze<Bevinding>({ status: 'voldoet', code: 'uitsluitingen.geen', veld: 'begroting.kosten', extra: Object.freeze({ kostenregels: lines.length }) })]) as Bevinding[]);
  return { status: 'voldoet', bevindingen: none };
}

function line(b: Bevinding, en = false): string {
  const k = b.kostenregel;
  if (!k) return '';
  const text = k.omschrijving || (en ? '(no description)' : '(geen omschrijving)');
  return `${en ? 'cost line' : 'kostenregel'} ${k.index + 1} '${text}'${k.bedrag === undefined ? '' : ` (${formatEuro(k.bedrag)})`}`;
}
const first = (b: Bevinding) => (Array.isArray(b.lijst) ? String(b.lijst[0] ?? '') : '');

export const EXCLUSION_MESSAGES: MessageCatalogue = {
  'uitsluitingen.categorie': { nl: (b) => `${line(b)} valt onder '${first(b)}'`, en: (b) => `${line(b, true)} falls under '${first(b)}'` },
  'uitsluitingen.kostenregel_signaal': {
    nl: (b) => `${line(b)} lijkt op '${first(b)}'; een beoordelaar bevestigt of verwerpt dit`,
    en: (b) => `${line(b, true)} looks like '${first(b)}'; an assessor confirms or dismisses this`,
  },
  'uitsluitingen.tekst_signaal': {
    nl: (b) => `'${String(b.extra?.label ?? b.veld)}' noemt “${b.citaat ?? ''}”, dat lijkt op '${first(b)}'; een beoordelaar bevestigt of verwerpt dit`,
    en: (b) => `'${String(b.extra?.label ?? b.veld)}' says “${b.citaat ?? ''}”, which looks like '${first(b)}'; an assessor confirms or dismisses this`,
  },
  'uitsluitingen.geen_kostenregels': { nl: () => 'geen kostenregels in de begroting om op uitsluitingen te toetsen', en: () => 'no cost lines in the budget to check for exclusions' },
  'uitsluitingen.geen': {
    nl: (b) => (b.extra?.kostenregels === 1 ? 'de kostenregel en de planteksten vallen niet onder een uitsluiting' : `geen van de ${String(b.extra?.kostenregels)} kostenregels en geen plantekst valt onder een uitsluiting`),
    en: (b) => `none of the ${String(b.extra?.kostenregels)} cost lines and no plan text falls under an exclusion`,
  },
};
registerMessages(EXCLUSION_MESSAGES);
