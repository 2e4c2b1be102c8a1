#!/usr/bin/env node
'use strict';
/**
 * Runs one bench as `zk` runs: compiled by esbuild into plain JavaScript (build/bench/), without
 * tsx. tsx compiles with esbuild's keepNames, which wraps every function in a __name() call; in a
 * loop over 10,000 applications that costs a few per cent and shows up in every profile, so a
 * bench under tsx measures code that is not what ships. node runs with --expose-gc, so a bench
 * can collect the previous stage's garbage before it measures the next (bench/timing.ts).
 *
 * Usage: npm run bench -- <name> [arguments]     e.g. npm run bench -- pipeline 10000
 *        (name: a file in bench/ without .ts; `npx tsx bench/<name>.ts` still works)
 */
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..');
const [bench, ...args] = process.argv.slice(2);
const names = fs.readdirSync(path.join(ROOT, 'bench')).filter((f) => f.endsWith('.ts') && f !== 'fixtures.ts' && f !== 'timing.ts').map((f) => f.slice(0, -3));
if (!bench || !names.includes(bench)) {
  process.stderr.write(`gebruik: npm run bench -- <naam> [argumenten]\n  naam: ${names.join(', ')}\n`);
  process.exit(2);
}
const outfile = path.join(ROOT, 'build/bench', `${bench}.cjs`);
require('esbuild').buildSync({
  entryPoints: [path.join(ROOT, 'bench', `${bench}.ts`)],
  outfile,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  // As the CLI build: the heavy libraries load from node_modules.
  external: ['exceljs', 'mammoth', 'docx', 'jszip', 'esbuild', 'playwright-core', '@sparticuz/chromium'],
  sourcemap: 'linked',
  // A bench that finds files next to itself (cli-start: the repo's root) sees bench/, as under tsx.
  define: { __dirname: JSON.stringify(path.join(ROOT, 'bench')) },
  logLevel: 'warning',
});
const run = spawnSync(process.execPath, ['--expose-gc', '--enable-source-maps', outfile, ...args], { stdio: 'inherit', cwd: ROOT });
process.exit(run.status ?? 1);
