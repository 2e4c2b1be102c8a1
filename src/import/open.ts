/**
 * The one place where an input file's bytes are opened, for every reader (applications, scores,
 * consensus, overrides, policy, BehandelIndex) and for the task pane's file drops: size limit,
 * kind by content (magic bytes) checked against the extension, archives inflated within the byte
 * budget (archive.ts), text decoded (text.ts) and JSON nesting bounded. A refusal is one Dutch
 * sentence; the caller adds the file's name. Pure and never throws.
 */
import { describeArchive, isZip, openArchive, type CheckedArchive } from './archive';
import { fileSizeRefusal, MAX_FILE_BYTES, MAX_JSON_DEPTH } from './limits';
import { readText, type TextEncodingName } from './text';

export type InputKind = 'json' | 'csv' | 'xlsx' | 'docx';

export type Opened =
  | { kind: 'json' | 'csv'; text: string; encoding: TextEncodingName }
  | { kind: 'xlsx' | 'docx'; archive: CheckedArchive };

export type OpenOutcome = { ok: true; opened: Opened } | { ok: false; melding: string };

export interface OpenOptions {
  /** Byte limit of this kind of input (MAX_FILE_BYTES unless said otherwise). */
  maxBytes?: number;
}

const KIND_NAMES: Record<InputKind, string> = { json: 'JSON', csv: 'CSV', xlsx: 'Excel (.xlsx)', docx: 'Word (.docx)' };

const EXTENSIONS: Record<string, InputKind | 'oud'> = {
  json: 'json',
  csv: 'csv',
  txt: 'csv',
  tsv: 'csv',
  xlsx: 'xlsx',
  xlsm: 'xlsx',
  docx: 'docx',
  xls: 'oud',
  doc: 'oud',
};

/** Well-known signatures of files that are certainly no input, named so the user knows what they gave. */
const SIGNATURES: { bytes: number[]; name: string }[] = [
  { bytes: [0x25, 0x50, 0x44, 0x46], name: 'een PDF-bestand' },
  { bytes: [0x89, 0x50, 0x4e, 0x47], name: 'een afbeelding (PNG)' },
  { bytes: [0xff, 0xd8, 0xff], name: 'een afbeelding (JPEG)' },
  { bytes: [0x1f, 0x8b], name: 'een gzip-archief' },
  { bytes: [0x52, 0x61, 0x72, 0x21], name: 'een RAR-archief' },
  { bytes: [0x37, 0x7a, 0xbc, 0xaf], name: 'een 7-Zip-archief' },
];

const OLD_OFFICE = 'oud Office-formaat (.xls/.doc) of een met een wachtwoord beveiligd bestand; dat wordt niet gelezen: bewaar het als .xlsx of .docx zonder wachtwoord';

const startsWith = (bytes: Uint8Array, signature: readonly number[]) => signature.every((b, i) => bytes[i] === b);

export function extensionKind(name: string): InputKind | 'oud' | undefined {
  const extension = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase();
  return extension ? EXTENSIONS[extension] : undefined;
}

/** The deepest nesting of objects and lists in JSON text, stopping once past `limit` (strings skipped). */
export function jsonDepth(text: string, limit = MAX_JSON_DEPTH): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      if (++depth > max && (max = depth) > limit) return max;
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return max;
}

/** A JSON refusal before parsing: too deeply nested. */
export function jsonDepthRefusal(text: string): string | undefined {
  return jsonDepth(text) > MAX_JSON_DEPTH ? `de JSON is dieper genest dan ${MAX_JSON_DEPTH} niveaus; er is niets ingelezen` : undefined;
}

/**
 * Opens a file's bytes as one of the kinds in `accept`. The content decides the kind; a known
 * extension that says otherwise is a refusal (an .xlsx that is a Word document, a .docx that is text).
 */
export function openInput(name: string, bytes: Uint8Array, accept: readonly InputKind[], options: OpenOptions = {}): OpenOutcome {
  const refuse = (melding: string): OpenOutcome => ({ ok: false, melding });
  const expected = accept.map((k) => KIND_NAMES[k]).join(' of ');
  const tooLarge = fileSizeRefusal(bytes.byteLength, options.maxBytes ?? MAX_FILE_BYTES);
  if (tooLarge) return refuse(tooLarge);
  if (bytes.byteLength === 0) return refuse('het bestand is leeg (0 bytes)');
  const byName = extensionKind(name);
  if (byName === 'oud' || startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) return refuse(OLD_OFFICE);
  const named = byName ? ` heet .${/\.([a-z0-9]+)$/i.exec(name)![1]} maar` : '';

  if (isZip(bytes)) {
    const opened = openArchive(bytes);
    if (!opened.ok) return refuse(byName === 'xlsx' || byName === 'docx' || !byName ? opened.melding : `het bestand${named} is een beschadigd zip-archief`);
    const kind = opened.archive.kind;
    if (kind === 'zip') return refuse(`dit is ${describeArchive(kind)}; verwacht ${expected}`);
    if (byName && byName !== kind) return refuse(`het bestand${named} is ${describeArchive(kind)}; geef het de juiste extensie of kies het goede bestand`);
    if (!accept.includes(kind)) return refuse(`dit is ${describeArchive(kind)}; verwacht ${expected}`);
    return { ok: true, opened: { kind, archive: opened.archive } };
  }

  const known = SIGNATURES.find((s) => startsWith(bytes, s.bytes));
  if (known) return refuse(`dit is ${known.name}; verwacht ${expected}`);
  if (byName === 'xlsx' || byName === 'docx') {
    const what = byName === 'xlsx' ? 'Excel-werkmap' : 'Word-document';
    const text = readText(bytes);
    return refuse(`het bestand${named} is geen ${what} (geen zip-archief${text.ok ? '; het lijkt tekst: is het een CSV- of JSON-bestand met de verkeerde extensie?' : '; afgebroken, of een ander soort bestand'})`);
  }
  const text = readText(bytes);
  if (!text.ok) return refuse(text.melding);
  const body = text.text.replace(/^\uFEFF/, '');
  if (!body.trim()) return refuse('het bestand is leeg (alleen witruimte)');
  const first = body.trimStart()[0];
  const kind: InputKind = byName === 'json' || byName === 'csv' ? byName : first === '{' || first === '[' ? 'json' : 'csv';
  if (!accept.includes(kind)) return refuse(`dit is ${kind === 'json' ? 'JSON' : 'tekst (CSV)'}; verwacht ${expected}`);
  if (kind === 'json') {
    const deep = jsonDepthRefusal(body);
    if (deep) return refuse(deep);
  }
  return { ok: true, opened: { kind, text: body, encoding: text.encoding } };
}

/** JSON.parse with a Dutch message; the depth was bounded by openInput, a RangeError is caught anyway. */
export function parseJson(text: string): { ok: true; value: unknown } | { ok: false; melding: string } {
  const deep = jsonDepthRefusal(text);
  if (deep) return { ok: false, melding: deep };
  try {
    return { ok: true, value: JSON.parse(text.replace(/^\uFEFF/, '')) };
  } catch (error) {
    if (error instanceof RangeError) return { ok: false, melding: 'de JSON is te diep genest of te groot om te lezen; er is niets ingelezen' };
    const detail = error instanceof Error ? error.message.replace(/^JSON\.parse: /, '') : '';
    return { ok: false, melding: `geen geldige JSON (${detail.slice(0, 120)}); er is niets ingelezen` };
  }
}
