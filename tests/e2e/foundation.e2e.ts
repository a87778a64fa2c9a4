import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { drainCspViolations, expectNoAxeViolations, launch, newContext, waitForServiceWorker } from './browser';

let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
});

describe('foundation', () => {
  it('renders the home and Change Model screens, and a component screen through the wheel', async () => {
    const { page, context, foreignRequests } = await newContext(browser);
    await page.goto('/');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toContain('Change Model');
    await page.getByRole('link', { name: 'The Change Model' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'The Change Model' }).waitFor();
    const segments = page.locator('svg.app-wheel a');
    await expect.poll(() => segments.count()).toBe(8);
    await page.getByRole('link', { name: /Our shared purpose, at the centre/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Our shared purpose' }).waitFor();
    expect(await page.locator('.app-prompt-list__item').count()).toBeGreaterThanOrEqual(5);
    expect(foreignRequests).toEqual([]);
    await context.close();
  });

  it('is served with a Content-Security-Policy that forbids inline script, eval and framing, and reports any breach', async () => {
    const { page, context } = await newContext(browser);
    const response = await page.goto('/');
    const csp = response!.headers()['content-security-policy'] ?? '';
    for (const directive of ["script-src 'self'", "style-src 'self'", "connect-src 'self'", "object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'"]) {
      expect(csp).toContain(directive);
    }
    // No JavaScript eval: only 'wasm-unsafe-eval', which lets the QR decoder compile WebAssembly.
    expect(csp).not.toContain("'unsafe-eval'");
    expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval';");
    expect(csp).not.toContain('unsafe-inline');
    await page.getByRole('heading', { level: 1 }).waitFor();
    // The watcher every test relies on does see a breach: an inline script is refused and reported.
    const ran = await page.evaluate(async () => {
      const script = document.createElement('script');
      script.textContent = 'window.__inlineRan = true';
      document.head.append(script);
      await new Promise((resolve) => setTimeout(resolve, 50));
      return (window as unknown as { __inlineRan?: boolean }).__inlineRan === true;
    });
    expect(ran).toBe(false);
    await expect.poll(() => drainCspViolations().length).toBeGreaterThan(0);
    await context.close();
  });

  it('paints the home page and every screen’s shell from the HTML alone, before any script (issue 17)', async () => {
    // With JavaScript off, what the first paint shows is what the server (or the precache) sent.
    const { page, context } = await newContext(browser, { javaScriptEnabled: false });
    await page.goto('/');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Check your change against the NHS Change Model');
    expect(await page.getByRole('navigation', { name: 'Main' }).getByRole('link').allTextContents()).toEqual(['Home', 'The Change Model', 'Your data', 'About and settings']);
    expect(await page.getByRole('button', { name: 'Start a quick check' }).count()).toBe(1);
    expect(await page.getByRole('link', { name: 'Accessibility statement' }).count()).toBe(1);
    // The stylesheet is in the page: the NHS header is styled with no second request.
    expect(await page.locator('header').evaluate((h) => getComputedStyle(h).backgroundColor)).toBe('rgb(0, 94, 184)');
    // A deep link opens on the shell: header, navigation and footer around an empty page, never the home page's content.
    await page.goto('/programmes/some-programme/dashboard');
    expect(await page.getByRole('navigation', { name: 'Main' }).getByRole('link').count()).toBe(4);
    expect(await page.getByRole('link', { name: 'Privacy' }).count()).toBe(1);
    expect(await page.locator('main').innerText()).toBe('Loading…');
    expect(await page.getByText('Check your change against the NHS Change Model').count()).toBe(0);
    await context.close();

    // With JavaScript on, the same HTML is hydrated (no second render, no error) and the service
    // worker keeps both pages for a visit offline.
    const live = await newContext(browser);
    const errors: string[] = [];
    live.page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    await live.page.goto('/');
    await waitForServiceWorker(live.page);
    await live.page.getByText('No programmes on this device yet.').waitFor();
    expect(errors).toEqual([]);
    const cached = await live.page.evaluate(async () => {
      const text = async (url: string) => (await (await caches.match(url, { ignoreSearch: true }))?.text()) ?? '';
      return { home: await text('/index.html'), shell: await text('/shell.html') };
    });
    expect(cached.home).toContain('data-prerendered="/"');
    expect(cached.home).toContain('<h1>Check your change against the NHS Change Model</h1>');
    expect(cached.shell).toContain('data-prerendered="shell"');
    await live.context.close();
  });

  it('switches to the 2018 names', async () => {
    const { page, context } = await newContext(browser);
    await page.goto('/model');
    // The choice lives in the address; react-router applies it in a transition, so click and then wait.
    await page.getByLabel('Refreshed names (2018)').click();
    await expect.poll(() => page.getByLabel('Refreshed names (2018)').isChecked()).toBe(true);
    await page.getByRole('link', { name: /^Leadership by all/ }).first().waitFor();
    expect(page.url()).toContain('labels=2018');
    await context.close();
  });

  it('is controlled by the service worker after the first visit and works offline, deep links included', async () => {
    const { page, context, foreignRequests } = await newContext(browser);
    await page.goto('/');
    await waitForServiceWorker(page);
    expect(await page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);

    await context.setOffline(true);
    await page.reload();
    await page.getByRole('heading', { level: 1 }).waitFor();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Offline' }).count()).toBe(1);

    await page.goto('/model/transparent-measurement');
    await page.getByRole('heading', { level: 1, name: 'Transparent measurement' }).waitFor();
    expect(await page.locator('.app-prompt-list__item').count()).toBeGreaterThanOrEqual(5);

    await page.goto('/settings');
    await page.getByRole('heading', { level: 1, name: 'About and settings' }).waitFor();
    expect(foreignRequests).toEqual([]);
    await context.close();
  });

  it('serves a web manifest with the icons an install needs', async () => {
    const { page, context } = await newContext(browser);
    await page.goto('/');
    const href = await page.locator('link[rel="manifest"]').getAttribute('href');
    expect(href).toBeTruthy();
    const manifest = await page.evaluate(async (url) => (await fetch(url!)).json(), href);
    expect(manifest.display).toBe('standalone');
    expect(manifest.start_url).toBe('/');
    const sizes = manifest.icons.map((i: { sizes: string; purpose: string }) => `${i.sizes}:${i.purpose}`);
    expect(sizes).toEqual(expect.arrayContaining(['192x192:any', '512x512:any', '512x512:maskable']));
    for (const icon of manifest.icons) {
      const response = await page.request.get(icon.src);
      expect(response.status(), icon.src).toBe(200);
      expect(response.headers()['content-type']).toBe('image/png');
    }
    await context.close();
  });

  it('shows the app version and storage in settings', async () => {
    const { page, context } = await newContext(browser);
    await page.goto('/settings');
    await expect.poll(() => page.getByTestId('app-version').textContent()).toMatch(/^\d+\.\d+\.\d+$/);
    await expect.poll(() => page.getByTestId('data-usage').textContent()).toMatch(/bytes|KB|MB|GB/);
    await context.close();
  });

  it('has no axe violations on the foundation screens', async () => {
    const { page, context } = await newContext(browser);
    for (const path of ['/', '/model', '/model/shared-purpose', '/model/system-drivers', '/settings', '/nowhere']) {
      await page.goto(path);
      await page.getByRole('heading', { level: 1 }).waitFor();
      await expectNoAxeViolations(page, path);
    }
    await context.close();
  });
  it('explains, instead of showing a blank page, when the browser blocks storage', async () => {
    const { page, context } = await newContext(browser);
    // What private modes and blocked site data look like to the app: opening IndexedDB fails.
    await context.addInitScript(() => {
      IDBFactory.prototype.open = function () {
        throw new DOMException('The user denied permission to access the database.', 'SecurityError');
      };
    });
    await page.goto('/');
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.textContent()).toContain('not letting the app store data');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('This app cannot store your answers here');
    await expectNoAxeViolations(page, 'storage blocked');
    await context.close();
  });
});
