import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { flushAll } from '../../src/app/flush';
import { db } from '../../src/db/database';
import { createProgramme, programmePrompts } from '../../src/db/programmes';
import { renameComponent } from '../../src/db/promptSets';
import { startRound } from '../../src/db/rounds';
import WordsPage from '../../src/features/words/WordsPage';
import { resetDb } from './db-helpers';

vi.setConfig({ testTimeout: 30_000 });

beforeEach(resetDb);

function renderWords(programmeId: string, search = '') {
  const router = createMemoryRouter([{ path: '/programmes/:programmeId/words', element: <WordsPage /> }], {
    initialEntries: [`/programmes/${programmeId}/words${search}`],
  });
  return render(<RouterProvider router={router} />);
}

describe('the words screen', () => {
  it('saves a rename as it is typed, and says when a name is taken without saving it', async () => {
    const p = await createProgramme({ name: 'Words' });
    await renameComponent(p.id, 'leadership', 'Who leads');
    renderWords(p.id);
    const engagement = await screen.findByLabelText('Engagement to mobilise');
    fireEvent.change(engagement, { target: { value: 'Getting clinicians on board' } });
    await flushAll();
    await waitFor(async () => expect((await db.programmes.get(p.id))!.componentLabels.engagement).toBe('Getting clinicians on board'));

    const spread = screen.getByLabelText('Spread of innovation');
    fireEvent.change(spread, { target: { value: 'who leads' } });
    await flushAll();
    expect(await screen.findByText('“Who leads” is already the name of another component. Choose a different name.')).toBeInTheDocument();
    expect(spread).toHaveAttribute('aria-invalid', 'true');
    expect((await db.programmes.get(p.id))!.componentLabels.spread).toBeUndefined();
  });

  it('shows what changed since the latest round, and keeps a reworded statement when it is blanked', async () => {
    const p = await createProgramme({ name: 'Words' });
    await startRound(p.id, { title: 'Baseline', date: '2026-01-10' });
    renderWords(p.id, '?component=spread');
    const region = await screen.findByRole('region', { name: 'Spread of innovation' });
    const first = within(region).getByLabelText('Statement 1');

    fireEvent.change(first, { target: { value: 'We keep a lessons log, and read it.' } });
    await flushAll();
    await waitFor(() => expect(screen.getByTestId('pending-change')).toHaveTextContent('1 reworded, in Spread of innovation'));
    expect(within(screen.getByTestId('pending-change')).getByText(/^Reworded: “We write down lessons learnt/)).toHaveTextContent(
      '” became “We keep a lessons log, and read it.”',
    );
    expect(await within(region).findByText('Reworded')).toBeInTheDocument();

    fireEvent.change(first, { target: { value: '   ' } });
    await flushAll();
    expect(await within(region).findByText(/Enter the statement, or remove it/)).toBeInTheDocument();
    const saved = programmePrompts((await db.programmes.get(p.id))!).find((x) => x.id === 'spread.1')!;
    expect(saved.text).toBe('We keep a lessons log, and read it.');
  });
});
