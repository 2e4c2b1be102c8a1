/**
 * Fictional BehandelIndex data for about 9,800 physiotherapy practices over 2022 and 2023, the way
 * a Dutch analyst receives it: `;` delimiter, decimal comma, UTF-8 with BOM, CRLF.
 * BI is right-skewed around 100 (log-normal); some practices have fewer than 10 patients (often
 * without a BI); a few AGB codes appear twice in a year; a few values are unreadable.
 * Deterministic: its own seeded PRNG (no Math.random). Run: npx tsx scripts/generate-bi-sample.ts
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const SAMPLE_SEED = 20231110;
export const SAMPLE_PRACTICES = 9800;
export const SAMPLE_PATH = join(__dirname, '..', 'samples', 'bi', 'behandelindex-2022-2023.csv');

/** mulberry32: small, fast, good enough for fictional data. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function normal(random: () => number): number {
  const u = 1 - random();
  const v = random();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

const pick = <T>(random: () => number, items: readonly T[]): T => items[Math.floor(random() * items.length)];

const NAME_FORMS = ['Fysiotherapie {x}', 'Fysiotherapiepraktijk {x}', 'Praktijk voor Fysiotherapie {x}', 'Fysio {x}', 'Fysiotherapie en Manuele Therapie {x}', 'Centrum voor Beweging {x}'];
const NAME_WORDS = ['De Linde', 'Het Anker', 'De Brug', 'Beukenlaan', 'Het Plein', 'De Kade', 'Zonnehof', 'De Esdoorn', 'Het Veer', 'De Molen', 'Lindenhof', 'Het Baken', 'De Vaart', 'Kastanjehof', 'De Sprong', 'Het Kompas', 'Dijkzicht', 'De Wending', 'Het Trefpunt', 'Polderzicht'];
const PLACES = ['Aldenveen', 'Brakeloo', 'Drievliet', 'Eemsterhout', 'Gravenwaard', 'Holtebroek', 'Kranenburg', 'Lemmerdijk', 'Middelbeek', 'Noorderhaven', 'Oosterwolde-Zuid', 'Ravensteijn', 'Sluiskamp', 'Twijnstra', 'Veenhove', 'Westerlaar', 'Zandvoorde', 'IJsselhaven'];

interface Practice {
  agb: string;
  naam: string;
  /** Practice-level tendency, so a practice's BI in 2022 and 2023 are related. */
  niveau: number;
  grootte: number;
}

const dutch = (value: number, decimals: number): string => value.toFixed(decimals).replace('.', ',');

function csvField(value: string): string {
  return /[;"\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

function makePractices(random: () => number, count: number): Practice[] {
  const used = new Set<string>();
  const practices: Practice[] = [];
  while (practices.length < count) {
    const agb = '04' + String(Math.floor(random() * 1_000_000)).padStart(6, '0');
    if (used.has(agb)) continue;
    used.add(agb);
    const naam = pick(random, NAME_FORMS).replace('{x}', `${pick(random, NAME_WORDS)} ${pick(random, PLACES)}`);
    practices.push({ agb, naam, niveau: normal(random), grootte: Math.exp(5 + 0.9 * normal(random)) });
  }
  // Names that must stay text in a spreadsheet and survive CSV quoting.
  practices[17].naam = '=SOM(1;2) Fysiotherapie';
  practices[42].naam = '+Fysio "Zuid" Aldenveen';
  practices[99].naam = '-Beweegpunt Drievliet';
  return practices;
}

function yearRow(random: () => number, p: Practice, jaar: number): string[] {
  const patients = random() < 0.03 ? 1 + Math.floor(random() * 9) : Math.max(10, Math.round(p.grootte));
  const z = 0.8 * p.niveau + 0.6 * normal(random);
  const bi = 100 * Math.exp(0.17 * z - 0.0145);
  const missingBi = patients < 10 ? random() < 0.6 : random() < 0.005;
  const margin = (1.96 * 38) / Math.sqrt(patients);
  const lower = Math.max(0, bi - margin);
  return [p.agb, p.naam, String(jaar), missingBi ? '' : dutch(bi, 1), String(patients), missingBi ? '' : dutch(lower, 1)];
}

/** The CSV text, deterministic for a seed. */
export function generateBiSample(seed = SAMPLE_SEED, count = SAMPLE_PRACTICES): string {
  const random = mulberry32(seed);
  const practices = makePractices(random, count);
  const rows: string[][] = [];
  for (const jaar of [2022, 2023]) {
    for (const p of practices) {
      // About 2% start in 2023 or stop after 2022.
      const r = random();
      if ((jaar === 2022 && r < 0.01) || (jaar === 2023 && r < 0.01)) continue;
      rows.push(yearRow(random, p, jaar));
    }
  }
  // A few AGB codes twice in a year (a merged export), with different values.
  for (let i = 0; i < 6; i++) {
    const source = rows[Math.floor(random() * rows.length)];
    const copy = [...source];
    copy[3] = dutch(80 + random() * 50, 1);
    rows.push(copy);
  }
  // A few unreadable values, as they arrive from hand-edited exports.
  const bad: Array<[number, string]> = [[3, 'n.v.t.'], [3, '1O2,5'], [2, '20233'], [0, '04A12345'], [4, 'veel'], [3, '-12,0'], [0, '4123'], [4, '12,5']];
  for (const [column, value] of bad) {
    const copy = [...rows[Math.floor(random() * rows.length)]];
    copy[0] = '04' + String(Math.floor(random() * 1_000_000)).padStart(6, '0');
    copy[column] = value;
    rows.push(copy);
  }
  // Shuffle so duplicates and bad rows are not all at the end (Fisher–Yates, seeded).
  for (let i = rows.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [rows[i], rows[j]] = [rows[j], rows[i]];
  }
  const header = ['AGB-code', 'Praktijknaam', 'Jaar', 'BehandelIndex', 'Aantal patiënten', 'BI-ondergrens'];
  const lines = [header, ...rows].map((cells) => cells.map(csvField).join(';'));
  return '\uFEFF' + lines.join('\r\n') + '\r\n';
}

if (require.main === module) {
  writeFileSync(SAMPLE_PATH, generateBiSample(), 'utf8');
  process.stdout.write(`Geschreven: ${SAMPLE_PATH}\n`);
}
