import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dashboardFixture } from '../fixtures/programme';
import { seedBrowser } from '../fixtures/seed-browser';
import { expectNoAxeViolations, launch, newContext } from './browser';

/*
 * The dashboard against the hand-worked fixture (tests/fixtures/programme.ts): three rounds,
 * four people in different roles, judgements. Every number asserted below is worked out by
 * hand in that file (DASHBOARD_EXPECTED), shown as the dashboard rounds it: whole numbers,
 * friction to one decimal place, halves away from zero.
 */

const SHOTS = process.env.SHOTS_DIR ?? join('.scratch', 'shots-dashboard');
const URL = '/programmes/dash/dashboard';

let browser: Browser;

beforeAll(async () => {
  browser = await launch();
  mkdirSync(SHOTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
});

async function openSeeded(width = 1280, height = 900) {
  const ctx = await newContext(browser, { viewport: { width, height } });
  await ctx.page.goto('/');
  await seedBrowser(ctx.page, dashboardFixture('dash'));
  await ctx.page.goto(URL);
  await ctx.page.getByRole('heading', { level: 1, name: /Dashboard/ }).waitFor();
  await ctx.page.locator('.recharts-radar-polygon').first().waitFor();
  return ctx;
}

function cell(page: Page, table: string, row: string, column: string) {
  return page.locator(`[data-testid="${table}"] ${row} ${column}`);
}

async function text(page: Page, table: string, row: string, column: string) {
  return ((await cell(page, table, row, column).textContent()) ?? '').replace(/\s+/g, ' ').trim();
}

async function showTable(page: Page, title: string) {
  await page.getByRole('tab', { name: `Table of ${title}`, exact: true }).click();
}

describe('insight dashboard', () => {
  it('shows the hand-computed coverage, attention, changes and divergence of the latest round', async () => {
    const { page, context, foreignRequests } = await openSeeded();
    await expect.poll(() => page.title()).toContain('Dashboard: Frailty pathway redesign');
    // The latest round is chosen by default.
    expect(await page.getByLabel('Round', { exact: true }).inputValue()).toBe('dash-round-3');
    expect(await page.locator('.app-dashboard__facts').textContent()).toContain(
      '4 people: 1 executive or board, 1 clinician, 1 frontline staff and 1 patient or public representative',
    );

    await showTable(page, 'in place');
    const cov = (c: string, m: string) => text(page, 'coverage-table', `tr[data-component="${c}"]`, `td[data-measure="${m}"]`);
    expect(await cov('shared-purpose', 'coverage')).toBe('63'); // 62.5
    expect(await cov('leadership', 'coverage')).toBe('75');
    expect(await cov('spread', 'coverage')).toBe('25');
    expect(await cov('improvement-methodology', 'coverage')).toBe('50');
    expect(await cov('transparent-measurement', 'coverage')).toBe('13'); // 12.5
    expect(await cov('system-drivers', 'coverage')).toBe('—');
    expect(await cov('engagement', 'coverage')).toBe('88'); // 87.5
    expect(await cov('spread', 'attention')).toBe('5%');
    expect(await cov('transparent-measurement', 'attention')).toBe('70%');
    expect(await cov('improvement-methodology', 'attention')).toBe('100%'); // "not yet" is attended
    expect(await cov('system-drivers', 'attention')).toBe('0%');
    expect(await cov('transparent-measurement', 'since-previous')).toBe('−25');
    expect(await cov('transparent-measurement', 'since-baseline')).toBe('−38'); // −37.5
    expect(await cov('engagement', 'since-baseline')).toBe('+38');
    expect(await cov('spread', 'notes')).toContain('Blind spot');
    expect(await cov('spread', 'notes')).toContain('Falling back (best earlier 50)');
    expect(await cov('shared-purpose', 'notes')).toContain('Spread of views 75 points');
    expect(await cov('transparent-measurement', 'compare')).toBe('38'); // previous round, 37.5

    await showTable(page, 'spread of views');
    const dv = (row: string, c: string) => text(page, 'divergence-table', row, `td[data-component="${c}"]`);
    expect(await dv('tr[data-participant="dash-round-3-p1"]', 'shared-purpose')).toBe('100');
    expect(await dv('tr[data-participant="dash-round-3-p1"]', 'transparent-measurement')).toBe('13'); // 12.5
    expect(await dv('tr[data-participant="dash-round-3-p4"]', 'transparent-measurement')).toBe('—');
    expect(await dv('tr[data-participant="dash-round-3-p4"]', 'shared-purpose')).toBe('25');
    expect(await dv('tr[data-row="divergence"]', 'shared-purpose')).toBe('75 ⚑ (views differ widely)');
    expect(await dv('tr[data-row="divergence"]', 'leadership')).toBe('25');
    expect(await dv('tr[data-row="divergence"]', 'spread')).toBe('—');
    expect(await dv('tr[data-row="coverage"]', 'engagement')).toBe('88');
    expect(await page.locator('[data-testid="divergence-table"] tbody tr th').allTextContents()).toEqual([
      'AshaExecutive or board',
      'BenClinician',
      'CaraFrontline staff',
      'DevPatient or public representative',
    ]);
    expect(foreignRequests).toEqual([]);
    await context.close();
  });

  it('shows reported friction and imbalance in the matrix, its table and the tracked pairs over rounds', async () => {
    const { page, context } = await openSeeded();
    // Matrix cells: number, shade band and non-colour markers.
    const tmEn = page.locator('#pair-transparent-measurement--engagement');
    expect((await tmEn.textContent())?.trim()).toBe('▲2.3◆');
    expect(await tmEn.getAttribute('data-band')).toBe('3');
    expect(await tmEn.getAttribute('aria-label')).toBe(
      'Transparent measurement and Engagement to mobilise (tracked pair); friction 2.3 of 3, flagged; 3 of 4 reported friction; gap 75 points, flagged',
    );
    expect((await page.locator('#pair-shared-purpose--system-drivers').textContent())?.trim()).toBe('▲2.0');
    expect((await page.locator('#pair-spread--system-drivers').textContent())?.trim()).toBe('▲3.0');
    expect((await page.locator('#pair-leadership--spread').textContent())?.trim()).toBe('—◆');
    expect((await page.locator('#pair-leadership--engagement').textContent())?.trim()).toBe('1.3');

    // Focus explains the cell; arrow keys move between cells.
    await tmEn.focus();
    const explain = page.getByTestId('matrix-explain');
    await expect.poll(() => explain.textContent()).toContain('2.3 of 3, the mean of 4 views; 3 of 4 said');
    expect(await explain.textContent()).toContain('a gap of 75 points. Flagged: 30 or more on a tracked pair.');
    expect(await explain.textContent()).toContain('Since the previous round: +0.5.');
    await page.keyboard.press('ArrowUp'); // engagement row → system drivers row, same column
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('pair-transparent-measurement--system-drivers');
    await expect.poll(() => explain.textContent()).toContain('nobody judged this pair in this round');
    // Hover explains too.
    await page.locator('#pair-shared-purpose--leadership').hover();
    await expect.poll(() => explain.textContent()).toContain('0.0 of 3, the mean of 4 views; 0 of 4 said');

    await showTable(page, 'alignment tension matrix');
    const pr = (key: string, m: string) => text(page, 'pairs-table', `tr[data-pair="${key}"]`, `td[data-measure="${m}"]`);
    expect(await pr('transparent-measurement|engagement', 'friction')).toBe('2.3');
    expect(await pr('transparent-measurement|engagement', 'judged-by')).toBe('4');
    expect(await pr('transparent-measurement|engagement', 'reporting')).toBe('3');
    expect(await pr('transparent-measurement|engagement', 'friction-change')).toBe('+0.5');
    expect(await pr('transparent-measurement|engagement', 'imbalance')).toBe('75');
    expect(await pr('transparent-measurement|engagement', 'flags')).toBe('Friction, Gap');
    expect(await pr('shared-purpose|system-drivers', 'friction')).toBe('2.0');
    expect(await pr('shared-purpose|system-drivers', 'imbalance')).toBe('—');
    expect(await pr('leadership|engagement', 'friction')).toBe('1.3'); // 1.25
    expect(await pr('leadership|engagement', 'reporting')).toBe('2');
    expect(await pr('leadership|engagement', 'imbalance')).toBe('13'); // 12.5
    expect(await pr('leadership|engagement', 'flags')).toBe('—');
    expect(await pr('improvement-methodology|rigorous-delivery', 'friction')).toBe('1.5');
    expect(await pr('improvement-methodology|rigorous-delivery', 'judged-by')).toBe('2');
    expect(await pr('leadership|spread', 'imbalance')).toBe('50');
    expect(await pr('leadership|spread', 'flags')).toBe('Gap');
    expect(await pr('shared-purpose|transparent-measurement', 'imbalance')).toBe('50');
    expect(await pr('spread|system-drivers', 'friction')).toBe('3.0');
    expect(await text(page, 'pairs-table', 'tr[data-pair="spread|system-drivers"]', 'td:nth-of-type(1)')).toBe('No');

    await showTable(page, 'tracked pairs over rounds');
    const series = await page
      .locator('[data-testid="friction-rounds-table"] td[data-pair="transparent-measurement|engagement"]')
      .allTextContents();
    expect(series.map((s) => s.replace(/\s+/g, ' ').trim())).toEqual(['1.3', '1.8', '2.3 ▲ (flagged)']); // 4/3, 1.75, 2.25

    await showTable(page, 'in place over rounds');
    const tm = await page.locator('[data-testid="coverage-rounds-table"] td[data-component="transparent-measurement"]').allTextContents();
    expect(tm.map((s) => s.replace(/\s+/g, ' ').trim())).toEqual(['50', '38', '13 ↓ (falling back)']);
    await context.close();
  });

  it('says what to look at next, with the numbers, and links to the pair', async () => {
    const { page, context } = await openSeeded();
    const items = page.getByTestId('look-next').locator('li');
    await expect.poll(() => items.count()).toBe(11);
    const all = (await items.allTextContents()).map((t) => t.replace(/\s+/g, ' '));
    expect(all[0]).toContain('Transparent measurement has fallen back: in place 13, 38 points below its best of 50 (Baseline review, 15 January 2025)');
    expect(all).toContainEqual(expect.stringContaining('System drivers is a blind spot: nobody gave its prompts a level (0 of 20 answers'));
    expect(all).toContainEqual(expect.stringContaining('only 1 of 20 answers (5%)'));
    expect(all).toContainEqual(
      expect.stringContaining('scores run from 25 (patient or public representative) to 100 (executive or board), 75 points apart'),
    );
    expect(all).toContainEqual(
      expect.stringContaining('Transparent measurement and Engagement to mobilise may be pulling against each other. Open results help people see progress'),
    );
    expect(all).toContainEqual(expect.stringContaining('3 of 4 people said “some friction” or “pulling apart” (friction 2.3 of 3, flagged at 2.0)'));
    expect(all).toContainEqual(expect.stringContaining('Spread of innovation and System drivers may be pulling against each other. 2 of 2 people said'));
    expect(all).toContainEqual(
      expect.stringContaining('In place: Engagement to mobilise 88, Transparent measurement 13, a gap of 75 points'),
    );
    const harder = (await page.getByTestId('neglected-harder').textContent())?.replace(/\s+/g, ' ');
    // The four components hardest to put into practice, named; the round's middle component is 62.5.
    expect(harder).toContain('found Engagement to mobilise, System drivers, Spread of innovation and Transparent measurement the hardest');
    expect(harder).toContain('System drivers: a blind spot (in place —, attended to 0%)');
    expect(harder).toContain(
      'Spread of innovation: a blind spot, fallen back 15 or more points and more than 20 points below the round’s middle component (63) (in place 25, attended to 5%)',
    );
    expect(harder).toContain('Transparent measurement: fallen back 15 or more points and more than 20 points below the round’s middle component (63)');
    expect(harder).not.toContain('Engagement to mobilise:');
    // Softer minus harder as a figure, round by round: round 3 softer 75, harder 37.5.
    const balance = page.getByTestId('balance-table').locator('tr[data-round="dash-round-3"]');
    expect(await balance.locator('[data-measure="softer"]').textContent()).toBe('75');
    expect(await balance.locator('[data-measure="harder"]').textContent()).toBe('38');
    expect(await balance.locator('[data-measure="balance"]').textContent()).toBe('+38');
    expect(await page.getByTestId('balance-table').locator('tbody tr').count()).toBe(3);

    // A pair link focuses the matrix cell, which then explains itself.
    await page.getByTestId('look-next').getByRole('link', { name: 'Transparent measurement and Engagement to mobilise' }).first().click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('pair-transparent-measurement--engagement');

    // A component link opens the model's guidance for it, in the programme's words, with a way back.
    await page.getByTestId('neglected-harder').getByRole('link', { name: 'System drivers' }).click();
    await page.getByRole('heading', { level: 1, name: 'System drivers' }).waitFor();
    expect(page.url()).toMatch(/\/model\/system-drivers\?programme=dash$/);
    await page.getByRole('link', { name: 'Frailty pathway redesign: dashboard' }).click();
    await page.getByRole('heading', { level: 1, name: /Dashboard/ }).waitFor();
    await context.close();
  });

  it('switches rounds through the selector and the address, and overlays the baseline on request', async () => {
    const { page, context } = await openSeeded();
    await page.getByLabel('Round', { exact: true }).selectOption('dash-round-2');
    await expect.poll(() => page.url()).toContain('round=dash-round-2');
    await showTable(page, 'in place');
    const cov = (c: string, m: string) => text(page, 'coverage-table', `tr[data-component="${c}"]`, `td[data-measure="${m}"]`);
    await expect.poll(() => cov('transparent-measurement', 'coverage')).toBe('38');
    expect(await cov('shared-purpose', 'coverage')).toBe('63');
    expect(await cov('engagement', 'coverage')).toBe('75');
    expect(await cov('engagement', 'since-previous')).toBe('+25');

    await page.goto(`${URL}?round=dash-round-3`);
    await page.getByLabel('The baseline').check();
    await showTable(page, 'in place');
    expect(await page.locator('[data-testid="coverage-table"] thead').textContent()).toContain('Baseline review (baseline)');
    expect(await cov('transparent-measurement', 'compare')).toBe('50');
    await page.getByRole('tab', { name: 'Chart of in place', exact: true }).click();
    await expect.poll(() => page.locator('.recharts-radar-polygon').count()).toBe(2);
    expect(await page.locator('.app-radar__centre').textContent()).toBe('Our shared purpose63was 50');

    await page.goto(`${URL}?round=nowhere`);
    await page.getByText('The round in the address is not in this programme any more').waitFor();
    expect(await page.getByLabel('Round', { exact: true }).inputValue()).toBe('dash-round-3');

    await page.goto('/programmes/nothing-here/dashboard');
    await page.getByRole('heading', { level: 1, name: 'Programme not found' }).waitFor();
    await context.close();
  });

  it('stays current: changes made in another tab show at once, and a read made ahead is not shown once stale', async () => {
    const { page, context } = await openSeeded();
    const rows = (p: Page) => p.getByTestId('events-table').locator('tbody tr');
    await expect.poll(() => rows(page).count()).toBe(2);

    // A second tab adds an event through the app: the first tab's dashboard shows it without a reload.
    const other = await context.newPage();
    await other.goto(URL);
    await other.getByTestId('events-table').waitFor();
    await other.getByLabel('Day').fill('10');
    await other.getByLabel('Month').fill('2');
    await other.getByLabel('Year').fill('2025');
    await other.getByLabel('What happened').fill('Community team merged');
    await other.getByRole('button', { name: 'Add event' }).click();
    await expect.poll(() => rows(other).count()).toBe(3);
    await expect.poll(() => rows(page).count()).toBe(3);

    // The programme page reads the dashboard's records ahead while it is open; the other tab then
    // deletes the event, and the dashboard opened next must not show the old read.
    await page.evaluate(() => performance.clearMarks());
    await page.locator('main a.nhsuk-back-link').click();
    await page.getByRole('heading', { level: 1, name: 'Frailty pathway redesign' }).waitFor();
    await page.waitForFunction(() => performance.getEntriesByName('dashboard:records-read').length > 0, null, { timeout: 10_000 });
    await other.getByRole('button', { name: 'Delete “Community team merged”' }).click();
    await other.getByRole('button', { name: 'Yes, delete' }).click();
    await expect.poll(() => rows(other).count()).toBe(2);
    await page.locator('main a[href$="/dashboard"]').first().click();
    await page.getByTestId('events-table').waitFor();
    // Counted at once, not polled: the first drawing already leaves out the deleted event.
    expect(await rows(page).count()).toBe(2);
    expect(await page.getByTestId('events-table').textContent()).not.toContain('Community team merged');
    await context.close();
  });

  it('adds, changes and deletes dated events, with the NHS error summary for bad input', async () => {
    const { page, context } = await openSeeded();
    const events = page.getByTestId('events-table');
    await expect.poll(() => events.locator('tbody tr').count()).toBe(2);
    await expect.poll(() => page.locator('.app-lines .recharts-reference-line').count()).toBe(3); // 2 events + the chosen round

    await page.getByRole('button', { name: 'Add event' }).click();
    const summary = page.locator('.nhsuk-error-summary');
    await summary.waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.classList.contains('nhsuk-error-summary'))).toBe(true);
    expect(await summary.textContent()).toContain('Enter the date of the event');
    expect(await summary.textContent()).toContain('Enter what happened, in a few words');

    await page.getByLabel('Day').fill('31');
    await page.getByLabel('Month').fill('2');
    await page.getByLabel('Year').fill('2025');
    await page.getByLabel('What happened').fill('Community team merged');
    await page.getByRole('button', { name: 'Add event' }).click();
    await expect.poll(() => summary.textContent()).toContain('February 2025 has 28 days');
    expect(await events.locator('tbody tr').count()).toBe(2); // nothing half-saved

    await page.getByLabel('Day').fill('10');
    await page.getByRole('button', { name: 'Add event' }).click();
    await expect.poll(() => events.locator('tbody tr').count()).toBe(3);
    expect(await events.locator('tbody tr').nth(0).textContent()).toContain('E110 February 2025Community team merged');
    await expect.poll(() => page.locator('.app-lines .recharts-reference-line').count()).toBe(4);

    await page.getByRole('button', { name: 'Change “Community team merged”' }).click();
    await page.getByLabel('What happened').fill('Community teams merged');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect.poll(() => events.textContent()).toContain('Community teams merged');
    await expect.poll(() => events.locator('tbody tr').count()).toBe(3);

    await page.getByRole('button', { name: 'Delete “Community teams merged”' }).click();
    await page.getByRole('button', { name: 'Yes, delete' }).click();
    await expect.poll(() => events.locator('tbody tr').count()).toBe(2);
    // Stored, not just shown: a reload keeps the change.
    await page.reload();
    await page.getByTestId('events-table').waitFor();
    expect(await page.getByTestId('events-table').textContent()).not.toContain('Community teams merged');
    await context.close();
  });

  it('has no axe violations in chart and table views, and every chart is reachable by keyboard', async () => {
    const { page, context } = await openSeeded();
    await expectNoAxeViolations(page, 'dashboard (charts)');
    for (const title of ['in place', 'in place over rounds', 'alignment tension matrix', 'tracked pairs over rounds', 'spread of views']) {
      await showTable(page, title);
    }
    await expectNoAxeViolations(page, 'dashboard (tables)');

    // Keyboard: the switches and the matrix are in the tab order.
    await page.goto(URL);
    await page.locator('.recharts-radar-polygon').first().waitFor();
    const reached = new Set<string>();
    // The tracked pairs' notes (one fold each) sit between the matrix and the spread of views.
    for (let i = 0; i < 90; i++) {
      await page.keyboard.press('Tab');
      const id = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        return el?.getAttribute('role') === 'tab' ? `${el.textContent}` : el?.id ?? '';
      });
      if (id) reached.add(id);
    }
    // The chosen tab of each chart is in the tab order (the design system's tabs); the arrow keys
    // move to the other one.
    expect([...reached]).toEqual(expect.arrayContaining(['Chart of in place', 'Chart of spread of views']));
    expect([...reached]).not.toContain('Table of in place');
    await page.getByRole('tab', { name: 'Chart of in place', exact: true }).focus();
    await page.keyboard.press('ArrowRight');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Table of in place');
    expect(await page.getByRole('tab', { name: 'Table of in place', exact: true }).getAttribute('aria-selected')).toBe('true');
    await page.locator('[data-testid="coverage-table"]').waitFor();
    expect([...reached].some((id) => id.startsWith('pair-'))).toBe(true);
    await context.close();
  });

  it.each([
    [360, 740],
    [768, 1024],
    [1280, 900],
  ])('lays out at %i px without sideways scrolling (screenshot saved)', async (width, height) => {
    const { page, context } = await openSeeded(width, height);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: join(SHOTS, `dashboard-${width}.png`), fullPage: true });
    // On a phone the sections after the summary are folded: open them all.
    await page.evaluate(() => document.querySelectorAll<HTMLDetailsElement>('details.app-dashboard__fold').forEach((d) => (d.open = true)));
    for (const section of ['coverage', 'tensions', 'divergence']) {
      await page.locator(`#${section}`).screenshot({ path: join(SHOTS, `dashboard-${width}-${section}.png`) });
    }
    // Wide tables scroll inside their own region; the page itself never scrolls sideways.
    for (const title of ['in place', 'in place over rounds', 'alignment tension matrix', 'tracked pairs over rounds', 'spread of views']) {
      await showTable(page, title);
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await page.locator('#divergence').screenshot({ path: join(SHOTS, `dashboard-${width}-divergence-table.png`) });
    await page.locator('#coverage').screenshot({ path: join(SHOTS, `dashboard-${width}-coverage-table.png`) });
    await context.close();
  });
});
