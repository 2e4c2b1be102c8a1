/**
 * The assessors file (`--beoordelaars`): who fills which role of the policy's panel, one per row,
 * columns `rol` and `naam` (`beoordelaar` is taken for `naam`), as CSV or the first sheet of an
 * .xlsx. A role of the policy nobody is named for still gets one assessor, named after the role
 * (src/rules/scoring/panel.ts). Never throws; every refused row is a problem naming the row.
 */
import type { Problem } from '../rules/outcome';
import type { AssessorRef } from '../rules/scoring/conflicts';
import type { TableRows } from './table-rows';

export const PANEL_COLUMNS = ['rol', 'naam'] as const;

export interface PanelFileRead {
  personen: AssessorRef[];
  problemen: Problem[];
  /** False when the file was refused whole (a column missing). */
  leesbaar: boolean;
}

export function parsePanelFile({ header, rows, plaatsPrefix }: TableRows, bestand: string, rollen: readonly string[]): PanelFileRead {
  const names = header.map((h) => String(h ?? '').trim().toLowerCase());
  const rolAt = names.indexOf('rol');
  const naamAt = names.indexOf('naam') >= 0 ? names.indexOf('naam') : names.indexOf('beoordelaar');
  if (rolAt < 0 || naamAt < 0) {
    const missing = [rolAt < 0 ? 'rol' : '', naamAt < 0 ? 'naam' : ''].filter(Boolean);
    return { personen: [], leesbaar: false, problemen: [{ bestand, plaats: `${plaatsPrefix}rij 1`, veld: missing.join(', '), melding: `Kolom ${missing.join(' en ')} ontbreekt; verwacht de kolommen ${PANEL_COLUMNS.join(', ')}.`, ernst: 'fout' }] };
  }
  const personen: AssessorRef[] = [];
  const problemen: Problem[] = [];
  for (const { rij, cells } of rows) {
    const rol = String(cells[rolAt] ?? '').trim();
    const naam = String(cells[naamAt] ?? '').trim();
    const plaats = `${plaatsPrefix}rij ${rij}`;
    if (!rol && !naam) continue;
    const known = rollen.find((r) => r.toLocaleLowerCase('nl-NL') === rol.toLocaleLowerCase('nl-NL'));
    if (!known) {
      problemen.push({ bestand, plaats, veld: 'rol', melding: `Rol '${rol}' hoort niet bij het beoordelingsteam van het beleid (${rollen.join(', ')}); ${naam || 'deze rij'} krijgt geen scorebestand.`, ernst: 'fout' });
      continue;
    }
    if (!naam) {
      problemen.push({ bestand, plaats, veld: 'naam', melding: `Geen naam bij rol ${known}; de rol staat voor de naam.`, ernst: 'waarschuwing' });
      continue;
    }
    if (personen.some((p) => p.rol === known && p.beoordelaar.toLocaleLowerCase('nl-NL') === naam.toLocaleLowerCase('nl-NL'))) {
      problemen.push({ bestand, plaats, veld: 'naam', melding: `${naam} (${known}) staat al eerder in het bestand; deze rij telt niet nog eens.`, ernst: 'waarschuwing' });
      continue;
    }
    personen.push({ beoordelaar: naam, rol: known });
  }
  return { personen, problemen, leesbaar: true };
}
