import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

// What the dashboard's browser tests share: the accessibility check, waiting out transitions and
// the login page.

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

/** Opens `path` on `baseUrl` signed out: the dashboard asks for a login first, then shows that page. */
export async function logIn(
  page: Page,
  baseUrl: string,
  login: string,
  path = '/app/',
  password = 'demo12345',
) {
  await page.goto(`${baseUrl}${path}`);
  await page.getByRole('heading', { name: 'Masuk ke dasbor' }).waitFor();
  await page.getByLabel('Email atau nomor HP').fill(login);
  await page.getByLabel('Kata sandi').fill(password);
  await page.getByRole('button', { name: 'Masuk' }).click();
}
