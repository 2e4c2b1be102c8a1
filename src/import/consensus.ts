import type { Problem } from '../rules/outcome';
import type { Rubric } from '../rules/policy';
import type { ConsensusInput } from '../rules/scoring/score';
import { type TableRows, csvRows, xlsxRows } from './table-rows';
import { readDecimal } from '../rules/dutch-number';
import { parsePresent } from '../rules/scoring/meeting';

export const CONSENSUS_COLUMNS = ['aanvraag', 'item', 'score', 'motivatie', 'wie', 'rol', 'aanwezig'] as const;
/** Columns a file may leave out: the role, and who was present at the meeting. */
const OPTIONAL: readonly string[] = ['rol', 'aanwezig'];

export interface ConsensusImport {
  consensus: ConsensusInput[];
  problemen: Problem[];
  /** Where each line is in the file, same order as `consensus`. */
  plaatsen: string[];
  /** Data rows in the file that hold a decision (header and open rows not counted). */
  rijen: number;
  /** False when the file was refused whole. */
  leesbaar: boolean;
  /** Open rows: no score and no motivation yet (a meeting's rows not decided). */
  open?: number;
}

const refusedConsensus = (bestand: string, melding: string): ConsensusImport => ({ consensus: [], problemen: [{ bestand, plaats: 'bestand', veld: '', melding, ernst: 'fout' }], plaatsen: [], rijen: 0, leesbaar: false });

/**
 * Parses a CSV of consensus scores. A line without motivation is kept here: the scoring rule
 * refuses it with its own message, so the refusal is visible in the results and the audit.
 */
export function parseConsensusCsv(text: string, bestand: string, rubric: Rubric): ConsensusImport {
  const table = csvRows(text);
  if ('melding' in table) return refusedConsensus(bestand, table.melding);
  return fromTable(table, bestand, rubric);
}

/** The same from the worksheet named `Consensus` (else the first) of an .xlsx file. Never throws. */
export async function parseConsensusXlsx(data: ArrayBuffer | Uint8Array, bestand: string, rubric: Rubric): Promise<ConsensusImport> {
  const table = await xlsxRows(data, 'Consensus');
  if ('melding' in table) return refusedConsensus(bestand, table.melding);
  return fromTable(table, bestand, rubric);
}

function fromTable({ header, rows, plaatsPrefix }: TableRows, bestand: string, rubric: Rubric): ConsensusImport {
  const index = new Map(header.map((h, i) => [String(h ?? '').trim().toLowerCase(), i]));
  const missing = CONSENSUS_COLUMNS.filter((c) => !OPTIONAL.includes(c) && !index.has(c));
  if (missing.length) {
    return {
      consensus: [],
      problemen: [{ bestand, plaats: `${plaatsPrefix}rij 1`, veld: missing.join(', '), melding: `Kolom(men) ${missing.join(', ')} ontbreken; verwacht ${CONSENSUS_COLUMNS.join(', ')}.`, ernst: 'fout' }],
      plaatsen: [],
      rijen: rows.length,
      leesbaar: false,
    };
  }
  const consensus: ConsensusInput[] = [];
  const plaatsen: string[] = [];
  const problemen: Problem[] = [];
  const fout = (plaats: string, veld: string, melding: string) => problemen.push({ bestand, plaats, veld, melding, ernst: 'fout' });
  let open = 0;
  for (const { rij, cells } of rows) {
    const get = (c: (typeof CONSENSUS_COLUMNS)[number]) => String(cells[index.get(c) ?? -1] ?? '').trim();
    const plaats = `${plaatsPrefix}rij ${rij}`;
    const item = rubric.items.find((it) => it.id.toLowerCase() === get('item').toLowerCase());
    const score = readDecimal(get('score'));
    // An open row of the meeting (zk overleg writes one per disputed item) is no decision yet.
    if (!get('score') && !get('motivatie')) {
      open++;
      continue;
    }
    if (!get('aanvraag')) fout(plaats, 'aanvraag', "Het veld 'aanvraag' is leeg.");
    else if (!item) fout(plaats, 'item', `Onbekend item '${get('item')}'; de rubric kent ${rubric.items.map((i) => i.id).join(', ')}.`);
    else if (score === undefined) fout(plaats, 'score', `'${get('score')}' is geen score.`);
    else if (!get('wie')) fout(plaats, 'wie', 'Wie de consensusscore vastlegt ontbreekt.');
    else {
      const aanwezig = parsePresent(get('aanwezig'));
      consensus.push({ aanvraag: get('aanvraag'), item: item.id, score, motivatie: get('motivatie'), wie: get('wie'), rol: get('rol'), ...(aanwezig.length ? { aanwezig } : {}) });
      plaatsen.push(plaats);
    }
  }
  // Open rows are no decisions: they are not counted as rows that were left out.
  return { consensus, problemen, plaatsen, rijen: rows.length - open, leesbaar: true, open };
}

/** Consensus lines for applications that were not read: reported by row and left out. */
export function keepKnownConsensus(imported: ConsensusImport, bestand: string, aanvragen: ReadonlySet<string>): ConsensusImport {
  const consensus: ConsensusInput[] = [];
  const plaatsen: string[] = [];
  const problemen = [...imported.problemen];
  imported.consensus.forEach((line, i) => {
    if (aanvragen.has(line.aanvraag)) {
      consensus.push(line);
      plaatsen.push(imported.plaatsen[i]);
    } else {
      problemen.push({ bestand, plaats: imported.plaatsen[i] ?? '', veld: 'aanvraag', melding: `aanvraag '${line.aanvraag}' is niet ingelezen; deze consensusscore telt niet mee`, ernst: 'fout' });
    }
  });
  return { ...imported, consensus, plaatsen, problemen };
}
