import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations, launch, newContext, type TestContext } from './browser';

let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
});

async function h1(page: Page, name: string | RegExp) {
  await page.getByRole('heading', { level: 1, name }).waitFor();
}

/** The error summary is focused and lists exactly these messages. */
async function expectSummary(page: Page, messages: string[]) {
  const summary = page.locator('.nhsuk-error-summary');
  await summary.waitFor();
  await expect.poll(() => page.evaluate(() => document.activeElement?.classList.contains('nhsuk-error-summary'))).toBe(true);
  expect(await summary.getByRole('link').allTextContents()).toEqual(messages);
}

async function fillDate(page: Page, day: string, month: string, year: string) {
  await page.getByLabel('Day', { exact: true }).fill(day);
  await page.getByLabel('Month', { exact: true }).fill(month);
  await page.getByLabel('Year', { exact: true }).fill(year);
}

/** Put two people and three answers into a round straight into IndexedDB, as if answered on this device. */
async function seedAnswers(page: Page, roundId: string): Promise<void> {
  await page.evaluate(async (id) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('change-model');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const round = await new Promise<{ programmeId: string; prompts: { id: string; componentId: string }[] }>((resolve, reject) => {
      const request = db.transaction('rounds').objectStore('rounds').get(id);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const now = new Date().toISOString();
    const stamp = { createdAt: now, updatedAt: now };
    const people = ['Ana', 'Ben'].map((label) => ({
      id: crypto.randomUUID(),
      ...stamp,
      roundId: id,
      programmeId: round.programmeId,
      label,
      role: 'clinician',
      anonymous: false,
      personKey: crypto.randomUUID(),
    }));
    const answer = (participantId: string, index: number, value: number | string) => ({
      id: crypto.randomUUID(),
      ...stamp,
      roundId: id,
      participantId,
      promptId: round.prompts[index]!.id,
      componentId: round.prompts[index]!.componentId,
      value,
      note: '',
      carriedForward: false,
    });
    // Answers are stored in one sheet per person per round (src/db/answers.ts).
    const tx = db.transaction(['participants', 'sheets', 'roundStats'], 'readwrite');
    for (const p of people) tx.objectStore('participants').add(p);
    const sheet = (participantId: string, responses: unknown[]) => ({ roundId: id, participantId, responses, judgements: [] });
    tx.objectStore('sheets').add(sheet(people[0]!.id, [answer(people[0]!.id, 0, 3), answer(people[0]!.id, 1, 'not-yet')]));
    tx.objectStore('sheets').add(sheet(people[1]!.id, [answer(people[1]!.id, 0, 5)]));
    // With the per-round summary the app keeps beside the sheets (src/db/roundStats.ts).
    tx.objectStore('roundStats').put({ roundId: id, sheets: 2, answers: 3, carried: 0 });
    await new Promise((resolve, reject) => {
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, roundId);
}

describe('programmes and review rounds', () => {
  // One journey, in steps that share a browser tab and build on each other.
  let tab: TestContext;
  let page: Page;
  let programmeUrl = '';
  let firstRoundId = '';
  const item = () => page.getByTestId('programme-list').getByRole('listitem').filter({ hasText: 'Frailty pathway 2026' });
  const rounds = () => page.getByTestId('round-item');

  beforeAll(async () => {
    tab = await newContext(browser);
    page = tab.page;
  });

  afterAll(async () => {
    await tab?.context.close();
  });

  it('sets up a programme, rejecting an empty and a 300-character name', async () => {
    await page.goto('/');
    await h1(page, /Change Model/);
    await page.getByText('No programmes on this device yet.').waitFor();
    await expectNoAxeViolations(page, 'home, empty');

    // Set up a programme: bad input first.
    await page.getByRole('link', { name: 'Set up a programme for your team' }).click();
    await h1(page, 'Set up a programme for your team');
    await expectNoAxeViolations(page, 'new programme');
    await page.getByRole('button', { name: 'Save and continue' }).click();
    await expectSummary(page, ['Enter a name for the programme']);
    await expectNoAxeViolations(page, 'new programme with errors');
    await page.getByRole('link', { name: 'Enter a name for the programme' }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('programme-name');

    await page.getByLabel('Name of the programme').fill('N'.repeat(300));
    await page.getByRole('button', { name: 'Save and continue' }).click();
    await expectSummary(page, ['A name for the programme must be 120 characters or fewer']);
    expect(await page.getByLabel('Name of the programme').inputValue()).toHaveLength(300);

    await page.getByLabel('Name of the programme').fill('Frailty pathway 2026');
    await page.getByLabel(/What is the change trying to achieve/).fill('Fewer unplanned admissions for people living with frailty.');
    await page.getByLabel(/Organisations involved/).fill('Northshire Trust, Riverside PCN');
    await page.getByRole('button', { name: 'Save and continue' }).click();
    await h1(page, 'Frailty pathway 2026');
    programmeUrl = new URL(page.url()).pathname;
    expect(programmeUrl).toMatch(/^\/programmes\/[0-9a-f-]{36}$/);
    await page.getByText('Programme set up.').waitFor();
    await page.getByText('No rounds yet.').waitFor();
    await expectNoAxeViolations(page, 'programme page, no rounds');

    // Home lists it, with no rounds yet.
    await page.goto('/');
    await item().getByText('No rounds yet').waitFor();
    await item().getByRole('link', { name: 'Frailty pathway 2026' }).click();
    await h1(page, 'Frailty pathway 2026');
  });

  it('starts the baseline round, rejecting 30 February, 20,000-character notes and missing fields', async () => {
    await page.getByRole('link', { name: 'Start the first round' }).click();
    await h1(page, 'Start the first review round');
    await expectNoAxeViolations(page, 'new round');
    await page.getByLabel('Title of the round').fill('');
    await fillDate(page, '30', '2', '2026');
    await page.getByLabel(/^Notes/).fill('x'.repeat(20000));
    await page.getByRole('button', { name: 'Start the round' }).click();
    await expectSummary(page, [
      'Enter a title for the round',
      'Date of the round must be a real date: February 2026 has 28 days',
      'Choose the stage the change is at',
      'The notes must be 4,000 characters or fewer',
    ]);
    await page.locator('.nhsuk-character-count__status', { hasText: 'You have 16,000 characters too many' }).waitFor();
    await expectNoAxeViolations(page, 'new round with errors');
    expect(new URL(page.url()).pathname).toBe(`${programmeUrl}/rounds/new`);

    await page.getByLabel('Title of the round').fill('January board');
    await fillDate(page, '14', '1', '2026');
    await page.getByLabel('Defining the problem').check();
    await page.getByLabel(/^Notes/).fill('First look, before the new discharge service.');
    await page.getByRole('button', { name: 'Start the round' }).click();
    await page.waitForURL(/\/rounds\/[0-9a-f-]{36}(\?started=1)?$/);
    firstRoundId = new URL(page.url()).pathname.split('/').pop()!;
    await seedAnswers(page, firstRoundId);
  });

  it('shows the last round date on home and the answers on the programme page', async () => {
    // Home shows the last round date.
    await page.goto('/');
    await item().getByText('Last round 14 January 2026').waitFor();
    expect(await item().textContent()).toContain('1 round');
    await expectNoAxeViolations(page, 'home with a programme');

    // Programme page: the baseline round with its answers.
    await page.goto(programmeUrl);
    await h1(page, 'Frailty pathway 2026');
        await expect.poll(() => rounds().count()).toBe(1);
    expect(await rounds().first().textContent()).toContain('Baseline');
    await expect.poll(() => rounds().first().getByTestId('round-answered').textContent()).toBe('3 answers from 2 people');
    await expectNoAxeViolations(page, 'programme page with a round');
  });

  it('starts a round from the previous one, with the answers carried forward', async () => {
    // Second round, from the previous one.
    const fromPrevious = page.getByLabel('Start from the previous round');
    expect(await fromPrevious.isChecked()).toBe(true);
    await page.getByRole('button', { name: 'Start a new round' }).click();
    await h1(page, 'Start a new review round');
    const carry = page.getByLabel('Start from the previous round');
    expect(await carry.isChecked()).toBe(true);
    await page.getByText('3 answers from 2 people').waitFor();
    expect(await page.getByLabel('Defining the problem').isChecked()).toBe(true);
    await page.getByLabel('Title of the round').fill('March board');
    await fillDate(page, '3', '3', '2026');
    await page.getByLabel('Testing').check();
    await page.getByRole('button', { name: 'Start the round' }).click();
    await page.waitForURL((url) => /\/rounds\/[0-9a-f-]{36}(\?started=1)?$/.test(url.pathname) && !url.pathname.endsWith(firstRoundId));

    await page.goto(programmeUrl);
    await h1(page, 'Frailty pathway 2026');
    await expect.poll(() => rounds().count()).toBe(2);
    // Newest first, baseline tag on the first round only.
    expect(await rounds().nth(0).getByRole('heading').textContent()).toBe('March board');
    expect(await rounds().nth(1).getByRole('heading').textContent()).toBe('January board');
    expect(await rounds().nth(0).getByText('Baseline', { exact: true }).count()).toBe(0);
    await expect.poll(() => rounds().nth(0).getByTestId('round-answered').textContent()).toBe('3 answers from 2 people');
    expect(await rounds().nth(0).getByTestId('round-carried').textContent()).toBe(
      'All of them carried forward from the previous round, not yet confirmed or changed',
    );
    await page.goto('/');
    await item().getByText('Last round 3 March 2026').waitFor();
    expect(await item().textContent()).toContain('2 rounds');
  });

  it('edits a round and the programme, rejecting bad input', async () => {
    // Edit a round's details.
    await page.goto(programmeUrl);
    await page.getByRole('link', { name: 'Edit details of March board' }).click();
    await h1(page, 'Edit the round’s details');
    await expectNoAxeViolations(page, 'edit round');
    await fillDate(page, '31', '4', '2026');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expectSummary(page, ['Date of the round must be a real date: April 2026 has 30 days']);
    await fillDate(page, '4', '3', '2026');
    await page.getByLabel('Title of the round').fill('March board meeting');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await h1(page, 'Frailty pathway 2026');
    await page.getByText('Changes to “March board meeting” saved.').waitFor();

    // Edit the programme.
    await page.getByRole('link', { name: 'Edit the programme details' }).click();
    await h1(page, 'Edit the programme');
    await expectNoAxeViolations(page, 'edit programme');
    await page.getByLabel('Name of the programme').fill('');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expectSummary(page, ['Enter a name for the programme']);
    await page.getByLabel('Name of the programme').fill('Frailty pathway (Northshire)');
    await page.getByLabel('Refreshed names (2018)').check();
    await page.getByRole('button', { name: 'Save changes' }).click();
    await h1(page, 'Frailty pathway (Northshire)');
    await page.getByText('Refreshed names (2018)').waitFor();
  });

  it('deletes the programme only after a confirmation that names what it holds', async () => {
    // Delete, with the counts named; nothing happens until the deliberate confirm.
    await page.getByRole('link', { name: /Delete this programme/ }).click();
    await h1(page, 'Delete “Frailty pathway (Northshire)”?');
    await expect.poll(() => page.getByTestId('delete-contents').textContent()).toBe(
      'Deleting this programme also deletes 2 rounds and 6 answers from this device.',
    );
    await expectNoAxeViolations(page, 'delete programme');
    await page.getByRole('link', { name: 'No, keep it' }).click();
    await h1(page, 'Frailty pathway (Northshire)');
    await page.getByRole('link', { name: /Delete this programme/ }).click();
    await page.getByRole('button', { name: 'Yes, delete the programme and everything in it' }).click();
    await h1(page, /Change Model/);
    expect(new URL(page.url()).pathname).toBe('/');
    await page.getByText('“Frailty pathway (Northshire)” was deleted, with 2 rounds and 6 answers.').waitFor();
    await page.getByText('No programmes on this device yet.').waitFor();
    await expectNoAxeViolations(page, 'home after delete');
    const left = await page.evaluate(async () => {
      const db = await new Promise<IDBDatabase>((resolve) => {
        const request = indexedDB.open('change-model');
        request.onsuccess = () => resolve(request.result);
      });
      const countOf = (store: string) =>
        new Promise<number>((resolve) => {
          const request = db.transaction(store).objectStore(store).count();
          request.onsuccess = () => resolve(request.result);
        });
      const result = { rounds: await countOf('rounds'), participants: await countOf('participants'), sheets: await countOf('sheets') };
      db.close();
      return result;
    });
    expect(left).toEqual({ rounds: 0, participants: 0, sheets: 0 });

    // The old address now says the programme is gone, rather than showing a blank page.
    await page.goto(programmeUrl);
    await h1(page, 'Programme not found');
    await expectNoAxeViolations(page, 'programme not found');

  });

  it('made no request beyond the app itself', () => {
    expect(tab.foreignRequests).toEqual([]);
  });
});

describe('two tabs', () => {
  it('keeps two tabs in step: a programme created in one appears in the other', async () => {
    const { page, context } = await newContext(browser);
    await page.goto('/');
    await page.getByText('No programmes on this device yet.').waitFor();
    const other = await context.newPage();
    await other.goto('/programmes/new');
    await other.getByLabel('Name of the programme').fill('Made in the other tab');
    await other.getByRole('button', { name: 'Save and continue' }).click();
    await h1(other, 'Made in the other tab');
    await page.getByRole('link', { name: 'Made in the other tab' }).waitFor();
    await context.close();
  });
});
