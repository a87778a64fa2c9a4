/**
 * The quick check keeps its ten-minute promise (issue 14): the whole path, home to summary, 40
 * statements and 3 notes, by mouse at 1280 x 800, counted in actions and pixels scrolled; and the
 * same path one-handed on a 360 px phone with touch. Two checks in a row: the second summary
 * shows the first overlaid and the change.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations, launch, newContext } from './browser';

const SHOTS = process.env.SHOTS_DIR ?? join('.scratch', 'shots-quickcheck');
let browser: Browser;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
});

/** Downward scrolling only: the jump to the top of each new screen is the app's, not the person's. */
const SCROLL_COUNTER = () => {
  let last = 0;
  (window as unknown as { __scrolled: number }).__scrolled = 0;
  addEventListener(
    'scroll',
    () => {
      const y = window.scrollY;
      if (y > last) (window as unknown as { __scrolled: number }).__scrolled += y - last;
      last = y;
    },
    { passive: true },
  );
};

const ANSWERS = ['Not in place', 'Planned or starting', 'In place in parts', 'Working well in most places', 'Embedded', 'Not yet at this stage', "Don't know"];

/** The whole quick check by pointer: every click or tap and every note typed counts as one action. */
async function quickCheck(page: Page, touch: boolean): Promise<{ actions: number; scrolled: number; statements: number }> {
  let actions = 0;
  const act = async (locator: ReturnType<Page['locator']>) => {
    actions += 1;
    // A person scrolls until the thing is in view, no further (Playwright would centre it).
    await locator.evaluate((el) => el.scrollIntoView({ block: 'nearest' }));
    if (touch) await locator.tap();
    else await locator.click();
  };
  await page.goto('/');
  await act(page.getByRole('button', { name: 'Start a quick check' }));
  await page.getByTestId('round-progress').waitFor();
  await act(page.getByRole('link', { name: 'Start with Our shared purpose' }));
  if (process.env.QC_DEBUG) console.log('after wheel', await page.evaluate(() => (window as unknown as { __scrolled: number }).__scrolled));
  let statements = 0;
  let notes = 0;
  for (let component = 0; component < 8; component++) {
    await page.locator('.app-prompt').first().waitFor();
    const prompts = page.locator('.app-prompt');
    const count = await prompts.count();
    for (let i = 0; i < count; i++) {
      await act(prompts.nth(i).locator('label.nhsuk-radios__label').nth((statements + i) % ANSWERS.length));
      if ((component === 0 || component === 3 || component === 6) && i === 0) {
        await act(prompts.nth(i).getByRole('button', { name: /^Add evidence/ }));
        actions += 1;
        await page.keyboard.type('Seen at the Monday huddle');
        notes += 1;
      }
    }
    statements += count;
    await expect.poll(() => page.getByTestId('save-status').textContent()).toContain('Saved');
    const before = page.url();
    await act(page.locator('.app-pager__continue'));
    if (process.env.QC_DEBUG) console.log('after component', component, await page.evaluate(() => (window as unknown as { __scrolled: number }).__scrolled));
    await page.waitForURL((url) => url.toString() !== before);
  }
  expect(notes).toBe(3);
  // The pairs are an optional last step of a quick check: skipped.
  await act(page.getByRole('link', { name: 'Skip the pairs and see my summary' }));
  await page.getByRole('heading', { level: 1, name: 'What to look at next' }).waitFor();
  const scrolled = await page.evaluate(() => (window as unknown as { __scrolled: number }).__scrolled);
  return { actions, scrolled: Math.round(scrolled), statements };
}

describe('a quick check that keeps its ten-minute promise', () => {
  it('takes at most 60 actions and 8,000 px of scrolling by mouse at 1280 x 800', async () => {
    const { page, context } = await newContext(browser, { viewport: { width: 1280, height: 800 } });
    await context.addInitScript(SCROLL_COUNTER);
    const result = await quickCheck(page, false);
    console.log(`Quick check by mouse at 1280 x 800: ${result.actions} actions, ${result.scrolled} px scrolled, ${result.statements} statements, 3 notes`);
    expect(result.statements).toBe(40);
    expect(result.actions).toBeLessThanOrEqual(60);
    expect(result.scrolled).toBeLessThanOrEqual(8000);
    await context.close();
  });

  it('is usable one-handed on a 360 px phone: every answer a 44 px target, Continue full width', async () => {
    const { page, context } = await newContext(browser, { viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });
    await context.addInitScript(SCROLL_COUNTER);
    await page.goto('/');
    await page.getByRole('button', { name: 'Start a quick check' }).tap();
    await page.getByTestId('round-progress').waitFor();
    const url = new URL(page.url()).pathname;
    await page.goto(`${url}/answer/leadership`);
    await page.locator('.app-prompt').first().waitFor();
    const small = await page.evaluate(() =>
      [...document.querySelectorAll('.app-prompt label, .app-prompt button, .app-pager__continue')]
        .map((el) => ({ text: (el.textContent ?? '').trim().slice(0, 30), box: el.getBoundingClientRect() }))
        .filter(({ box }) => box.height < 44 || box.width < 44)
        .map(({ text, box }) => `${text} ${Math.round(box.width)}x${Math.round(box.height)}`),
    );
    expect(small).toEqual([]);
    const pager = await page.locator('.app-pager__continue').boundingBox();
    expect(pager!.width).toBeGreaterThanOrEqual(360 - 2 * 16 - 1);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await expectNoAxeViolations(page, 'component page at 360 px');
    await page.screenshot({ path: join(SHOTS, 'component-360.png'), fullPage: true });
    await context.close();
    // The whole path by thumb, on a fresh phone.
    const phone = await newContext(browser, { viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });
    await phone.context.addInitScript(SCROLL_COUNTER);
    const result = await quickCheck(phone.page, true);
    console.log(`Quick check by touch at 360 x 740: ${result.actions} actions, ${result.scrolled} px scrolled`);
    expect(result.statements).toBe(40);
    expect(result.actions).toBeLessThanOrEqual(60);
    await phone.context.close();
  });

  it('compares a second quick check with the first: radar overlaid, the change per component', async () => {
    const { page, context } = await newContext(browser, { viewport: { width: 1280, height: 800 } });
    await page.goto('/');
    await page.getByRole('button', { name: 'Start a quick check' }).click();
    await page.getByTestId('round-progress').waitFor();
    const first = new URL(page.url()).pathname;
    await page.goto(`${first}/answer/leadership`);
    const answerAll = async (answer: string) => {
      const prompts = page.locator('.app-prompt');
      await prompts.first().waitFor();
      for (let i = 0; i < (await prompts.count()); i++) await prompts.nth(i).locator('label.nhsuk-radios__label', { hasText: answer }).click();
      await expect.poll(() => page.getByTestId('save-status').textContent()).toContain('Saved');
    };
    await answerAll('Planned or starting');
    // Spread answered "not yet at this stage" throughout: listed as "not yet", never weak.
    await page.goto(`${first}/answer/spread`);
    await answerAll('Not yet at this stage');
    await page.goto(`${first}/summary`);
    await page.getByTestId('not-yet-components').waitFor();
    expect(await page.getByTestId('not-yet-components').textContent()).toMatch(/^Not yet: Spread of innovation\./);
    expect(await page.getByRole('region', { name: 'Blind spots' }).innerText()).not.toContain('Spread of innovation');
    expect(await page.getByRole('region', { name: 'Where to look next' }).innerText()).not.toContain('Spread of innovation');
    await page.getByRole('button', { name: 'Finish this check' }).click();
    await page.getByRole('heading', { name: 'This check is finished' }).waitFor();
    // Home never offers the finished check as "continue".
    await page.goto('/');
    // The page's HTML is drawn at once; the list of programmes shows once the device's data has been read.
    await page.getByTestId('programme-list').waitFor();
    expect(await page.getByRole('link', { name: 'Continue where you left off' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Continue my quick check' }).count()).toBe(0);
    await page.getByRole('button', { name: 'Start a quick check' }).click();
    await page.getByTestId('round-progress').waitFor();
    const second = new URL(page.url()).pathname;
    expect(second).not.toBe(first);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toMatch(/^Quick check 2: \d{1,2} [A-Z][a-z]+ \d{4}, \d{2}:\d{2}$/);
    await page.goto(`${second}/answer/leadership`);
    await answerAll('Working well in most places');
    await page.goto(`${second}/summary`);
    const compared = page.getByTestId('compared');
    await compared.waitFor();
    expect(await compared.getByTestId('since-previous').textContent()).toBe('Since last time, Leadership for change (+50) rose most.');
    // The radar: this check and the last one dashed underneath.
    await expect.poll(() => compared.locator('.recharts-radar').count()).toBe(2);
    const row = page.locator('.app-score-table tr[data-component="leadership"]');
    expect(await row.locator('[data-measure="since-previous"]').textContent()).toBe('+50');
    await expectNoAxeViolations(page, 'summary compared with last time');
    for (const width of [360, 768, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      await compared.screenshot({ path: join(SHOTS, `compared-${width}.png`) });
    }
    await context.close();
  });

  it('explains each measure where it is used, and lists every term in the glossary', async () => {
    const { page, context } = await newContext(browser, { viewport: { width: 1280, height: 800 } });
    await page.goto('/');
    await page.getByRole('button', { name: 'Start a quick check' }).click();
    await page.getByTestId('round-progress').waitFor();
    await page.goto(`${new URL(page.url()).pathname}/summary`);
    const define = page.getByRole('button', { name: 'What is “in place”?' });
    await define.click();
    await expect.poll(() => define.getAttribute('aria-expanded')).toBe('true');
    await page.getByText(/How far a component is in place as people see it/).waitFor();
    await page.getByRole('link', { name: 'All terms in the glossary' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Glossary' }).waitFor();
    expect(new URL(page.url()).hash).toBe('#in-place');
    const terms = await page.locator('.app-glossary dt').allTextContents();
    expect(terms).toEqual(expect.arrayContaining(['In place (0 to 100)', 'Attended to', 'Spread of views', 'Friction (0 to 3)', 'Gap', 'Softer minus harder']));
    await expectNoAxeViolations(page, 'glossary');
    // The footer leads to the accessibility statement and the privacy notice, both axe clean.
    await page.getByRole('contentinfo').getByRole('link', { name: 'Accessibility statement' }).click();
    await page.getByRole('heading', { level: 1, name: 'Accessibility statement' }).waitFor();
    expect(await page.locator('main').innerText()).toContain('WCAG) 2.2 at level AA');
    await expectNoAxeViolations(page, 'accessibility statement');
    await page.getByRole('contentinfo').getByRole('link', { name: 'Privacy' }).click();
    await page.getByRole('heading', { level: 1, name: 'Privacy: how your data is kept' }).waitFor();
    await expectNoAxeViolations(page, 'privacy');
    await context.close();
  });
});
