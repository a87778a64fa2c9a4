/** The lessons-learnt log: add, change (the same form, filled in) and delete, with the NHS error pattern. */
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../src/db/database';
import { createProgramme } from '../../src/db/programmes';
import { renameComponent } from '../../src/db/promptSets';
import type { Programme } from '../../src/db/types';
import { LessonsLog } from '../../src/features/actions/LessonsLog';
import { resetDb } from '../unit/db-helpers';

beforeEach(resetDb);

async function setUp(): Promise<Programme> {
  const created = await createProgramme({ name: 'Frailty pathway' });
  await renameComponent(created.id, 'engagement', 'Bringing clinicians with us');
  const programme = (await db.programmes.get(created.id))!;
  render(<LessonsLog programme={programme} />);
  return programme;
}

async function fillDate(user: ReturnType<typeof userEvent.setup>, day: string, month: string, year: string) {
  for (const [label, value] of [['Day', day], ['Month', month], ['Year', year]] as const) {
    const field = screen.getByLabelText(label, { exact: true });
    await user.clear(field);
    await user.type(field, value);
  }
}

describe('lessons learnt', () => {
  it('adds a lesson in the programme’s words, then changes it through the same form', async () => {
    const user = userEvent.setup();
    const programme = await setUp();
    await user.type(screen.getByLabelText('The lesson'), 'Short huddles on the ward beat long meetings');
    await user.selectOptions(screen.getByLabelText('Component (optional)'), 'engagement');
    await fillDate(user, '3', '2', '2026');
    await user.click(screen.getByRole('button', { name: 'Add lesson' }));
    const list = await screen.findByRole('list');
    await within(list).findByText('Short huddles on the ward beat long meetings');
    expect(within(list).getByText(/Bringing clinicians with us/)).toBeInTheDocument();
    expect(screen.getByLabelText('The lesson')).toHaveValue('');

    await user.click(within(list).getByRole('button', { name: 'Change the lesson from 3 February 2026' }));
    expect(screen.getByRole('heading', { name: 'Change the lesson' })).toBeInTheDocument();
    expect(screen.getByLabelText('The lesson')).toHaveValue('Short huddles on the ward beat long meetings');
    await waitFor(() => expect(screen.getByLabelText('The lesson')).toHaveFocus());
    await user.clear(screen.getByLabelText('The lesson'));
    await user.type(screen.getByLabelText('The lesson'), 'Ten-minute huddles beat long meetings');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    await within(list).findByText('Ten-minute huddles beat long meetings');
    expect(screen.getByRole('heading', { name: 'Add a lesson' })).toBeInTheDocument();
    const stored = await db.lessons.where('programmeId').equals(programme.id).toArray();
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ text: 'Ten-minute huddles beat long meetings', componentId: 'engagement', date: '2026-02-03' });
  });

  it('keeps the lesson unchanged when the change is cancelled or invalid', async () => {
    const user = userEvent.setup();
    const programme = await setUp();
    await user.type(screen.getByLabelText('The lesson'), 'Ask patients first');
    await user.click(screen.getByRole('button', { name: 'Add lesson' }));
    const list = await screen.findByRole('list');
    await within(list).findByText('Ask patients first');

    await user.click(within(list).getByRole('button', { name: /^Change the lesson/ }));
    await user.clear(screen.getByLabelText('The lesson'));
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Enter the lesson');
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.getByRole('button', { name: 'Add lesson' })).toBeInTheDocument();
    expect((await db.lessons.where('programmeId').equals(programme.id).toArray()).map((l) => l.text)).toEqual(['Ask patients first']);

    await user.click(within(list).getByRole('button', { name: /^Delete the lesson/ }));
    await user.click(within(list).getByRole('button', { name: 'Yes, delete' }));
    await screen.findByText('No lessons recorded yet.');
    expect(await db.lessons.count()).toBe(0);
  });
});
