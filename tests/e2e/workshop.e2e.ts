/**
 * Workshop on one tablet: three people answer in turn (touch, tablet viewport), nobody sees
 * another's answers, each judges two pairs; the presentation view shows the group's numbers;
 * an action agreed in the session comes up for review at the start of the next round.
 */
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations, launch, newContext } from './browser';

let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
});

const TABLET = { viewport: { width: 820, height: 1180 }, hasTouch: true, isMobile: true };

async function heading(page: Page, name: string | RegExp) {
  await page.getByRole('heading', { level: 1, name }).waitFor();
}

async function createProgrammeAndRound(page: Page, programme: string, round: string): Promise<{ programmeUrl: string; roundUrl: string }> {
  await page.goto('/programmes/new');
  await page.getByLabel('Name of the programme').fill(programme);
  await page.getByRole('button', { name: 'Save and continue' }).tap();
  await page.waitForURL(/\/programmes\/[0-9a-f-]{36}$/);
  const programmeUrl = new URL(page.url()).pathname;
  const roundUrl = await startRound(page, programmeUrl, round);
  return { programmeUrl, roundUrl };
}

async function startRound(page: Page, programmeUrl: string, title: string): Promise<string> {
  await page.goto(`${programmeUrl}/rounds/new`);
  await page.getByLabel('Title of the round').fill(title);
  await page.getByLabel('Testing', { exact: true }).check();
  await page.getByRole('button', { name: 'Start the round' }).tap();
  await page.waitForURL(/\/rounds\/[0-9a-f-]{36}(\?started=1)?$/);
  return new URL(page.url()).pathname;
}

/** Everyone's answers as they would be visible on screen: checked radios and typed notes. */
async function visibleAnswers(page: Page): Promise<{ checked: number; notes: string[] }> {
  return page.evaluate(() => ({
    checked: document.querySelectorAll('input[type="radio"]:checked').length,
    notes: [...document.querySelectorAll('textarea')].map((t) => (t as HTMLTextAreaElement).value).filter(Boolean),
  }));
}

interface Person {
  name: string;
  role: string;
  /** Answer label for every statement, by component heading. */
  answers: Record<string, string>;
  note: string;
  /** Judgement label per pair, by the pair's data key. */
  judgements: Record<string, string>;
}

async function answerComponent(page: Page, answer: string) {
  const prompts = page.locator('.app-prompt');
  const count = await prompts.count();
  expect(count).toBeGreaterThanOrEqual(3);
  for (let i = 0; i < count; i++) {
    await prompts.nth(i).locator('label.nhsuk-radios__label', { hasText: answer }).tap();
  }
  // Every choice is stored as it is given: wait for the screen to say so.
  await expect.poll(() => page.locator('.app-flow__save').textContent()).toBe('Saved');
}

async function takeTurn(page: Page, person: Person, others: Person[], scan: boolean) {
  await heading(page, 'Who is answering now?');
  // Nothing anyone answered is on this screen.
  expect(await visibleAnswers(page)).toEqual({ checked: 0, notes: [] });
  await page.getByRole('button', { name: 'Add me' }).tap();
  await heading(page, 'Add yourself');
  if (scan) await expectNoAxeViolations(page, 'add yourself');
  await page.getByLabel('Your name, or a label you choose').fill(person.name);
  await page.getByLabel(person.role, { exact: true }).check();
  await page.getByRole('button', { name: 'Add me and start' }).tap();
  await heading(page, `Hello, ${person.name}`);
  if (scan) await expectNoAxeViolations(page, 'participant welcome');
  await page.getByRole('button', { name: 'Start' }).tap();

  for (const [component, answer] of Object.entries(person.answers)) {
    await heading(page, component);
    // Each step opens at the top, with who is answering in view (issue 15, item 4).
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0);
    expect(await page.locator('.app-flow__who').isVisible()).toBe(true);
    // A new person starts blank: nobody else's choices or notes show.
    const before = await visibleAnswers(page);
    expect(before.checked, `${person.name} sees no earlier answers on ${component}`).toBe(0);
    expect(before.notes).toEqual([]);
    for (const other of others) expect(await page.content()).not.toContain(other.note);
    if (scan && component === 'Our shared purpose') await expectNoAxeViolations(page, 'component step (tablet)');
    await answerComponent(page, answer);
    if (component === 'Our shared purpose') {
      await page.getByRole('button', { name: 'Add evidence for statement 1 (optional)' }).tap();
      await page.locator('.app-prompt textarea').first().fill(person.note);
    }
    await page.getByRole('button', { name: 'Next' }).tap();
  }

  await heading(page, 'How are these parts working together?');
  expect((await visibleAnswers(page)).checked).toBe(0);
  const pairs = page.locator('.app-pair');
  await expect.poll(() => pairs.count()).toBe(2);
  if (scan) await expectNoAxeViolations(page, 'alignment grid step');
  for (const [key, judgement] of Object.entries(person.judgements)) {
    await page.locator(`.app-pair[data-pair="${key}"] label.nhsuk-radios__label`, { hasText: judgement }).tap();
  }
  await expect.poll(() => page.locator('.app-flow__save').textContent()).toBe('Saved');
  await page.getByRole('button', { name: 'Next' }).tap();

  await heading(page, 'Ready to hand over?');
  await page.getByRole('button', { name: 'Finish and hide my answers' }).tap();
  await heading(page, 'Thank you. Your answers are saved.');
  expect(await visibleAnswers(page)).toEqual({ checked: 0, notes: [] });
  expect(await page.content()).not.toContain(person.note);
  if (scan) await expectNoAxeViolations(page, 'hand-over screen');
  await page.getByRole('button', { name: 'I am the next person' }).tap();
}

async function cell(row: Locator, measure: string): Promise<string> {
  return ((await row.locator(`[data-measure="${measure}"]`).textContent()) ?? '').trim();
}

describe('workshop on a tablet', () => {
  it('three people answer in turn, the presentation shows the group, and actions carry into the next round', async () => {
    const { page, context, foreignRequests } = await newContext(browser, TABLET);
    const { programmeUrl, roundUrl } = await createProgrammeAndRound(page, 'Frailty pathway', 'Workshop one');

    // Set-up: cover shared purpose, transparent measurement and engagement. Of the default
    // tracked pairs, exactly two fall within them.
    await page.goto(`${roundUrl}/facilitate`);
    await heading(page, 'Facilitate: Workshop one');
    await page.getByText('No open actions from earlier rounds to review.').waitFor();
    for (const name of ['Leadership for change', 'Spread of innovation', 'Improvement methodology', 'Rigorous delivery', 'System drivers']) {
      await page.getByLabel(name, { exact: true }).uncheck();
      await expect.poll(() => page.getByLabel(name, { exact: true }).isChecked()).toBe(false);
    }
    expect(await page.locator('.app-always-included').textContent()).toBe('Our shared purpose: always included');
    await expect.poll(() => page.locator('.app-pair-summary li').count()).toBe(2);
    await expectNoAxeViolations(page, 'facilitator set-up');

    await page.getByRole('button', { name: 'Start handing round' }).tap();
    await heading(page, 'Who is answering now?');
    await expectNoAxeViolations(page, 'who is answering now');

    // The back button does not leave facilitator mode.
    await page.goBack();
    await heading(page, 'Who is answering now?');
    expect(new URL(page.url()).pathname).toBe(`${roundUrl}/facilitate`);

    const em = 'transparent-measurement|engagement';
    const sm = 'shared-purpose|transparent-measurement';
    const people: Person[] = [
      {
        name: 'Asha',
        role: 'Clinician',
        answers: { 'Our shared purpose': 'Working well in most places', 'Transparent measurement': 'Working well in most places', 'Engagement to mobilise': 'Working well in most places' },
        note: 'Asha-private-evidence',
        judgements: { [em]: 'Reinforcing', [sm]: 'Independent' },
      },
      {
        name: 'Ben',
        role: 'Manager',
        answers: { 'Our shared purpose': 'Planned or starting', 'Transparent measurement': 'Planned or starting', 'Engagement to mobilise': 'Planned or starting' },
        note: 'Ben-private-evidence',
        judgements: { [em]: 'Some friction', [sm]: 'Independent' },
      },
      {
        name: 'Chris',
        role: 'Patient or public representative',
        answers: { 'Our shared purpose': 'Embedded', 'Transparent measurement': 'Embedded', 'Engagement to mobilise': "Don't know" },
        note: 'Chris-private-evidence',
        judgements: { [em]: 'Pulling apart', [sm]: 'Some friction' },
      },
    ];
    for (const [i, person] of people.entries()) {
      await takeTurn(page, person, people.slice(0, i), i === 0);
    }

    // Those who answered cannot be picked again on the tablet.
    await heading(page, 'Who is answering now?');
    // The list is read from IndexedDB after the heading appears: wait for it, then check.
    await expect.poll(() => page.locator('.app-people__done').count()).toBe(3);
    expect(await page.locator('.app-people__button').count()).toBe(0);

    // Leaving needs a deliberate hold (here: holding the Space key).
    const hold = page.getByRole('button', { name: 'Facilitator: hold to leave' });
    await hold.focus();
    await page.keyboard.down('Space');
    await page.waitForTimeout(300);
    await page.keyboard.up('Space');
    await heading(page, 'Who is answering now?');
    await hold.focus();
    await page.keyboard.down('Space');
    await heading(page, 'Facilitate: Workshop one');
    await page.keyboard.up('Space');

    // The set-up screen shows progress as counts only.
    const asha = page.locator('.app-person-list__item', { hasText: 'Asha' });
    await expect.poll(() => asha.locator('.app-person-list__progress').textContent()).toMatch(/^\d+ of \d+ statements, 2 of 2 pairs/);
    expect(await page.content()).not.toContain('Asha-private-evidence');

    // Presentation view: the group's numbers, by the domain's measures.
    // Asha 4s (75), Ben 2s (25), Chris 5s (100) but "don't know" on engagement.
    await page.getByRole('link', { name: 'Open the presentation view' }).tap();
    await page.getByRole('heading', { level: 2, name: "The group's view" }).waitFor();
    const row = (component: string) => page.locator(`tr[data-component="${component}"]`);
    expect(await cell(row('shared-purpose'), 'coverage')).toBe('75');
    expect(await cell(row('shared-purpose'), 'divergence')).toBe('75');
    expect(await cell(row('shared-purpose'), 'attention')).toBe('100%');
    expect(await cell(row('engagement'), 'coverage')).toBe('50');
    expect(await cell(row('engagement'), 'divergence')).toBe('50');
    expect(await cell(row('engagement'), 'attention')).toBe('67%');
    await expect.poll(() => page.locator('tbody tr').count()).toBe(3);
    await expectNoAxeViolations(page, 'presentation overview');

    await page.getByRole('button', { name: /^Next: Our shared purpose/ }).tap();
    await page.getByRole('heading', { level: 2, name: /Our shared purpose/ }).waitFor();
    await expect.poll(() => page.locator('.app-present__dot').count()).toBe(3);
    // Anonymous by default: no names on the screen.
    for (const p of people) expect(await page.locator('.app-present__main').textContent()).not.toContain(p.name);
    await expectNoAxeViolations(page, 'presentation component');

    // After each component, what people said: their notes, anonymous by default.
    await page.keyboard.press('ArrowRight');
    await page.getByRole('heading', { level: 2, name: 'What people said: Our shared purpose' }).waitFor();
    const said = page.locator('[data-step="said"]');
    await expect.poll(() => said.locator('.app-notes__text').allTextContents()).toEqual(people.map((p) => p.note));
    expect(await said.locator('.app-notes__who').allTextContents()).toEqual(['Clinician 1', 'Manager 1', 'Patient or public representative 1']);
    // Ben gave 2 and Chris 5 on every statement: each splits the room by three steps.
    expect(await said.locator('[data-testid="split-statements"] li').count()).toBe(2);
    await expectNoAxeViolations(page, 'presentation: what people said');
    await page.getByRole('button', { name: 'Show names' }).tap();
    await expect.poll(() => said.locator('.app-notes__who').allTextContents()).toEqual(['Asha', 'Ben', 'Chris']);
    await page.getByRole('button', { name: 'Show names' }).tap();

    // Arrow keys step through; the last step is the tensions.
    await page.keyboard.press('End');
    await page.getByRole('heading', { level: 2, name: 'Tensions between components' }).waitFor();
    const emRow = page.locator(`tr[data-pair="${em}"]`);
    const smRow = page.locator(`tr[data-pair="${sm}"]`);
    expect(await emRow.locator('td').evaluateAll((tds) => tds.slice(0, 4).map((td) => td.textContent))).toEqual(['1', '0', '1', '1']);
    expect(await cell(emRow, 'friction')).toBe('1.7');
    expect(await cell(emRow, 'imbalance')).toBe('25');
    expect(await smRow.locator('td').evaluateAll((tds) => tds.slice(0, 4).map((td) => td.textContent))).toEqual(['0', '2', '1', '0']);
    expect(await cell(smRow, 'friction')).toBe('1.3');
    await expectNoAxeViolations(page, 'presentation tensions');
    // Before the tensions: the questions to ask of the last component, after what people said about it.
    await page.keyboard.press('ArrowLeft');
    await page.getByRole('heading', { level: 2, name: 'Questions to ask yourselves: Engagement to mobilise' }).waitFor();
    await page.keyboard.press('ArrowLeft');
    await page.getByRole('heading', { level: 2, name: 'What people said: Engagement to mobilise' }).waitFor();
    // What people said may run over more than one slide; before it, the component's own numbers.
    const componentTitle = page.getByRole('heading', { level: 2, name: 'Engagement to mobilise', exact: true });
    for (let i = 0; i < 3 && !(await componentTitle.isVisible()); i++) {
      await page.keyboard.press('ArrowLeft');
      await page.waitForTimeout(100);
    }
    await componentTitle.waitFor();
    expect(await page.locator('[data-measure="coverage"]').textContent()).toContain('50');

    // Back to set-up: agree an action, then close the round.
    await page.getByRole('link', { name: 'Close presentation' }).tap();
    await heading(page, 'Facilitate: Workshop one');
    await page.getByText('Add an action', { exact: true }).tap();
    await page.getByLabel('What will be done?').fill('Agree with ward staff which measures we share');
    await page.getByLabel('Component (optional)').first().selectOption({ label: 'Transparent measurement' });
    await page.getByLabel('Owner (optional)').fill('Asha');
    await page.getByRole('button', { name: 'Add action' }).tap();
    await page.locator('.app-agreed-list__item', { hasText: 'Agree with ward staff' }).waitFor();

    await page.getByRole('button', { name: 'Close the round' }).tap();
    await page.getByText('3 people have answered.', { exact: false }).waitFor();
    await page.getByRole('button', { name: 'Yes, close the round' }).tap();
    await page.getByRole('heading', { level: 2, name: 'This round is closed' }).waitFor();
    await page.getByText('3 people took part').waitFor();

    // The next round: the open action comes up for review and is carried forward.
    const next = await startRound(page, programmeUrl, 'Workshop two');
    await page.goto(`${next}/facilitate`);
    await heading(page, 'Facilitate: Workshop two');
    const review = page.locator('.app-review__item', { hasText: 'Agree with ward staff which measures we share' });
    await review.waitFor();
    expect(await review.textContent()).toContain('Owner: Asha');
    expect(await page.locator('.app-review').textContent()).toContain('0 of 1 reviewed');
    await review.getByLabel('Still open: carry it forward').check();
    await expect.poll(() => page.locator('.app-review').textContent()).toContain('All 1 reviewed');
    await expectNoAxeViolations(page, 'open actions review');

    await page.goto(`${programmeUrl}/actions`);
    await heading(page, /Actions and lessons/);
    const action = page.locator('.app-agreed-list__item', { hasText: 'Agree with ward staff' });
    await expect.poll(() => action.textContent()).toContain('carried forward once');
    await expectNoAxeViolations(page, 'actions and lessons');

    await page.goto(`${programmeUrl}/pairs`);
    await heading(page, /Alignment pairs/);
    await expectNoAxeViolations(page, 'alignment pairs');

    expect(foreignRequests).toEqual([]);
    await context.close();
  }, 300_000);

  it('fits a tablet in landscape and a phone without sideways scrolling, and leaves by typing a word', async () => {
    const { page, context } = await newContext(browser, { ...TABLET, viewport: { width: 1180, height: 820 } });
    const { roundUrl } = await createProgrammeAndRound(page, 'Landscape check', 'Board review');
    await page.goto(`${roundUrl}/facilitate`);
    await heading(page, 'Facilitate: Board review');
    await page.getByRole('button', { name: 'Start handing round' }).tap();
    await heading(page, 'Who is answering now?');
    await page.getByRole('button', { name: 'Add me' }).tap();
    await page.getByLabel('Your name, or a label you choose').fill('Dee');
    await page.getByLabel('Executive or board', { exact: true }).check();
    await page.getByRole('button', { name: 'Add me and start' }).tap();
    await page.getByRole('button', { name: 'Start' }).tap();
    await heading(page, 'Our shared purpose');
    for (const size of [
      { width: 1180, height: 820 },
      { width: 820, height: 1180 },
      { width: 360, height: 740 },
    ]) {
      await page.setViewportSize(size);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `no sideways scroll at ${size.width}px`).toBeLessThanOrEqual(0);
      // Touch targets: every radio label and button is at least 44 px tall.
      const small = await page.evaluate(() =>
        [...document.querySelectorAll('button, .nhsuk-radios__label')]
          .filter((el) => (el as HTMLElement).offsetParent !== null)
          .map((el) => el.getBoundingClientRect())
          .filter((r) => r.height < 44).length,
      );
      expect(small, `targets under 44 px at ${size.width}px`).toBe(0);
    }

    await page.getByRole('button', { name: 'Cannot hold? Type a word instead' }).tap();
    await page.getByLabel('Facilitator: type the word to leave').fill('stay');
    await page.getByRole('button', { name: 'Leave facilitator mode' }).tap();
    await page.getByText('That is not the word. The facilitator knows it: hand the tablet back to them.').waitFor();
    await page.getByLabel('Facilitator: type the word to leave').fill('leave');
    await page.getByRole('button', { name: 'Leave facilitator mode' }).tap();
    await heading(page, 'Facilitate: Board review');
    await context.close();
  });
});
