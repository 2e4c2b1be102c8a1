import Papa from 'papaparse';
import type { Problem } from '../rules/outcome';
import type { Rubric } from '../rules/policy';
import type { ConsensusInput } from '../rules/scoring/score';

export const CONSENSUS_COLUMNS = ['aanvraag', 'item', 'score', 'motivatie', 'wie', 'rol'] as const;

/**
 * Parses a CSV of consensus scores. A line without motivation is kept here: the scoring rule
 * refuses it with its own message, so the refusal is visible in the results and the audit.
 */
export function parseConsensusCsv(text: string, bestand: string, rubric: Rubric): { consensus: ConsensusInput[]; problemen: Problem[] } {
  const { data } = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: 'greedy' });
  const [header = [], ...rows] = data;
  const index = new Map(header.map((h, i) => [String(h).trim().toLowerCase(), i]));
  const missing = CONSENSUS_COLUMNS.filter((c) => c !== 'rol' && !index.has(c));
  if (missing.length) {
    return { consensus: [], problemen: [{ bestand, plaats: 'rij 1', veld: missing.join(', '), melding: `Kolom(men) ${missing.join(', ')} ontbreken; verwacht ${CONSENSUS_COLUMNS.join(', ')}.` }] };
  }
  const consensus: ConsensusInput[] = [];
  const problemen: Problem[] = [];
  rows.forEach((cells, i) => {
    const get = (c: (typeof CONSENSUS_COLUMNS)[number]) => String(cells[index.get(c) ?? -1] ?? '').trim();
    const plaats = `rij ${i + 2}`;
    const item = rubric.items.find((it) => it.id.toLowerCase() === get('item').toLowerCase());
    const score = Number(get('score').replace(',', '.'));
    if (!get('aanvraag')) problemen.push({ bestand, plaats, veld: 'aanvraag', melding: "Het veld 'aanvraag' is leeg." });
    else if (!item) problemen.push({ bestand, plaats, veld: 'item', melding: `Onbekend item '${get('item')}'.` });
    else if (!get('score') || !Number.isFinite(score)) problemen.push({ bestand, plaats, veld: 'score', melding: `'${get('score')}' is geen score.` });
    else if (!get('wie')) problemen.push({ bestand, plaats, veld: 'wie', melding: 'Wie de consensusscore vastlegt ontbreekt.' });
    else consensus.push({ aanvraag: get('aanvraag'), item: item.id, score, motivatie: get('motivatie'), wie: get('wie'), rol: get('rol') });
  });
  return { consensus, problemen };
}
