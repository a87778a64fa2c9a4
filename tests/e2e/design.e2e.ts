import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations, launch, newContext } from './browser';

/*
 * The NHS design system done properly (issue 15): the v10 header with its "More" menu, the
 * keyboard order (skip link, then the header), and the error summary first in the main content
 * with "Error: " in the page title, on a full-page form, a form inside a long page and a
 * pass-the-tablet screen.
 */

let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
});

const NAV_LABELS = ['Home', 'The Change Model', 'Your data', 'About and settings'];

/** The error summary is the first thing in the main content, focused, and the title says "Error: ". */
async function expectSummaryFirst(page: Page, what: string) {
  const summary = page.locator('.nhsuk-error-summary');
  await summary.waitFor();
  await expect.poll(() => page.evaluate(() => document.activeElement?.classList.contains('nhsuk-error-summary')), { message: `${what}: focused` }).toBe(true);
  const firstInMain = await page.evaluate(() => {
    // Go down from the main region, always into the first child that shows anything.
    let node: Element | undefined = document.querySelector('main')!;
    while (node && !node.classList.contains('nhsuk-error-summary')) {
      node = Array.from(node.children).find((child) => child.getBoundingClientRect().height > 0 && child.textContent!.trim() !== '');
    }
    return node !== undefined;
  });
  expect(firstInMain, `${what}: the error summary comes first in the main content`).toBe(true);
  const [summaryTop, headingTop] = await page.evaluate(() => [
    document.querySelector('.nhsuk-error-summary')!.getBoundingClientRect().top,
    document.querySelector('main h1')!.getBoundingClientRect().top,
  ]);
  expect(summaryTop, `${what}: above the heading`).toBeLessThan(headingTop);
  expect(await page.title(), what).toMatch(/^Error: /);
}

describe('the v10 header', () => {
  it('keeps the navigation in one row at 360 px with the rest under “More”, and shows every item at 1280 px', async () => {
    const { page, context } = await newContext(browser, { viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });
    await page.goto('/data');
    await page.getByRole('heading', { level: 1, name: 'Your data' }).waitFor();
    const nav = page.getByRole('navigation', { name: 'Main' });
    const more = nav.getByRole('button', { name: 'Browse More' });
    await more.waitFor();
    expect(await more.getAttribute('aria-expanded')).toBe('false');
    const inRow = await nav.locator('.nhsuk-header__navigation-list > .nhsuk-header__navigation-item a').allTextContents();
    expect(inRow.length).toBeGreaterThan(0);
    expect(inRow.length).toBeLessThan(NAV_LABELS.length);
    // One row: the header and its navigation together stay short (they took about 160 px when it wrapped).
    const headerHeight = await page.locator('header').evaluate((h) => h.getBoundingClientRect().height);
    expect(headerHeight).toBeLessThan(120);
    const boxes = await nav.locator('.nhsuk-header__navigation-list:not(.app-nav__measure) > li:not([hidden])').evaluateAll((items) => items.map((i) => i.getBoundingClientRect().toJSON() as DOMRect));
    // One row: every item overlaps every other vertically.
    expect(Math.max(...boxes.map((b) => b.top)), 'every item and “More” on one row').toBeLessThan(Math.min(...boxes.map((b) => b.bottom)));

    await more.tap();
    expect(await more.getAttribute('aria-expanded')).toBe('true');
    const inMenu = await nav.locator('.nhsuk-header__menu-list a').allTextContents();
    expect([...inRow, ...inMenu]).toEqual(NAV_LABELS);
    // The current page is marked where it is, in the menu here.
    expect(await nav.getByRole('link', { name: 'Your data' }).getAttribute('aria-current')).toBe('page');
    await expectNoAxeViolations(page, 'the header’s menu open at 360 px');
    // Escape closes it and gives focus back to the button.
    await page.keyboard.press('Escape');
    expect(await more.getAttribute('aria-expanded')).toBe('false');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('toggle-menu');
    // A link in the menu goes there and closes the menu.
    await more.tap();
    await nav.getByRole('link', { name: 'About and settings' }).tap();
    await page.waitForURL(/\/settings$/);
    expect(await more.getAttribute('aria-expanded')).toBe('false');

    await page.setViewportSize({ width: 1280, height: 800 });
    await expect.poll(() => more.isVisible()).toBe(false);
    expect(await nav.locator('.nhsuk-header__navigation-list > .nhsuk-header__navigation-item a').allTextContents()).toEqual(NAV_LABELS);
    await context.close();
  });

  it('puts the header first for the keyboard: the skip link, then the service name, on every kind of page', async () => {
    const { page, context } = await newContext(browser, { viewport: { width: 1280, height: 800 } });
    await page.goto('/');
    await page.getByRole('button', { name: 'Load an example' }).click();
    await page.getByTestId('example-notice').waitFor();
    const dashboard = new URL(page.url()).pathname;
    const programme = dashboard.replace(/\/dashboard$/, '');
    for (const address of ['/', '/model', '/data', '/privacy', programme, dashboard, `${programme}/outcomes`]) {
      await page.goto(address);
      await page.locator('main h1').waitFor();
      // Opened at its address, nothing has taken focus: the browser starts from the top.
      expect(await page.evaluate(() => document.activeElement === document.body), address).toBe(true);
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.textContent), address).toBe('Skip to main content');
      await page.keyboard.press('Tab');
      const inHeader = await page.evaluate(() => !!document.activeElement?.closest('header'));
      expect(inHeader, `${address}: the first stop after the skip link is in the header`).toBe(true);
    }
    // The programme's details are a summary list: each row's "Change" opens the form on that field.
    await page.goto(programme);
    await page.getByRole('link', { name: 'Change the aim' }).click();
    await page.waitForURL(/\/edit#programme-aim$/);
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('programme-aim');
    await context.close();
  });
});

describe('the error summary', () => {
  it('comes first in the main content, with “Error: ” in the title, and the title is back once fixed', async () => {
    const { page, context } = await newContext(browser, { viewport: { width: 820, height: 1180 }, hasTouch: true, isMobile: true });
    // A full-page form.
    await page.goto('/programmes/new');
    await page.getByRole('heading', { level: 1 }).waitFor();
    const title = await page.title();
    expect(title).not.toMatch(/^Error/);
    await page.getByRole('button', { name: 'Save and continue' }).tap();
    await expectSummaryFirst(page, 'new programme');
    await expectNoAxeViolations(page, 'new programme, error summary');
    await page.getByLabel('Name of the programme').fill('Frailty pathway');
    await page.getByRole('button', { name: 'Save and continue' }).tap();
    await page.waitForURL(/\/programmes\/[0-9a-f-]{36}$/);
    await expect.poll(() => page.title()).not.toMatch(/^Error/);
    const programme = new URL(page.url()).pathname;

    // A form in the middle of a long page: the outcome measures.
    await page.goto(`${programme}/outcomes`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.getByLabel('Unit (optional)').first().fill('days');
    await page.getByRole('button', { name: 'Save the measures' }).tap();
    await expectSummaryFirst(page, 'outcome measures');

    // A pass-the-tablet screen: adding yourself with no name.
    await page.goto(`${programme}/rounds/new`);
    await page.getByLabel('Title of the round').fill('Workshop');
    await page.getByLabel('Testing', { exact: true }).check();
    await page.getByRole('button', { name: 'Start the round' }).tap();
    await page.waitForURL(/\/rounds\/[0-9a-f-]{36}(\?started=1)?$/);
    await page.goto(`${new URL(page.url()).pathname}/facilitate`);
    await page.getByRole('button', { name: 'Start handing round' }).tap();
    await page.getByRole('button', { name: 'Add me' }).tap();
    await page.getByRole('heading', { level: 1, name: 'Add yourself' }).waitFor();
    await page.getByRole('button', { name: 'Add me and start' }).tap();
    await expectSummaryFirst(page, 'pass the tablet: add yourself');
    await context.close();
  });
});

describe('the dashboard on a phone', () => {
  it('opens on a summary a few screens long, the matrix as a list of pairs, each section one tap away', async () => {
    const { page, context } = await newContext(browser, { viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });
    await page.goto('/');
    await page.getByRole('button', { name: 'Load an example' }).tap();
    await page.getByTestId('example-notice').waitFor();
    // As it opens on any later visit (without the one-time "The example is loaded" banner).
    await page.reload();
    await page.locator('[data-testid="look-next"]').waitFor();
    await page.locator('.app-radar__frame').waitFor();
    // What to look at next and the radar are open; everything after them is folded.
    const folds = page.locator('details.app-dashboard__fold');
    expect(await folds.count()).toBeGreaterThanOrEqual(5);
    expect(await folds.evaluateAll((all) => all.every((d) => !(d as HTMLDetailsElement).open))).toBe(true);
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    expect(height, 'at most 6 screens tall before a section is opened').toBeLessThanOrEqual(6 * 740);
    expect(await page.locator('.app-radar__frame').evaluate((el) => el.getBoundingClientRect().width)).toBeGreaterThanOrEqual(300);
    // The radar itself spans most of it (the names are in a numbered key below), labels 15 px.
    expect(await page.locator('.app-radar__frame .recharts-polar-grid').evaluate((el) => el.getBoundingClientRect().width)).toBeGreaterThanOrEqual(220);
    expect(await page.getByTestId('radar-key').locator('li').count()).toBe(7);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await expectNoAxeViolations(page, 'dashboard at 360 px, folded', { bestPractice: true });

    // The matrix is a list: each pair's name, friction and gap, flagged pairs first.
    await page.locator('#tensions > details > summary').tap();
    // Its heading is not shown a second time under the name just tapped; screen readers still list it.
    const heading = page.getByRole('heading', { level: 2, name: 'How the components work together' });
    expect(await heading.evaluate((el) => el.getBoundingClientRect().height)).toBeLessThanOrEqual(1);
    // A table keeps its words whole and scrolls sideways instead ("Softer", not "Sof" over "ter").
    await page.locator('#balance > details > summary').tap();
    const split = await page.getByTestId('balance-table').evaluate((table) =>
      [...table.querySelectorAll('th')].flatMap((cell) => {
        const probe = document.createElement('span');
        probe.style.whiteSpace = 'nowrap';
        cell.append(probe);
        const style = getComputedStyle(cell);
        const room = cell.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
        const words = (cell.textContent ?? '').split(/\s+/).filter(Boolean).filter((word) => {
          probe.textContent = word;
          return probe.getBoundingClientRect().width > room + 0.5;
        });
        probe.remove();
        return words;
      }),
    );
    expect(split, 'words wider than their table cell').toEqual([]);
    const items = page.locator('[data-testid="pair-list"] li');
    await items.first().waitFor();
    const first = (await items.first().textContent()) ?? '';
    expect(first).toMatch(/ and .*Friction .* of 3.*gap/);
    expect(first).toMatch(/Friction|Out of balance/);
    await page.locator('#look-next summary', { hasText: 'more to look at' }).tap();
    await expectNoAxeViolations(page, 'dashboard at 360 px, the pairs open', { bestPractice: true });
    // A pair link in "What to look at next" lands on its item.
    await page.locator('#look-next a[href^="#pair-"]').first().tap();
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest('[data-testid="pair-list"]') !== null)).toBe(true);
    await page.screenshot({ path: '.scratch/shots15/dashboard-360-pairs.png', fullPage: true });
    await context.close();
  });
});
