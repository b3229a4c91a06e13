import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

// Checks the dashboard's browser tests share: accessibility by axe-core, and waiting for
// transitions before a screenshot.

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ html: string; failureSummary: string }>;
}

/** Serious and critical accessibility problems axe-core finds on the page as it stands. */
export async function accessibilityProblems(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: axePath });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(): Promise<{ violations: AxeViolation[] }> } }).axe;
    return (await axe.run()).violations;
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => `${n.html} ${n.failureSummary}`).join(', ')})`);
}

/** Once the page's transitions (a drawer sliding in) have finished. */
export async function settled(page: Page) {
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
}
