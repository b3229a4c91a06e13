import { createRequire } from 'node:module';
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

// What every dashboard browser test does: log in through the form, wait for animations, and ask
// axe-core for serious accessibility problems.

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ html: string; failureSummary: string }>;
}

/**
 * Serious and critical accessibility problems axe-core finds once the page's transitions have
 * finished: a menu or notification fading in or out is half transparent, and axe would read its
 * text as too faint (a CI run failed on exactly that, after "Unduh CSV" closed its menu).
 */
export async function accessibilityProblems(page: Page): Promise<string[]> {
  await settled(page);
  await page.addScriptTag({ path: axePath });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(): Promise<{ violations: AxeViolation[] }> } }).axe;
    return (await axe.run()).violations;
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => `${n.html} ${n.failureSummary}`).join(', ')})`);
}

/** Fails with each problem spelled out, so a CI log names the rule and the element. */
export async function expectAccessible(page: Page) {
  const problems = await accessibilityProblems(page);
  if (problems.length > 0) throw new Error(`Accessibility problems:\n${problems.join('\n')}`);
}

/** Once the page's transitions (the drawer sliding in) have finished. */
export async function settled(page: Page) {
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
}

/** Fills in and sends the login form the page shows. */
export async function submitLogin(page: Page, login: string, password = 'demo12345') {
  await page.getByRole('heading', { name: 'Masuk ke dasbor' }).waitFor();
  await page.getByLabel('Email atau nomor HP').fill(login);
  await page.getByLabel('Kata sandi').fill(password);
  await page.getByRole('button', { name: 'Masuk', exact: true }).click();
}

/** Opens `path` of the server at `baseUrl` signed out: the dashboard asks for a login first. */
export async function logIn(
  page: Page,
  baseUrl: string,
  login: string,
  path = '/app/',
  password = 'demo12345',
) {
  await page.goto(`${baseUrl}${path}`);
  await submitLogin(page, login, password);
}

/** The count on a status tab, once the list has answered. */
export async function tabCount(page: Page, name: RegExp) {
  const tab = page.getByRole('tab', { name });
  await expect.poll(() => tab.textContent()).toMatch(/\d+$/);
  return Number((await tab.textContent())?.match(/(\d+)$/)?.[1]);
}

/**
 * Whether a button wears the danger colour (Mantine's red, filled): kept for actions that lose
 * something, so a dialog that only moves an order on must not show it. Read off the rendered
 * colours, not a class name, so a restyled button is still judged by what the seller sees.
 */
export async function isDangerButton(button: Locator): Promise<boolean> {
  return button.evaluate((element) => {
    const probe = document.createElement('div');
    probe.style.backgroundColor = 'var(--mantine-color-red-filled)';
    document.body.append(probe);
    const red = getComputedStyle(probe).backgroundColor;
    probe.remove();
    return getComputedStyle(element).backgroundColor === red;
  });
}
