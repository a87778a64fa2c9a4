import { existsSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { expect, inject } from 'vitest';

/** The local server global-setup started for this run. */
export const BASE_URL = inject('baseUrl');

export function chromePath(): string {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
  const found = candidates.find((p): p is string => !!p && existsSync(p));
  if (!found) throw new Error('No Chromium found. Install it (apt-get install -y chromium) or set CHROME_PATH.');
  return found;
}

export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromePath(),
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-quic'],
  });
}

export interface TestContext {
  context: BrowserContext;
  page: Page;
  /** Requests that went anywhere but the local server. */
  foreignRequests: string[];
}

/**
 * Content-Security-Policy violations seen in any page of any context since the last drain. The
 * e2e setup file (csp-setup.ts) drains it after every test and fails the test if it is not empty,
 * so every screen every test visits is checked against the policy the server sends.
 */
const cspViolations: string[] = [];
const CSP_MARKER = '[csp-violation]';

export function drainCspViolations(): string[] {
  return cspViolations.splice(0, cspViolations.length);
}

export function watchCsp(context: BrowserContext): void {
  void context.addInitScript((marker: string) => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`${marker} ${e.violatedDirective} blocked ${e.blockedURI || 'inline'} at ${e.sourceFile}:${e.lineNumber}`);
    });
  }, CSP_MARKER);
  context.on('console', (message) => {
    const text = message.text();
    if (text.startsWith(CSP_MARKER) || /Content Security Policy/i.test(text)) cspViolations.push(`${message.page()?.url() ?? '?'}: ${text}`);
  });
}

export async function newContext(browser: Browser, options: Parameters<Browser['newContext']>[0] = {}): Promise<TestContext> {
  const context = await browser.newContext({ baseURL: BASE_URL, ...options });
  watchCsp(context);
  const foreignRequests: string[] = [];
  const origin = new URL(BASE_URL).origin;
  context.on('request', (request) => {
    const url = request.url();
    if (url.startsWith('data:') || url.startsWith('blob:')) return;
    if (new URL(url).origin !== origin) foreignRequests.push(url);
  });
  const page = await context.newPage();
  return { context, page, foreignRequests };
}

/** Wait until the service worker controls the page (it installs on first visit; a reload hands control over). */
export async function waitForServiceWorker(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    return registration.active?.state;
  });
  if (!(await page.evaluate(() => !!navigator.serviceWorker.controller))) {
    await page.reload();
    await page.waitForFunction(() => !!navigator.serviceWorker.controller);
  }
}

/** WCAG 2.2 A and AA; with `bestPractice`, axe's best-practice rules too (landmarks, headings, regions). */
export async function expectNoAxeViolations(page: Page, label: string, { bestPractice = false } = {}): Promise<void> {
  const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', ...(bestPractice ? ['best-practice'] : [])];
  const results = await new AxeBuilder({ page }).withTags(tags).analyze();
  const summary = results.violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).join('\n  ')}`);
  expect(summary, `axe violations on ${label}`).toEqual([]);
}

/**
 * The evidence note of statement `n` on a component page, opened first if it is still behind
 * "Add evidence" (a note is one tap away until used).
 */
export async function openNote(scope: Page, n: number) {
  const box = scope.getByRole('textbox', { name: `Evidence note for statement ${n} (optional)` });
  if ((await box.count()) === 0) await scope.getByRole('button', { name: `Add evidence for statement ${n} (optional)` }).click();
  await box.waitFor();
  return box;
}
