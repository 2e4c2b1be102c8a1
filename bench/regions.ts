/**
 * =ZK.REGION runs once per cell. Compares resolving a municipality (memoised index) with the
 * bare cost of normalising the name, in the same process; prints ratios, asserts nothing.
 *
 *   npx tsx bench/regions.ts
 */
import { performance } from 'node:perf_hooks';
import { evaluateEligibility } from '../src/rules/eligibility';
import { nameKey } from '../src/rules/names';
import { samenwerken2021 } from '../src/rules/policies/samenwerken-2021';
import { policySchema } from '../src/rules/policy';
import { resolveMunicipality } from '../src/rules/regions';

const names = ['Houten', 'Capelle a/d IJssel', 'Bussum', 'Eindhoven', "'s-Gravenhage", 'Gemeente Zeist', 'Weesp', 'Bergen (NH.)'];
const N = 50_000;

function time(label: string, fn: (i: number) => unknown, n = N): number {
  for (let i = 0; i < 1000; i++) fn(i); // warm-up
  const start = performance.now();
  for (let i = 0; i < n; i++) fn(i);
  const perCall = (performance.now() - start) / n;
  process.stdout.write(`${label.padEnd(50)} ${(perCall * 1000).toFixed(2)} µs/aanroep\n`);
  return perCall;
}

const baseline = time('baseline: nameKey (normaliseren)', (i) => nameKey(names[i % names.length]));
const known = time('resolveMunicipality, bekende namen', (i) => resolveMunicipality(names[i % names.length], samenwerken2021));
const unknown = time('resolveMunicipality, steeds andere onbekende naam', (i) => resolveMunicipality(`Utreht${i}`, samenwerken2021), 2_000);
const fresh = time('nieuw beleidsobject per aanroep (geen cache)', () => resolveMunicipality('Houten', policySchema.parse(samenwerken2021)), 500);
const app = { id: 'b', deelnemers: names.map((gemeente) => ({ gemeente, discipline: 'fysiotherapie' })), aantalZkKlanten: 800 };
const eligibility = time('evaluateEligibility (8 deelnemers)', () => evaluateEligibility(app, samenwerken2021), 5_000);

process.stdout.write(`\nverhouding t.o.v. baseline: bekend ${(known / baseline).toFixed(1)}×, onbekend ${(unknown / baseline).toFixed(1)}×, ` +
  `zonder cache ${(fresh / baseline).toFixed(1)}×, hele toets ${(eligibility / baseline).toFixed(1)}×\n`);
