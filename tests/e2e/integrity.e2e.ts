/**
 * Data integrity in real Chromium (issue 11): hostile files never take over another programme's
 * records nor freeze the tab, and the longest values a person may type never widen a screen or
 * the board paper.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANSWERS_FORMAT, FORMAT_VERSION, INVITATION_FORMAT } from '../../src/exchange/format';
import { backupOf, largeBackup, smallProgramme } from '../fixtures/data-backup';
import { buildProgramme, type ProgrammeRecords } from '../fixtures/programme';
import { seedBrowser } from '../fixtures/seed-browser';
import { launch, newContext } from './browser';

let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
});

const LATER = new Date(Date.now() - 60_000).toISOString();

const work = mkdtempSync(join(tmpdir(), 'cm-integrity-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/**
 * A file on disk for an <input type="file">. Large ones go by path: a buffer would be decoded
 * from base64 inside the page by Playwright, a long task of the test's own.
 */
function jsonFile(name: string, value: unknown): string {
  const path = join(work, name.replace(/[^A-Za-z0-9.-]+/g, '-'));
  writeFileSync(path, typeof value === 'string' ? value : JSON.stringify(value));
  return path;
}

/** Every record of programme "small", as this page's IndexedDB holds it (sorted, for comparing). */
async function programmeState(page: Page, programmeId = 'small') {
  return page.evaluate(async (pid) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const r = indexedDB.open('change-model');
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
    const all = (store: string) =>
      new Promise<Record<string, unknown>[]>((resolve, reject) => {
        const r = db.transaction(store).objectStore(store).getAll();
        r.onsuccess = () => resolve(r.result);
        r.onerror = () => reject(r.error);
      });
    const out: Record<string, unknown> = {};
    const rounds = (await all('rounds')).filter((r) => r.programmeId === pid);
    const roundIds = new Set(rounds.map((r) => r.id));
    out.programme = (await all('programmes')).filter((p) => p.id === pid);
    out.rounds = rounds;
    for (const table of ['participants', 'actions', 'events', 'lessons']) out[table] = (await all(table)).filter((r) => r.programmeId === pid);
    out.sheets = (await all('sheets')).filter((s) => roundIds.has(s.roundId));
    db.close();
    return JSON.stringify(out, Object.keys(out).sort());
  }, programmeId);
}

/** Start watching for main-thread tasks over 100 ms; returns a function that says how long the longest was. */
async function watchLongTasks(page: Page): Promise<() => Promise<number>> {
  await page.evaluate(() => {
    const w = window as unknown as { __longest: number; __observer?: PerformanceObserver };
    w.__longest = 0;
    w.__observer?.disconnect();
    w.__observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.__longest = Math.max(w.__longest, entry.duration);
    });
    w.__observer.observe({ type: 'longtask' });
  });
  return () => page.evaluate(() => (window as unknown as { __longest: number }).__longest);
}

describe('hostile files', () => {
  it('refuses or re-keys each takeover attempt, and programme A is unchanged', async () => {
    const { page, context } = await newContext(browser);
    await page.goto('/');
    await seedBrowser(page, smallProgramme());
    await seedBrowser(page, smallProgramme('other'));
    const before = await programmeState(page);
    await page.goto('/data');
    await page.getByRole('heading', { level: 1 }).waitFor();

    // 1. A backup of B reusing A's round, person, action and lesson ids, changed later.
    const b = smallProgramme('other');
    const a = smallProgramme();
    b.actions[0] = { ...b.actions[0]!, id: a.actions[0]!.id, updatedAt: LATER, text: 'Moved action' };
    b.lessons[0] = { ...b.lessons[0]!, id: a.lessons[0]!.id, updatedAt: LATER, text: 'Moved lesson' };
    const stolenRound = a.rounds[1]!.id;
    const text = JSON.stringify(backupOf(b, LATER)).split('"other-round-2"').join(JSON.stringify(stolenRound));
    await page.getByTestId('restore-input').setInputFiles(jsonFile('hostile-backup.json', text));
    await page.getByTestId('import-review').waitFor();
    const notes = page.getByTestId('import-notes');
    await expect.poll(() => notes.innerText()).toMatch(/The round “Spring review” is taken in as a new record: its id is already used on this device by a record of “Diabetes foot care”/);
    expect(await notes.innerText()).toMatch(/The action “Moved action” is taken in as a new record/);
    expect(await notes.innerText()).toMatch(/The lesson “Moved lesson” is taken in as a new record/);
    await page.getByRole('button', { name: 'Restore this backup' }).click();
    await expect.poll(() => page.getByTestId('import-result').innerText()).toMatch(/taken in as new, because their ids belong here to another programme or round/);
    expect(await programmeState(page)).toBe(before);

    // 2. An answers file moving one of A's people into another round.
    await page.goto('/programmes/small/rounds/small-round-2/handover');
    await page.getByRole('heading', { level: 1 }).waitFor();
    const person = a.participants.find((p) => p.roundId === 'small-round-1')!;
    const answers = {
      format: ANSWERS_FORMAT,
      formatVersion: FORMAT_VERSION,
      appVersion: 'test',
      exportedAt: LATER,
      programmeId: 'small',
      roundId: 'small-round-2',
      roundTitle: 'Spring review',
      participant: { ...person, roundId: 'small-round-2', updatedAt: LATER },
      answers: [{ promptId: a.rounds[1]!.prompts[0]!.id, value: 1, note: '', updatedAt: LATER }],
      judgements: [],
    };
    await page.getByTestId('answers-input').setInputFiles(jsonFile('answers.json', answers));
    await expect.poll(() => page.getByTestId('import-refusal').innerText()).toMatch(/already has a different person with the same id in another round/);
    expect(await page.getByRole('button', { name: 'Take in these answers' }).count()).toBe(0);
    expect(await programmeState(page)).toBe(before);

    // 3. An invitation reusing A's programme and round ids, renaming A and replacing its round.
    await page.goto('/data');
    const programme = { ...a.programmes[0]!, name: 'Renamed by a file', updatedAt: LATER };
    delete (programme as { prompts?: unknown }).prompts;
    const invitation = {
      format: INVITATION_FORMAT,
      formatVersion: FORMAT_VERSION,
      appVersion: 'test',
      exportedAt: LATER,
      programme,
      round: { ...a.rounds[1]!, title: 'Replaced round', prompts: a.rounds[1]!.prompts.slice(0, 1), updatedAt: LATER },
    };
    await page.getByTestId('restore-input').setInputFiles(jsonFile('invitation.json', invitation));
    await expect.poll(() => notes.innerText()).toMatch(/is kept exactly as it is here: an invitation never changes a programme's settings, rounds or statements/);
    await page.getByRole('button', { name: 'Add this round to this device' }).click();
    await page.getByTestId('import-result').waitFor();
    expect(await programmeState(page)).toBe(before);
    await context.close();
  });

  it('refuses each freezing file with a message, with no main-thread task over 100 ms, and reads a 12 MB backup the same way', async () => {
    const { page, context } = await newContext(browser);
    await page.goto('/');
    await seedBrowser(page, smallProgramme());
    await page.goto('/data');
    await page.getByRole('heading', { level: 1 }).waitFor();
    const valid = backupOf(smallProgramme());
    const hostile: [string, string, RegExp][] = [
      ['a million empty lessons (3 MB)', JSON.stringify({ ...valid, data: { ...valid.data, lessons: '[]' } }).replace('"lessons":"[]"', `"lessons":[${'{},'.repeat(999_999)}{}]`), /It holds 1,000,000 lessons/],
      ['a round listing its components a million times', JSON.stringify(valid).replace('"components":[', `"components":[${'"engagement",'.repeat(1_000_000)}`), /a list of more than 1,000 items/],
      ['a field nested 100,000 deep', JSON.stringify(valid).replace('"title":"Baseline"', `"title":"Baseline","x":${'['.repeat(100_000)}${']'.repeat(100_000)}`), /nests values more than 12 levels deep/],
      ['an id with a slash', JSON.stringify(valid).split('"small-round-2"').join('"../small/round"'), /its id is not an id this app made/],
      ['a change stamped in year 9999', JSON.stringify(valid).replace(/"updatedAt":"[^"]+"/, '"updatedAt":"9999-01-01T00:00:00.000Z"'), /is in the future/],
    ];
    for (const [label, text, message] of hostile) {
      const longest = await watchLongTasks(page);
      await page.getByTestId('restore-input').setInputFiles(jsonFile(`${label}.json`, text));
      await expect.poll(() => page.getByTestId('file-error').innerText(), { message: label, timeout: 20_000 }).toMatch(message);
      expect(await longest(), `${label}: longest main-thread task (ms)`).toBeLessThanOrEqual(100);
    }

    // A large valid backup: checked off the main thread, shown for review without a long task.
    const big = JSON.stringify(largeBackup(12));
    const longest = await watchLongTasks(page);
    await page.getByTestId('restore-input').setInputFiles(jsonFile('large.json', big));
    await page.getByTestId('import-review').waitFor({ timeout: 30_000 });
    await page.getByRole('button', { name: 'Restore this backup' }).waitFor();
    expect(await longest(), '12 MB backup: longest main-thread task while checking it (ms)').toBeLessThanOrEqual(100);
    await context.close();
  }, 120_000);

  it('refuses prompt-set files made to freeze the tab, with no main-thread task over 100 ms', async () => {
    const { page, context } = await newContext(browser);
    await page.goto('/');
    await seedBrowser(page, smallProgramme());
    await page.goto('/programmes/small/words/import');
    await page.getByRole('heading', { level: 1 }).waitFor();
    const columns = ['component_id', 'prompt_text', ...Array.from({ length: 50_000 }, (_, i) => `score: P${i}`)].join(',');
    const labels = Object.fromEntries(Array.from({ length: 80_000 }, (_, i) => [`P${i}`, 3]));
    const files: [string, string, RegExp][] = [
      ['50,000 score columns', jsonFile('wide.csv', `${columns}\nengagement,We talk,${'3,'.repeat(49_999)}3\n`), /50,002 columns/],
      ['80,000 score labels', jsonFile('labels.json', { prompts: [{ componentId: 'engagement', text: 'We talk', scores: labels }] }), /more than 50 people or teams/],
      ['a __proto__ score column', jsonFile('proto.csv', 'component_id,prompt_text,score: __proto__\nengagement,We talk,3\n'), /cannot be for “__proto__”/],
    ];
    for (const [label, file, message] of files) {
      const longest = await watchLongTasks(page);
      await page.locator('input[type="file"]').setInputFiles(file);
      await expect.poll(() => page.locator('.nhsuk-error-summary').innerText(), { message: label, timeout: 20_000 }).toMatch(message);
      expect(await longest(), `${label}: longest main-thread task (ms)`).toBeLessThanOrEqual(100);
    }
    await context.close();
  });
});

/** Unbroken text of exactly `length` characters, as a pasted web address would be. */
const unbroken = (length: number, seed: string) => `https://example.nhs.uk/${seed}/${'abcdefghij'.repeat(Math.ceil(length / 10))}`.slice(0, length);

function longestValues(): ProgrammeRecords {
  const records = buildProgramme({
    id: 'long',
    name: unbroken(120, 'programme'),
    aim: unbroken(4000, 'aim'),
    componentLabels: { engagement: unbroken(120, 'engagement'), 'shared-purpose': unbroken(120, 'purpose') },
    rounds: [
      {
        title: unbroken(120, 'baseline'),
        date: '2026-01-10',
        stage: 'testing',
        participants: [
          { label: unbroken(120, 'person-one'), role: 'clinician', answers: { engagement: 3, 'shared-purpose': 4 }, judgements: [['engagement', 'system-drivers', 2]] },
          { label: unbroken(120, 'person-two'), role: 'manager', answers: { engagement: 1, 'shared-purpose': 2 } },
        ],
      },
      {
        title: unbroken(120, 'second'),
        date: '2026-03-10',
        status: 'open',
        participants: [{ label: unbroken(120, 'person-three'), role: 'frontline', answers: { engagement: 2, leadership: 4 } }],
      },
    ],
    events: [{ date: '2026-02-01', title: unbroken(120, 'event'), note: unbroken(4000, 'event-note') }],
  });
  for (const r of records.responses) r.note = unbroken(10_000, 'note');
  records.rounds[1]!.notes = unbroken(4000, 'round-notes');
  const stamp = '2026-03-10T10:00:00.000Z';
  records.actions.push({ id: 'long-action', createdAt: stamp, updatedAt: stamp, programmeId: 'long', roundId: 'long-round-1', text: unbroken(4000, 'action'), componentId: 'engagement', owner: unbroken(120, 'owner'), dueDate: '2026-06-30', status: 'open', carriedInto: [] });
  records.lessons.push({ id: 'long-lesson', createdAt: stamp, updatedAt: stamp, programmeId: 'long', date: '2026-03-01', componentId: 'spread', text: unbroken(4000, 'lesson') });
  return records;
}

/** Elements reaching past the right edge of the viewport, named for the failure message. */
async function overflow(page: Page): Promise<{ scroll: number; width: number; culprits: string[] }> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const culprits: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>('main *, header *')) {
      const box = el.getBoundingClientRect();
      if (box.width === 0 || box.right <= width + 1) continue;
      // Inside a scrolling region (wide tables scroll on purpose), the page itself does not widen.
      let scroller = el.parentElement;
      let inScroller = false;
      while (scroller && scroller !== document.body) {
        const style = getComputedStyle(scroller);
        if (/(auto|scroll|hidden)/.test(style.overflowX) && scroller.getBoundingClientRect().right <= width + 1) inScroller = true;
        scroller = scroller.parentElement;
      }
      if (!inScroller) culprits.push(`${el.tagName.toLowerCase()}.${[...el.classList].join('.')} right=${Math.round(box.right)}`);
    }
    return { scroll: document.documentElement.scrollWidth, width, culprits: culprits.slice(0, 8) };
  });
}

describe('the longest values a person may type', () => {
  it('never make a screen scroll sideways at 360 px', async () => {
    const { page, context } = await newContext(browser, { viewport: { width: 360, height: 800 } });
    await page.goto('/');
    await seedBrowser(page, longestValues());
    const base = '/programmes/long';
    const round = `${base}/rounds/long-round-2`;
    const screens = [
      '/',
      base,
      `${base}/edit`,
      round,
      `${round}/answer/engagement`,
      `${round}/edit`,
      `${base}/dashboard`,
      `${base}/actions`,
      `${base}/pairs`,
      `${base}/words`,
      `${round}/handover`,
      `${base}/rounds/long-round-1/print`,
      `${round}/present`,
      '/data',
    ];
    const problems: string[] = [];
    for (const screen of screens) {
      await page.goto(screen);
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      await page.waitForTimeout(300);
      const { scroll, width, culprits } = await overflow(page);
      if (scroll > width || culprits.length) problems.push(`${screen}: page ${scroll} px wide in ${width}; ${culprits.join(', ')}`);
    }
    expect(problems).toEqual([]);
    await context.close();
  }, 120_000);

  it('keep the board paper within A4 when printed', async () => {
    // A4 less the paper's 14 mm margins each side, at 96 px to the inch.
    const printable = Math.floor(((210 - 28) / 25.4) * 96);
    const { page, context } = await newContext(browser, { viewport: { width: printable, height: 1000 } });
    await page.goto('/');
    await seedBrowser(page, longestValues());
    await page.emulateMedia({ media: 'print' });
    await page.goto('/programmes/long/rounds/long-round-1/print');
    await page.getByTestId('board-paper').waitFor();
    await page.waitForTimeout(300);
    const { scroll, width, culprits } = await overflow(page);
    expect({ scroll, culprits }).toEqual({ scroll: width, culprits: [] });
    await context.close();
  });
});
