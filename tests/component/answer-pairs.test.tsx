import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { judgementsOf } from '../../src/db/answers';
import { createProgramme } from '../../src/db/programmes';
import { recordResponse, saveNote } from '../../src/db/responses';
import { addParticipant, startRound } from '../../src/db/rounds';
import { recordJudgement } from '../../src/db/workshop';
import AnswerPage from '../../src/features/answer/AnswerPage';
import PairsAnswerPage from '../../src/features/answer/PairsAnswerPage';
import RoundPage from '../../src/features/answer/RoundPage';
import SummaryPage from '../../src/features/summary/SummaryPage';
import { resetDb } from '../unit/db-helpers';

vi.setConfig({ testTimeout: 30_000 });

beforeEach(async () => {
  localStorage.clear();
  await resetDb();
});

function renderRoute(path: string) {
  const router = createMemoryRouter(
    [
      { path: '/programmes/:programmeId/rounds/:roundId', element: <RoundPage /> },
      { path: '/programmes/:programmeId/rounds/:roundId/answer/:componentId', element: <AnswerPage /> },
      { path: '/programmes/:programmeId/rounds/:roundId/pairs', element: <PairsAnswerPage /> },
      { path: '/programmes/:programmeId/rounds/:roundId/summary', element: <SummaryPage /> },
      { path: '/programmes/:programmeId/rounds/:roundId/facilitate', element: <p>Facilitator mode</p> },
      { path: '/programmes/:programmeId/rounds/:roundId/handover', element: <p>Hand-over</p> },
      { path: '/programmes/:programmeId/share', element: <p>Share</p> },
      { path: '/programmes/:programmeId', element: <p>Programme</p> },
    ],
    { initialEntries: [path] },
  );
  render(<RouterProvider router={router} />);
  return router;
}

async function setUp() {
  const programme = await createProgramme({ name: 'Discharge to assess' });
  const round = await startRound(programme.id, { title: 'Board review', date: '2026-11-20' });
  const participant = await addParticipant(round.id, { label: 'Asha', role: 'clinician' });
  return { programme, round, participant };
}

describe('the pairs step in the wheel flow', () => {
  it('follows the last component, explains each tension first and stores the judgement', async () => {
    const user = userEvent.setup();
    const { programme, round, participant } = await setUp();
    const router = renderRoute(`/programmes/${programme.id}/rounds/${round.id}/answer/${round.components.at(-1)}`);
    await user.click(await screen.findByRole('link', { name: 'Continue to how the parts work together' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'How are the parts working together?' })).toBeInTheDocument();
    const groups = await screen.findAllByRole('group', { name: /^Pair \d+ of 11/ });
    expect(groups).toHaveLength(11);
    // The tension in plain words describes the group before the four judgements.
    expect(groups[0]).toHaveAccessibleDescription(/Open results help people see progress/);
    // Each pair's polarity map is one tap away, in the programme's words, in every way of answering.
    const maps = screen.getAllByText(/^What each side gives, and the signs of leaning too far/);
    expect(maps).toHaveLength(11);
    await user.click(maps[0]!);
    expect(screen.getAllByTestId('polarity-map')[0]).toHaveTextContent('What Transparent measurement gives when it is working');
    expect(screen.getAllByTestId('polarity-map')[0]).toHaveTextContent('Signs of leaning too far towards Engagement to mobilise');
    await user.click(within(groups[0]!).getByRole('radio', { name: /Some friction/ }));
    await waitFor(async () => expect((await judgementsOf(round.id, participant.id))[0]).toMatchObject({ value: 2 }));
    await user.click(screen.getByRole('link', { name: 'Continue to my summary' }));
    await waitFor(() => expect(router.state.location.pathname).toMatch(/\/summary$/));
  });

  it('shows the pairs step on the wheel with how many are judged, and skips it in one link', async () => {
    const user = userEvent.setup();
    const { programme, round, participant } = await setUp();
    await recordJudgement(round.id, participant.id, 'transparent-measurement|engagement', { value: 1 });
    const router = renderRoute(`/programmes/${programme.id}/rounds/${round.id}`);
    expect(await screen.findByText('1 of 11 pairs judged')).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'How the parts work together' }));
    await user.click(await screen.findByRole('link', { name: 'Skip the pairs and see my summary' }));
    await waitFor(() => expect(router.state.location.pathname).toMatch(/\/summary$/));
  });

  it('shows the person their own notes beside their scores and their judgements on the summary', async () => {
    const { programme, round, participant } = await setUp();
    await recordResponse(round.id, participant.id, 'leadership.1', 4);
    await saveNote(round.id, participant.id, 'leadership.1', 'The board asks about it every month');
    await recordJudgement(round.id, participant.id, 'leadership|engagement', { value: 3, note: 'Top-down plan, no room to shape it' });
    renderRoute(`/programmes/${programme.id}/rounds/${round.id}/summary`);
    const notes = await screen.findByRole('region', { name: 'Your evidence notes' });
    expect(within(notes).getByRole('heading', { name: /Leadership for change in place 75 of 100/ })).toBeInTheDocument();
    expect(within(notes).getByText('The board asks about it every month')).toBeInTheDocument();
    const pairs = await screen.findByRole('region', { name: 'How the parts work together' });
    expect(within(pairs).getByText(/Pulling apart/)).toBeInTheDocument();
    expect(within(pairs).getByText('Top-down plan, no room to shape it')).toBeInTheDocument();
  });
});

describe('after a round starts', () => {
  it('offers answering myself, facilitator mode and inviting people', async () => {
    const programme = await createProgramme({ name: 'Discharge to assess' });
    const round = await startRound(programme.id, { title: 'Baseline', date: '2026-11-20' });
    renderRoute(`/programmes/${programme.id}/rounds/${round.id}`);
    const choices = await screen.findByRole('region', { name: 'How will people answer this round?' });
    expect(within(choices).getByRole('link', { name: 'Answer it myself on this device' })).toHaveAttribute('href', '#who');
    expect(within(choices).getByRole('link', { name: 'Run it on this tablet (facilitator mode)' })).toHaveAttribute(
      'href',
      `/programmes/${programme.id}/rounds/${round.id}/facilitate`,
    );
    expect(within(choices).getByRole('link', { name: 'Invite people to answer on their own devices' })).toHaveAttribute(
      'href',
      `/programmes/${programme.id}/rounds/${round.id}/handover`,
    );
    expect(screen.getByRole('heading', { name: 'Who is answering?' })).toBeInTheDocument();
  });
});
