/**
 * The pane's start in the browser, against a minimal Fluent UI v9 page measured in the same run:
 *   interactive   navigation start → the first step's heading and button are on screen
 *                 (performance.now() is measured from navigation start)
 *   first paint   Chromium's first-contentful-paint entry of the performance timeline
 *   JS before paint  bytes of script (decoded) that had arrived before the first paint, without
 *                 the host's office.js (in the e2e run the fake Excel)
 * Both pages load the same office.js (the fake Excel) before their own script and render when
 * Office is ready, as an add-in page must: the host's script is not the pane's cost.
 * Each page is loaded LOADS times, in pairs (the pane and the minimal page right after each other,
 * in alternating order).
 * The verdict is the median of the pairs' ratios, as the two loads of a pair share the machine's
 * load of that moment (a CI machine has 2 shared cores, and a ratio of medians of separate loads
 * moved by ±0.2 between runs). Prints the figures and their ratios and writes them to
 * test-results/e2e/perf.json; the goal (≤ 1.5 × the minimal page) is reported, not asserted, as a
 * busy machine changes times. What is asserted: none of the
 * heavy readers/writers (exceljs, mammoth, docx, jszip) is loaded at the start.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import type { BrowserContext } from 'playwright-core';
import { RESULTS_DIR } from './steps';

const LOADS = 9;
const GOAL = 1.5;
/** A heavy library in a script's source map: webpack names lazy chunks by number, not by library. */
const HEAVY = /node_modules\/(exceljs|mammoth|docx|jszip)\//;
const DIST = join(__dirname, '../../dist');

/** The heavy libraries inside the scripts served from dist/, read from their source maps. */
function heavyLibrariesIn(urls: readonly string[]): string[] {
  const found = new Set<string>();
  for (const url of urls) {
    const map = join(DIST, new URL(url).pathname) + '.map';
    if (!existsSync(map)) continue;
    const { sources = [] } = JSON.parse(readFileSync(map, 'utf8')) as { sources?: string[] };
    for (const source of sources) {
      const match = HEAVY.exec(source);
      if (match) found.add(`${match[1]} (in ${new URL(url).pathname})`);
    }
  }
  return [...found];
}

export interface StartFigures {
  /** ms from navigation start until the first step can be used. */
  interactive: number;
  firstPaint: number;
  /** Decoded bytes of script received before the first paint. */
  scriptBeforePaint: number;
  /** Script URLs loaded until the step was interactive. */
  scripts: string[];
}

/** Records when an element `tag` with `text` is first in the document, from navigation start. */
const watchFor = (tag: string, text: string) => `
  (() => {
    const seen = () => {
      if (window.__zkInteractive) return;
      for (const el of document.getElementsByTagName(${JSON.stringify(tag)})) {
        if (el.textContent.includes(${JSON.stringify(text)})) {
          window.__zkInteractive = -1;
          // Two frames later the step has been painted and takes input.
          requestAnimationFrame(() => requestAnimationFrame(() => { window.__zkInteractive = performance.now(); }));
          return;
        }
      }
    };
    new MutationObserver(seen).observe(document, { childList: true, subtree: true, characterData: true });
  })();`;

/** Files answered from memory on the pane's own origin (the baseline page), by path. */
type Files = Record<string, { body: string; contentType: string }>;

async function measureOnce(context: BrowserContext, url: string, tag: string, text: string, initScript?: string, files?: Files): Promise<StartFigures> {
  const page = await context.newPage();
  try {
    if (files) {
      await page.route(
        (u) => new URL(u).pathname in files,
        (route) => route.fulfill({ ...files[new URL(route.request().url()).pathname], headers: { 'cache-control': 'no-store' } }),
      );
    }
    if (initScript) await page.addInitScript({ content: initScript });
    await page.addInitScript({ content: watchFor(tag, text) });
    await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
    await page.waitForFunction(() => ((window as unknown as { __zkInteractive?: number }).__zkInteractive ?? -1) > 0, undefined, { timeout: 120_000 });
    // Paint entries arrive a frame after the paint.
    await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0, undefined, { timeout: 30_000 });
    return await page.evaluate(() => {
      const interactive = (window as unknown as { __zkInteractive: number }).__zkInteractive;
      const firstPaint = performance.getEntriesByName('first-contentful-paint')[0].startTime;
      // office.js is the host's (here the fake Excel), not the pane's: left out of the bytes.
      const scripts = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter((r) => r.initiatorType === 'script' && !/office\.js$|appsforoffice/.test(r.name));
      return {
        interactive,
        firstPaint,
        scriptBeforePaint: scripts.filter((r) => r.responseEnd <= firstPaint).reduce((sum, r) => sum + r.decodedBodySize, 0),
        scripts: scripts.filter((r) => r.responseEnd <= interactive).map((r) => r.name),
      };
    });
  } finally {
    await page.close();
  }
}

const BASELINE_DIR = '/zk-perf-minimal';

/**
 * The minimal Fluent add-in page, built in memory; served on the pane's origin so no other origin
 * is asked. `officeJs` is the host script the pane gets (the fake Excel), as a blocking script in
 * the head, where the pane's HTML has Microsoft's office.js.
 */
async function baselineFiles(officeJs: string): Promise<Files> {
  const result = await build({
    entryPoints: [join(__dirname, 'perf-baseline/index.tsx')],
    bundle: true,
    minify: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    jsx: 'automatic',
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
  });
  return {
    [`${BASELINE_DIR}/index.html`]: {
      body: '<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Fluent</title><script src="office.js"></script><script defer src="minimal.js"></script></head><body><div id="root"></div></body></html>',
      contentType: 'text/html; charset=utf-8',
    },
    [`${BASELINE_DIR}/office.js`]: { body: officeJs, contentType: 'text/javascript; charset=utf-8' },
    [`${BASELINE_DIR}/minimal.js`]: { body: result.outputFiles[0].text, contentType: 'text/javascript; charset=utf-8' },
  };
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/**
 * Measures the pane (its first step: the import heading and the file button) and the minimal
 * Fluent page, prints both and their ratios, and throws when a heavy library loaded at the start.
 */
export async function reportPaneStart(context: BrowserContext, paneUrl: string, officeJs: string, paneInitScript?: string): Promise<void> {
  const files = await baselineFiles(officeJs);
  const baselineUrl = new URL(`${BASELINE_DIR}/index.html`, paneUrl).href;
  const pane: StartFigures[] = [];
  const minimal: StartFigures[] = [];
  for (let i = 0; i < LOADS; i++) {
    // Which page goes first alternates: the second load of a pair meets what the first left
    // running (its late chunks, the browser's clean-up), and that must not favour one side.
    const loadPane = async () => pane.push(await measureOnce(context, paneUrl, 'h2', 'Aanvragen importeren', paneInitScript));
    const loadMinimal = async () => minimal.push(await measureOnce(context, baselineUrl, 'button', 'Bestanden kiezen', undefined, files));
    if (i % 2 === 0) {
      await loadPane();
      await loadMinimal();
    } else {
      await loadMinimal();
      await loadPane();
    }
  }
  const summary = (runs: StartFigures[]) => ({
    interactief_ms: median(runs.map((r) => r.interactive)),
    eerste_paint_ms: median(runs.map((r) => r.firstPaint)),
    script_voor_paint_kb: median(runs.map((r) => r.scriptBeforePaint)) / 1024,
  });
  const ours = summary(pane);
  const base = summary(minimal);
  const ratio = median(pane.map((p, i) => p.interactive / minimal[i].interactive));
  const row = (label: string, a: number, b: number, unit: string) => `    ${label.padEnd(22)} ${a.toFixed(0).padStart(6)} ${unit}   minimale Fluent-pagina ${b.toFixed(0).padStart(6)} ${unit}   ${(a / b).toFixed(2)} ×`;
  console.log(`    Start van het taakvenster (mediaan van ${LOADS} keer laden):`);
  console.log(row('tot eerste stap bruikbaar', ours.interactief_ms, base.interactief_ms, 'ms'));
  console.log(row('eerste paint', ours.eerste_paint_ms, base.eerste_paint_ms, 'ms'));
  console.log(row('JavaScript voor paint', ours.script_voor_paint_kb, base.script_voor_paint_kb, 'KB'));
  console.log(`    doel: ≤ ${GOAL} × de minimale pagina (mediaan van de ${LOADS} paren) → ${ratio.toFixed(2)} × (${ratio <= GOAL ? 'gehaald' : 'NIET gehaald'})`);
  const heavy = heavyLibrariesIn([...new Set(pane.flatMap((r) => r.scripts))]);
  writeFileSync(join(RESULTS_DIR, 'perf.json'), JSON.stringify({ taakvenster: ours, minimaleFluentPagina: base, verhouding: ratio, doel: GOAL, zwareScriptsBijStart: heavy, metingen: { taakvenster: pane, minimaal: minimal } }, null, 2));
  if (heavy.length) throw new Error(`zware bibliotheken geladen bij de start: ${heavy.join(', ')}`);
}
