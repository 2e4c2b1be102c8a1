import { APPLICATION_COLUMNS, COST_COLUMNS, INCOME_COLUMNS, PARTICIPANT_COLUMNS, type Column } from '../import/columns';

/**
 * An application field path (`aantalZkKlanten`, `deelnemers[2].plaats`, `begroting.kosten[].categorie`)
 * as the applicant knows it: the label of Bijlage 3 (else the import table's description), so a
 * verzoek om aanvulling names the form's questions, never our keys.
 */
export function fieldLabel(veld: string): string {
  const group = /^(deelnemers|begroting\.kosten|begroting\.andereBronnen)\[(\d*)\]\.(.+)$/.exec(veld);
  if (group) {
    const [, path, index, rest] = group;
    const columns = path === 'deelnemers' ? PARTICIPANT_COLUMNS : path === 'begroting.kosten' ? COST_COLUMNS : INCOME_COLUMNS;
    const what = path === 'deelnemers' ? 'deelnemer' : path === 'begroting.kosten' ? 'kostenpost' : 'andere bron van inkomsten';
    const label = labelOf(columns, rest);
    return index === '' ? `${label} (van elke ${what})` : `${label} (${what} ${Number(index) + 1})`;
  }
  if (veld === 'deelnemers') return 'De deelnemers van het samenwerkingsverband';
  if (veld === 'begroting.kosten') return 'De kostenposten van de begroting';
  if (veld === 'begroting.andereBronnen') return 'Andere bronnen (graag specificeren)';
  return labelOf(APPLICATION_COLUMNS, veld);
}

function labelOf(columns: readonly Column[], path: string): string {
  const column = columns.find((c) => c.path.join('.') === path);
  if (!column) return path;
  return column.labels?.[0] ?? column.beschrijving;
}
