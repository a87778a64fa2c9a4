import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations, newContext, launch } from './browser';

/*
 * Every interactive target at least 44 x 44 CSS px in a touch layout (issue 15, item 3): a tablet
 * held upright (820 x 1180, touch), every screen of the app with the worked example loaded, plus
 * the quick check and each step of pass-the-tablet. Each link, button and form control that can be
 * seen is measured; a radio or checkbox counts with its label (tapping either chooses it), and a
 * clickable card's link with its card (the whole card is the link).
 * Exempt, as WCAG 2.5.8 exempts them: a link inside a sentence (its paragraph has other words),
 * and anything visually hidden until focused (the skip link).
 */

let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
});

interface Small {
  screen: string;
  what: string;
  size: string;
}

async function smallTargets(page: Page, screen: string): Promise<Small[]> {
  const found = await page.evaluate(() => {
    const selector = [
      'a[href]',
      'button',
      'input:not([type="hidden"])',
      'select',
      'textarea',
      'summary',
      '[role="button"]',
      '[role="tab"]',
      '[tabindex]:not([tabindex="-1"])',
    ].join(',');
    const out: { what: string; size: string }[] = [];
    const seen = new Set<Element>();
    for (const element of Array.from(document.querySelectorAll<HTMLElement>(selector))) {
      if (seen.has(element)) continue;
      seen.add(element);
      if (element.closest('[inert], [aria-hidden="true"]')) continue;
      const style = getComputedStyle(element);
      if (style.visibility === 'hidden' || style.display === 'none') continue;
      let rect = element.getBoundingClientRect();
      const input = element as HTMLInputElement;
      if (element.tagName === 'INPUT' && (input.type === 'radio' || input.type === 'checkbox') && input.labels?.[0]) {
        const label = input.labels[0].getBoundingClientRect();
        const left = Math.min(rect.left, label.left);
        const top = Math.min(rect.top, label.top);
        rect = new DOMRect(left, top, Math.max(rect.right, label.right) - left, Math.max(rect.bottom, label.bottom) - top);
      } else if (element.classList.contains('nhsuk-card__link') && element.closest('.nhsuk-card--clickable')) {
        rect = element.closest('.nhsuk-card--clickable')!.getBoundingClientRect(); // the whole card is the target
      } else if (rect.width <= 1 || rect.height <= 1) {
        continue; // visually hidden (a skip link before focus, an input drawn by its label)
      }
      if (rect.width === 0 && rect.height === 0) continue;
      if (element.tagName === 'A') {
        const block = element.parentElement?.closest('p, dd, td, th, figcaption, .nhsuk-hint, .nhsuk-inset-text');
        const sentence = block && block.textContent!.replace(/\s+/g, ' ').trim() !== element.textContent!.replace(/\s+/g, ' ').trim();
        if (sentence && block!.tagName === 'P') continue;
      }
      if (rect.width >= 43.5 && rect.height >= 43.5) continue;
      const name = (element.getAttribute('aria-label') ?? element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 60);
      const id = element.id ? `#${element.id}` : '';
      out.push({ what: `${element.tagName.toLowerCase()}${id} “${name || (element as HTMLInputElement).name || ''}”`, size: `${Math.round(rect.width)} x ${Math.round(rect.height)}` });
    }
    return out;
  });
  return found.map((f) => ({ screen, ...f }));
}

async function ready(page: Page) {
  await page.locator('h1').first().waitFor();
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(250);
}

describe('touch targets', () => {
  it('every link, button and control on every screen is at least 44 x 44 px at 820 x 1180 with touch', async () => {
    const { page, context } = await newContext(browser, { viewport: { width: 820, height: 1180 }, hasTouch: true, isMobile: true, serviceWorkers: 'block' });
    const small: Small[] = [];
    const axe: string[] = [];
    const check = async (screen: string) => {
      await ready(page);
      small.push(...(await smallTargets(page, screen)));
      // The same sweep runs axe with its best-practice rules on every screen (issue 15, item 6).
      await expectNoAxeViolations(page, screen, { bestPractice: true }).catch((error: Error) => axe.push(error.message));
    };

    await page.goto('/');
    await page.getByText('No programmes on this device yet.').waitFor();
    await check('home, empty');
    await page.getByRole('button', { name: 'Load an example' }).tap();
    await page.getByTestId('example-notice').waitFor();
    const programme = new URL(page.url()).pathname.split('/').slice(0, 3).join('/');
    await check('dashboard');
    // The latest round (the example's last one) from the dashboard's round choice.
    const roundId = await page.locator('#dashboard-round option').last().getAttribute('value');
    expect(roundId).toBeTruthy();
    const round = `${programme}/rounds/${roundId}`;

    const screens: [string, string][] = [
      ['home', '/'],
      ['the model', '/model'],
      ['a component', '/model/engagement'],
      ['about and settings', '/settings'],
      ['glossary', '/glossary'],
      ['accessibility statement', '/accessibility'],
      ['privacy', '/privacy'],
      ['your data', '/data'],
      ['join a shared programme', '/join'],
      ['new programme', '/programmes/new'],
      ['programme', programme],
      ['programme edit', `${programme}/edit`],
      ['programme delete', `${programme}/delete`],
      ['new round', `${programme}/rounds/new`],
      ['round', round],
      ['round edit', `${round}/edit`],
      ['answer a component', `${round}/answer/engagement`],
      ['pairs', `${round}/pairs`],
      ['summary', `${round}/summary`],
      ['actions and lessons', `${programme}/actions`],
      ['outcome measures', `${programme}/outcomes`],
      ['tracked pairs', `${programme}/pairs`],
      ['words', `${programme}/words`],
      ['words import', `${programme}/words/import`],
      ['share', `${programme}/share`],
      ['hand-over', `${round}/handover`],
      ['board paper', `${round}/print`],
      ['facilitator, a closed round', `${round}/facilitate`],
      ['presentation', `${round}/present`],
    ];
    for (const [screen, address] of screens) {
      await page.goto(address);
      await check(screen);
    }

    // A new round, run as a workshop: the set-up, then pass-the-tablet (who is answering, add
    // yourself, welcome, a component).
    await page.goto(`${programme}/rounds/new`);
    await ready(page);
    await page.getByLabel('Title of the round').fill('Winter workshop');
    await page.getByLabel('Testing', { exact: true }).check();
    await page.getByRole('button', { name: 'Start the round' }).tap();
    await page.waitForURL(/\/rounds\/[0-9a-f-]{36}(\?started=1)?$/);
    await check('round, just started');
    await page.goto(`${new URL(page.url()).pathname}/facilitate`);
    await check('facilitator set-up');
    await page.getByRole('button', { name: 'Start handing round' }).tap();
    await page.getByRole('heading', { level: 1, name: 'Who is answering now?' }).waitFor();
    await check('tablet: who is answering');
    await page.getByRole('button', { name: 'Add me' }).tap();
    await page.getByRole('heading', { level: 1, name: 'Add yourself' }).waitFor();
    await check('tablet: add yourself');
    await page.getByLabel('Your name, or a label you choose').fill('Sam');
    await page.getByLabel('Nurse or midwife', { exact: true }).check();
    await page.getByRole('button', { name: 'Add me and start' }).tap();
    await page.getByRole('heading', { level: 1, name: 'Hello, Sam' }).waitFor();
    await check('tablet: welcome');
    await page.getByRole('button', { name: 'Start' }).tap();
    await page.locator('.app-flow__who').waitFor();
    await check('tablet: a component');

    // The quick check, from home.
    await page.goto('/');
    await ready(page);
    await page.getByRole('button', { name: 'Start a quick check' }).tap();
    await page.locator('.app-wheel').first().waitFor();
    await check('quick check: the wheel');
    await page.getByRole('link', { name: 'Start with Our shared purpose' }).tap();
    await page.locator('.app-prompt').first().waitFor();
    await page.locator('.app-prompt').first().locator('label.nhsuk-radios__label').first().tap();
    await page.getByRole('button', { name: /^Add evidence/ }).first().tap();
    await check('quick check: a component, a note open');

    const report = small.map((s) => `${s.screen}: ${s.what} ${s.size}`);
    expect(report, `targets under 44 x 44 px:\n${report.join('\n')}`).toEqual([]);
    expect(axe, 'axe, best practice included').toEqual([]);
    await context.close();
  });
});
