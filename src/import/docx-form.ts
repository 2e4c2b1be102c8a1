/**
 * Walks the paragraphs and tables of a filled-in Bijlage 3 form and collects label → value pairs:
 * labels in table cells (value in the next cell) or in paragraphs (value after the label or in the
 * paragraphs below it), participant blocks (1), (2), (…), and the budget table.
 */
import type { Block, Paragraph, Run } from './docx-html';
import { paragraphText } from './docx-html';
import { readKind } from './kinds';
import { findInlineLabel, matchLabel, plainChars, type LabelDef, type LabelMatch } from './docx-labels';

export interface FormField {
  /** Canonical header (`kvkNummer`, `deelnemer2_agb`), or the label text for an unknown label. */
  header: string;
  /** The label as written in the form. */
  label: string;
  runs: Run[];
  known: boolean;
}

export interface BudgetLine {
  header: string;
  value: string;
  plaats: string;
}

export interface FormContent {
  fields: FormField[];
  budget: BudgetLine[];
  budgetFound: boolean;
}

export const runsText = (runs: readonly Run[]): string =>
  runs
    .map((r) => r.text)
    .join('')
    .replace(/[ \t\u00a0]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();

function sliceRuns(runs: readonly Run[], start: number, end = Infinity): Run[] {
  const out: Run[] = [];
  let pos = 0;
  for (const run of runs) {
    const from = Math.max(start, pos);
    const to = Math.min(end, pos + run.text.length);
    if (to > from) out.push({ text: run.text.slice(from - pos, to - pos), struck: run.struck });
    pos += run.text.length;
  }
  return out;
}

/** "Lievelingskleur: blauw" — a short capitalised label (at most three words) and a colon. */
const UNKNOWN_LABEL = /^\s*([A-ZÀ-Ý][\p{L}-]*(?: [\p{L}-]+){0,2})\s*:\s+(?=\S)/u;

const NEWLINE: Run = { text: '\n', struck: false };

class FormWalker {
  readonly fields: FormField[] = [];
  private current: FormField | undefined;
  private participant = 0;

  private finish(): void {
    if (this.current) this.fields.push(this.current);
    this.current = undefined;
  }

  private headerFor(def: LabelDef, match: Pick<LabelMatch, 'index'>): string | undefined {
    const target = def.target;
    if (target.kind === 'section') return undefined;
    if (target.kind === 'participant') {
      this.participant = typeof match.index === 'number' ? match.index : this.participant + 1;
      return `deelnemer${this.participant}_praktijknaam`;
    }
    if (!target.participant) return target.header;
    return `deelnemer${Math.max(1, this.participant)}_${target.header}`;
  }

  /**
   * Starts a label; returns true when a label was found at the start of the runs. Outside the
   * label cell of a table row, an answer can start with a label word ("Nulmeting in april …"),
   * so there a label counts only when it stands alone, ends in a colon or wide space, is long,
   * or is followed by a value of its own kind (a date after "Datum").
   */
  startLabel(runs: Run[], labelCell = false): boolean {
    const text = runs.map((r) => r.text).join('');
    const match = matchLabel(text);
    if (!match || !(labelCell || looksLikeLabel(match, text))) return false;
    this.finish();
    this.openLabel(match.def, match, text.slice(0, match.end).trim(), sliceRuns(runs, match.end));
    return true;
  }

  private openLabel(def: LabelDef, match: Pick<LabelMatch, 'index'>, labelText: string, rest: Run[]): void {
    const header = this.headerFor(def, match);
    this.current = header ? { header, label: labelText.replace(/[:\s]+$/, ''), runs: [], known: true } : undefined;
    // After a section heading ("Begroting (in grote lijnen) Betreft begroting voor periode …") a label may follow on the same line.
    if (!header && rest.some((r) => r.text.trim()) && this.startLabel(rest)) return;
    this.addValue(rest);
  }

  startUnknown(label: string): void {
    this.finish();
    this.current = { header: label.replace(/[:\s]+$/, ''), label: label.replace(/[:\s]+$/, ''), runs: [], known: false };
  }

  /** Value text for the open label; splits off inline labels such as "Tel:". */
  addValue(runs: Run[]): void {
    const text = runs.map((r) => r.text).join('');
    const inline = findInlineLabel(text, 0);
    const head = inline ? sliceRuns(runs, 0, inline.start) : runs;
    if (this.current && head.some((r) => r.text.trim())) {
      if (this.current.runs.length) this.current.runs.push(NEWLINE);
      this.current.runs.push(...head);
    }
    if (inline) {
      this.finish();
      this.openLabel(inline.def, {}, text.slice(inline.start, inline.end).trim(), sliceRuns(runs, inline.end));
    }
  }

  walk(blocks: readonly Block[], budget: BudgetLine[]): boolean {
    let budgetFound = false;
    for (const block of blocks) {
      if (block.type === 'paragraph') {
        const runs = block.paragraph.runs;
        if (!runs.some((r) => r.text.trim())) continue;
        if (this.startLabel(runs)) continue;
        const unknown = this.current?.runs.length ? UNKNOWN_LABEL.exec(runs.map((r) => r.text).join('')) : null;
        if (unknown) {
          this.startUnknown(unknown[1]);
          this.addValue(sliceRuns(runs, unknown[0].length));
        } else this.addValue(runs);
        continue;
      }
      const budgetLines = readBudgetTable(block.rows);
      if (budgetLines) {
        this.finish();
        budgetFound = true;
        budget.push(...budgetLines);
        continue;
      }
      for (const row of block.rows) this.walkRow(row);
      // A paragraph after a table starts something new, unless the table ended on a label awaiting its answer.
      if (this.current?.runs.length) this.finish();
    }
    this.finish();
    return budgetFound;
  }

  private walkRow(row: Paragraph[][]): void {
    const cellRuns = row.map(cellToRuns);
    const filled = cellRuns.map((runs) => runs.some((r) => r.text.trim()));
    let expectValue = false;
    cellRuns.forEach((runs, i) => {
      if (!filled[i]) return;
      if (expectValue) {
        this.addValue(runs);
        expectValue = false;
        return;
      }
      const labelCell = filled.slice(i + 1).some(Boolean);
      if (this.startLabel(runs, labelCell)) {
        expectValue = !!this.current && this.current.runs.length === 0;
        return;
      }
      const text = runsText(runs);
      const valueFollows = filled.slice(i + 1).some(Boolean);
      if (valueFollows && row.length > 1 && text.length <= 80 && !text.includes('\n')) {
        this.startUnknown(text);
        expectValue = true;
        return;
      }
      this.addValue(runs);
    });
  }
}

function looksLikeLabel(match: LabelMatch, text: string): boolean {
  const rest = text.slice(match.end).trim();
  const target = match.def.target;
  if (!rest || target.kind !== 'field' || match.def.words >= 3) return true;
  if (/(:|\t|\s{2,})\s*$/.test(text.slice(0, match.end))) return true;
  if (target.valueKind === 'text') return false;
  const read = readKind(target.valueKind, rest);
  return !read.melding && read.value !== undefined;
}

function cellToRuns(cell: Paragraph[]): Run[] {
  const runs: Run[] = [];
  cell.forEach((p, i) => {
    if (i) runs.push(NEWLINE);
    runs.push(...p.runs);
  });
  return runs;
}

const AMOUNT_ONLY = /^\s*(?:€|eur(?:o)?)?\s*[-−(]?\s*(?:€\s*)?[\d.,]*\)?(?:,-{1,2})?\s*$/i;
const TRAILING_AMOUNT = /^(.*?)\s*((?:€|eur(?:o)?)\s*[-−(]?[\d.,]+\)?(?:,-{1,2})?)\s*$/i;

function splitSide(cells: string[]): { desc: string; amount: string } {
  const descs: string[] = [];
  let amount = '';
  // The amount is the last cell that is only an amount: a description such as "-1" before it stays text.
  const amountCells = cells.filter((t) => t.trim() && AMOUNT_ONLY.test(t) && /\d/.test(t));
  const amountCell = amountCells.length > 1 ? amountCells[amountCells.length - 1] : undefined;
  for (const text of cells) {
    if (!text.trim()) continue;
    if (amountCell !== undefined && AMOUNT_ONLY.test(text) && text !== amountCell) {
      descs.push(text);
      continue;
    }
    if (AMOUNT_ONLY.test(text)) {
      if (/\d/.test(text) && !amount) amount = text.trim();
      continue;
    }
    const m = TRAILING_AMOUNT.exec(text);
    if (m && /\d/.test(m[2])) {
      descs.push(m[1]);
      if (!amount) amount = m[2].trim();
    } else descs.push(text);
  }
  return { desc: descs.join(' ').replace(/\s+/g, ' ').trim(), amount };
}

const fold = (s: string) => plainChars(s).replace(/[^a-z0-9]+/g, '');

/** The Kosten/Inkomsten table, as lines for the flat reader; undefined when this is not that table. */
function readBudgetTable(rows: Paragraph[][][]): BudgetLine[] | undefined {
  const texts = rows.map((row) => row.map((cell) => cell.map(paragraphText).join('\n').trim()));
  const headerIndex = texts.findIndex((row) => row.some((t) => fold(t) === 'kosten') && row.some((t) => fold(t) === 'inkomsten'));
  if (headerIndex < 0) return undefined;
  const incomeColumn = texts[headerIndex].findIndex((t) => fold(t) === 'inkomsten');
  const lines: BudgetLine[] = [];
  let costs = 0;
  let incomes = 0;
  for (let r = headerIndex + 1; r < texts.length; r++) {
    const plaats = `begrotingstabel rij ${r + 1}`;
    const left = splitSide(texts[r].slice(0, incomeColumn));
    const right = splitSide(texts[r].slice(incomeColumn));
    const add = (header: string, value: string) => value && lines.push({ header, value, plaats });
    if (fold(left.desc).startsWith('totaal')) add('begroting_totaalKosten', left.amount);
    else if (left.desc || left.amount) {
      costs++;
      add(`kosten${costs}_omschrijving`, left.desc);
      add(`kosten${costs}_bedrag`, left.amount);
    }
    const rightKey = fold(right.desc);
    if (rightKey.startsWith('gevraagdbedrag')) add('begroting_gevraagdBedrag', right.amount);
    else if (rightKey.startsWith('totaal')) add('begroting_totaalInkomsten', right.amount);
    else {
      const desc = right.desc.replace(/^andere\s+bronnen\s*(\(graag specificeren\))?\s*[:\-–]?\s*/i, '').trim();
      if (desc || right.amount) {
        incomes++;
        add(`inkomsten${incomes}_omschrijving`, desc);
        add(`inkomsten${incomes}_bedrag`, right.amount);
      }
    }
  }
  return lines;
}

export function readForm(blocks: readonly Block[]): FormContent {
  const budget: BudgetLine[] = [];
  const walker = new FormWalker();
  const budgetFound = walker.walk(blocks, budget);
  return { fields: walker.fields, budget, budgetFound };
}
