/**
 * Writes samples/scores/scores.csv: fictional scores of the four assessors of the central team
 * ("een analist, een beleidsontwikkelaar, een inkoper en de zorginhoudelijk adviseur") for the
 * applications that pass screening in the demo. Run: npx tsx scripts/demo-scores.ts
 *
 * Each application has a level per rubric group (PROFILES). Inside a group the assessors' small
 * differences cancel out (+1 on one item, −1 on the next), and the two deliberate disagreements
 * (DISAGREEMENTS: 4+1, 4−1, … → spread 2) are zero-sum too, so every group total is exactly
 * level × items and the totals can be checked by hand:
 * total = 4·inhoud + 3·impact + businesscase + haalbaarheid.
 *
 *   A-2021-002  5 4 4 4 → 40      A-2021-104  4 5 4 4 → 39
 *   A-2021-001  4 4 4 4 → 36      A-2021-101  4 4 5 3 → 36  (tie: same impact and inhoud; 1500 > 900 ZK clients)
 *   A-2021-102  4 3 4 4 → 33      A-2021-011  3 4 3 3 → 30  (tie on place 6: impact 12 > 9)
 *   A-2021-103  4 3 3 2 → 30      A-2021-012  3 3 3 3 → 27
 *   A-2021-105  2 3 3 3 → 23      A-2021-106  4 4 4 4, but the zorginhoudelijk adviseur misses two items → not ranked
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import Papa from 'papaparse';
import { hashString, mulberry32 } from '../src/rules/ranking/prng';
import { DEFAULT_RUBRIC_2021 } from '../src/rules/scoring/rubric-2021';

const PANEL = [
  { beoordelaar: 'Fatima El Idrissi', rol: 'analist' },
  { beoordelaar: 'Pieter van Dam', rol: 'beleidsontwikkelaar' },
  { beoordelaar: 'Sanne de Boer', rol: 'inkoper' },
  { beoordelaar: 'Ruud Hoekstra', rol: 'zorginhoudelijk adviseur' },
];

/** Levels per group: inhoud, impact, businesscase, haalbaarheid. */
const PROFILES: Record<string, [number, number, number, number]> = {
  'A-2021-002': [5, 4, 4, 4],
  'A-2021-104': [4, 5, 4, 4],
  'A-2021-001': [4, 4, 4, 4],
  'A-2021-101': [4, 4, 5, 3],
  'A-2021-102': [4, 3, 4, 4],
  'A-2021-011': [3, 4, 3, 3],
  'A-2021-103': [4, 3, 3, 2],
  'A-2021-012': [3, 3, 3, 3],
  'A-2021-105': [2, 3, 3, 3],
  'A-2021-106': [4, 4, 4, 4],
};
const INCOMPLETE = { aanvraag: 'A-2021-106', beoordelaar: 'Ruud Hoekstra', items: ['bereik', 'jzojp'] };
const GROUP_INDEX: Record<string, number> = { inhoud: 0, impact: 1, businesscase: 2, haalbaarheid: 3 };

/** A real disagreement (spread 2, zero-sum) for the consensus example in samples/beoordeling/consensus.csv. */
const DISAGREEMENTS: Record<string, string> = { 'A-2021-102': 'jzojp', 'A-2021-012': 'jzojp' }; // jzojp: the impact item left over after pairing
const SPLIT = [1, -1, 1, -1];

const COMMENTS: Record<number, string> = {
  1: 'Ontbreekt of voldoet niet aan wat de module vraagt.',
  2: 'Aanwezig maar vaag; onderbouwing ontbreekt.',
  3: 'Beschreven en onderbouwd, met aandachtspunten.',
  4: 'Concreet en goed onderbouwd.',
  5: 'Overtuigend en meetbaar; sterk punt van het plan.',
};

async function main() {
  const root = path.resolve(__dirname, '..');
  const rows: string[][] = [];
  for (const [aanvraag, levels] of Object.entries(PROFILES)) {
    const rand = mulberry32(hashString(aanvraag));
    const delta = new Map<string, number[]>(DEFAULT_RUBRIC_2021.items.map((i) => [i.id, [0, 0, 0, 0]]));
    // Within a group, one assessor scores an item one point higher and another assessor the next
    // item one point lower: item means move by ±0.25 but the group total (and the total) stay exact.
    for (const group of Object.keys(GROUP_INDEX)) {
      const level = levels[GROUP_INDEX[group]];
      const items = DEFAULT_RUBRIC_2021.items.filter((i) => i.groep === group).map((i) => i.id);
      if (level <= 1 || level >= 5) continue;
      for (let k = 0; k + 1 < items.length; k += 2) {
        const sign = rand() < 0.5 ? 1 : -1;
        delta.get(items[k])![Math.floor(rand() * 4)] += sign;
        delta.get(items[k + 1])![Math.floor(rand() * 4)] -= sign;
      }
    }
    const split = DISAGREEMENTS[aanvraag];
    if (split) delta.set(split, [...SPLIT]);
    for (const item of DEFAULT_RUBRIC_2021.items) {
      const level = levels[GROUP_INDEX[item.groep]];
      PANEL.forEach((p, k) => {
        if (aanvraag === INCOMPLETE.aanvraag && p.beoordelaar === INCOMPLETE.beoordelaar && INCOMPLETE.items.includes(item.id)) return;
        const score = level + delta.get(item.id)![k];
        rows.push([aanvraag, p.beoordelaar, p.rol, item.id, String(score), COMMENTS[score]]);
      });
    }
  }
  const csv = Papa.unparse({ fields: ['aanvraag', 'beoordelaar', 'rol', 'item', 'score', 'toelichting'], data: rows }, { newline: '\n' });
  const file = path.join(root, 'samples', 'scores', 'scores.csv');
  await fs.mkdir(path.dirname(file), { recursive: true });
  await fs.writeFile(file, csv + '\n');
  console.log(`${rows.length} scores voor ${Object.keys(PROFILES).length} aanvragen geschreven naar ${path.relative(root, file)}`);
}

main();
