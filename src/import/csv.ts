/**
 * CSV as Dutch Excel writes it: `;` or `,` (detected from the header line), UTF-8 with or without
 * BOM, or Windows-1252 when the bytes are not valid UTF-8. Every cell stays a string until its
 * column's reader parses it, so applicant text is never turned into a number or a formula.
 */
import Papa from 'papaparse';
import type { Problem } from '../rules/outcome';
import { openInput } from './open';
import { fileProblem, refused, type ImportResult } from './result';
import { assembleSheets, type Sheet } from './tables';
import { decodeText } from './text';

export { decodeText };

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
  // "sep=;" on the first line is Excel's own hint; Excel hides that line, so rows count from the next one.
  const hint = /^sep=(.)\r?\n/i.exec(text);
  const body = hint ? text.slice(hint[0].length) : text;
  const parsed = Papa.parse<string[]>(body, { delimiter: hint ? hint[1] : detectDelimiter(body), skipEmptyLines: false, dynamicTyping: false });
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
  const opened = openInput(bestand, bytes, ['csv']);
  if (!opened.ok) return refused(bestand, opened.melding);
  return importCsvText(bestand, opened.opened.kind === 'csv' ? opened.opened.text : '');
}

/** CSV text (already decoded by open.ts) → applications. */
export function importCsvText(bestand: string, text: string): ImportResult {
  const problems: Problem[] = [];
  const sheet = readCsvSheet(bestand, text, problems);
  const result = assembleSheets([sheet]);
  return { ...result, problems: [...problems, ...result.problems] };
}
