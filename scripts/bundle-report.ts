/**
 * Prints the gzip size of every script in dist/ after `webpack` and checks the budgets:
 * functions ≤ 110 KB gzip, task pane initial chunk ≤ 200 KB gzip. Lazy chunks (dist/chunks/,
 * e.g. exceljs, mammoth, docx loaded with dynamic import) are listed but not part of a budget.
 * Then the pane's start as the last e2e run measured it (test-results/e2e/perf.json, written by
 * test/e2e/perf.ts), and the requirement-set table of the Office API the add-in uses (scripts/api-audit.ts).
 * Exits 1 when a budget is exceeded, a bundle is missing, or a member needs more than manifest.xml declares.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { runAudit } from './api-audit';

const KB = 1024;
// functions.js: the =ZK.* functions with the rules they need at once (the module checklist loads on
// first call); one export analysis for both runtimes (webpack.config.js) keeps a few exports only
// the pane uses. taskpane.js: only the first step, the rest loads after the first paint.
export const BUDGETS: Record<string, number> = { 'functions.js': 110 * KB, 'taskpane.js': 200 * KB };

export interface BundleSize {
  file: string;
  bytes: number;
  gzip: number;
  budget?: number;
}

function scripts(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) return scripts(full);
    return entry.name.endsWith('.js') ? [full] : [];
  });
}

export function measure(dist: string): BundleSize[] {
  return scripts(dist)
    .map((file) => {
      const bytes = readFileSync(file);
      const name = relative(dist, file).split('\\').join('/');
      return { file: name, bytes: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length, budget: BUDGETS[name] };
    })
    .sort((a, b) => a.file.localeCompare(b.file));
}

function kb(n: number): string {
  return `${(n / KB).toFixed(1)} KB`;
}

/** The pane's start from the last e2e run; a build cannot time a browser itself. */
export function paneStartLine(file: string): string {
  if (!existsSync(file)) return 'Start van het taakvenster: nog niet gemeten (`npm run test:e2e` meet hem naast een minimale Fluent-pagina).';
  try {
    const perf = JSON.parse(readFileSync(file, 'utf8')) as { verhouding: number; doel: number; taakvenster: { interactief_ms: number }; minimaleFluentPagina: { interactief_ms: number } };
    const when = statSync(file).mtime.toISOString().slice(0, 16).replace('T', ' ');
    const verdict = perf.verhouding <= perf.doel ? 'gehaald' : 'NIET gehaald';
    return `Start van het taakvenster (laatste e2e-meting, ${when} UTC): ${perf.taakvenster.interactief_ms.toFixed(0)} ms tegen ${perf.minimaleFluentPagina.interactief_ms.toFixed(0)} ms voor een minimale Fluent-pagina, ${perf.verhouding.toFixed(2)} × (doel ≤ ${perf.doel} ×: ${verdict}); deze build is nog niet gemeten.`;
  } catch (error) {
    return `Start van het taakvenster: ${file} is onleesbaar (${(error as Error).message}).`;
  }
}

function main(): number {
  const dist = join(__dirname, '..', 'dist');
  if (!existsSync(dist)) {
    process.stderr.write('dist/ ontbreekt: voer eerst `npm run build` uit.\n');
    return 1;
  }
  const sizes = measure(dist);
  let ok = true;
  process.stdout.write('Bundelgrootte (gzip)\n');
  for (const size of sizes) {
    const over = size.budget !== undefined && size.gzip > size.budget;
    if (over) ok = false;
    const budget = size.budget === undefined ? 'lui geladen / geen budget' : `budget ${kb(size.budget)}${over ? '  OVERSCHREDEN' : '  ok'}`;
    process.stdout.write(`  ${size.file.padEnd(44)} ${kb(size.bytes).padStart(10)}  gzip ${kb(size.gzip).padStart(9)}  ${budget}\n`);
  }
  for (const name of Object.keys(BUDGETS)) {
    if (!sizes.some((s) => s.file === name)) {
      ok = false;
      process.stderr.write(`${name} ontbreekt in dist/.\n`);
    }
  }
  if (!ok) process.stderr.write('Een bundel is groter dan zijn budget (of ontbreekt).\n');
  process.stdout.write(`\n${paneStartLine(join(__dirname, '..', 'test-results/e2e/perf.json'))}\n\n`);
  const audit = runAudit();
  return ok && audit === 0 ? 0 : 1;
}

if (require.main === module) process.exitCode = main();
