/** Workshop screens: passing the tablet round, leaving facilitator mode, reviewing actions, choosing pairs. */
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { allAnswers } from '../../src/db/answers';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../src/db/database';
import { createProgramme } from '../../src/db/programmes';
import { recordResponse } from '../../src/db/responses';
import { addParticipant, startRound } from '../../src/db/rounds';
import { addAction } from '../../src/db/workshop';
import { OpenActionsReview } from '../../src/features/actions/OpenActionsReview';
import PairsPage from '../../src/features/pairs/PairsPage';
import { useFacilitator } from '../../src/features/workshop/facilitatorStore';
import FacilitatePage from '../../src/features/workshop/FacilitatePage';
import { HoldToExit } from '../../src/features/workshop/HoldToExit';
import { resetDb } from '../unit/db-helpers';

vi.setConfig({ testTimeout: 30_000 });

beforeEach(async () => {
  sessionStorage.clear();
  useFacilitator.getState().unlock();
  await resetDb();
});

afterEach(() => {
  vi.useRealTimers();
});

function renderAt(path: string, routes: { path: string; element: React.ReactNode }[]) {
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  render(<RouterProvider router={router} />);
  return router;
}

async function h1(name: string | RegExp) {
  return screen.findByRole('heading', { level: 1, name });
}

function checkedRadios() {
  return screen.queryAllByRole('radio').filter((r) => (r as HTMLInputElement).checked);
}

async function addMe(user: ReturnType<typeof userEvent.setup>, name: string) {
  await user.click(await screen.findByRole('button', { name: 'Add me' }));
  await user.type(await screen.findByLabelText('Your name, or a label you choose'), name);
  await user.click(screen.getByLabelText('Clinician'));
  await user.click(screen.getByRole('button', { name: 'Add me and start' }));
  await h1(`Hello, ${name}`);
}

describe('pass the tablet', () => {
  it('takes each person through the components and the alignment grid, and hides their answers from the next', async () => {
    const user = userEvent.setup();
    const programme = await createProgramme({ name: 'Frailty pathway' });
    const round = await startRound(programme.id, { title: 'Workshop one', date: '2026-03-01', components: ['shared-purpose', 'system-drivers'] });
    renderAt(`/programmes/${programme.id}/rounds/${round.id}/facilitate`, [
      { path: '/programmes/:programmeId/rounds/:roundId/facilitate', element: <FacilitatePage /> },
    ]);
    await h1(/Facilitate: Workshop one/);
    await user.click(screen.getByRole('button', { name: 'Start handing round' }));
    await h1('Who is answering now?');
    expect(screen.queryByRole('link')).toBeNull();

    await addMe(user, 'Asha');
    await user.click(screen.getByRole('button', { name: 'Start' }));
    await h1('Our shared purpose');
    const first = screen.getAllByRole('group', { name: /^Statement 1 of/ })[0]!;
    await user.click(within(first).getByLabelText(/Embedded/));
    await waitFor(async () => expect((await allAnswers()).responses.length).toBe(1));
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await h1('System drivers');
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await h1('How are these parts working together?');
    const pair = screen.getByRole('group', { name: /Our shared purpose and System drivers/ });
    await user.click(within(pair).getByLabelText('Pulling apart'));
    await waitFor(async () => expect(((await allAnswers()).judgements).map((j) => j.value)).toEqual([3]));
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await h1('Ready to hand over?');
    expect(screen.getByText(/You answered 1 of 10 statements and 1 of 1 pairs/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Finish and hide my answers' }));

    await h1('Thank you. Your answers are saved.');
    expect(screen.queryAllByRole('radio')).toHaveLength(0);
    await user.click(screen.getByRole('button', { name: 'I am the next person' }));
    await h1('Who is answering now?');
    // Asha has answered: she is listed but cannot be opened again on the tablet.
    expect(screen.getByText('Asha')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Asha/ })).toBeNull();

    await addMe(user, 'Ben');
    await user.click(screen.getByRole('button', { name: 'Start' }));
    await h1('Our shared purpose');
    expect(checkedRadios()).toHaveLength(0);
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await h1('How are these parts working together?');
    expect(checkedRadios()).toHaveLength(0);
  });

  it('asks a person adding themselves for a name or anonymity, and a role, saving nothing until both are right', async () => {
    const user = userEvent.setup();
    const programme = await createProgramme({ name: 'Frailty pathway' });
    const round = await startRound(programme.id, { title: 'Workshop one', date: '2026-03-01' });
    useFacilitator.getState().lock(round.id);
    renderAt(`/programmes/${programme.id}/rounds/${round.id}/facilitate`, [
      { path: '/programmes/:programmeId/rounds/:roundId/facilitate', element: <FacilitatePage /> },
    ]);
    await user.click(await screen.findByRole('button', { name: 'Add me' }));
    await user.click(await screen.findByRole('button', { name: 'Add me and start' }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getAllByRole('link').map((a) => a.textContent)).toEqual([
      'Enter your name or a label, or choose to stay anonymous',
      'Choose the role that fits you best',
    ]);
    expect(await db.participants.count()).toBe(0);

    await user.click(screen.getByLabelText('Keep me anonymous'));
    await user.click(screen.getByLabelText('Frontline staff'));
    await user.click(screen.getByRole('button', { name: 'Add me and start' }));
    await h1('Hello, Participant 1');
    expect(await db.participants.toArray()).toMatchObject([{ label: 'Participant 1', anonymous: true, role: 'frontline' }]);
  });
});

describe('reopening one person', () => {
  it('lets the facilitator hand the tablet straight to someone who answered, to change their own answers', async () => {
    const user = userEvent.setup();
    const programme = await createProgramme({ name: 'Frailty pathway' });
    const round = await startRound(programme.id, { title: 'Workshop one', date: '2026-03-01', components: ['shared-purpose'] });
    const asha = await addParticipant(round.id, { label: 'Asha', role: 'clinician' });
    await recordResponse(round.id, asha.id, 'shared-purpose.1', 2);
    renderAt(`/programmes/${programme.id}/rounds/${round.id}/facilitate`, [
      { path: '/programmes/:programmeId/rounds/:roundId/facilitate', element: <FacilitatePage /> },
    ]);
    const handTo = await screen.findByRole('button', { name: /^Hand the tablet to Asha/ });
    await waitFor(() => expect(handTo).toHaveAccessibleName('Hand the tablet to Asha to change their answers'));
    await user.click(handTo);
    await h1('Hello, Asha');
    await user.click(screen.getByRole('button', { name: 'Start' }));
    await h1('Our shared purpose');
    await waitFor(() => expect(checkedRadios()).toHaveLength(1));
  });
});

describe('leaving facilitator mode', () => {
  it('needs the word typed exactly', async () => {
    const user = userEvent.setup();
    const onExit = vi.fn();
    render(<HoldToExit onExit={onExit} />);
    await user.click(screen.getByRole('button', { name: 'Cannot hold? Type a word instead' }));
    await user.type(screen.getByLabelText('Facilitator: type the word to leave'), 'please');
    await user.click(screen.getByRole('button', { name: 'Leave facilitator mode' }));
    expect(screen.getByText('That is not the word. The facilitator knows it: hand the tablet back to them.')).toBeInTheDocument();
    // The participant's screen never shows the word itself.
    expect(document.body.textContent).not.toContain('LEAVE');
    expect(onExit).not.toHaveBeenCalled();
    await user.clear(screen.getByLabelText('Facilitator: type the word to leave'));
    await user.type(screen.getByLabelText('Facilitator: type the word to leave'), ' Leave ');
    await user.click(screen.getByRole('button', { name: 'Leave facilitator mode' }));
    expect(onExit).toHaveBeenCalledTimes(1);
  });

  it('leaves only when Space or Enter is held for the whole time, not on a press', () => {
    vi.useFakeTimers({ toFake: ['requestAnimationFrame', 'cancelAnimationFrame', 'performance'] });
    const onExit = vi.fn();
    render(<HoldToExit onExit={onExit} holdMs={2000} />);
    const button = screen.getByRole('button', { name: 'Facilitator: hold to leave' });
    fireEvent.keyDown(button, { key: ' ' });
    act(() => vi.advanceTimersByTime(1000));
    fireEvent.keyUp(button, { key: ' ' });
    act(() => vi.advanceTimersByTime(2000));
    expect(onExit).not.toHaveBeenCalled();

    fireEvent.keyDown(button, { key: 'Enter' });
    act(() => vi.advanceTimersByTime(2100));
    expect(onExit).toHaveBeenCalledTimes(1);
  });
});

describe('OpenActionsReview', () => {
  it('reviews an earlier action: done, or still open and carried into this round', async () => {
    const user = userEvent.setup();
    const programme = await createProgramme({ name: 'Frailty pathway' });
    const first = await startRound(programme.id, { title: 'Workshop one', date: '2026-03-01' });
    const second = await startRound(programme.id, { title: 'Workshop two', date: '2026-06-01' });
    const action = await addAction(programme.id, first.id, { text: 'Share the measures with the ward', componentId: 'transparent-measurement', owner: 'Asha' });
    render(<OpenActionsReview programmeId={programme.id} roundId={second.id} />);
    const group = await screen.findByRole('group', { name: 'Share the measures with the ward' });
    expect(group).toHaveAccessibleDescription(/Transparent measurement · Owner: Asha · Agreed at Workshop one/);
    expect(screen.getByRole('status')).toHaveTextContent('0 of 1 reviewed.');

    await user.click(within(group).getByLabelText('Done'));
    await waitFor(async () => expect((await db.actions.get(action.id))!.status).toBe('done'));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('All 1 reviewed.'));

    await user.click(within(group).getByLabelText('Still open: carry it forward'));
    await waitFor(async () => expect(await db.actions.get(action.id)).toMatchObject({ status: 'open', carriedInto: [second.id] }));
    expect(within(group).getByLabelText('Still open: carry it forward')).toBeChecked();
  });

  it('says when there is nothing to review', async () => {
    const programme = await createProgramme({ name: 'Frailty pathway' });
    const first = await startRound(programme.id, { title: 'Workshop one', date: '2026-03-01' });
    await addAction(programme.id, first.id, { text: 'Agreed today', componentId: null });
    render(<OpenActionsReview programmeId={programme.id} roundId={first.id} />);
    expect(await screen.findByText('No open actions from earlier rounds to review.')).toBeInTheDocument();
  });
});

describe('PairsPage', () => {
  it('starts from the default tensions, saves each change at once, and goes back to the defaults', async () => {
    const user = userEvent.setup();
    const programme = await createProgramme({ name: 'Frailty pathway' });
    renderAt(`/programmes/${programme.id}/pairs`, [{ path: '/programmes/:programmeId/pairs', element: <PairsPage /> }]);
    await h1(/Alignment pairs/);
    const boxes = screen.getAllByRole('checkbox');
    expect(boxes).toHaveLength(28);
    expect(boxes.filter((b) => (b as HTMLInputElement).checked)).toHaveLength(11);
    expect(screen.getByText(/Tracking 11 of 28 pairs \(the defaults\)/)).toBeInTheDocument();

    const known = screen.getByLabelText('Leadership for change and Spread of innovation');
    expect(known).toHaveAccessibleDescription(/peers persuading peers/);
    await user.click(known);
    await user.click(screen.getByLabelText('Our shared purpose and Leadership for change'));
    await waitFor(async () => {
      const keys = (await db.programmes.get(programme.id))!.trackedPairs;
      expect(keys).toHaveLength(11);
      expect(keys).toContain('shared-purpose|leadership');
      expect(keys).not.toContain('leadership|spread');
    });
    await user.click(await screen.findByRole('button', { name: 'Go back to the default pairs' }));
    await waitFor(async () => expect((await db.programmes.get(programme.id))!.trackedPairs).toContain('leadership|spread'));
    expect(await screen.findByText(/Tracking 11 of 28 pairs \(the defaults\)/)).toBeInTheDocument();
  });
});

describe('a room that can finish', () => {
  it('estimates the whole room, suggests the pulse past an hour and switches to it before anyone answers', async () => {
    const user = userEvent.setup();
    const programme = await createProgramme({ name: 'Frailty pathway' });
    const round = await startRound(programme.id, { title: 'Workshop one', date: '2026-03-01' });
    renderAt(`/programmes/${programme.id}/rounds/${round.id}/facilitate`, [
      { path: '/programmes/:programmeId/rounds/:roundId/facilitate', element: <FacilitatePage /> },
    ]);
    await h1(/Facilitate: Workshop one/);
    const people = screen.getByLabelText('How many people will answer on this tablet?');
    await user.clear(people);
    await user.type(people, '12');
    const statements = round.prompts.length;
    const minutes = Math.ceil((12 * (statements * 25 + 11 * 20)) / 60);
    expect(screen.getByTestId('room-time')).toHaveTextContent(`About ${minutes} minutes in all: 12 people × ${statements} statements`);
    expect(screen.getByTestId('room-time-warning')).toHaveTextContent('That is over an hour');
    await user.click(screen.getByRole('button', { name: 'Use the pulse set for this round' }));
    await waitFor(() => expect(screen.getByTestId('room-time')).toHaveTextContent('12 people × 8 statements'));
    expect(screen.queryByTestId('room-time-warning')).not.toBeInTheDocument();
    expect(await db.rounds.get(round.id)).toMatchObject({ promptSet: 'pulse' });
    // The set-up lists the pulse's three pairs.
    expect(screen.getByRole('region', { name: 'The alignment grid' })).toHaveTextContent('After the components, each person says how these 3 pairs');
  });
});
