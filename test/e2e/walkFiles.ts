import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Application } from '../../src/rules/application';

const SAMPLES = join(__dirname, '../../samples');

export interface WalkFiles {
  /** Files of the first import. */
  first: string[];
  expectedApplications: number;
  /** [application id, field, literal text] that must arrive as text, never as a formula. */
  hostile: [string, string, string][];
  /** A newer version of one application (one field changed). */
  reimport: string;
  /** The application that fails K9 with 749 clients (overridden in the walk). */
  k9Id: string;
}

const HOSTILE = '=HYPERLINK("http://voorbeeld.invalid","klik")';

/**
 * The applications of the walk: variants of the eligible sample (different names, regions and
 * client numbers), one with 749 ZK clients (K9) and one whose initiative name is a formula.
 */
export function walkFiles(dir: string): WalkFiles {
  const base: Application = JSON.parse(readFileSync(join(SAMPLES, 'aanvragen/01-geschikt-utrecht.json'), 'utf8'));
  const names = ['Samen Sterk Thuis', 'Beweegroute Kromme Rijn', 'Longpunt Houten', 'Valpreventie Vecht', 'Herstel Dichtbij', 'Zorgpad Oudewater', 'Ouderenkracht'];
  const variants: Application[] = names.map((naam, i) => ({
    ...base,
    id: `E2E-${String(i + 1).padStart(2, '0')}`,
    naamInitiatief: naam,
    // Only the client count differs: the budget must keep adding up, or the business case fails.
    aantalZkKlanten: 800 + 50 * i,
  }));
  const k9: Application = { ...base, id: 'E2E-K9', naamInitiatief: 'Bijna genoeg klanten', aantalZkKlanten: 749 };
  const hostile: Application = { ...base, id: 'E2E-FORMULE', naamInitiatief: HOSTILE };
  const all = join(dir, 'aanvragen.json');
  writeFileSync(all, JSON.stringify([...variants, hostile], null, 2));
  const k9File = join(dir, 'k9-749-klanten.json');
  writeFileSync(k9File, JSON.stringify(k9, null, 2));
  const reimport = join(dir, 'k9-749-klanten-v2.json');
  writeFileSync(reimport, JSON.stringify({ ...k9, opmerkingen: 'Tweede versie: ledenlijst toegevoegd.' }, null, 2));
  return {
    first: [all, k9File],
    expectedApplications: variants.length + 2,
    hostile: [['E2E-FORMULE', 'naamInitiatief', HOSTILE]],
    reimport,
    k9Id: k9.id,
  };
}
