import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMPONENT_IDS } from '../../src/model/types';
import { expectNoAxeViolations, launch, newContext } from './browser';

let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
});

const OWN_NAME = 'Getting clinicians on board';
const REWORDED = 'Consultants and nurses tell us, in their own words, what would make this work for them.';

/** A trust's own diagnostic: 8 sections x 5 questions, scored 1 to 6 by its steering group. */
function trustDiagnostic(): string {
  const lines = ['Section,component_id,prompt_text,help,score: Steering group'];
  COMPONENT_IDS.forEach((c, ci) => {
    for (let q = 1; q <= 5; q++) {
      const score = ((ci * 5 + q - 1) % 6) + 1;
      lines.push(`Section ${ci + 1},${c},"Trust question ${ci + 1}.${q}: how far is this true for us?",,${score}`);
    }
  });
  return lines.join('\n');
}

async function h1(page: Page, name: string | RegExp) {
  await page.getByRole('heading', { level: 1, name }).waitFor();
}

async function createProgramme(page: Page, name: string): Promise<string> {
  await page.goto('/programmes/new');
  await page.getByLabel('Name of the programme').fill(name);
  await page.getByRole('button', { name: 'Save and continue' }).click();
  await h1(page, name);
  return new URL(page.url()).pathname.split('/')[2]!;
}

async function chooseFile(page: Page, name: string, mimeType: string, text: string) {
  await page.locator('#import-file-input').setInputFiles({ name, mimeType, buffer: Buffer.from(text, 'utf8') });
}

async function downloadText(page: Page, click: () => Promise<void>): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  const path = await download.path();
  return { name: download.suggestedFilename(), text: await readFile(path!, 'utf8') };
}

describe('the programme’s own words', () => {
  it('renames, imports a 40-question diagnostic on a 1-6 scale, rewords, runs a round, and shows the programme’s words everywhere', async () => {
    const { page, context, foreignRequests } = await newContext(browser);
    const id = await createProgramme(page, 'Discharge to assess');

    // From the programme page to the words screen.
    await page.getByRole('link', { name: /Words and prompts/ }).click();
    await h1(page, 'Your programme’s words');
    await expectNoAxeViolations(page, 'words');

    // Rename engagement for clinicians; the model's name stays a click away.
    await page.getByLabel('Engagement to mobilise', { exact: true }).fill(OWN_NAME);
    await expect.poll(() => page.getByRole('status').filter({ hasText: '1 of 8 components has your own names' }).count()).toBe(1);
    await page.reload();
    await h1(page, 'Your programme’s words');
    expect(await page.getByLabel('Engagement to mobilise', { exact: true }).inputValue()).toBe(OWN_NAME);

    // A file with a mistake is refused, naming the row and column, and nothing changes.
    await page.getByRole('link', { name: 'Import statements from a file' }).first().click();
    await h1(page, 'Import statements from a file');
    await expectNoAxeViolations(page, 'import (empty)');
    const csvTemplate = await downloadText(page, () => page.getByRole('button', { name: 'Download the CSV template' }).click());
    expect(csvTemplate.name).toBe('prompt-set-template.csv');
    expect(csvTemplate.text.split('\n')[0]).toBe('component_id,prompt_text,help,score');
    expect(csvTemplate.text.trim().split('\n')).toHaveLength(41);
    const jsonTemplate = await downloadText(page, () => page.getByRole('button', { name: 'Download the JSON template' }).click());
    expect(JSON.parse(jsonTemplate.text).prompts).toHaveLength(40);
    await chooseFile(page, 'mistake.csv', 'text/csv', 'component_id,prompt_text\nengagement,Fine\nengagment,Misspelt component\n');
    const summary = page.locator('.nhsuk-error-summary');
    await summary.waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.classList.contains('nhsuk-error-summary'))).toBe(true);
    expect(await summary.textContent()).toContain('Row 3, component_id: “engagment” is not a component');
    expect(await summary.textContent()).toContain('Nothing has been changed');
    await expectNoAxeViolations(page, 'import (errors)');

    // The trust's 40 questions, scored 1 to 6, mapped onto the five steps.
    await chooseFile(page, 'trust-diagnostic.csv', 'text/csv', trustDiagnostic());
    await page.getByTestId('import-preview').waitFor();
    expect(await page.getByLabel('On a different scale').isChecked()).toBe(true);
    await page.getByLabel('What is the scale called?').fill('Trust diagnostic, 1 to 6');
    expect(await page.getByLabel('Score 4', { exact: true }).inputValue()).toBe('3');
    expect(await page.getByLabel('Score 6', { exact: true }).inputValue()).toBe('5');
    // A falling mapping is refused before anything is saved.
    await page.getByLabel('Score 5', { exact: true }).selectOption('2');
    await page.getByRole('button', { name: /^Import 40 statements/ }).click();
    await expect.poll(() => summary.textContent()).toContain('Score 5 maps to a lower step than score 4');
    await page.getByRole('button', { name: 'Use the suggested steps' }).click();
    expect(await page.getByTestId('import-preview').textContent()).toContain(OWN_NAME);
    await page.getByLabel('Title of the round').fill('Trust diagnostic, autumn');
    await page.getByLabel('Day', { exact: true }).fill('3');
    await page.getByLabel('Month', { exact: true }).fill('11');
    await page.getByLabel('Year', { exact: true }).fill('2025');
    await expectNoAxeViolations(page, 'import (preview)');
    await page.getByRole('button', { name: /^Import 40 statements/ }).click();
    await h1(page, 'Your programme’s words');
    await page.getByText('40 statements imported from trust-diagnostic.csv').waitFor();
    const scale = page.getByRole('region', { name: 'Your diagnostic’s scale' });
    expect(await scale.textContent()).toContain('“Trust diagnostic, 1 to 6”, from 1 to 6');
    expect(await scale.getByRole('row').nth(4).textContent()).toBe('43. In place in parts');

    // Reword an imported statement, and move one with the keyboard.
    await page.getByRole('link', { name: new RegExp(`^${OWN_NAME}`) }).click();
    await page.getByRole('heading', { level: 3, name: OWN_NAME }).waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('component-prompts-heading');
    await page.getByLabel('Statement 2', { exact: true }).fill(REWORDED);
    await expect.poll(() => page.getByTestId('pending-change').textContent()).toContain(`1 reworded, in ${OWN_NAME}`);
    const firstText = await page.getByLabel('Statement 1', { exact: true }).inputValue();
    await page.getByRole('button', { name: 'Move down statement 1' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByLabel('Statement 2', { exact: true }).inputValue()).toBe(firstText);
    // Focus follows the statement that moved, so pressing again keeps moving it.
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Move down statement 2');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByLabel('Statement 3', { exact: true }).inputValue()).toBe(firstText);
    expect(await page.getByLabel('Statement 1', { exact: true }).inputValue()).toBe(REWORDED);
    await expectNoAxeViolations(page, 'words (editor)');

    // Run a round: it asks the programme's statements under the programme's names.
    await page.goto(`/programmes/${id}/rounds/new`);
    await page.getByLabel('Title of the round').fill('March board');
    await page.getByLabel('Testing', { exact: true }).check();
    await page.getByRole('button', { name: 'Start the round' }).click();
    await h1(page, /March board/);
    const roundId = new URL(page.url()).pathname.split('/')[4]!;
    await page.getByLabel('Your name or a label').fill('Asha');
    await page.getByLabel('Clinician', { exact: true }).check();
    await page.getByRole('button', { name: 'Continue' }).click();
    // The person is stored and remembered as the one answering before the page is left.
    await page.getByText('Answering as').waitFor();
    await page.waitForTimeout(200);
    await page.goto(`/programmes/${id}/rounds/${roundId}/answer/engagement`);
    await h1(page, new RegExp(OWN_NAME));
    const reworded = page.locator('fieldset', { hasText: REWORDED });
    await reworded.getByLabel('Working well in most places').check();
    await page.locator('fieldset', { hasText: 'Trust question 8.3' }).getByLabel('In place in parts').check();
    await expect.poll(() => reworded.getByLabel('Working well in most places').isChecked()).toBe(true);

    // The words screen records that this round asked different statements from the imported one.
    await page.goto(`/programmes/${id}/words`);
    const history = page.locator('.app-words-history');
    await history.waitFor();
    expect(await history.textContent()).toContain('March board');
    expect(await history.textContent()).toContain('1 reworded');
    expect(await history.textContent()).toContain(OWN_NAME);
    await page.getByRole('button', { name: 'Forget this scale' }).click();
    await page.getByRole('button', { name: 'Forget the scale' }).waitFor();
    await expectNoAxeViolations(page, 'words (history, confirmation)');
    await page.getByRole('button', { name: 'Cancel' }).click();

    // CSV export: the programme's names and statements.
    await page.goto('/data');
    await h1(page, /./);
    const answers = await downloadText(page, () => page.getByRole('button', { name: 'Answers of Discharge to assess (CSV)' }).click());
    expect(answers.text).toContain(OWN_NAME);
    expect(answers.text).toContain(REWORDED);
    // The model's name stands only in its own column, beside the programme's own name.
    const withModelName = answers.text.split('\n').filter((line) => line.includes('Engagement to mobilise'));
    expect(withModelName.length).toBeGreaterThan(0);
    for (const line of withModelName) expect(line).toContain(OWN_NAME);
    const measures = await downloadText(page, () => page.getByRole('button', { name: 'Measures of Discharge to assess (CSV)' }).click());
    expect(measures.text).toContain(OWN_NAME);

    // Print view of the round.
    await page.goto(`/programmes/${id}/rounds/${roundId}/print`);
    await h1(page, /./);
    await expect.poll(() => page.locator('main').textContent()).toContain(OWN_NAME);
    // The model's name only beside the programme's own, never instead of it.
    expect(await page.locator('main').textContent()).toContain(`${OWN_NAME} (the model’s “Engagement to mobilise”)`);

    // Dashboard: the programme's names.
    await page.goto(`/programmes/${id}/dashboard`);
    await h1(page, /Dashboard/);
    await expect.poll(() => page.locator('main').textContent()).toContain(OWN_NAME);
    // The trend chart and its table mark the round asked in different words from the one before.
    expect(await page.locator('#coverage-over-rounds').textContent()).toContain('S marks a round that asked different statements');
    await page.getByRole('tab', { name: 'Table of in place over rounds', exact: true }).click();
    const cell = page.locator(`[data-testid="coverage-rounds-table"] tr[data-round="${roundId}"] td[data-component="engagement"]`);
    expect(await cell.textContent()).toContain('(statements changed since the previous round)');
    const unchanged = page.locator(`[data-testid="coverage-rounds-table"] tr[data-round="${roundId}"] td[data-component="leadership"]`);
    expect(await unchanged.textContent()).not.toContain('statements changed');

    expect(foreignRequests).toEqual([]);
    await context.close();
  }, 240_000);

  it('keeps at least one statement per component, offers undo, and restores the model’s wording', async () => {
    const { page, context } = await newContext(browser);
    const id = await createProgramme(page, 'Guards');
    await page.goto(`/programmes/${id}/words?component=shared-purpose`);
    await h1(page, 'Your programme’s words');
    const items = page.getByTestId('prompt-item');
    await expect.poll(() => items.count()).toBe(5);
    for (let n = 5; n > 1; n--) {
      await page.getByRole('button', { name: 'Remove statement 1', exact: true }).click();
      await expect.poll(() => items.count()).toBe(n - 1);
    }
    // The last statement of shared purpose cannot be removed.
    expect(await page.getByRole('button', { name: /^Remove/ }).count()).toBe(0);
    await page.getByText('Each component keeps at least one statement').waitFor();

    // Undo brings the last removed statement back where it was.
    await page.getByRole('button', { name: 'Undo removing the statement' }).click();
    await expect.poll(() => items.count()).toBe(2);

    // Adding a blank statement is refused with an error summary.
    await page.getByRole('button', { name: 'Add the statement' }).click();
    await expect.poll(() => page.locator('.nhsuk-error-summary').textContent()).toContain('Enter the statement you want to add');
    await page.getByLabel('Add a statement to “Our shared purpose”').fill('Our patients could say why we are doing this.');
    await page.getByRole('button', { name: 'Add the statement' }).click();
    await expect.poll(() => items.count()).toBe(3);
    await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLTextAreaElement | null)?.value)).toBe(
      'Our patients could say why we are doing this.',
    );
    expect(await items.nth(2).textContent()).toContain('Your own statement');

    await page.getByRole('button', { name: 'Restore the model’s wording for Our shared purpose' }).click();
    await page.getByRole('button', { name: 'Restore the model’s statements' }).click();
    await expect.poll(() => items.count()).toBe(5);
    expect(await page.getByRole('link', { name: /^Our shared purpose/ }).textContent()).toContain('5 statements, the model’s');
    await context.close();
  });
});
