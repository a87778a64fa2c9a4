import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider, useLocation } from 'react-router';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../src/db/database';
import { recordResponse } from '../../src/db/responses';
import { findUnfinishedQuickCheck, quickCheckTitle, startQuickCheck } from '../../src/db/quickcheck';
import { createProgramme } from '../../src/db/programmes';
import { setRoundStatus, startRound } from '../../src/db/rounds';
import type { ResponseValue } from '../../src/domain/types';
import { HomePage } from '../../src/features/home/HomePage';
import SummaryPage from '../../src/features/summary/SummaryPage';
import { resetDb } from '../unit/db-helpers';

// Typing with user-event in jsdom is slow on a busy machine; the tests assert behaviour, not speed.
vi.setConfig({ testTimeout: 30_000 });

beforeEach(resetDb);

function Where() {
  return <p data-testid="where">{useLocation().pathname}</p>;
}

function renderAt(path: string, home = <HomePage />) {
  const router = createMemoryRouter(
    [
      { path: '/', element: home },
      { path: '/programmes/:programmeId/rounds/:roundId', element: <Where /> },
      { path: '/programmes/:programmeId/rounds/:roundId/answer/:componentId', element: <Where /> },
      { path: '/programmes/:programmeId/rounds/:roundId/summary', element: <SummaryPage /> },
    ],
    { initialEntries: [path] },
  );
  render(<RouterProvider router={router} />);
  return router;
}

describe('quick check', () => {
  it('creates a personal programme, a dated round and "Me", then opens the wheel', async () => {
    const user = userEvent.setup();
    renderAt('/');
    await screen.findByText('No programmes on this device yet.'); // the device's data has been read
    await user.click(screen.getByRole('button', { name: 'Start a quick check' }));
    const where = await screen.findByTestId('where');
    const programmes = await db.programmes.toArray();
    expect(programmes).toHaveLength(1);
    expect(programmes[0]).toMatchObject({ kind: 'personal', name: 'My quick checks' });
    const rounds = await db.rounds.toArray();
    expect(rounds).toHaveLength(1);
    expect(rounds[0]!.title).toMatch(/^Quick check 1: \d{1,2} [A-Z][a-z]+ \d{4}, \d{2}:\d{2}$/);
    expect(rounds[0]!.prompts.length).toBeGreaterThanOrEqual(40);
    const people = await db.participants.toArray();
    expect(people).toMatchObject([{ label: 'Me', role: 'other', roundId: rounds[0]!.id }]);
    expect(where).toHaveTextContent(`/programmes/${programmes[0]!.id}/rounds/${rounds[0]!.id}`);
  });

  it('offers to continue an unfinished check, and reuses the personal programme for a new one', async () => {
    const user = userEvent.setup();
    const first = await startQuickCheck();
    await recordResponse(first.roundId, first.participantId, 'leadership.1', 3);
    renderAt('/');
    expect(await screen.findByText(/with 1 of 40 statements answered/)).toBeInTheDocument();
    const { rememberPlace } = await import('../../src/db/place');
    await rememberPlace({ programmeId: first.programmeId, roundId: first.roundId, componentId: 'engagement' });
    await user.click(screen.getByRole('button', { name: 'Continue my quick check' }));
    // Straight back to the component last open in that check.
    expect(await screen.findByTestId('where')).toHaveTextContent(`/rounds/${first.roundId}/answer/engagement`);
    expect(await db.rounds.count()).toBe(1);

    const second = await startQuickCheck('new');
    expect(second.programmeId).toBe(first.programmeId);
    expect(second.roundId).not.toBe(first.roundId);
    expect(await db.programmes.count()).toBe(1);
    expect((await findUnfinishedQuickCheck())?.round.id).toBe(second.roundId);
  });

  it('starts afresh once the last check is finished', async () => {
    const first = await startQuickCheck();
    await setRoundStatus(first.roundId, 'closed');
    const next = await startQuickCheck();
    expect(next.continued).toBe(false);
    expect(next.roundId).not.toBe(first.roundId);
    expect((await db.rounds.get(next.roundId))!.isBaseline).toBe(false);
  });

  it('names a round by its date in words', () => {
    expect(quickCheckTitle('2026-11-28')).toBe('Quick check 28 November 2026');
    expect(quickCheckTitle('2026-11-28', new Date(2026, 10, 28, 14, 5), 3)).toBe('Quick check 3: 28 November 2026, 14:05');
  });
});

async function answerAll(roundId: string, participantId: string, answers: Record<string, ResponseValue[]>) {
  for (const [componentId, values] of Object.entries(answers)) {
    for (const [i, value] of values.entries()) await recordResponse(roundId, participantId, `${componentId}.${i + 1}`, value);
  }
}

describe('solo summary', () => {
  it('shows each score, the two lowest, blind spots and the not-yet list, never as a grade', async () => {
    const place = await startQuickCheck();
    await answerAll(place.roundId, place.participantId, {
      // (3−1)/4×100 = 50, (5−1)/4×100 = 100 → mean 75
      'shared-purpose': [3, 5, 'dont-know', 'not-yet'],
      // 25, 0 → 12.5 (displayed 13)
      leadership: [2, 1, 2, 1, 'not-yet'],
      // one level of five: attention 20% → blind spot even though it has a score
      'system-drivers': [4, 'dont-know', 'dont-know'],
      engagement: [5, 5, 4, 4, 5],
      spread: ['not-yet', 'not-yet', 'not-yet'],
    });
    renderAt(`/programmes/${place.programmeId}/rounds/${place.roundId}/summary`);
    expect(await screen.findByRole('heading', { level: 1, name: 'What to look at next' })).toBeInTheDocument();
    expect(screen.getByText(/This is not a grade/)).toBeInTheDocument();
    expect(document.body.textContent).not.toMatch(/\b(fail|pass mark|grade [A-F])\b/i);

    const table = screen.getByRole('table');
    const row = (name: string) => within(table).getByRole('row', { name: new RegExp(`^${name}`) });
    expect(within(row('Our shared purpose')).getAllByRole('cell')[0]).toHaveTextContent('75');
    expect(within(row('Leadership for change')).getAllByRole('cell')[0]).toHaveTextContent('13');
    expect(within(row('System drivers')).getAllByRole('cell')[0]).toHaveTextContent('75');
    expect(within(row('Engagement to mobilise')).getAllByRole('cell')[0]).toHaveTextContent('90');
    expect(within(row('Spread of innovation')).getAllByRole('cell')[0]).toHaveTextContent('No step chosen yet');

    // Lowest two among components with three or more statements rated: leadership (12.5, four rated) and
    // engagement (90, five rated). Shared purpose (two rated) and system drivers (one) do not qualify.
    const next = screen.getByRole('region', { name: 'Where to look next' });
    expect(within(next).getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual(['Leadership for change', 'Engagement to mobilise']);

    const blind = screen.getByRole('region', { name: 'Blind spots' });
    const items = within(blind).getAllByRole('listitem').map((li) => li.textContent);
    // Spread: every answer "not yet" → listed as not yet, never a blind spot. System drivers: 1 of 5 attended.
    expect(items).toEqual([
      expect.stringMatching(/^Improvement methodology: no statement/),
      expect.stringMatching(/^Rigorous delivery: no statement/),
      expect.stringMatching(/^Transparent measurement: no statement/),
      expect.stringMatching(/^System drivers: 1 of 5 statements given a view; 2 “don’t know”/),
    ]);
    expect(items.join(' ')).not.toMatch(/Our shared purpose|Leadership|Engagement|Spread/);

    const notYet = screen.getByRole('region', { name: 'Not yet at this stage' });
    expect(within(notYet).getByTestId('not-yet-components')).toHaveTextContent(/^Not yet: Spread of innovation\./);
    expect(within(notYet).getAllByRole('listitem')).toHaveLength(5);
    expect(within(row('Spread of innovation')).getByText('Not yet')).toBeInTheDocument();
  });

  it('compares a second quick check with the first: the change per component and in words', async () => {
    const first = await startQuickCheck();
    await answerAll(first.roundId, first.participantId, { leadership: [2, 2, 2], engagement: [4, 4, 4], spread: [3, 3, 3] });
    await setRoundStatus(first.roundId, 'closed');
    const second = await startQuickCheck();
    expect(second.roundId).not.toBe(first.roundId);
    // Leadership 25 → 75 (+50), engagement 75 → 50 (−25), spread unchanged at 50.
    await answerAll(second.roundId, second.participantId, { leadership: [4, 4, 4], engagement: [3, 3, 3], spread: [3, 3, 3] });
    renderAt(`/programmes/${second.programmeId}/rounds/${second.roundId}/summary`);
    const compared = await screen.findByTestId('compared');
    expect(within(compared).getByText(/This is your second quick check/)).toBeInTheDocument();
    expect(within(compared).getByTestId('since-previous')).toHaveTextContent(
      'Since last time, Leadership for change (+50) rose most and Engagement to mobilise (−25) fell most.',
    );
    const table = screen.getByRole('table');
    const row = (name: string) => within(table).getByRole('row', { name: new RegExp(`^${name}`) });
    expect(within(table).getByRole('columnheader', { name: 'Since last time' })).toBeInTheDocument();
    expect(row('Leadership for change').querySelector('[data-measure="since-previous"]')).toHaveTextContent('+50');
    expect(row('Engagement to mobilise').querySelector('[data-measure="since-previous"]')).toHaveTextContent('−25');
    expect(row('Spread of innovation').querySelector('[data-measure="since-previous"]')).toHaveTextContent('0');
  });

  it('adds, lists, edits and completes actions, with the NHS error pattern for bad input', async () => {
    const user = userEvent.setup();
    const place = await startQuickCheck();
    await answerAll(place.roundId, place.participantId, { leadership: [1, 1, 2], engagement: [4, 4, 4] });
    renderAt(`/programmes/${place.programmeId}/rounds/${place.roundId}/summary`);
    const panel = await screen.findByRole('region', { name: 'Your next steps' });
    expect(within(panel).getByLabelText('Which component is it about?')).toHaveValue('leadership');

    await user.type(within(panel).getByLabelText('Day'), '31');
    await user.type(within(panel).getByLabelText('Month'), '2');
    await user.type(within(panel).getByLabelText('Year'), '2027');
    await user.click(within(panel).getByRole('button', { name: 'Add this step' }));
    const summary = await within(panel).findByRole('alert');
    await waitFor(() => expect(summary).toHaveFocus());
    expect(within(summary).getByRole('link', { name: 'Enter what you will do' })).toHaveAttribute('href', '#action-text');
    expect(within(summary).getByRole('link', { name: /February 2027 has 28 days/ })).toHaveAttribute('href', '#action-due-day');
    expect(await db.actions.count()).toBe(0);

    await user.type(within(panel).getByLabelText('What will you do?'), 'Ask two ward sisters what the change is for');
    await user.clear(within(panel).getByLabelText('Day'));
    await user.type(within(panel).getByLabelText('Day'), '15');
    await user.type(within(panel).getByLabelText('Who will do it? (optional)'), 'Me');
    await user.click(within(panel).getByRole('button', { name: 'Add this step' }));
    await waitFor(async () => expect(await db.actions.count()).toBe(1));
    expect(await db.actions.toArray()).toMatchObject([
      { text: 'Ask two ward sisters what the change is for', componentId: 'leadership', owner: 'Me', dueDate: '2027-02-15', status: 'open' },
    ]);
    const item = await within(panel).findByText('Ask two ward sisters what the change is for');
    expect(item.closest('li')).toHaveTextContent('Leadership for change · Owner: Me · Due 15 February 2027');

    await user.click(within(panel).getByRole('button', { name: /^Change the action/ }));
    const text = within(panel).getByLabelText('What will you do?');
    expect(text).toHaveValue('Ask two ward sisters what the change is for');
    await user.clear(text);
    await user.type(text, 'Ask three ward sisters');
    await user.click(within(panel).getByRole('button', { name: 'Save changes' }));
    await waitFor(async () => expect((await db.actions.toArray())[0]!.text).toBe('Ask three ward sisters'));
    await user.click(await within(panel).findByRole('button', { name: /^Mark .* as done$/ }));
    await waitFor(async () => expect((await db.actions.toArray())[0]!.status).toBe('done'));
  }, 30_000);

  it('finishes a quick check and reopens it', async () => {
    const user = userEvent.setup();
    const place = await startQuickCheck();
    renderAt(`/programmes/${place.programmeId}/rounds/${place.roundId}/summary`);
    await user.click(await screen.findByRole('button', { name: 'Finish this check' }));
    await waitFor(async () => expect((await db.rounds.get(place.roundId))!.status).toBe('closed'));
    await user.click(await screen.findByRole('button', { name: 'Reopen this check' }));
    await waitFor(async () => expect((await db.rounds.get(place.roundId))!.status).toBe('open'));
  });
});

describe('continue where you left off', () => {
  it('renders nothing without a place, and links to the last component when there is one', async () => {
    renderAt('/', <HomePage />);
    await new Promise((r) => setTimeout(r, 50));
    expect(screen.queryByRole('link', { name: 'Continue where you left off' })).not.toBeInTheDocument();
    cleanup();
    const programme = await createProgramme({ name: 'Frailty pathway' });
    const round = await startRound(programme.id, { title: 'Spring review', date: '2026-03-01' });
    const { rememberPlace } = await import('../../src/db/place');
    await rememberPlace({ programmeId: programme.id, roundId: round.id, componentId: 'spread' });
    renderAt('/', <HomePage />);
    const link = await screen.findByRole('link', { name: 'Continue where you left off' });
    expect(link).toHaveAttribute('href', `/programmes/${programme.id}/rounds/${round.id}/answer/spread`);
    expect(screen.getByText('Frailty pathway: Spring review: Spread of innovation')).toBeInTheDocument();
  });

  it('leaves an unfinished quick check to its own card, which continues at the same component', async () => {
    const place = await startQuickCheck();
    const { rememberPlace } = await import('../../src/db/place');
    await rememberPlace({ programmeId: place.programmeId, roundId: place.roundId, componentId: 'spread' });
    const user = userEvent.setup();
    renderAt('/', <HomePage />);
    const resume = await screen.findByRole('button', { name: 'Continue my quick check' });
    await new Promise((r) => setTimeout(r, 50));
    expect(screen.queryByRole('link', { name: 'Continue where you left off' })).not.toBeInTheDocument();
    await user.click(resume);
    await screen.findByText(`/programmes/${place.programmeId}/rounds/${place.roundId}/answer/spread`);
  });

  it('never offers a finished check as "continue"', async () => {
    const place = await startQuickCheck();
    const { rememberPlace } = await import('../../src/db/place');
    await rememberPlace({ programmeId: place.programmeId, roundId: place.roundId, componentId: 'spread' });
    await setRoundStatus(place.roundId, 'closed');
    renderAt('/', <HomePage />);
    await screen.findByTestId('programme-list'); // the device's data has been read
    expect(screen.getByRole('button', { name: 'Start a quick check' })).toBeEnabled();
    expect(screen.queryByRole('link', { name: 'Continue where you left off' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Continue my quick check' })).not.toBeInTheDocument();
  });
});
