/**
 * Every voice in the group view (issue 13): a steering group of three answers through the wheel,
 * each judging two pairs; the dashboard shows the hand-computed friction and what people wrote;
 * the presentation's "what people said" step shows the note without the name; the personal
 * summary shows the person's own note; the tablet flow confirms a carried component in one tap.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations, launch, newContext, openNote } from './browser';

const SHOTS = process.env.SHOTS_DIR ?? join('.scratch', 'shots-voices');
let browser: Browser;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
});

async function h1(page: Page, name: string | RegExp) {
  await page.getByRole('heading', { level: 1, name }).waitFor();
}

async function newProgrammeAndRound(page: Page, name: string): Promise<string> {
  await page.goto('/programmes/new');
  await page.getByLabel('Name of the programme').fill(name);
  await page.getByRole('button', { name: 'Save and continue' }).click();
  await page.waitForURL(/\/programmes\/[0-9a-f-]{36}$/);
  const programmeUrl = new URL(page.url()).pathname;
  await page.goto(`${programmeUrl}/rounds/new`);
  await page.getByLabel('Title of the round').fill('Steering group, December');
  await page.getByLabel('Testing', { exact: true }).check();
  await page.getByRole('button', { name: 'Start the round' }).click();
  await page.waitForURL(/\/rounds\/[0-9a-f-]{36}(\?started=1)?$/);
  return new URL(page.url()).pathname;
}

async function addMe(page: Page, name: string, role: string) {
  await page.getByLabel('Your name or a label').fill(name);
  await page.getByLabel(role, { exact: true }).check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByText(`Answering as ${name}`).waitFor();
}

async function saved(page: Page) {
  await expect.poll(() => page.getByTestId('save-status').textContent()).toContain('Saved');
}

/** Every statement of the component on screen given the same answer. */
async function answerAll(page: Page, answer: string) {
  const prompts = page.locator('.app-prompt');
  await prompts.first().waitFor();
  for (let i = 0; i < (await prompts.count()); i++) await prompts.nth(i).locator('label.nhsuk-radios__label', { hasText: answer }).click();
  await saved(page);
}

const LE = 'leadership|engagement';
const TE = 'transparent-measurement|engagement';

describe('every voice in the group view', () => {
  it('three people answer through the wheel and judge two pairs; friction, notes and split statements show back', async () => {
    const { page, context } = await newContext(browser, { viewport: { width: 1280, height: 800 } });
    const roundUrl = await newProgrammeAndRound(page, 'Same-day emergency care');
    // After "Start the round": the three ways to answer it.
    await page.getByRole('heading', { name: 'How will people answer this round?' }).waitFor();
    await expectNoAxeViolations(page, 'round start choices');
    await page.screenshot({ path: join(SHOTS, 'round-start-1280.png'), fullPage: true });

    const people = [
      { name: 'Asha', role: 'Clinician', level: 'Embedded', judgements: { [LE]: 'Pulling apart', [TE]: 'Independent' }, note: 'The chief executive opens every huddle about it' },
      { name: 'Ben', role: 'Manager', level: 'In place in parts', judgements: { [LE]: 'Some friction', [TE]: 'Independent' }, note: '' },
      { name: 'Chris', role: 'Patient or public representative', level: 'Not in place', judgements: { [LE]: 'Reinforcing', [TE]: 'Some friction' }, note: '' },
    ];
    for (const [i, person] of people.entries()) {
      if (i > 0) {
        await page.goto(roundUrl);
        await page.getByRole('button', { name: 'Someone else is answering' }).click();
        await page.getByLabel('Someone else: add me').check();
      }
      await addMe(page, person.name, person.role);
      await page.goto(`${roundUrl}/answer/leadership`);
      await h1(page, 'Leadership for change');
      await answerAll(page, person.level);
      if (person.note) {
        await (await openNote(page, 1)).fill(person.note);
        await saved(page);
      }
      // The pairs come after the components, in every way of answering.
      await page.goto(roundUrl);
      await page.getByRole('link', { name: 'How the parts work together' }).click();
      await h1(page, 'How are the parts working together?');
      if (i === 0) {
        await expectNoAxeViolations(page, 'pairs step (wheel)');
        for (const width of [360, 768, 1280]) {
          await page.setViewportSize({ width, height: 900 });
          await page.screenshot({ path: join(SHOTS, `pairs-${width}.png`), fullPage: false });
        }
        await page.setViewportSize({ width: 1280, height: 800 });
      }
      for (const [key, judgement] of Object.entries(person.judgements)) {
        await page.locator(`.app-pair[data-pair="${key}"] label.nhsuk-radios__label`, { hasText: judgement }).click();
      }
      await saved(page);
    }

    // The dashboard's pairs table: hand-computed friction. Leadership and engagement:
    // (3 + 2 + 0) / 3 = 1.7, two of three reporting friction; measurement and engagement: (1 + 1 + 2) / 3 = 1.3.
    const programmeUrl = roundUrl.replace(/\/rounds\/.*$/, '');
    await page.goto(`${programmeUrl}/dashboard`);
    await page.getByTestId('dashboard').waitFor();
    await page.getByRole('tab', { name: 'Table of alignment tension matrix', exact: true }).click();
    const row = (key: string) => page.getByTestId('pairs-table').locator(`tr[data-pair="${key}"]`);
    await expect.poll(() => row(LE).locator('[data-measure="friction"]').textContent()).toBe('1.7');
    expect(await row(LE).locator('[data-measure="judged-by"]').textContent()).toBe('3');
    expect(await row(LE).locator('[data-measure="reporting"]').textContent()).toBe('2');
    expect(await row(TE).locator('[data-measure="friction"]').textContent()).toBe('1.3');
    expect(await row(TE).locator('[data-measure="reporting"]').textContent()).toBe('1');

    // What people said: the note under its statement with the role and a number, never the name.
    const leadership = page.locator('#voices details[data-component="leadership"]');
    await leadership.locator('summary').click();
    await expect.poll(() => leadership.locator('.app-notes__text').allTextContents()).toEqual([people[0]!.note]);
    expect(await leadership.locator('.app-notes__who').first().textContent()).toMatch(/^Clinician 1, Steering group, December/);
    expect(await leadership.innerText()).not.toContain('Asha');
    // Embedded against not in place on every statement: each splits the room (two shown).
    expect(await leadership.locator('[data-testid="split-statements"] li').count()).toBe(2);
    expect(await leadership.locator('[data-testid="split-statements"] li').first().innerText()).toContain('from “Not in place” to “Embedded”');
    await expectNoAxeViolations(page, 'dashboard: what people said');
    for (const width of [360, 768, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      await page.locator('#voices').screenshot({ path: join(SHOTS, `dashboard-voices-${width}.png`) });
    }
    await page.setViewportSize({ width: 1280, height: 800 });
    // Names shown on request.
    await page.getByLabel('Show names').click();
    await expect.poll(() => leadership.locator('.app-notes__who').first().textContent()).toMatch(/^Asha,/);

    // The presentation: a "what people said" step after leadership, anonymous by default.
    await page.setViewportSize({ width: 1920, height: 1080 });
    // Overview, then shared purpose (numbers, what people said, questions), then leadership.
    await page.goto(`${roundUrl}/present?step=5`);
    await page.getByRole('heading', { level: 2, name: 'What people said: Leadership for change' }).waitFor();
    await expect.poll(() => page.locator('[data-step="said"] .app-notes__text').allTextContents()).toEqual([people[0]!.note]);
    expect(await page.locator('.app-present__main').innerText()).not.toContain('Asha');
    await expectNoAxeViolations(page, 'presentation: what people said');
    await page.screenshot({ path: join(SHOTS, 'present-said-1920.png') });

    // The personal summary: Asha's own note beside her score.
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(roundUrl);
    await page.getByRole('button', { name: 'Change who is answering' }).click();
    await page.getByRole('button', { name: /^Answer as Asha/ }).click();
    await page.getByText('Answering as Asha').waitFor();
    await page.goto(`${roundUrl}/summary`);
    await h1(page, 'What to look at next');
    const notes = page.getByRole('region', { name: 'Your evidence notes' });
    await expect.poll(() => notes.innerText()).toContain(people[0]!.note);
    expect(await notes.innerText()).toContain('Leadership for change in place 100 of 100');
    const pairs = page.getByRole('region', { name: 'How the parts work together' });
    expect(await pairs.innerText()).toContain('Pulling apart');
    await expectNoAxeViolations(page, 'personal summary with notes and pairs');
    for (const width of [360, 768, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      await notes.screenshot({ path: join(SHOTS, `summary-notes-${width}.png`) });
    }
    await context.close();
  });

  it('confirms a whole carried component in one tap in the tablet flow, and estimates the room', async () => {
    const { page, context } = await newContext(browser, { viewport: { width: 820, height: 1180 }, hasTouch: true, isMobile: true });
    const roundUrl = await newProgrammeAndRound(page, 'Frailty at the front door');
    await addMe(page, 'Dami', 'Frontline staff');
    await page.goto(`${roundUrl}/answer/shared-purpose`);
    await h1(page, 'Our shared purpose');
    await answerAll(page, 'Working well in most places');

    // The next round starts from this one: Dami's answers come across, not yet confirmed.
    const programmeUrl = roundUrl.replace(/\/rounds\/.*$/, '');
    await page.goto(`${programmeUrl}/rounds/new?from=previous`);
    await page.getByLabel('Title of the round').fill('January');
    await page.getByLabel('Testing', { exact: true }).check();
    await page.getByRole('button', { name: 'Start the round' }).tap();
    await page.waitForURL(/\/rounds\/[0-9a-f-]{36}(\?started=1)?$/);
    const next = new URL(page.url()).pathname;
    expect(next).not.toBe(roundUrl);
    await page.getByRole('link', { name: 'Run it on this tablet (facilitator mode)' }).tap();
    await h1(page, /Facilitate: January/);
    // The whole room's time: 8 people by default x 40 statements x 25 s, plus 11 pairs x 20 s each.
    await expect.poll(() => page.getByTestId('room-time').textContent()).toContain(`About ${Math.ceil((8 * (40 * 25 + 11 * 20)) / 60)} minutes in all`);
    await page.getByTestId('room-time-warning').waitFor();
    await expectNoAxeViolations(page, 'set-up with the room time');
    await page.getByRole('button', { name: 'Start handing round' }).tap();
    await h1(page, 'Who is answering now?');
    await page.getByRole('button', { name: /Dami/ }).tap();
    await h1(page, 'Hello, Dami');
    await page.getByRole('button', { name: 'Start' }).tap();
    await h1(page, 'Our shared purpose');
    const carried = page.locator('.app-prompt[data-carried="true"]');
    await expect.poll(() => carried.count()).toBe(5);
    await expectNoAxeViolations(page, 'tablet step with carried answers');
    await page.screenshot({ path: join(SHOTS, 'tablet-carried-820.png') });
    await page.getByRole('button', { name: 'Confirm all 5 unchanged' }).tap();
    await expect.poll(() => carried.count()).toBe(0);
    expect(await page.locator('.app-prompt.app-prompt--answered').count()).toBe(5);
    await context.close();
  });
});
