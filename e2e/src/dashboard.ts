import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

// What the dashboard's browser tests share: the accessibility check, waiting for transitions,
// logging in, and reading a status tab's count.

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

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
interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ html: string; failureSummary: string }>;
}

/** Once the page's transitions (the drawer sliding in) have finished. */
export async function settled(page: Page) {
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
}

/** Opens `path` of the server at `baseUrl` signed out: the dashboard asks for a login first, then shows that page. */
export async function logIn(page: Page, baseUrl: string, login: string, path = '/app/') {
  await page.goto(`${baseUrl}${path}`);
  await page.getByRole('heading', { name: 'Masuk ke dasbor' }).waitFor();
  await page.getByLabel('Email atau nomor HP').fill(login);
  await page.getByLabel('Kata sandi').fill('demo12345');
  await page.getByRole('button', { name: 'Masuk' }).click();
}

/** The count on a status tab, once the list has answered. */
export async function tabCount(page: Page, name: RegExp) {
  const tab = page.getByRole('tab', { name });
  await expect.poll(() => tab.textContent()).toMatch(/\d+$/);
  return Number((await tab.textContent())?.match(/(\d+)$/)?.[1]);
}
