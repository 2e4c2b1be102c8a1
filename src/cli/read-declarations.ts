import { csvRows, xlsxRows } from '../import/table-rows';
import type { Problem } from '../rules/outcome';
import type { Belangverklaring } from '../rules/scoring/conflicts';
import { BELANGEN_SHEET, parseDeclarations } from '../workbook/conflicts';
import { toTableData } from '../workbook/tableData';
import { CliError } from './command';
import { readInput } from './read-input';

/**
 * Declarations of interest (`--belangen`): CSV, .xlsx (its sheet Belangen) or a JSON list of
 * objects, with the columns of the Belangen sheet (Aanvraag, Beoordelaar, Rol, Belang, Reden,
 * Tijdstip). An unreadable file stops the command (exit 2); a wrong row is a problem naming it.
 * `tijdstip` stands in for a row without a time.
 */
export async function readDeclarations(file: string, cwd: string, tijdstip: string): Promise<{ belangen: Belangverklaring[]; problemen: Problem[] }> {
  const { bestand, opened } = readInput(file, cwd, 'belangenbestand', ['csv', 'xlsx', 'json']);
  let values: unknown[][];
  if (opened.kind === 'json') {
    let json: unknown;
    try {
      json = JSON.parse(opened.text);
    } catch (error) {
      throw new CliError(`kan belangenbestand '${bestand}' niet lezen: geen geldige JSON (${(error as Error).message.slice(0, 120)})`);
    }
    if (!Array.isArray(json) || json.some((l) => !l || typeof l !== 'object' || Array.isArray(l))) throw new CliError(`belangenbestand '${bestand}': verwacht een JSON-lijst van verklaringen (objecten)`);
    const lines = json as Record<string, unknown>[];
    const headers = [...new Set(lines.flatMap((l) => Object.keys(l)))];
    values = [headers, ...lines.map((l) => headers.map((h) => l[h] ?? ''))];
  } else {
    const table = opened.kind === 'xlsx' ? await xlsxRows(opened.archive.bytes, BELANGEN_SHEET) : csvRows(opened.kind === 'csv' ? opened.text : '');
    if ('melding' in table) throw new CliError(`kan belangenbestand '${bestand}' niet lezen: ${table.melding}`);
    // Row numbers as in the file: the body row `rij` lands at index rij − 1.
    values = [table.header];
    for (const r of table.rows) values[r.rij - 1] = r.cells;
    values = Array.from(values, (r) => r ?? []);
  }
  const read = parseDeclarations(toTableData(values), { tijdstip, bestand });
  return { belangen: read.belangen, problemen: read.problems };
}
