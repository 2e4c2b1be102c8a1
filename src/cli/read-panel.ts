import { parsePanelFile } from '../import/panel-file';
import { csvRows, xlsxRows } from '../import/table-rows';
import type { Problem } from '../rules/outcome';
import type { Policy } from '../rules/policy';
import { type AssessorRef, panelOf } from '../rules/scoring/panel';
import { CliError } from './command';
import { readInput } from './read-input';

/**
 * The panel: the policy's roles, with the names from `--beoordelaars` (CSV or .xlsx with the
 * columns rol and naam) when given. An unreadable file, or one without those columns, stops the
 * command (exit 2); a wrong row is a problem naming the row.
 */
export async function readPanel(file: string | undefined, cwd: string, policy: Policy): Promise<{ panel: AssessorRef[]; problemen: Problem[] }> {
  if (!policy.rollen.length) throw new CliError(`het beleid '${policy.id}' noemt geen rollen van het beoordelingsteam (rollen); zonder team is er niets uit te delen of in te lezen`);
  if (!file) return { panel: panelOf(policy.rollen), problemen: [] };
  const { bestand, opened } = readInput(file, cwd, 'beoordelaarsbestand', ['csv', 'xlsx']);
  const table = opened.kind === 'xlsx' ? await xlsxRows(opened.archive.bytes, 'Beoordelaars') : csvRows(opened.kind === 'csv' ? opened.text : '');
  if ('melding' in table) throw new CliError(`kan beoordelaarsbestand '${bestand}' niet lezen: ${table.melding}`);
  const read = parsePanelFile(table, bestand, policy.rollen);
  if (!read.leesbaar) throw new CliError(`kan beoordelaarsbestand '${bestand}' niet lezen: ${read.problemen.map((p) => p.melding).join('; ')}`);
  return { panel: panelOf(policy.rollen, read.personen), problemen: read.problemen };
}
