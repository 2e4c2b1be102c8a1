/**
 * CSV as Dutch Excel writes it: `;` or `,` (detected from the header line), UTF-8 with or without
 * BOM, or Windows-1252 when the bytes are not valid UTF-8. Every cell stays a string until its
 * column's reader parses it, so applicant text is never turned into a number or a formula.
 */
import iconv from 'iconv-lite';
import Papa from 'papaparse';
import type { Problem } from '../rules/outcome';
import { checkFileSize } from './limits';
import { fileProblem, type ImportResult } from './result';
import { assembleSheets, type Sheet } from './tables';

/** Text of a CSV file: UTF-8 (BOM removed) or, when the bytes are not valid UTF-8, Windows-1252. */
export function decodeText(bytes: Uint8Array): { text: string; encoding: 'UTF-8' | 'Windows-1252' } {
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const body = bytes.subarray(start);
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(body), encoding: 'UTF-8' };
  } catch {
    // iconv-lite needs Node's Buffer; a browser without it has TextDecoder for windows-1252.
    const text = typeof Buffer !== 'undefined' ? iconv.decode(Buffer.from(body), 'win1252') : new TextDecoder('windows-1252').decode(body);
    return { text, encoding: 'Windows-1252' };
  }
}

/** The delimiter used most in the first line outside quotes (`;`, `,` or tab). */
export function detectDelimiter(text: string): string {
  const counts: Record<string, number> = { ';': 0, ',': 0, '\t': 0 };
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && ch in counts) counts[ch]++;
  }
  const best = Object.entries(counts).sort((a, b) => b[1] - a[1])[0];
  return best[1] > 0 ? best[0] : ';';
}

/** Reads one CSV file into a table; problems of the CSV syntax itself are added to `problems`. */
export function readCsvSheet(bestand: string, text: string, problems: Problem[]): Sheet {
  const parsed = Papa.parse<string[]>(text, { delimiter: detectDelimiter(text), skipEmptyLines: false, dynamicTyping: false });
  const reported = new Set<string>();
  for (const error of parsed.errors) {
    const rij = typeof error.row === 'number' ? error.row + 1 : undefined;
    const key = `${error.code}:${rij}`;
    if (reported.has(key) || error.code === 'UndetectableDelimiter') continue;
    reported.add(key);
    problems.push(fileProblem(bestand, csvMessage(error), 'fout', rij ? `rij ${rij}` : 'bestand'));
  }
  const rows = parsed.data.map((values, i) => ({ rij: i + 1, values: Array.isArray(values) ? values : [] }));
  if (rows.length && rows[rows.length - 1].values.every((v) => v === '')) rows.pop();
  return { bestand, rows };
}

function csvMessage(error: Papa.ParseError): string {
  switch (error.code) {
    case 'MissingQuotes':
      return 'een aanhalingsteken (") wordt niet gesloten; de rest van het bestand kan verschoven zijn';
    case 'InvalidQuotes':
      return 'ongeldig gebruik van aanhalingstekens (")';
    case 'TooManyFields':
      return 'meer waarden dan kolommen in de kopregel; de extra waarden staan onder "kolom …" bij extra';
    case 'TooFewFields':
      return 'minder waarden dan kolommen in de kopregel';
    default:
      return `CSV-fout: ${error.message}`;
  }
}

export function importCsv(bestand: string, bytes: Uint8Array): ImportResult {
  const tooLarge = checkFileSize(bytes);
  if (tooLarge) return { applications: [], records: [], problems: [fileProblem(bestand, tooLarge)] };
  const problems: Problem[] = [];
  const sheet = readCsvSheet(bestand, decodeText(bytes).text, problems);
  const result = assembleSheets([sheet]);
  return { ...result, problems: [...problems, ...result.problems] };
}
