/**
 * Writes samples/scores/scores.csv: fictional scores of the four assessors of the central team
 * for every sample application that passes screening. Deterministic (seeded), so the file only
 * changes when the samples change. Run: npx tsx scripts/demo-scores.ts
 *
 * Each application gets a base level per item (2–5); each assessor deviates by −1, 0 or +1, one
 * assessor is a little strict (−1 more often), and now and then two assessors disagree by 2 or
 * more so the workbook shows a disagreement flag.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import Papa from 'papaparse';
import { readApplications } from '../src/cli/read-applications';
import { evaluateEligibility } from '../src/rules/eligibility';
import { samenwerken2021 } from '../src/rules/policies/samenwerken-2021';
import { hashString, mulberry32 } from '../src/rules/ranking/prng';
import { DEFAULT_RUBRIC_2021 } from '../src/rules/scoring/rubric-2021';

const PANEL = [
  { beoordelaar: 'Fatima El Idrissi', rol: 'analist', streng: 0 },
  { beoordelaar: 'Pieter van Dam', rol: 'beleidsontwikkelaar', streng: 0.35 },
  { beoordelaar: 'Sanne de Boer', rol: 'inkoper', streng: 0 },
  { beoordelaar: 'Ruud Hoekstra', rol: 'zorginhoudelijk adviseur', streng: 0 },
];

const COMMENTS: Record<number, string> = {
  1: 'Ontbreekt of voldoet niet aan wat de module vraagt.',
  2: 'Aanwezig maar vaag; onderbouwing ontbreekt.',
  3: 'Beschreven en onderbouwd, met aandachtspunten.',
  4: 'Concreet en goed onderbouwd.',
  5: 'Overtuigend en meetbaar; sterk punt van het plan.',
};

async function main() {
  const root = path.resolve(__dirname, '..');
  const { aanvragen } = await readApplications([path.join(root, 'samples', 'aanvragen')], root);
  const eligible = aanvragen.filter((a) => evaluateEligibility(a, samenwerken2021).status === 'geschikt');
  const rows: string[][] = [];
  for (const app of eligible) {
    const rand = mulberry32(hashString(app.id) ^ 2021);
    for (const item of DEFAULT_RUBRIC_2021.items) {
      const base = 2 + Math.floor(rand() * 4);
      const disagree = rand() < 0.08;
      PANEL.forEach((p, k) => {
        let delta = rand() < 0.25 ? -1 : rand() < 0.25 ? 1 : 0;
        if (rand() < p.streng) delta -= 1;
        if (disagree && k === 3) delta = base >= 4 ? -2 : 2;
        const score = Math.max(1, Math.min(5, base + delta));
        rows.push([app.id, p.beoordelaar, p.rol, item.id, String(score), COMMENTS[score]]);
      });
    }
  }
  const csv = Papa.unparse({ fields: ['aanvraag', 'beoordelaar', 'rol', 'item', 'score', 'toelichting'], data: rows });
  const file = path.join(root, 'samples', 'scores', 'scores.csv');
  await fs.mkdir(path.dirname(file), { recursive: true });
  await fs.writeFile(file, csv + '\n');
  console.log(`${rows.length} scores voor ${eligible.length} geschikte aanvragen geschreven naar ${path.relative(root, file)}`);
}

main();
