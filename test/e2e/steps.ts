import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { seriousViolations, type AxeViolation } from './axe';

export const RESULTS_DIR = join(__dirname, '../../test-results/e2e');
export const WIDTHS = [320, 500] as const;

export interface StepReport {
  name: string;
  screenshots: string[];
  violations: AxeViolation[];
  /** Elements wider than the pane (layout break), as "tag.class (width px)". */
  overflow: string[];
}

/** Elements that stick out to the right of the viewport: a layout break at this width. */
async function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const out: string[] = [];
    if (document.documentElement.scrollWidth > width + 1) out.push(`document (${document.documentElement.scrollWidth}px)`);
    for (const el of Array.from(document.querySelectorAll('body *'))) {
      const rect = el.getBoundingClientRect();
      if (rect.width > 0 && rect.right > width + 1 && getComputedStyle(el).position !== 'absolute') {
        out.push(`${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''} "${(el.textContent ?? '').trim().slice(0, 40)}" (${Math.round(rect.right)}px)`);
      }
    }
    return out.slice(0, 10);
  });
}

/**
 * Screenshots of the current step at 320 px and 500 px wide (full page), an axe-core check and a
 * layout-overflow check at each width.
 */
export async function recordStep(page: Page, index: number, name: string): Promise<StepReport> {
  mkdirSync(RESULTS_DIR, { recursive: true });
  const report: StepReport = { name, screenshots: [], violations: [], overflow: [] };
  const original = page.viewportSize() ?? { width: 320, height: 900 };
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: original.height });
    await page.waitForTimeout(150); // let Fluent re-measure (tab overflow, text wrapping)
    const file = (suffix: string) => join(RESULTS_DIR, `${String(index).padStart(2, '0')}-${name}-${width}${suffix}.png`);
    // What the user sees on opening the step (from its top, without scrolling), and the whole step.
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: file(''), fullPage: false });
    await page.screenshot({ path: file('-volledig'), fullPage: true });
    report.screenshots.push(file(''), file('-volledig'));
    report.overflow.push(...(await overflowing(page)).map((o) => `${width}px: ${o}`));
    if (width === WIDTHS[0]) report.violations = await seriousViolations(page);
  }
  await page.setViewportSize(original);
  return report;
}
