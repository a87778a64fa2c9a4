import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations, launch, newContext, openNote, waitForServiceWorker } from './browser';

let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
});

/** Key presses, counted, so the report can say what a keyboard-only round costs. */
class Keyboard {
  count = 0;
  constructor(private readonly page: Page) {}

  async press(key: string) {
    this.count += 1;
    await this.page.keyboard.press(key);
  }

  async type(text: string) {
    this.count += text.length;
    await this.page.keyboard.type(text);
  }

  /** Tab forward until the focused element matches; fails after `max` presses. */
  async tabTo(describe: string, matches: (el: { tag: string; text: string; name: string; type: string; label: string }) => boolean, max = 40) {
    for (let i = 0; i < max; i += 1) {
      await this.press('Tab');
      const el = await this.page.evaluate(() => {
        const a = document.activeElement as HTMLElement | null;
        if (!a) return { tag: '', text: '', name: '', type: '', label: '' };
        const labelledBy = a.getAttribute('aria-labelledby');
        const label =
          a.getAttribute('aria-label') ??
          (labelledBy ? document.getElementById(labelledBy)?.textContent : null) ??
          (a.id ? document.querySelector(`label[for="${CSS.escape(a.id)}"]`)?.textContent : null) ??
          '';
        return {
          tag: a.tagName.toLowerCase(),
          text: (a.textContent ?? '').trim(),
          name: a.getAttribute('name') ?? '',
          type: a.getAttribute('type') ?? '',
          label: label.trim(),
        };
      });
      if (matches(el)) return;
    }
    throw new Error(`Pressed Tab ${max} times without reaching ${describe}`);
  }
}

/**
 * Answer every statement of the component on screen by keyboard: Tab into the first group, then a
 * key per statement (a key answers and moves on to the next statement, then to "Continue").
 */
async function answerComponentByKeyboard(page: Page, keys: Keyboard, values: string[]) {
  await page.locator('.app-prompt').first().waitFor();
  const count = await page.locator('.app-prompt').count();
  await keys.tabTo('the answers to statement 1', (el) => el.type === 'radio');
  for (let i = 0; i < count; i += 1) await keys.press(values[i % values.length]!);
  // Each group's choice is stored, and focus is on the way on.
  await expect.poll(() => page.locator('.app-prompt input:checked').count()).toBe(count);
  expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-next-step'))).toBe(true);
}

describe('answering a round', () => {
  it('a solo lead completes a full quick check by keyboard only and sees the summary', async () => {
    const { page, context, foreignRequests } = await newContext(browser);
    const keys = new Keyboard(page);
    await page.goto('/');
    await page.getByRole('heading', { level: 1 }).waitFor();
    await keys.tabTo('Start a quick check', (el) => el.tag === 'button' && el.text === 'Start a quick check', 60);
    await keys.press('Enter');
    await page.waitForURL(/\/rounds\/[^/]+$/);
    await page.getByRole('heading', { level: 1, name: /^Quick check \d/ }).waitFor();

    // The wheel: shared purpose is the first stop.
    await keys.tabTo('the centre of the wheel', (el) => el.tag === 'a' && el.label.startsWith('Our shared purpose, at the centre'));
    await keys.press('Enter');
    // Digits per component, a mix of steps, "not yet" (n) and "don't know" (d).
    const plans = [
      ['3', '4', '2', '3', '5'],
      ['2', '2', '3', '1', '2'],
      ['n', 'n', '1', 'd', 'n'],
      ['3', '3', '2', '2', '4'],
      ['4', '4', '3', '4', '4'],
      ['1', '2', 'd', 'd', '2'],
      ['d', 'd', 'd', '2', '1'],
      ['4', '3', '4', '5', '3'],
    ];
    for (let c = 0; c < 8; c += 1) {
      await page.getByRole('heading', { level: 1 }).waitFor();
      await answerComponentByKeyboard(page, keys, plans[c]!);
      // Focus is already on "Continue to …" after the last statement.
      const before = page.url();
      await keys.press('Enter');
      await page.waitForURL((url) => url.toString() !== before);
    }
    // The pairs are an optional last step of a quick check: skipped here.
    await page.getByRole('heading', { level: 1, name: 'How are the parts working together?' }).waitFor();
    await keys.tabTo('Skip to the summary', (el) => el.tag === 'a' && el.text === 'Skip the pairs and see my summary');
    {
      const before = page.url();
      await keys.press('Enter');
      await page.waitForURL((url) => url.toString() !== before);
    }

    await page.getByRole('heading', { level: 1, name: 'What to look at next' }).waitFor();
    const forRound = keys.count;
    const rows = page.getByRole('table').getByRole('row');
    await expect.poll(() => rows.count()).toBe(9);
    await page.getByRole('region', { name: 'Where to look next' }).waitFor();
    const lowest = await page.getByRole('region', { name: 'Where to look next' }).getByRole('heading', { level: 3 }).allTextContents();
    // Among components with three or more statements rated: transparent measurement (1, 2, 2 → 16.7) and
    // leadership (2, 2, 3, 1, 2 → 25). Spread (three "not yet" of five) is "not yet", never among the lowest;
    // system drivers has only two statements rated.
    expect(lowest).toEqual(['Transparent measurement', 'Leadership for change']);
    const blind = await page.getByRole('region', { name: 'Blind spots' }).getByRole('listitem').allTextContents();
    // System drivers: three "don't know" leave 2 of 5 attended (40%, under half).
    expect(blind).toEqual([expect.stringMatching(/^System drivers: 2 of 5 statements given a view; 3 “don’t know”/)]);
    await expect.poll(() => page.getByRole('region', { name: 'Not yet at this stage' }).getByRole('listitem').count()).toBe(3);

    // An action, by keyboard too.
    await keys.tabTo('the action text', (el) => el.tag === 'textarea');
    await keys.type('Talk to the finance lead about the tariff');
    await keys.tabTo('Add this step', (el) => el.tag === 'button' && el.text === 'Add this step');
    await keys.press('Enter');
    await page.getByRole('region', { name: 'Your next steps' }).getByText('Talk to the finance lead about the tariff', { exact: true }).waitFor();

    // Every answer is in IndexedDB.
    const stored = await page.evaluate(
      () =>
        new Promise<number>((resolve, reject) => {
          const open = indexedDB.open('change-model');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            // Answers are stored in one sheet per person per round (src/db/answers.ts).
            const tx = open.result.transaction('sheets');
            const req = tx.objectStore('sheets').getAll();
            req.onsuccess = () =>
              resolve(req.result.flatMap((s: { responses: { value: unknown }[] }) => s.responses).filter((r: { value: unknown }) => r.value !== null).length);
          };
        }),
    );
    expect(stored).toBe(40);
    console.log(
      `KEYBOARD-ONLY QUICK CHECK: ${forRound} key presses from home to the summary (40 statements, 8 components); ` +
        `${keys.count - forRound} more to add one action of 41 characters; ${keys.count} in all`,
    );
    // 40 answers need at least 40 presses plus a Tab into each group; anything near 3 per statement is lean.
    expect(forRound).toBeLessThan(40 * 5);
    expect(foreignRequests).toEqual([]);
    await context.close();
  });

  it('keeps a note typed a moment before a reload', async () => {
    const { page, context } = await newContext(browser);
    await page.goto('/');
    await page.getByRole('button', { name: 'Start a quick check' }).click();
    await page.waitForURL(/\/rounds\/[^/]+$/);
    await page.goto(page.url() + '/answer/engagement');
    const note = await openNote(page, 2);
    await note.click();
    await page.keyboard.type('Patients on the design group since May', { delay: 5 });
    // Well inside the 300 ms save delay: only the unload path (or the copy) can have saved it.
    await page.reload();
    const after = page.getByRole('textbox', { name: 'Evidence note for statement 2 (optional)' });
    await expect.poll(() => after.inputValue()).toBe('Patients on the design group since May');
    // And it reaches IndexedDB, not only the screen.
    await page.reload();
    await expect.poll(() => page.getByRole('textbox', { name: 'Evidence note for statement 2 (optional)' }).inputValue()).toBe(
      'Patients on the design group since May',
    );
    await context.close();
  });

  it('saves a note typed as a newer version of the app upgrades the database in another tab, then says to reload', async () => {
    const { page, context } = await newContext(browser);
    await page.goto('/');
    await page.getByRole('button', { name: 'Start a quick check' }).click();
    await page.waitForURL(/\/rounds\/[^/]+$/);
    await page.goto(page.url() + '/answer/engagement');
    // Another tab of the same site (a plain file, not the app) stands ready to open the database
    // at a higher version, as the next release of the app would.
    const other = await context.newPage();
    await other.goto('/manifest.webmanifest');
    const note = await openNote(page, 3);
    await note.click();
    await page.keyboard.type('Ward sisters chose the huddle time', { delay: 5 });
    // At once, inside the 300 ms save delay: only the hand-over flush can save the note now.
    const saved = await other.evaluate(
      () =>
        new Promise<string[]>((resolve, reject) => {
          const open = indexedDB.open('change-model', 1000);
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const request = open.result.transaction('sheets').objectStore('sheets').getAll();
            request.onsuccess = () => resolve(request.result.flatMap((s: { responses: { note: string }[] }) => s.responses.map((r) => r.note)));
          };
        }),
    );
    expect(saved).toContain('Ward sisters chose the huddle time');
    const banner = page.getByTestId('newer-version');
    await banner.waitFor();
    expect(await banner.textContent()).toContain('The app has been updated in another tab.');
    await expectNoAxeViolations(page, 'tab closed for a newer version');
    await context.close();
  });

  it('a second tab on the same round sees an answer made in the first', async () => {
    const { page, context } = await newContext(browser);
    await page.goto('/');
    await page.getByRole('button', { name: 'Start a quick check' }).click();
    await page.waitForURL(/\/rounds\/[^/]+$/);
    const roundUrl = page.url();
    const second = await context.newPage();
    await second.goto(roundUrl);
    await second.getByTestId('round-progress').waitFor();
    expect(await second.getByTestId('round-progress').textContent()).toContain('0 of 40');

    await page.goto(roundUrl + '/answer/spread');
    await page.getByRole('group', { name: /^Statement 1 of 5/ }).getByRole('radio', { name: /In place in parts/ }).check();
    await expect.poll(() => second.getByTestId('round-progress').textContent()).toContain('1 of 40');

    await second.goto(roundUrl + '/answer/spread');
    await expect.poll(() => second.getByRole('group', { name: /^Statement 1 of 5/ }).getByRole('radio', { name: /In place in parts/ }).isChecked()).toBe(true);
    // And back again: a note typed in the second tab shows in the first.
    await (await openNote(second, 1)).fill('Shared at the regional network');
    await second.getByRole('textbox', { name: 'Evidence note for statement 1 (optional)' }).blur();
    await expect.poll(() => page.getByRole('textbox', { name: 'Evidence note for statement 1 (optional)' }).inputValue()).toBe(
      'Shared at the regional network',
    );
    await context.close();
  });

  it('never loses an answer clicked just before a reload, with a second tab open on the same round (5 of 5)', async () => {
    const { page, context } = await newContext(browser);
    await page.goto('/');
    await page.getByRole('button', { name: 'Start a quick check' }).click();
    await page.waitForURL(/\/rounds\/[^/]+$/);
    const roundUrl = page.url();
    const second = await context.newPage();
    await second.goto(roundUrl + '/answer/leadership');
    await second.getByRole('heading', { level: 1, name: 'Leadership for change' }).waitFor();
    const answers = [/Not in place/, /Planned or starting/, /In place in parts/, /Working well in most places/, /Embedded/];
    await page.goto(roundUrl + '/answer/leadership');
    for (let i = 1; i <= 5; i++) {
      const radio = page.getByRole('group', { name: new RegExp(`^Statement ${i} of 5`) }).getByRole('radio', { name: answers[i - 1]! });
      await radio.check();
      // At once: the click's IndexedDB transaction has not necessarily committed yet.
      await page.reload();
      await page.getByRole('heading', { level: 1, name: 'Leadership for change' }).waitFor();
      await expect
        .poll(() => page.getByRole('group', { name: new RegExp(`^Statement ${i} of 5`) }).getByRole('radio', { name: answers[i - 1]! }).isChecked(), {
          message: `answer ${i} kept`,
        })
        .toBe(true);
    }
    // The other tab sees all five.
    for (let i = 1; i <= 5; i++) {
      await expect.poll(() => second.getByRole('group', { name: new RegExp(`^Statement ${i} of 5`) }).getByRole('radio', { name: answers[i - 1]! }).isChecked()).toBe(true);
    }
    await context.close();
  });

  it('the whole quick check works offline, and reopening the app offers to continue', async () => {
    const { page, context, foreignRequests } = await newContext(browser);
    await page.goto('/');
    await waitForServiceWorker(page);
    await context.setOffline(true);
    await page.reload();
    await page.getByRole('button', { name: 'Start a quick check' }).click();
    await page.waitForURL(/\/rounds\/[^/]+$/);
    const roundUrl = page.url();
    await page.getByRole('link', { name: /^System drivers, 0 of 5 answered, 5 left/ }).click();
    await page.getByRole('heading', { level: 1, name: 'System drivers' }).waitFor();
    for (let i = 1; i <= 5; i += 1) {
      await page.getByRole('group', { name: new RegExp(`^Statement ${i} of 5`) }).getByRole('radio', { name: /Planned or starting/ }).check();
    }
    await (await openNote(page, 1)).fill('CQUIN targets reward the old pathway');
    await expect.poll(() => page.getByTestId('save-status').textContent()).toContain('Saved');
    await page.getByRole('link', { name: /^Continue to/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Engagement to mobilise' }).waitFor();

    // Reopen the app (offline): home offers the same round and component, once.
    await page.goto('/');
    const resume = page.getByRole('button', { name: 'Continue my quick check' });
    await resume.waitFor();
    expect(await page.getByRole('link', { name: 'Continue where you left off' }).count()).toBe(0);
    await resume.click();
    await page.getByRole('heading', { level: 1, name: 'Engagement to mobilise' }).waitFor();
    expect(page.url()).toBe(roundUrl + '/answer/engagement');

    await page.goto(roundUrl + '/summary');
    await page.getByRole('heading', { level: 1, name: 'What to look at next' }).waitFor();
    const row = page.getByRole('row', { name: /^System drivers/ });
    expect(await row.getByRole('cell').first().textContent()).toContain('25');
    expect(foreignRequests).toEqual([]);
    await context.close();
  });

  it('has no axe violations on the answering screens', async () => {
    const { page, context } = await newContext(browser);
    await page.goto('/');
    await page.getByRole('button', { name: 'Start a quick check' }).click();
    await page.waitForURL(/\/rounds\/[^/]+$/);
    const roundUrl = page.url();
    await page.getByTestId('round-progress').waitFor();
    await expectNoAxeViolations(page, 'round wheel');

    await page.goto(roundUrl + '/answer/shared-purpose');
    await page.locator('.app-prompt').first().waitFor();
    await page.getByRole('group', { name: /^Statement 1 of 5/ }).getByRole('radio', { name: /Embedded/ }).check();
    await page.getByRole('group', { name: /^Statement 2 of 5/ }).getByRole('radio', { name: /Not yet/ }).check();
    await (await openNote(page, 1)).fill('A note');
    await expect.poll(() => page.getByTestId('save-status').textContent()).toContain('Saved');
    await page.getByText('What the answers mean, and keyboard keys').click();
    await expectNoAxeViolations(page, 'component screen');

    await page.goto(roundUrl + '/summary');
    await page.getByRole('heading', { level: 1, name: 'What to look at next' }).waitFor();
    await page.getByRole('button', { name: 'Add this step' }).click();
    await page.getByRole('alert').first().waitFor();
    await expectNoAxeViolations(page, 'summary with an error');

    await page.goto('/');
    await page.getByRole('button', { name: 'Continue my quick check' }).waitFor();
    await expectNoAxeViolations(page, 'home with an unfinished quick check');

    // Who is answering, on a round with nobody in it yet.
    await page.getByRole('button', { name: 'Start a new one' }).click();
    await page.waitForURL((url) => url.toString() !== roundUrl && /\/rounds\/[^/]+$/.test(url.pathname));
    await page.getByTestId('round-progress').waitFor();
    const emptyRound = await page.evaluate(async () => {
      const parts = location.pathname.split('/');
      return { programmeId: parts[2]!, roundId: parts[4]! };
    });
    await page.evaluate(
      ({ roundId }) =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('change-model');
          open.onsuccess = () => {
            const tx = open.result.transaction('participants', 'readwrite');
            const store = tx.objectStore('participants');
            const index = store.index('roundId');
            const req = index.openCursor(IDBKeyRange.only(roundId));
            req.onsuccess = () => {
              const cursor = req.result;
              if (cursor) {
                cursor.delete();
                cursor.continue();
              }
            };
            tx.oncomplete = () => resolve();
            tx.onerror = () => reject(tx.error);
          };
        }),
      emptyRound,
    );
    await page.reload();
    await page.getByRole('heading', { name: 'Who is answering?' }).waitFor();
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('alert').waitFor();
    await expectNoAxeViolations(page, 'who is answering, with errors');
    await context.close();
  });
});
