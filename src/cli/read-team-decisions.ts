import { csvRows, xlsxRows, type TableRows } from '../import/table-rows';
import type { Problem } from '../rules/outcome';
import { TEAM_DECISION_COLUMNS, type TeamDecision, headerKey, teamDecisionFromRecord } from '../rules/team-decision';
import { CliError } from './command';
import { readInput } from './read-input';

export interface TeamDecisionsRead {
  besluiten: TeamDecision[];
  problems: Problem[];
}

/**
 * Reads the team's decisions on incomplete applications (`--besluiten`): a JSON list of objects,
 * a CSV (`;` or `,`) or an .xlsx (its sheet Besluiten, as `zk selectie` writes it), with the
 * columns aanvraag, besluit (aanvulling/afwijzen), motivering, antwoordVoor, wie, rol, tijdstip.
 * A file that cannot be read stops the run; every wrong row is a problem naming the file, the
 * row and the field, and is left out (it decides nothing).
 */
export async function readTeamDecisions(file: string, cwd: string, options: { datum?: string; tijdstip?: string } = {}): Promise<TeamDecisionsRead> {
  // The one opener (read-input.ts): size, kind by content, archive budget and encodings.
  const { bestand, opened } = readInput(file, cwd, 'besluiten', ['json', 'csv', 'xlsx']);
  if (opened.kind === 'json') return fromJson(opened.text, bestand, options);
  const table = opened.kind === 'csv' ? csvRows(opened.text) : await xlsxRows(opened.kind === 'xlsx' ? opened.archive.bytes : new Uint8Array(), 'Besluiten');
  if ('melding' in table) throw new CliError(`kan besluiten '${bestand}' niet lezen: ${table.melding}`);
  return fromTable(table, bestand, options);
}

function fromJson(text: string, bestand: string, options: { datum?: string; tijdstip?: string }): TeamDecisionsRead {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new CliError(`kan besluiten '${bestand}' niet lezen: geen geldige JSON (${(error as Error).message})`);
  }
  if (!Array.isArray(json)) throw new CliError(`besluiten '${bestand}': verwacht een JSON-lijst van besluiten`);
  const out: TeamDecisionsRead = { besluiten: [], problems: [] };
  json.forEach((line, i) => {
    const plaats = `besluit ${i + 1}`;
    if (!line || typeof line !== 'object' || Array.isArray(line)) {
      out.problems.push({ bestand, plaats, veld: '', melding: 'verwacht een object met aanvraag, besluit, motivering, antwoordVoor, wie, rol, tijdstip; besluit genegeerd', ernst: 'fout' });
      return;
    }
    const record = Object.fromEntries(Object.entries(line as Record<string, unknown>).map(([k, v]) => [headerKey(k), v]));
    add(out, teamDecisionFromRecord(record, options), bestand, plaats);
  });
  return out;
}

function fromTable({ header, rows, plaatsPrefix }: TableRows, bestand: string, options: { datum?: string; tijdstip?: string }): TeamDecisionsRead {
  const keys = header.map(headerKey);
  const missing = TEAM_DECISION_COLUMNS.filter((c) => (c.veld === 'aanvraag' || c.veld === 'besluit' || c.veld === 'wie') && !keys.includes(headerKey(c.veld)));
  if (missing.length) {
    const names = missing.map((c) => c.veld).join(', ');
    return {
      besluiten: [],
      problems: [{ bestand, plaats: `${plaatsPrefix}rij 1`, veld: names, melding: `kolom(men) ${names} ontbreken; verwacht ${TEAM_DECISION_COLUMNS.map((c) => c.veld).join(', ')}`, ernst: 'fout' }],
    };
  }
  const out: TeamDecisionsRead = { besluiten: [], problems: [] };
  for (const { rij, cells } of rows) {
    const record = Object.fromEntries(keys.map((k, i) => [k, cells[i]]));
    add(out, teamDecisionFromRecord(record, options), bestand, `${plaatsPrefix}rij ${rij}`);
  }
  return out;
}

function add(out: TeamDecisionsRead, parsed: ReturnType<typeof teamDecisionFromRecord>, bestand: string, plaats: string): void {
  if (parsed.besluit) out.besluiten.push(parsed.besluit);
  for (const p of parsed.problemen) out.problems.push({ bestand, plaats, veld: p.veld, melding: `${p.melding}; besluit genegeerd`, ernst: 'fout' });
}
