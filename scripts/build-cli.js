#!/usr/bin/env node
'use strict';
/**
 * Compiles the command line (src/cli/main.ts and everything it imports) into build/cli/ with
 * esbuild, so `zk` starts as plain JavaScript instead of compiling TypeScript at every start.
 * Runs in `prepare` (so `npm ci` leaves a ready `zk`), before `npm run zk`/`npm run demo`, and in
 * the tests that start bin/zk.js, so no test runs an old build. Takes about a second.
 *
 * Output is ES modules with code splitting: main.mjs holds `zk help` and the command list, and
 * every command (loaded with `import()` in src/cli/commands/index.ts) is a chunk that is read
 * only when that command runs. So `zk help` parses a few KB, not the 2 MB of all commands.
 * The heavy libraries stay outside the bundle (EXTERNAL) and load from node_modules only when a
 * command reaches the code that uses them (the xlsx/docx readers are `import()`ed as well).
 * zod, papaparse and the small libraries are bundled: one chunk loads faster than many files.
 *
 * Usage: node scripts/build-cli.js [--quiet]
 */
const fs = require('node:fs');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..');
const OUTDIR = path.join(ROOT, 'build/cli');
const ENTRY = path.join(OUTDIR, 'main.mjs');
/** Loaded from node_modules at the moment a command needs them (each costs 40–300 ms to load). */
const EXTERNAL = ['exceljs', 'mammoth', 'docx', 'jszip'];
/**
 * Bundled CommonJS packages call `require` (for node:fs, node:buffer, …), which an ES module lacks:
 * every output file gets one made for it.
 */
const REQUIRE_SHIM = "import { createRequire as __zkCreateRequire } from 'node:module'; const require = __zkCreateRequire(import.meta.url);";

async function buildCli({ quiet = false } = {}) {
  let esbuild;
  try {
    esbuild = require('esbuild');
  } catch {
    throw new Error('esbuild ontbreekt (een devDependency): installeer met `npm ci` zonder --omit=dev.');
  }
  const started = Date.now();
  // Chunk names carry a hash: without emptying the folder, old chunks would pile up.
  fs.rmSync(OUTDIR, { recursive: true, force: true });
  const result = await esbuild.build({
    entryPoints: { main: path.join(ROOT, 'src/cli/main.ts') },
    outdir: OUTDIR,
    outExtension: { '.js': '.mjs' },
    chunkNames: 'chunks/[name]-[hash]',
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    external: EXTERNAL,
    banner: { js: REQUIRE_SHIM },
    // Error stacks can point into src/ (node --enable-source-maps).
    sourcemap: 'linked',
    legalComments: 'none',
    logLevel: 'warning',
    metafile: true,
  });
  if (!quiet) {
    const files = Object.entries(result.metafile.outputs).filter(([name]) => name.endsWith('.mjs'));
    const kb = Math.round(files.reduce((sum, [, o]) => sum + o.bytes, 0) / 1024);
    process.stdout.write(`zk gebouwd: ${path.relative(ROOT, OUTDIR)}/ (${files.length} bestanden, ${kb} KB) in ${Date.now() - started} ms\n`);
  }
  return ENTRY;
}

module.exports = { buildCli, ENTRY, EXTERNAL };

if (require.main === module) {
  buildCli({ quiet: process.argv.includes('--quiet') }).catch((error) => {
    process.stderr.write(`build-cli: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
}
