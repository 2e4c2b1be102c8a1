/**
 * Reads check-box answers as applicants fill them in on a Word form: "☒ Coöperatie ☐ Stichting",
 * "o Coöperatie x", "X Stichting", or the options not chosen struck through.
 */
import type { Run } from './docx-html';
import { plainChars } from './docx-labels';

export interface BoxOption<T extends string> {
  value: T;
  /** Words that name the option in the form, e.g. "Coöperatie". */
  words: readonly string[];
}

const MARK_TOKEN = /^[[(]?[xX☒☑✓✔✗✘■●⊠][\])]?:?$/;
const EMPTY_TOKEN = /^(?:[oO○☐□◯]|\[\s*\]|\(\s*\))$/;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** True when the text is a check-box list: an option word plus a box, a mark before an option, or struck text. */
export function looksLikeBoxes<T extends string>(runs: readonly Run[], options: readonly BoxOption<T>[]): boolean {
  const text = plainChars(runs.map((r) => r.text).join(''));
  const words = options.flatMap((o) => o.words.map((w) => escape(plainChars(w))));
  if (!words.some((w) => new RegExp(`(^|[^a-z])${w}`).test(text))) return false;
  if (/[☐☒☑□■⊠✓✔○]/.test(text) || runs.some((r) => r.struck && r.text.trim())) return true;
  return new RegExp(`(^|\\s)[ox]\\s*(${words.join('|')})`).test(text) || new RegExp(`(${words.join('|')})\\s+[x]\\s*$`).test(text);
}

/**
 * The options chosen: marked ones; else, when some are struck, the ones not struck; else a single
 * option written without an empty box in front. Returns [] when nothing was chosen.
 */
export function chosenOptions<T extends string>(runs: readonly Run[], options: readonly BoxOption<T>[]): T[] {
  const text = runs.map((r) => r.text).join('');
  const struckAt: boolean[] = [];
  for (const run of runs) for (let i = 0; i < run.text.length; i++) struckAt.push(run.struck);
  const plain = plainChars(text);

  const found: { value: T; start: number; end: number }[] = [];
  for (const option of options) {
    for (const word of option.words) {
      const match = new RegExp(`(^|[^a-z])(${escape(plainChars(word))})(?![a-z])`).exec(plain);
      if (match) {
        const start = match.index + match[1].length;
        found.push({ value: option.value, start, end: start + match[2].length });
        break;
      }
    }
  }
  found.sort((a, b) => a.start - b.start);
  if (!found.length) return [];

  // A mark belongs to the option it stands in front of ("☒ Coöperatie", "x Stichting"); a mark
  // left over between an option and the next one's box belongs to the option before ("o Coöperatie x").
  const marks = found.map(() => false);
  const emptyBoxes = found.map(() => false);
  found.forEach((f, i) => {
    const tokens = text.slice(i ? found[i - 1].end : 0, f.start).split(/\s+/).filter(Boolean);
    const own = tokens[tokens.length - 1] ?? '';
    const ownIsBox = MARK_TOKEN.test(own) || EMPTY_TOKEN.test(own);
    if (MARK_TOKEN.test(own)) marks[i] = true;
    if (EMPTY_TOKEN.test(own)) emptyBoxes[i] = true;
    if (i && (ownIsBox ? tokens.slice(0, -1) : tokens).some((t) => MARK_TOKEN.test(t))) marks[i - 1] = true;
  });
  const last = found[found.length - 1];
  if (text.slice(last.end).split('\n')[0].split(/\s+/).some((t) => MARK_TOKEN.test(t))) marks[found.length - 1] = true;
  const info = found.map((f, i) => {
    const struckChars = struckAt.slice(f.start, f.end).filter(Boolean).length;
    return { value: f.value, marked: marks[i], struck: struckChars * 2 > f.end - f.start, emptyBox: emptyBoxes[i] };
  });

  const marked = info.filter((o) => o.marked && !o.struck);
  if (marked.length) return unique(marked.map((o) => o.value));
  if (info.some((o) => o.struck)) return unique(info.filter((o) => !o.struck).map((o) => o.value));
  if (info.length === 1 && !info[0].emptyBox) return [info[0].value];
  return [];
}

const unique = <T>(values: T[]): T[] => [...new Set(values)];
