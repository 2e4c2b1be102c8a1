/**
 * Hostile input files, generated at run time into a temp folder (nothing of this is kept in the
 * repository): zips whose headers lie, text in other encodings, deep JSON, very wide tables and a
 * BehandelIndex file of 60 MB.
 */
import { Deflate, deflateSync } from 'fflate';
import { createWriteStream, readFileSync } from 'node:fs';
import * as path from 'node:path';

export const SAMPLES = path.resolve(__dirname, '../../../samples');

interface ZipEntry {
  name: string;
  /** The deflated bytes (method 8). */
  data: Uint8Array;
  /** The size the headers declare, true or not. */
  declared: number;
}

const le = (n: number, bytes: number): number[] => Array.from({ length: bytes }, (_, i) => Math.floor(n / 2 ** (8 * i)) & 0xff);

/** A zip archive written by hand, so the sizes in its headers can be anything. */
export function zipWithSizes(entries: readonly ZipEntry[]): Uint8Array {
  const parts: number[][] = [];
  const central: number[][] = [];
  let offset = 0;
  for (const e of entries) {
    const name = [...Buffer.from(e.name, 'utf8')];
    const local = [...le(0x04034b50, 4), ...le(20, 2), ...le(0, 2), ...le(8, 2), ...le(0, 4), ...le(0, 4), ...le(e.data.length, 4), ...le(e.declared, 4), ...le(name.length, 2), ...le(0, 2), ...name];
    central.push([...le(0x02014b50, 4), ...le(20, 2), ...le(20, 2), ...le(0, 2), ...le(8, 2), ...le(0, 4), ...le(0, 4), ...le(e.data.length, 4), ...le(e.declared, 4), ...le(name.length, 2), ...le(0, 2), ...le(0, 2), ...le(0, 2), ...le(0, 2), ...le(0, 4), ...le(offset, 4), ...name]);
    parts.push(local, [...e.data]);
    offset += local.length + e.data.length;
  }
  const dir = central.flat();
  const end = [...le(0x06054b50, 4), ...le(0, 2), ...le(0, 2), ...le(entries.length, 2), ...le(entries.length, 2), ...le(dir.length, 4), ...le(offset, 4), ...le(0, 2)];
  return new Uint8Array([...parts.flat(), ...dir, ...end]);
}

/** `megabytes` MB of zeros, deflated a chunk at a time (the zeros are never all in memory). */
export function deflatedZeros(megabytes: number): Uint8Array {
  const chunks: Uint8Array[] = [];
  const stream = new Deflate({ level: 6 }, (chunk) => chunks.push(chunk));
  const mb = new Uint8Array(1024 * 1024);
  for (let i = 0; i < megabytes; i++) stream.push(mb, i === megabytes - 1);
  return Buffer.concat(chunks);
}

const WORKBOOK_XML = new TextEncoder().encode('<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>');
const workbookEntry = (): ZipEntry => ({ name: 'xl/workbook.xml', data: deflateSync(WORKBOOK_XML), declared: WORKBOOK_XML.length });

/** An .xlsx whose sheet unpacks to `realMb` MB while its headers declare `declared` bytes for it. */
export function bombXlsx(realMb: number, declared: number): Uint8Array {
  return zipWithSizes([workbookEntry(), { name: 'xl/worksheets/sheet1.xml', data: deflatedZeros(realMb), declared }]);
}

/** UTF-16 text, little- or big-endian, with or without a byte-order mark. */
export function utf16(text: string, endian: 'LE' | 'BE', bom: boolean): Uint8Array {
  const le16 = Buffer.from((bom ? '\ufeff' : '') + text, 'utf16le');
  if (endian === 'LE') return le16;
  const be = Buffer.alloc(le16.length);
  for (let i = 0; i < le16.length; i += 2) {
    be[i] = le16[i + 1];
    be[i + 1] = le16[i];
  }
  return be;
}

/** Bytes that are no file format at all (fixed seed, so a failure can be repeated). */
export function randomBytes(n: number, seed = 12): Uint8Array {
  const out = new Uint8Array(n);
  let x = seed;
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    out[i] = x >> 16;
  }
  return out;
}

export const deepJson = (depth: number): string => '['.repeat(depth) + ']'.repeat(depth);

/** A CSV whose header has `columns` columns (then one data row). */
export const wideCsv = (columns: number): string => ['id', ...Array.from({ length: columns - 1 }, (_, i) => `k${i}`)].join(';') + '\nW-1' + ';x'.repeat(columns - 1) + '\n';

export const sample = (...parts: string[]): Uint8Array => new Uint8Array(readFileSync(path.join(SAMPLES, ...parts)));

/** A BehandelIndex CSV of at least `megabytes` MB, written line by line to `file`. */
export async function writeBiCsv(file: string, megabytes: number): Promise<number> {
  const stream = createWriteStream(file);
  let bytes = 0;
  let rows = 0;
  const write = (line: string) => new Promise<void>((resolve) => (stream.write(line) ? resolve() : stream.once('drain', () => resolve())));
  await write('AGB-code;Praktijknaam;Jaar;BehandelIndex;Aantal patiënten\n');
  while (bytes < megabytes * 1024 * 1024) {
    let block = '';
    for (let i = 0; i < 1000; i++, rows++) block += `${String(4000000 + (rows % 5_000_000)).padStart(8, '0')};Praktijk ${rows};2023;${90 + (rows % 30)},${rows % 10};${20 + (rows % 200)}\n`;
    bytes += Buffer.byteLength(block);
    await write(block);
  }
  await new Promise<void>((resolve) => stream.end(resolve));
  return rows;
}
