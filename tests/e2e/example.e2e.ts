import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitForAppDatabase } from '../fixtures/seed-browser';
import { expectNoAxeViolations, launch, newContext } from './browser';

/*
 * The worked example programme (issue 16), loaded from the home page as a new user would: every
 * warning across rounds appears on the dashboard with the numbers worked out by hand in
 * tests/unit/db-example.test.ts, the roles table shows only roles of two or more, and the example
 * is removed in one step, leaving the device as it was.
 */

const SHOTS = process.env.SHOTS_DIR ?? join('.scratch', 'shots-example');
let browser: Browser;

beforeAll(async () => {
  browser = await launch();
  mkdirSync(SHOTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
});

function squash(text: string | null) {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

async function warningTexts(page: Page): Promise<Record<string, string[]>> {
  const items = page.locator('[data-testid="look-next-warnings"] li');
  const out: Record<string, string[]> = {};
  for (const item of await items.all()) {
    const kind = (await item.getAttribute('data-kind')) ?? '';
    (out[kind] ??= []).push(squash(await item.textContent()));
  }
  return out;
}

async function recordCounts(page: Page) {
  await waitForAppDatabase(page);
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('change-model');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const stores = ['programmes', 'rounds', 'participants', 'sheets', 'actions', 'events', 'lessons', 'roundStats'];
    const tx = db.transaction(stores, 'readonly');
    const counts = await Promise.all(
      stores.map((name) => new Promise<[string, number]>((resolve) => {
        const request = tx.objectStore(name).count();
        request.onsuccess = () => resolve([name, request.result]);
      })),
    );
    db.close();
    return Object.fromEntries(counts);
  });
}

/** A new device at this viewport, the example loaded from the home page: its dashboard open. */
async function withExample(options: Parameters<typeof newContext>[1]) {
  const ctx = await newContext(browser, options);
  await ctx.page.goto('/');
  await ctx.page.getByText('No programmes on this device yet.').waitFor();
  await ctx.page.getByRole('button', { name: 'Load an example' }).click();
  await ctx.page.getByTestId('example-notice').waitFor();
  return { ...ctx, id: new URL(ctx.page.url()).pathname.split('/')[2]! };
}

describe('the worked example', () => {
  it('loads from home, shows a warning of each kind with its numbers, and is removed leaving nothing behind', async () => {
    const { page, context, foreignRequests } = await newContext(browser, { viewport: { width: 1280, height: 900 } });
    await page.goto('/');
    await page.getByText('No programmes on this device yet.').waitFor();
    const before = await recordCounts(page);

    await page.getByRole('button', { name: 'Load an example' }).click();
    await page.waitForURL(/\/programmes\/[0-9a-f-]{36}\/dashboard$/);
    await page.getByText('The example is loaded').waitFor();
    await page.getByTestId('example-notice').waitFor();
    await page.locator('[data-testid="look-next-warnings"]').waitFor();

    // The latest round (Summer review, at the spreading stage).
    const latest = await warningTexts(page);
    expect(Object.keys(latest).sort()).toEqual(
      ['carried-forward', 'engagement-flat', 'group-absent', 'not-yet-late', 'not-yet-persisting', 'one-owner', 'participation-drop', 'senior-frontline'].sort(),
    );
    expect(latest['senior-frontline']).toHaveLength(2);
    expect(latest['senior-frontline']![0]).toContain(
      'Executives and managers see Engagement to mobilise as further along than clinical and frontline staff do: in place 100 (3 people) against 25 (4 people), 75 points apart (flagged at 25).',
    );
    expect(latest['participation-drop']![0]).toContain('2 clinical staff took part, 50% fewer than the 4 in Baseline');
    expect(latest['group-absent']![0]).toContain('No one from a partner organisation took part in this round; 1 did in the previous round.');
    expect(latest['engagement-flat']![0]).toContain('Engagement to mobilise has not risen for 2 rounds (in place 50, 50 and 25) while Rigorous delivery rose from 25 to 75.');
    expect(latest['carried-forward']![0]).toContain('“Share the discharge-by-noon figures with each ward every week” (twice)');
    expect(latest['one-owner']![0]).toContain('Priya owns 3 of the 5 open actions (60%; flagged at 60%).');
    expect(latest['not-yet-late']![0]).toContain('this round is recorded at the spreading stage');
    expect(latest['not-yet-persisting']![0]).toContain('“not yet at this stage” for 3 rounds running');

    // By role: only the managers and the nurses (two each); three people in roles of one are not shown.
    const roleHeads = await page.locator('[data-testid="roles-table"] thead th').allTextContents();
    expect(roleHeads.map(squash)).toEqual(['Component', 'Manager (2 people)', 'Nurse or midwife (2 people)']);
    expect(squash(await page.locator('[data-testid="roles-table"] tr[data-component="engagement"]').textContent())).toBe('Engagement to mobilise10025');
    await expect.poll(async () => squash(await page.locator('#roles').textContent())).toContain('Not shown: 3 people in 3 roles with fewer than 2 people');
    const participation = await page.locator('[data-testid="participation-table"] tbody tr').allTextContents();
    expect(participation).toHaveLength(3);
    await expectNoAxeViolations(page, 'the example’s dashboard');
    await page.screenshot({ path: join(SHOTS, 'example-dashboard-1280.png'), fullPage: true });

    // The spring review: only senior people and a partner came.
    await page.getByLabel('Round', { exact: true }).selectOption({ label: (await page.locator('#dashboard-round option', { hasText: 'Spring review' }).textContent())! });
    await expect.poll(async () => Object.keys(await warningTexts(page)).sort()).toEqual(['group-absent', 'one-level', 'participation-drop']);
    const spring = await warningTexts(page);
    expect(spring['one-level']![0]).toContain(
      'Everyone who took part (3 people) was executives or managers and people from partner organisations: no clinical, frontline or patient voice.',
    );
    expect(spring['participation-drop']![0]).toContain('3 people took part, 63% fewer than the 8 in Baseline');
    expect(spring['group-absent']).toHaveLength(3);

    // Marked on home, then removed in one step from there.
    await page.goto('/');
    await page.getByTestId('programme-list').waitFor();
    expect(squash(await page.getByTestId('programme-list').textContent())).toContain('Example');
    await page.getByRole('button', { name: 'Remove the example' }).click();
    await page.getByText('No programmes on this device yet.').waitFor();
    await page.getByRole('button', { name: 'Load an example' }).waitFor();
    expect(await recordCounts(page)).toEqual(before);
    expect(foreignRequests).toEqual([]);
    await context.close();
  });

  it('is removed from its own dashboard too, back to home with a message', async () => {
    const { page, context } = await withExample({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
    await page.screenshot({ path: join(SHOTS, 'example-dashboard-390.png') });
    await page.getByTestId('example-notice').getByRole('button', { name: 'Remove the example' }).click();
    await page.waitForURL((url) => url.pathname === '/');
    await page.getByText('The example was removed, with everything in it.').waitFor();
    await page.getByText('No programmes on this device yet.').waitFor();
    await context.close();
  });

  it('records the programme’s own outcome measure per round and shows it beside “in place”, refusing what is not a number', async () => {
    const { page, context, id } = await withExample({ viewport: { width: 1280, height: 900 } });

    // The example's two measures, in the table beside in place.
    await page.getByRole('tab', { name: 'Table of in place over rounds', exact: true }).click();
    const heads = (await page.locator('[data-testid="coverage-rounds-table"] thead th[data-outcome]').allTextContents()).map(squash);
    expect(heads).toEqual(['Patients home before noon (%) your own measure', 'Average length of stay (days) your own measure']);
    const noon = (await page.locator('[data-testid="coverage-rounds-table"] tbody td[data-outcome]:nth-of-type(9)').allTextContents()).map(squash);
    expect(noon).toEqual(['14', '19', '21']);

    await page.goto(`/programmes/${id}/outcomes`);
    await page.getByRole('heading', { level: 1, name: 'Your own outcome measures' }).waitFor();
    await expectNoAxeViolations(page, 'the outcome measures screen');
    const latest = page.getByRole('group', { name: /Summer review/ }).getByLabel('Patients home before noon (%)');
    await latest.fill('about 30');
    await page.getByRole('button', { name: 'Save the values' }).click();
    const summary = page.locator('.nhsuk-error-summary');
    await summary.waitFor();
    expect(squash(await summary.textContent())).toContain('Patients home before noon, Summer review: Enter a number, like 42 or 3.5, or leave it blank');
    await expect.poll(() => page.evaluate(() => document.activeElement?.classList.contains('nhsuk-error-summary'))).toBe(true);
    await latest.fill('30');
    await page.getByRole('button', { name: 'Save the values' }).click();
    await page.getByText('Values saved.').waitFor();

    await page.goto(`/programmes/${id}/dashboard`);
    await page.getByTestId('outcomes-summary').waitFor();
    expect(squash(await page.getByTestId('outcomes-summary').textContent())).toContain('Patients home before noon (%): from 14 to 30 over 3 rounds with a value.');
    await context.close();
  });

  it('shows each pair as a polarity on the dashboard and in the presentation, in the programme’s own words once reworded', async () => {
    const { page, context, id } = await withExample({ viewport: { width: 1280, height: 900 } });
    const pair = 'transparent-measurement|engagement';

    // The dashboard: the pair's fold holds its map; the actions note names what has no open action.
    const fold = page.locator(`.app-voices__pair[data-pair="${pair}"]`);
    await fold.locator('summary').click();
    expect(squash(await fold.getByTestId('polarity-map').textContent())).toContain('What Transparent measurement gives when it is working');
    const gaps = squash(await page.getByTestId('action-gaps').textContent());
    expect(gaps).toContain('No open action on these 4 components: Our shared purpose, Leadership for change, Improvement methodology and Rigorous delivery.');
    expect(gaps).toContain('No open action on these 10 tracked pairs');

    // Reworded on the words screen.
    await page.goto(`/programmes/${id}/words`);
    const editor = page.locator(`.app-polarity-words[data-pair="${pair}"]`);
    await editor.locator('summary').click();
    const tryThis = editor.getByLabel('Something to try');
    await tryThis.fill('Ask each ward which of its figures it would be happy to see on the board.');
    await editor.getByRole('button', { name: 'Save this pair' }).click();
    await editor.getByText('Saved.').waitFor();
    await expectNoAxeViolations(page, 'the words screen with a pair open');

    // The presentation: a flagged pair gets its own step, in the programme's words.
    const rounds = await page.evaluate(async (programmeId) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('change-model');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const all = await new Promise<{ id: string; programmeId: string; date: string }[]>((resolve) => {
        const request = db.transaction('rounds').objectStore('rounds').getAll();
        request.onsuccess = () => resolve(request.result as { id: string; programmeId: string; date: string }[]);
      });
      db.close();
      return all.filter((r) => r.programmeId === programmeId).sort((a, b) => a.date.localeCompare(b.date)).map((r) => r.id);
    }, id);
    await page.goto(`/programmes/${id}/rounds/${rounds[2]}/present`);
    await page.locator('.app-present__position').waitFor();
    await page.keyboard.press('End');
    const title = page.locator('#present-step-title');
    for (let i = 0; i < 6 && !/Transparent measurement and Engagement to mobilise/.test((await title.textContent()) ?? ''); i++) {
      await page.keyboard.press('ArrowLeft');
      await page.waitForTimeout(100);
    }
    expect(squash(await title.textContent())).toBe('Transparent measurement and Engagement to mobilise');
    expect(squash(await page.getByTestId('polarity-map').textContent())).toContain('Ask each ward which of its figures it would be happy to see on the board.');
    await expectNoAxeViolations(page, 'a polarity step of the presentation');
    await page.screenshot({ path: join(SHOTS, 'present-polarity-1280.png') });
    await context.close();
  });
});
