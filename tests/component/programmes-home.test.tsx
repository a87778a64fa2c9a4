import { render, screen, within } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../src/db/database';
import { createProgramme } from '../../src/db/programmes';
import { addParticipant, startRound } from '../../src/db/rounds';
import { recordResponse } from '../../src/db/responses';
import { HomePage } from '../../src/features/home/HomePage';
import ProgrammePage from '../../src/features/programmes/ProgrammePage';
import { resetDb } from '../unit/db-helpers';

beforeEach(resetDb);

function renderAt(path: string) {
  const router = createMemoryRouter(
    [
      { path: '/', element: <HomePage /> },
      { path: '/programmes/:programmeId', element: <ProgrammePage /> },
    ],
    { initialEntries: [path] },
  );
  render(<RouterProvider router={router} />);
}

describe('programme list on home', () => {
  it('shows each programme with its kind, number of rounds and last round date, most recent first', async () => {
    const older = await createProgramme({ name: 'Older work' });
    await startRound(older.id, { title: 'A', date: '2025-11-20' });
    const busy = await createProgramme({ name: 'Frailty pathway' });
    await startRound(busy.id, { title: 'Mar', date: '2026-03-03' });
    await startRound(busy.id, { title: 'Jan', date: '2026-01-14' });
    const mine = await createProgramme({ name: 'My checks', kind: 'personal' });
    // As if set up and last edited long ago: the round dates decide the order.
    for (const p of [older, busy, mine]) await db.programmes.update(p.id, { updatedAt: '2025-01-01T09:00:00.000Z' });
    renderAt('/');
    const list = await screen.findByTestId('programme-list');
    const items = within(list).getAllByRole('listitem');
    expect(items.map((li) => within(li).getByRole('link').textContent)).toEqual(['Frailty pathway', 'Older work', 'My checks']);
    expect(items[0]).toHaveTextContent('Team programme2 roundsLast round 3 March 2026');
    expect(items[2]).toHaveTextContent('Your own quick checks');
    expect(items[2]).toHaveTextContent('No rounds yet');
    expect(within(items[1]!).getByTestId('last-round')).toHaveTextContent('Last round 20 November 2025');
    expect(within(items[0]!).getByRole('link')).toHaveAttribute('href', `/programmes/${busy.id}`);
  });

  it('says when there are none', async () => {
    renderAt('/');
    expect(await screen.findByText('No programmes on this device yet.')).toBeInTheDocument();
  });
});

describe('programme page', () => {
  it('lists rounds newest first with baseline and status tags, answers, carried-forward answers and tools', async () => {
    const programme = await createProgramme({ name: 'Frailty', aim: 'Fewer admissions', organisations: 'Trust' });
    const first = await startRound(programme.id, { title: 'January', date: '2026-01-14', stage: 'defining' });
    const ana = await addParticipant(first.id, { label: 'Ana', role: 'clinician' });
    await recordResponse(first.id, ana.id, first.prompts[0]!.id, 3);
    await recordResponse(first.id, ana.id, first.prompts[1]!.id, 'dont-know');
    const second = await startRound(programme.id, { title: 'March', date: '2026-03-03', stage: 'testing', fromPrevious: true });
    renderAt(`/programmes/${programme.id}`);
    await screen.findByRole('heading', { level: 1, name: 'Frailty' });
    const rounds = await screen.findAllByTestId('round-item');
    expect(rounds.map((r) => within(r).getByRole('heading').textContent)).toEqual(['March', 'January']);
    expect(within(rounds[1]!).getByText('Baseline')).toBeInTheDocument();
    expect(within(rounds[0]!).queryByText('Baseline')).not.toBeInTheDocument();
    expect(within(rounds[0]!).getByText('Open')).toBeInTheDocument();
    expect(within(rounds[0]!).getByText('Testing')).toBeInTheDocument();
    expect(within(rounds[0]!).getByText('3 March 2026')).toBeInTheDocument();
    expect(within(rounds[1]!).getByTestId('round-answered')).toHaveTextContent('2 answers from 1 person');
    expect(within(rounds[0]!).getByTestId('round-carried')).toHaveTextContent('All of them carried forward from the previous round');
    expect(screen.getByLabelText('Start from the previous round')).toBeChecked();
    const tools = screen.getByRole('heading', { name: 'Programme tools' }).nextElementSibling as HTMLElement;
    expect(within(tools).getByRole('link', { name: 'Workshop and facilitator mode' })).toHaveAttribute(
      'href',
      `/programmes/${programme.id}/rounds/${second.id}/facilitate`,
    );
    expect(within(tools).getAllByRole('link').map((a) => a.getAttribute('href'))).toEqual([
      `/programmes/${programme.id}/dashboard`,
      `/programmes/${programme.id}/rounds/${second.id}/facilitate`,
      `/programmes/${programme.id}/pairs`,
      `/programmes/${programme.id}/actions`,
      `/programmes/${programme.id}/outcomes`,
      `/programmes/${programme.id}/words`,
      `/programmes/${programme.id}/share`,
      '/data',
    ]);
  });

  it('does not offer to carry forward from a round nobody has answered', async () => {
    const programme = await createProgramme({ name: 'Quiet' });
    await startRound(programme.id, { title: 'Empty', date: '2026-01-10' });
    renderAt(`/programmes/${programme.id}`);
    expect(await screen.findByRole('link', { name: 'Start a new round' })).toHaveAttribute('href', `/programmes/${programme.id}/rounds/new`);
    expect(screen.queryByLabelText('Start from the previous round')).not.toBeInTheDocument();
    expect(screen.getByTestId('round-answered')).toHaveTextContent('Nobody has answered yet');
  });

  it('offers the first round when there are none', async () => {
    const programme = await createProgramme({ name: 'New' });
    renderAt(`/programmes/${programme.id}`);
    expect(await screen.findByRole('link', { name: 'Start the first round' })).toHaveAttribute('href', `/programmes/${programme.id}/rounds/new`);
    expect(screen.queryByLabelText('Start from the previous round')).not.toBeInTheDocument();
  });
});
