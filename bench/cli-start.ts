/**
 * Start-up time of the compiled command line: `zk help`, `zk regio Utrecht` and `zk toets` on one
 * JSON file, each against a bare `node -e 0` measured in the same run. Each process is started
 * RUNS times, interleaved with the baseline so a busy machine slows both alike, and the medians
 * are compared. Builds the CLI first, so the figures are for the current source.
 * Run: npx tsx bench/cli-start.ts [runs]
 */
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';

const { buildCli } = require('../scripts/build-cli.js') as { buildCli: (o?: { quiet?: boolean }) => Promise<string> };

const ROOT = path.resolve(__dirname, '..');
const RUNS = Number(process.argv[2] ?? 15);
const ZK = path.join(ROOT, 'bin/zk.js');

interface Case {
  label: string;
  args: string[];
  /** The goal, as a multiple of the bare node start. */
  goal: number;
}

const CASES: Case[] = [
  { label: 'zk help', args: [ZK, 'help'], goal: 3 },
  { label: 'zk regio Utrecht', args: [ZK, 'regio', 'Utrecht'], goal: 3 },
  { label: 'zk toets <één JSON>', args: [ZK, 'toets', 'samples/aanvragen/01-geschikt-utrecht.json'], goal: 5 },
];

function timeOnce(args: string[]): number {
  const start = performance.now();
  const run = spawnSync(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
  const ms = performance.now() - start;
  if (run.status !== 0) throw new Error(`node ${args.join(' ')} eindigde met ${run.status}: ${run.stderr.toString().slice(0, 400)}`);
  return ms;
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

async function main(): Promise<void> {
  await buildCli({ quiet: true });
  const base: number[] = [];
  const times = CASES.map(() => [] as number[]);
  // One warm-up of each fills the file cache.
  timeOnce(['-e', '0']);
  for (const c of CASES) timeOnce(c.args);
  for (let i = 0; i < RUNS; i++) {
    base.push(timeOnce(['-e', '0']));
    CASES.forEach((c, j) => times[j].push(timeOnce(c.args)));
  }
  const baseMs = median(base);
  const line = (label: string, ms: number, ratio?: string) => process.stdout.write(`  ${label.padEnd(26)} ${ms.toFixed(0).padStart(6)} ms${ratio ? `  ${ratio}` : ''}\n`);
  process.stdout.write(`Start van zk, mediaan van ${RUNS} starts (node ${process.version})\n`);
  line('node -e 0 (basis)', baseMs);
  let allMet = true;
  CASES.forEach((c, j) => {
    const ratio = median(times[j]) / baseMs;
    const met = ratio <= c.goal;
    allMet &&= met;
    line(c.label, median(times[j]), `${ratio.toFixed(1)} × basis (doel ≤ ${c.goal} ×${met ? '' : ', NIET GEHAALD'})`);
  });
  process.stdout.write(allMet ? 'Alle doelen gehaald.\n' : 'Niet alle doelen gehaald.\n');
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 1;
});
