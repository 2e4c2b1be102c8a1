/**
 * Draws the add-in icons (16, 32, 64 and 80 px PNG) into assets/: a green rounded square with a
 * white check mark. No image library and no downloads: pixels are computed here and written as
 * PNG with node:zlib. Run with `npx tsx scripts/make-icons.ts`; the output is committed.
 */
import { writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';

export const ICON_SIZES = [16, 32, 64, 80] as const;

const GREEN: Rgba = [0x00, 0x7a, 0x53, 0xff];
const WHITE: Rgba = [0xff, 0xff, 0xff, 0xff];
const CLEAR: Rgba = [0, 0, 0, 0];
type Rgba = [number, number, number, number];

function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typed = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typed));
  return Buffer.concat([length, typed, crc]);
}

export function encodePng(size: number, pixel: (x: number, y: number) => Rgba): Buffer {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    const row = y * (size * 4 + 1);
    raw[row] = 0; // filter: none
    for (let x = 0; x < size; x++) raw.set(pixel(x, y), row + 1 + x * 4);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function distanceToSegment(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** Coordinates in a unit square, so every size draws the same picture. */
function iconPixel(size: number): (x: number, y: number) => Rgba {
  const radius = 0.18;
  const stroke = Math.max(0.09, 1.2 / size);
  return (x, y) => {
    const u = (x + 0.5) / size;
    const v = (y + 0.5) / size;
    const cx = Math.min(Math.max(u, radius), 1 - radius);
    const cy = Math.min(Math.max(v, radius), 1 - radius);
    if (Math.hypot(u - cx, v - cy) > radius) return CLEAR;
    const check = Math.min(distanceToSegment(u, v, 0.24, 0.52, 0.43, 0.72), distanceToSegment(u, v, 0.43, 0.72, 0.78, 0.3));
    return check <= stroke / 2 ? WHITE : GREEN;
  };
}

export function iconPng(size: number): Buffer {
  return encodePng(size, iconPixel(size));
}

if (require.main === module) {
  const dir = join(__dirname, '..', 'assets');
  mkdirSync(dir, { recursive: true });
  for (const size of ICON_SIZES) {
    writeFileSync(join(dir, `icon-${size}.png`), iconPng(size));
    process.stdout.write(`assets/icon-${size}.png\n`);
  }
}
