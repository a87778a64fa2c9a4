// Crash survival of a note (issue 11): type a note, kill the whole browser with SIGKILL 0.1, 0.2
// or 0.5 s after the last key press, start it again on the same profile and look at the note.
// Ten trials at each delay; the target is 10 of 10 at 0.2 s. The browser is started here (not by
// Playwright) so that it can be killed like a crash, every process of it at once, and reconnected
// to over CDP. `noteSurvivedAt*` count survivals out of `noteCrashTrials`; survival means the
// whole text typed is back in the note once the app has started again.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const DELAYS_MS = [100, 200, 500];
const TRIALS = 10;

async function startChromium(executable, profile) {
  const proc = spawn(
    executable,
    ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--remote-debugging-port=0', `--user-data-dir=${profile}`, 'about:blank'],
    { stdio: ['ignore', 'ignore', 'pipe'], detached: true },
  );
  const endpoint = await new Promise((resolve, reject) => {
    let text = '';
    const timer = setTimeout(() => reject(new Error('Chromium did not start')), 20_000);
    proc.stderr.on('data', (chunk) => {
      text += chunk;
      const match = /DevTools listening on (ws:\/\/\S+)/.exec(text);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    proc.once('exit', () => reject(new Error('Chromium exited')));
  });
  const browser = await chromium.connectOverCDP(endpoint);
  return { proc, browser };
}

function killAll(proc) {
  return new Promise((resolve) => {
    proc.once('exit', resolve);
    try {
      process.kill(-proc.pid, 'SIGKILL');
    } catch {
      resolve();
    }
  });
}

async function pageOf(browser) {
  const context = browser.contexts()[0] ?? (await browser.newContext());
  return context.pages()[0] ?? (await context.newPage());
}

export default async function crash({ baseUrl }) {
  const executable = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find(Boolean);
  const profile = mkdtempSync(join(tmpdir(), 'cm-crash-'));
  const figures = { noteCrashTrials: TRIALS };
  try {
    let { proc, browser } = await startChromium(executable, profile);
    let page = await pageOf(browser);
    await page.goto(baseUrl + '/');
    await page.getByRole('button', { name: 'Start a quick check' }).click();
    await page.waitForURL(/\/rounds\/[^/]+$/);
    const answerUrl = page.url() + '/answer/engagement';
    const label = 'Evidence note for statement 2 (optional)';

    for (const delay of DELAYS_MS) {
      let survived = 0;
      for (let trial = 0; trial < TRIALS; trial++) {
        await page.goto(answerUrl);
        const note = page.getByRole('textbox', { name: label });
        // The note is behind "Add evidence" until used.
        await page.getByRole('group', { name: /^Statement 2 of/ }).waitFor();
        if ((await note.count()) === 0) await page.getByRole('button', { name: 'Add evidence for statement 2 (optional)' }).click();
        await note.waitFor();
        await note.fill('');
        await page.waitForTimeout(300);
        const text = `Seen at the ${delay} ms huddle, trial ${trial + 1}`;
        await note.click();
        await page.keyboard.type(text, { delay: 25 });
        await new Promise((resolve) => setTimeout(resolve, delay));
        await killAll(proc);
        ({ proc, browser } = await startChromium(executable, profile));
        page = await pageOf(browser);
        await page.goto(answerUrl);
        const after = page.getByRole('textbox', { name: label });
        await after.waitFor();
        // The app has started and replayed anything left: give it a moment to show it.
        let value = '';
        for (let i = 0; i < 20 && value !== text; i++) {
          value = await after.inputValue();
          if (value !== text) await page.waitForTimeout(100);
        }
        if (value === text) survived++;
      }
      figures[`noteSurvivedAt${delay}Ms`] = survived;
    }
    await killAll(proc);
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  return figures;
}
