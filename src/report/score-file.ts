/**
 * Scores in the score-file format that `zk rangschik` and `zk selectie` read (src/import/scores.ts):
 * the columns aanvraag, beoordelaar, rol, item, score, toelichting, as CSV (comma, UTF-8 with BOM,
 * as samples/scores/scores.csv) or as an .xlsx whose sheet Scores holds the same columns.
 */
import Papa from 'papaparse';
import { SCORE_COLUMNS } from '../import/scores';
import type { Score } from '../rules/scoring/score';
import { col, type WorkbookModel } from './workbook-model';

const row = (s: Score): (string | number)[] => [s.aanvraag, s.beoordelaar, s.rol, s.item, s.score, s.toelichting];

export function scoresToCsv(scores: readonly Score[]): string {
  // A comment such as "=HYPERLINK(…)" or "- goed plan" gets a leading apostrophe, so Excel opening
  // the file shows text, never a formula; the score reader (src/import/table-rows.ts) drops it again.
  return '\uFEFF' + Papa.unparse({ fields: [...SCORE_COLUMNS], data: scores.map(row) }, { delimiter: ',', newline: '\r\n', escapeFormulae: true }) + '\r\n';
}

/** Comments stay text cells, never a formula. */
export function scoresWorkbookModel(scores: readonly Score[], tijdstip: string): WorkbookModel {
  return {
    titel: 'Scores',
    maker: 'ZK Beoordeling',
    gemaakt: tijdstip,
    bladen: [
      {
        naam: 'Scores',
        tabel: 'tblScores',
        kolommen: [col('aanvraag', 'text', 14), col('beoordelaar', 'text', 24), col('rol', 'text', 24), col('item', 'text', 14), col('score', 'number', 8), col('toelichting', 'text', 60)],
        rijen: scores.map(row),
      },
    ],
  };
}
