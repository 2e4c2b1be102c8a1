/**
 * Reads the small HTML that mammoth writes (p, h1–h6, li, table/tr/td, s, strong, em, a, br, sup,
 * input type=checkbox)
 * into paragraphs and tables, keeping which text was struck through (a struck-out option on a
 * form is a "no"). Footnotes (mammoth puts them in a list at the end) are left out.
 */
export interface Run {
  text: string;
  struck: boolean;
}

export interface Paragraph {
  runs: Run[];
}

export type Block = { type: 'paragraph'; paragraph: Paragraph } | { type: 'table'; rows: Paragraph[][][] };

export const paragraphText = (p: Paragraph): string => p.runs.map((r) => r.text).join('');

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', '#39': "'" };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+\d*);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

const BLOCK_TAGS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li']);

export function htmlToBlocks(html: string): Block[] {
  const blocks: Block[] = [];
  let tableDepth = 0;
  let table: Paragraph[][][] | undefined;
  let row: Paragraph[][] | undefined;
  let cell: Paragraph[] | undefined;
  let paragraph: Paragraph | undefined;
  let struck = 0;

  const closeParagraph = () => {
    if (!paragraph) return;
    if (cell) cell.push(paragraph);
    else blocks.push({ type: 'paragraph', paragraph });
    paragraph = undefined;
  };
  const openParagraph = () => {
    closeParagraph();
    paragraph = { runs: [] };
  };
  const addText = (text: string) => {
    if (!text) return;
    if (!paragraph) paragraph = { runs: [] };
    paragraph.runs.push({ text, struck: struck > 0 });
  };

  const tokens = html.match(/<[^>]*>|[^<]+/g) ?? [];
  for (const token of tokens) {
    if (token[0] !== '<') {
      addText(decodeEntities(token));
      continue;
    }
    if (/^<li[^>]*id="(foot|end)note-/i.test(token)) break;
    const match = /^<\s*(\/?)\s*([a-z0-9]+)/i.exec(token);
    if (!match) continue;
    const closing = match[1] === '/';
    const tag = match[2].toLowerCase();
    if (BLOCK_TAGS.has(tag)) {
      if (closing) closeParagraph();
      else openParagraph();
    } else if (tag === 'br') {
      addText('\n');
    } else if (tag === 'input' && /type\s*=\s*"checkbox"/i.test(token)) {
      // mammoth turns Word check boxes (content controls and legacy form fields) into inputs.
      addText(/\schecked/i.test(token) ? '☒ ' : '☐ ');
    } else if (tag === 's' || tag === 'del' || tag === 'strike') {
      struck = Math.max(0, struck + (closing ? -1 : 1));
    } else if (tag === 'table') {
      closeParagraph();
      if (!closing) {
        tableDepth++;
        // A table inside a table cell: its text joins the outer cell.
        if (tableDepth === 1) table = [];
      } else {
        tableDepth = Math.max(0, tableDepth - 1);
        if (tableDepth === 0 && table) {
          if (row) table.push(row);
          blocks.push({ type: 'table', rows: table });
          table = undefined;
          row = undefined;
          cell = undefined;
        }
      }
    } else if (tag === 'tr' && tableDepth === 1) {
      closeParagraph();
      if (!closing) row = [];
      else if (row && table) {
        table.push(row);
        row = undefined;
      }
    } else if ((tag === 'td' || tag === 'th') && tableDepth === 1) {
      closeParagraph();
      if (!closing) {
        cell = [];
        (row ??= []).push(cell);
      } else cell = undefined;
    }
  }
  closeParagraph();
  if (table) blocks.push({ type: 'table', rows: row ? [...table, row] : table });
  return blocks;
}
