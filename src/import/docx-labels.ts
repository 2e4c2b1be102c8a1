/**
 * The labels of the Bijlage 3 form ("Format omschrijven initiatief") and a matcher that finds
 * one at the start of a paragraph or table cell, whatever the case, accents, spacing or
 * punctuation. Field labels come from the column table (columns.ts), so the form and the
 * spreadsheet columns cannot drift apart.
 */
import { APPLICATION_COLUMNS, PARTICIPANT_COLUMNS, headerOf, type ValueKind } from './columns';

export type LabelTarget =
  | { kind: 'field'; header: string; participant: boolean; valueKind: ValueKind }
  | { kind: 'participant' }
  | { kind: 'section' };

export interface LabelDef {
  label: string;
  /** Number of words in the label; a long label is recognised even without a colon. */
  words: number;
  target: LabelTarget;
  /** May also appear in the middle of a line ("Naam praktijkhouder … Tel: …"). */
  inline: boolean;
  pattern: RegExp;
  inlinePattern?: RegExp;
}

/** Lowercase without accents, one character per input character, so positions stay valid. */
export function plainChars(text: string): string {
  let out = '';
  for (const ch of text) {
    const base = ch.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
    out += base.length === ch.length ? base : ch;
  }
  return out;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function wordsPattern(label: string): string {
  return plainChars(label)
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .map(escape)
    .join('[^a-z0-9]*');
}

const INDEX = String.raw`(?:\s*\(\s*(\d+|…|\.{2,3})\s*\))?`;
const TAIL = String.raw`(?![a-z0-9])${INDEX}[\s)?!.]*(?:\*\d?|\[\d+\])?\s*[:.]?\s*`;

function define(label: string, target: LabelTarget, inline = false): LabelDef {
  const words = wordsPattern(label);
  return {
    label,
    words: words.split('[^a-z0-9]*').length,
    target,
    inline,
    pattern: new RegExp(`^[\\s•*\\-–]*${words}${TAIL}`),
    inlinePattern: inline ? new RegExp(`(^|[\\s,;])${words}${TAIL}`) : undefined,
  };
}

const INLINE_HEADERS = new Set(['telefoon', 'begroting_periodeTot', 'handtekening']);
/** Labels that only appear inside the legal-form check boxes, never as a field of their own. */
const NOT_A_LABEL = new Set(['samenwerkingsvormAnders']);
const PARTICIPANT_START = ['Praktijknaam deelnemer samenwerkingsverband', 'Naam deelnemer samenwerkingsverband'];
const SECTIONS = ['Begroting (in grote lijnen)', 'Bijlage 3. Format omschrijven initiatief', 'Format omschrijven initiatief', 'Aanvullende gegevens'];

export const FORM_LABELS: readonly LabelDef[] = [
  ...PARTICIPANT_START.map((l) => define(l, { kind: 'participant' })),
  ...SECTIONS.map((l) => define(l, { kind: 'section' })),
  ...APPLICATION_COLUMNS.filter((c) => !NOT_A_LABEL.has(headerOf(c))).flatMap((c) =>
    (c.labels ?? []).map((l) => define(l, { kind: 'field', header: headerOf(c), participant: false, valueKind: c.kind }, INLINE_HEADERS.has(headerOf(c)))),
  ),
  ...PARTICIPANT_COLUMNS.flatMap((c) =>
    (c.labels ?? [])
      .filter((l) => !PARTICIPANT_START.includes(l))
      .map((l) => define(l, { kind: 'field', header: headerOf(c), participant: true, valueKind: c.kind }, INLINE_HEADERS.has(headerOf(c)))),
  ),
];

export interface LabelMatch {
  def: LabelDef;
  /** End of the label (and its colon) in the text: the value starts here. */
  end: number;
  /** "(2)" → 2, "(…)" → 'next'. */
  index?: number | 'next';
}

/** The longest label at the start of the text. */
export function matchLabel(text: string): LabelMatch | undefined {
  const plain = plainChars(text);
  let best: LabelMatch | undefined;
  for (const def of FORM_LABELS) {
    const m = def.pattern.exec(plain);
    if (m && (!best || m[0].length > best.end)) {
      best = { def, end: m[0].length, index: m[1] ? (/^\d+$/.test(m[1]) ? Number(m[1]) : 'next') : undefined };
    }
  }
  return best;
}

/** The first inline label ("Tel:", "tot en met") inside the text after `from`. */
export function findInlineLabel(text: string, from: number): { def: LabelDef; start: number; end: number } | undefined {
  const plain = plainChars(text).slice(from);
  let best: { def: LabelDef; start: number; end: number } | undefined;
  for (const def of FORM_LABELS) {
    if (!def.inlinePattern) continue;
    const m = def.inlinePattern.exec(plain);
    if (!m) continue;
    const start = from + m.index + m[1].length;
    if (!best || start < best.start) best = { def, start, end: from + m.index + m[0].length };
  }
  return best;
}
