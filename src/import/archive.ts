/**
 * .xlsx and .docx are zip archives. They are opened here, once, with a running byte budget: every
 * entry is inflated by us (fflate's streaming Inflate, a small chunk at a time) and the inflated
 * bytes are counted as they come, so an archive is refused as soon as it passes the limit —
 * whatever sizes its headers declare (a declared size of 2 GiB or more, or one that understates
 * the real size, makes no difference). The checked entries are packed again without compression
 * and handed to ExcelJS/mammoth, whose own zip reader then has nothing left to inflate.
 * Pure: bytes in, bytes out; runs in Node and in the task pane.
 */
import { Inflate, zipSync } from 'fflate';
import { MAX_ARCHIVE_ENTRIES, MAX_CELLS, MAX_UNPACKED_BYTES, mb, unpackedRefusal } from './limits';

export type ArchiveKind = 'xlsx' | 'docx';

export interface CheckedArchive {
  kind: ArchiveKind | 'zip';
  /** The same entries, stored without compression: what ExcelJS and mammoth read. */
  bytes: Uint8Array;
  /** Entry name → inflated bytes (a Map, so no entry name can touch a prototype). */
  entries: Map<string, Uint8Array>;
}

export type ArchiveOutcome = { ok: true; archive: CheckedArchive } | { ok: false; melding: string };

/** Archives this module produced: handing one to a reader again costs nothing. */
const checked = new WeakMap<Uint8Array, CheckedArchive>();

const DAMAGED = 'geen geldig zip-archief (afgebroken of beschadigd)';
/** Compressed bytes pushed per step: deflate expands at most ~1032×, so one step yields at most ~33 MB. */
const CHUNK = 32 * 1024;

const u16 = (b: Uint8Array, at: number): number => b[at] | (b[at + 1] << 8);
const u32 = (b: Uint8Array, at: number): number => (b[at] | (b[at + 1] << 8) | (b[at + 2] << 16) | (b[at + 3] << 24)) >>> 0;

export const isZip = (b: Uint8Array): boolean => b.length >= 4 && b[0] === 0x50 && b[1] === 0x4b && ((b[2] === 3 && b[3] === 4) || (b[2] === 5 && b[3] === 6));

function endOfDirectory(b: Uint8Array): number {
  for (let at = b.length - 22; at >= Math.max(0, b.length - 22 - 0xffff); at--) {
    if (b[at] === 0x50 && b[at + 1] === 0x4b && b[at + 2] === 5 && b[at + 3] === 6) return at;
  }
  return -1;
}

interface DirEntry {
  name: string;
  method: number;
  flags: number;
  compressed: number;
  declared: number;
  local: number;
}

function directory(b: Uint8Array): DirEntry[] | string {
  const end = endOfDirectory(b);
  if (end < 0) return DAMAGED;
  const count = u16(b, end + 10);
  const size = u32(b, end + 12);
  const offset = u32(b, end + 16);
  if (count === 0xffff || offset === 0xffffffff) return 'een ZIP64-archief, dat hier niet wordt gelezen; bewaar het bestand opnieuw in Excel of Word';
  if (count > MAX_ARCHIVE_ENTRIES) return `het archief bevat ${count} bestanden, meer dan de grens van ${MAX_ARCHIVE_ENTRIES}; er is niets ingelezen`;
  if (offset + size > end) return DAMAGED;
  const names = new TextDecoder('utf-8');
  const entries: DirEntry[] = [];
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > end || u32(b, at) !== 0x02014b50) return DAMAGED;
    const nameLength = u16(b, at + 28);
    entries.push({
      flags: u16(b, at + 8),
      method: u16(b, at + 10),
      compressed: u32(b, at + 20),
      declared: u32(b, at + 24),
      local: u32(b, at + 42),
      name: names.decode(b.subarray(at + 46, at + 46 + nameLength)),
    });
    at += 46 + nameLength + u16(b, at + 30) + u16(b, at + 32);
  }
  return entries;
}

/** Inflates one entry, adding to `used`; undefined when the budget is passed. Throws on a broken stream. */
function inflate(data: Uint8Array, used: { bytes: number }): Uint8Array | undefined {
  const parts: Uint8Array[] = [];
  let over = false;
  const stream = new Inflate((chunk) => {
    used.bytes += chunk.length;
    if (used.bytes > MAX_UNPACKED_BYTES) over = true;
    else parts.push(chunk);
  });
  for (let at = 0; at < data.length && !over; at += CHUNK) stream.push(data.subarray(at, at + CHUNK), at + CHUNK >= data.length);
  if (over) return undefined;
  if (data.length === 0) stream.push(new Uint8Array(0), true);
  const total = parts.reduce((n, p) => n + p.length, 0);
  const out = new Uint8Array(total);
  let pos = 0;
  for (const p of parts) {
    out.set(p, pos);
    pos += p.length;
  }
  return out;
}

const endsName = (b: number): boolean => b === 0x20 || b === 0x3e || b === 0x2f || b === 0x09 || b === 0x0a || b === 0x0d;

/**
 * Cells (`<c …>`, also with a namespace prefix of up to 11 characters: `<x:c …>`) in a worksheet's
 * XML, counted on the bytes without parsing. The next `<` is found by indexOf (native) rather than
 * by a look at every byte, and the usual tags (`<c `, `</…`) are told apart by their first bytes.
 */
export function countCells(xml: Uint8Array): number {
  let cells = 0;
  const n = xml.length;
  for (let i = xml.indexOf(0x3c); i >= 0 && i + 2 < n; i = xml.indexOf(0x3c, i + 1)) {
    const first = xml[i + 1];
    if (first === 0x63 && endsName(xml[i + 2])) {
      cells++;
      continue;
    }
    if (first === 0x2f) continue;
    let j = i + 1;
    while (j < n && j - i < 12 && xml[j] !== 0x3a && xml[j] !== 0x20 && xml[j] !== 0x3e && xml[j] !== 0x2f) j++;
    if (xml[j] === 0x3a && xml[j + 1] === 0x63 && endsName(xml[j + 2])) cells++;
  }
  return cells;
}

function kindOf(entries: Map<string, Uint8Array>): CheckedArchive['kind'] {
  if (entries.has('xl/workbook.xml')) return 'xlsx';
  if (entries.has('word/document.xml')) return 'docx';
  return 'zip';
}

/**
 * Opens a zip archive within the byte budget. Declared sizes give an early refusal; the count of
 * inflated bytes gives the real one. Never throws.
 */
export function openArchive(bytes: Uint8Array): ArchiveOutcome {
  const known = checked.get(bytes);
  if (known) return { ok: true, archive: known };
  if (!isZip(bytes)) return { ok: false, melding: DAMAGED };
  const list = directory(bytes);
  if (typeof list === 'string') return { ok: false, melding: list };
  const declared = list.reduce((n, e) => n + e.declared, 0);
  if (declared > MAX_UNPACKED_BYTES) return { ok: false, melding: `het archief zegt uit te pakken tot ${mb(declared)}, meer dan de grens van ${mb(MAX_UNPACKED_BYTES)}; er is niets ingelezen` };
  const entries = new Map<string, Uint8Array>();
  const used = { bytes: 0 };
  for (const entry of list) {
    if (entry.flags & 1) return { ok: false, melding: 'het archief is versleuteld (met een wachtwoord beveiligd); bewaar het zonder wachtwoord' };
    const at = entry.local;
    if (at + 30 > bytes.length || u32(bytes, at) !== 0x04034b50) return { ok: false, melding: DAMAGED };
    const start = at + 30 + u16(bytes, at + 26) + u16(bytes, at + 28);
    const data = bytes.subarray(start, start + entry.compressed);
    if (data.length !== entry.compressed) return { ok: false, melding: DAMAGED };
    let content: Uint8Array | undefined;
    if (entry.method === 0) {
      used.bytes += data.length;
      content = used.bytes > MAX_UNPACKED_BYTES ? undefined : data;
    } else if (entry.method === 8) {
      try {
        content = inflate(data, used);
      } catch {
        return { ok: false, melding: `${DAMAGED}: '${entry.name.slice(0, 80)}' kan niet worden uitgepakt` };
      }
    } else {
      return { ok: false, melding: `'${entry.name.slice(0, 80)}' is gecomprimeerd op een manier die hier niet wordt gelezen (methode ${entry.method})` };
    }
    if (!content) return { ok: false, melding: unpackedRefusal() };
    if (content.length !== entry.declared) return { ok: false, melding: `de groottes in het archief kloppen niet ('${entry.name.slice(0, 80)}': ${content.length} bytes, opgegeven ${entry.declared}); beschadigd of gemanipuleerd` };
    if (!entry.name.endsWith('/')) entries.set(entry.name, content);
  }
  const kind = kindOf(entries);
  if (kind === 'xlsx') {
    let cells = 0;
    for (const [name, xml] of entries) if (name.startsWith('xl/worksheets/') && name.endsWith('.xml')) cells += countCells(xml);
    if (cells > MAX_CELLS) return { ok: false, melding: `de werkmap heeft ${cells} cellen, meer dan de grens van ${MAX_CELLS}; er is niets ingelezen` };
  }
  const files: Record<string, Uint8Array> = Object.create(null) as Record<string, Uint8Array>;
  for (const [name, content] of entries) files[name] = content;
  const archive: CheckedArchive = { kind, bytes: zipSync(files, { level: 0 }), entries };
  checked.set(archive.bytes, archive);
  return { ok: true, archive };
}

const KIND_NAMES: Record<CheckedArchive['kind'], string> = { xlsx: 'een Excel-werkmap (.xlsx)', docx: 'een Word-document (.docx)', zip: 'een zip-archief zonder Excel-werkmap of Word-document' };
export const describeArchive = (kind: CheckedArchive['kind']): string => KIND_NAMES[kind];

/**
 * For readers that get bytes from elsewhere (a test, the task pane): the checked archive of the
 * expected kind, or a Dutch refusal.
 */
export function checkedArchive(bytes: Uint8Array, kind: ArchiveKind): { bytes: Uint8Array } | { melding: string } {
  const opened = openArchive(bytes);
  if (!opened.ok) return { melding: opened.melding };
  if (opened.archive.kind !== kind) return { melding: `dit is ${describeArchive(opened.archive.kind)}, geen ${kind === 'xlsx' ? 'Excel-werkmap (.xlsx)' : 'Word-document (.docx)'}` };
  return { bytes: opened.archive.bytes };
}
