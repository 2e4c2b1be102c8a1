import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

/** Debian's Chromium, used when it is installed (ZK_CHROMIUM names another binary). */
export const SYSTEM_CHROMIUM = process.env.ZK_CHROMIUM ?? '/usr/bin/chromium';

/** Flags for either browser: no network of its own, no GPU, a fresh profile's first-run screens skipped. */
const COMMON_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

export interface BrowserChoice {
  /** 'system' (Debian's /usr/bin/chromium) or 'npm' (the binary inside @sparticuz/chromium). */
  kind: 'system' | 'npm';
  executablePath: string;
  args: string[];
}

/**
 * Which Chromium the e2e run uses: the system one when present, otherwise the one that ships inside
 * the npm package @sparticuz/chromium, so `npm ci && npm test` needs no other install step.
 * ZK_BROWSER=npm forces the npm browser (to test that path on a machine that has both);
 * ZK_BROWSER=system refuses to fall back.
 */
export async function chooseBrowser(env: NodeJS.ProcessEnv = process.env): Promise<BrowserChoice> {
  const wanted = env.ZK_BROWSER ?? 'auto';
  if (!['auto', 'npm', 'system'].includes(wanted)) throw new Error(`ZK_BROWSER=${wanted} is onbekend; kies auto, npm of system.`);
  if (wanted !== 'npm' && existsSync(SYSTEM_CHROMIUM)) {
    return { kind: 'system', executablePath: SYSTEM_CHROMIUM, args: ['--headless', ...COMMON_ARGS] };
  }
  if (wanted === 'system') throw new Error(`Chromium ontbreekt op ${SYSTEM_CHROMIUM} (ZK_BROWSER=system). Installeer het met: apt-get install -y chromium`);
  // An ES module: loaded with import(), which tsx keeps as a real dynamic import.
  const { default: Sparticuz } = await import('@sparticuz/chromium');
  // executablePath() unpacks the brotli-compressed binary into the temp directory on first use.
  const executablePath = await Sparticuz.executablePath();
  // Its flags tune Chromium for serverless hosts; --single-process is left out because a persistent
  // context with several pages (the e2e opens three) is steadier with its own renderer processes.
  const args = [...Sparticuz.args.filter((a) => a !== '--single-process'), ...COMMON_ARGS];
  return { kind: 'npm', executablePath, args: [...new Set(args)] };
}

/** Chromium headless with a fresh profile: the system browser, or the npm one (see chooseBrowser). */
export async function launchChromium(): Promise<{ context: BrowserContext; choice: BrowserChoice; close: () => Promise<void> }> {
  const choice = await chooseBrowser();
  const profile = mkdtempSync(join(tmpdir(), 'zk-e2e-profile-'));
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: choice.executablePath,
      headless: true,
      acceptDownloads: true,
      viewport: { width: 320, height: 900 },
      locale: 'nl-NL',
      // Fluent's motions (an accordion panel's collapse: height, padding and margin animated for
      // about 200 ms) move a control while Playwright clicks it: a radio checked right after its
      // panel opened stayed unchecked in 2 of 40 tries here, and once in CI. With reduced motion
      // Fluent runs each motion in 1 ms (0 of 150 tries lost), so the walk acts on the settled
      // layout a person sees.
      reducedMotion: 'reduce',
      timeout: 120_000,
      args: choice.args,
    });
  } catch (e) {
    rmSync(profile, { recursive: true, force: true });
    throw new Error(`Chromium (${choice.kind}, ${choice.executablePath}) start niet: ${(e as Error).message}`);
  }
  context.setDefaultTimeout(60_000);
  return {
    context,
    choice,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
