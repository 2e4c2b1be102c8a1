/**
 * Just enough of an XML scanner to edit a package part in place: the direct children of an
 * element, by tag, with their positions. The rest of the text is kept byte for byte, so the
 * parts exceljs wrote stay exactly as they were except where a chart needs a change.
 */

export interface ElementSpan {
  name: string;
  /** Offset of `<`. */
  start: number;
  /** Offset just after the start tag's `>`. */
  openEnd: number;
  /** Offset of the closing tag's `<` (equal to `end` for an empty element). */
  closeStart: number;
  /** Offset just after the element. */
  end: number;
  /** The start tag's attributes, unescaped. */
  attrs: Record<string, string>;
}

// A tag with quoted attributes (a `>` inside quotes does not end it), or markup that holds no tags.
const TOKEN = /<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!\[CDATA\[[\s\S]*?\]\]>|<!DOCTYPE[^>]*>|<(\/?)([A-Za-z_][\w.:-]*)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/g;
const ATTR = /([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

export function unescapeXml(text: string): string {
  return text.replace(/&(lt|gt|amp|quot|apos|#x[0-9a-fA-F]+|#\d+);/g, (_, e: string) => {
    if (e === 'lt') return '<';
    if (e === 'gt') return '>';
    if (e === 'amp') return '&';
    if (e === 'quot') return '"';
    if (e === 'apos') return "'";
    return String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
  });
}

function attributes(raw: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of raw.matchAll(ATTR)) out[m[1]] = unescapeXml(m[2] ?? m[3] ?? '');
  return out;
}

/** The elements directly inside [from, to): children of the element whose content that is. */
export function childElements(xml: string, from: number, to: number): ElementSpan[] {
  const out: ElementSpan[] = [];
  const open: ElementSpan[] = [];
  TOKEN.lastIndex = from;
  for (let m = TOKEN.exec(xml); m && m.index < to; m = TOKEN.exec(xml)) {
    const name = m[2];
    if (!name) continue;
    const end = m.index + m[0].length;
    if (m[1]) {
      const el = open.pop();
      if (!el || el.name !== name) throw new Error(`XML: </${name}> sluit <${el?.name ?? '?'}>`);
      el.closeStart = m.index;
      el.end = end;
      if (open.length === 0) out.push(el);
      continue;
    }
    const el: ElementSpan = { name, start: m.index, openEnd: end, closeStart: end, end, attrs: attributes(m[3]) };
    if (m[4]) {
      if (open.length === 0) out.push(el);
    } else open.push(el);
  }
  if (open.length) throw new Error(`XML: <${open[open.length - 1].name}> is niet gesloten`);
  return out;
}

/** The document's root element. */
export function rootElement(xml: string): ElementSpan {
  const [root] = childElements(xml, 0, xml.length);
  if (!root) throw new Error('XML: geen element');
  return root;
}

/** Local name without a namespace prefix: `x:row` → `row`. */
export const localName = (name: string) => name.slice(name.indexOf(':') + 1);
