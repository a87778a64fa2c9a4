import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { flushAll } from '../../src/app/flush';
import { responsesOf } from '../../src/db/answers';
import { db } from '../../src/db/database';
import { createProgramme } from '../../src/db/programmes';
import { recordResponse, saveNote } from '../../src/db/responses';
import { addParticipant, setRoundStatus, startRound } from '../../src/db/rounds';
import AnswerPage from '../../src/features/answer/AnswerPage';
import { ComponentQuestions } from '../../src/features/answer/ComponentQuestions';
import { noteBackupKey } from '../../src/features/answer/noteBackup';
import RoundPage from '../../src/features/answer/RoundPage';
import { resetDb } from '../unit/db-helpers';

// Typing with user-event in jsdom is slow on a busy machine; the tests assert behaviour, not speed.
vi.setConfig({ testTimeout: 30_000 });

beforeEach(async () => {
  localStorage.clear();
  await resetDb();
});

async function setUp(options: { participants?: number } = {}) {
  const programme = await createProgramme({ name: 'Discharge to assess' });
  const round = await startRound(programme.id, { title: 'Board review', date: '2026-11-20' });
  const people = [];
  for (let i = 0; i < (options.participants ?? 1); i += 1) people.push(await addParticipant(round.id, { label: `Person ${i + 1}`, role: 'clinician' }));
  return { programme, round, participant: people[0]!, people };
}

async function stored(roundId: string, participantId: string, promptId: string) {
  return (await responsesOf(roundId, participantId)).find((r) => r.promptId === promptId);
}

/** The note of statement n, opened from behind "Add evidence" (one tap away until used). */
async function noteBox(n: number) {
  fireEvent.click(await screen.findByRole('button', { name: `Add evidence for statement ${n} (optional)` }));
  return screen.findByRole('textbox', { name: new RegExp(`statement ${n}`) });
}

function renderQuestions(roundId: string, participantId: string) {
  return render(<ComponentQuestions roundId={roundId} participantId={participantId} componentId="shared-purpose" />);
}

describe('ComponentQuestions', () => {
  it('shows each statement as a group of seven answers and an evidence note', async () => {
    const { round, participant } = await setUp();
    renderQuestions(round.id, participant.id);
    const groups = await screen.findAllByRole('group', { name: /^Statement \d of 5/ });
    expect(groups).toHaveLength(5);
    const radios = within(groups[0]!).getAllByRole('radio');
    expect(radios.map((r) => r.closest('.nhsuk-radios__item')!.textContent)).toEqual([
      '1Not in place',
      '2Planned or starting',
      '3In place in parts',
      '4Working well in most places',
      '5Embedded',
      'NNot yet at this stage',
      "DDon't know",
    ]);
    // The note and the example are one tap away until used.
    expect(screen.queryByRole('textbox', { name: 'Evidence note for statement 1 (optional)' })).not.toBeInTheDocument();
    const example = screen.getByRole('button', { name: 'Example for statement 1' });
    expect(example).toHaveAttribute('aria-expanded', 'false');
    expect(groups[0]).toHaveAccessibleDescription(/For example/);
    fireEvent.click(example);
    expect(screen.getByRole('button', { name: 'Hide the example for statement 1' })).toHaveAttribute('aria-expanded', 'true');
    fireEvent.click(screen.getByRole('button', { name: 'Add evidence for statement 1 (optional)' }));
    expect(screen.getByRole('textbox', { name: 'Evidence note for statement 1 (optional)' })).toHaveFocus();
  });

  it('stores a choice at once and says it is saved', async () => {
    const user = userEvent.setup();
    const { round, participant } = await setUp();
    renderQuestions(round.id, participant.id);
    const groups = await screen.findAllByRole('group', { name: /^Statement \d of 5/ });
    await user.click(within(groups[1]!).getByRole('radio', { name: /In place in parts/ }));
    await waitFor(async () => expect((await stored(round.id, participant.id, 'shared-purpose.2'))?.value).toBe(3));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(/Saved on this device/));
    expect(within(groups[1]!).getByRole('radio', { name: /In place in parts/ })).toBeChecked();
  });

  it('picks a step with the number keys, N and D, and moves on to the next statement', async () => {
    const user = userEvent.setup();
    const { round, participant } = await setUp();
    renderQuestions(round.id, participant.id);
    const groups = await screen.findAllByRole('group', { name: /^Statement \d of 5/ });
    within(groups[0]!).getAllByRole('radio')[0]!.focus();
    await user.keyboard('4');
    await waitFor(async () => expect((await stored(round.id, participant.id, 'shared-purpose.1'))?.value).toBe(4));
    // The key answered statement 1 and moved on to statement 2's answers.
    expect(within(groups[1]!).getAllByRole('radio')[0]).toHaveFocus();
    await user.keyboard('n');
    await waitFor(async () => expect((await stored(round.id, participant.id, 'shared-purpose.2'))?.value).toBe('not-yet'));
    expect(within(groups[2]!).getAllByRole('radio')[0]).toHaveFocus();
    await user.keyboard('d');
    await waitFor(async () => expect((await stored(round.id, participant.id, 'shared-purpose.3'))?.value).toBe('dont-know'));
    // Back to statement 1: the arrow keys change an answer without moving on.
    within(groups[0]!).getByRole('radio', { name: /Working well/ }).focus();
    await user.keyboard('{ArrowRight}');
    await waitFor(async () => expect((await stored(round.id, participant.id, 'shared-purpose.1'))?.value).toBe(5));
    expect(within(groups[0]!).getByRole('radio', { name: /Embedded/ })).toHaveFocus();
    // Tab leaves the group for the example, then "Add evidence", which opens the note.
    await user.tab();
    expect(screen.getByRole('button', { name: 'Example for statement 1' })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Add evidence for statement 1 (optional)' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('textbox', { name: /statement 1/ })).toHaveFocus();
    // A digit typed in the note is text, not an answer.
    await user.keyboard('2');
    expect(screen.getByRole('textbox', { name: /statement 1/ })).toHaveValue('2');
    expect((await stored(round.id, participant.id, 'shared-purpose.1'))?.value).toBe(5);
  });

  it('saves a note while typing, without waiting for blur', async () => {
    const user = userEvent.setup();
    const { round, participant } = await setUp();
    renderQuestions(round.id, participant.id);
    const note = await noteBox(3);
    await user.type(note, 'Asked three people');
    await waitFor(async () => expect((await stored(round.id, participant.id, 'shared-purpose.3'))?.note).toBe('Asked three people'), {
      timeout: 2000,
    });
    expect(note).toHaveFocus();
    expect(note).toHaveValue('Asked three people');
  });

  it('keeps the note box open when a note is cleared', async () => {
    const { round, participant } = await setUp();
    await saveNote(round.id, participant.id, 'shared-purpose.2', 'Written last week');
    renderQuestions(round.id, participant.id);
    const note = await screen.findByRole('textbox', { name: /statement 2/ });
    fireEvent.change(note, { target: { value: '' } });
    await act(() => flushAll());
    await waitFor(async () => expect((await stored(round.id, participant.id, 'shared-purpose.2'))?.note).toBe(''));
    expect(screen.getByRole('textbox', { name: /statement 2/ })).toBeInTheDocument();
  });

  it('saves a note at once on blur and when the page is hidden (flushAll)', async () => {
    const { round, participant } = await setUp();
    renderQuestions(round.id, participant.id);
    const first = await noteBox(1);
    fireEvent.change(first, { target: { value: 'Typed then left' } });
    fireEvent.blur(first);
    await waitFor(async () => expect((await stored(round.id, participant.id, 'shared-purpose.1'))?.note).toBe('Typed then left'));

    const second = await noteBox(2);
    fireEvent.change(second, { target: { value: 'Typed then hidden' } });
    await act(() => flushAll());
    expect((await stored(round.id, participant.id, 'shared-purpose.2'))?.note).toBe('Typed then hidden');
  });

  it('saves a pending note when the screen goes away', async () => {
    const { round, participant } = await setUp();
    const view = renderQuestions(round.id, participant.id);
    const note = await noteBox(4);
    fireEvent.change(note, { target: { value: 'Left for the next component' } });
    view.unmount();
    await waitFor(async () => expect((await stored(round.id, participant.id, 'shared-purpose.4'))?.note).toBe('Left for the next component'));
  });

  it('keeps a synchronous copy of a note while typing and restores it after a reload', async () => {
    const { round, participant } = await setUp();
    const key = noteBackupKey(round.id, participant.id, 'shared-purpose.2');
    const view = renderQuestions(round.id, participant.id);
    const note = await noteBox(2);
    fireEvent.change(note, { target: { value: 'Half a thought' } });
    expect(localStorage.getItem(key)).toBe('Half a thought');
    await act(() => flushAll());
    await waitFor(() => expect(localStorage.getItem(key)).toBeNull());
    view.unmount();

    // A reload cut the IndexedDB write off: only the copy has the last words.
    localStorage.setItem(key, 'Half a thought, finished');
    renderQuestions(round.id, participant.id);
    const restored = await screen.findByRole('textbox', { name: /statement 2/ });
    await waitFor(() => expect(restored).toHaveValue('Half a thought, finished'));
    await waitFor(async () => expect((await stored(round.id, participant.id, 'shared-purpose.2'))?.note).toBe('Half a thought, finished'));
    await waitFor(() => expect(localStorage.getItem(key)).toBeNull());
  });

  it('follows changes made elsewhere (another tab) through the live query', async () => {
    const { round, participant } = await setUp();
    renderQuestions(round.id, participant.id);
    const groups = await screen.findAllByRole('group', { name: /^Statement \d of 5/ });
    await act(async () => {
      await recordResponse(round.id, participant.id, 'shared-purpose.5', 2);
      await saveNote(round.id, participant.id, 'shared-purpose.5', 'From the other tab');
    });
    await waitFor(() => expect(within(groups[4]!).getByRole('radio', { name: /Planned or starting/ })).toBeChecked());
    expect(screen.getByRole('textbox', { name: /statement 5/ })).toHaveValue('From the other tab');
  });

  it('marks carried-forward answers and lets them be confirmed', async () => {
    const user = userEvent.setup();
    const { programme, round, participant } = await setUp();
    await recordResponse(round.id, participant.id, 'shared-purpose.1', 3);
    await recordResponse(round.id, participant.id, 'shared-purpose.2', 4);
    await setRoundStatus(round.id, 'closed');
    const next = await startRound(programme.id, { title: 'Next review', date: '2026-12-20', fromPrevious: true });
    const carriedPerson = (await db.participants.where('roundId').equals(next.id).first())!;
    renderQuestions(next.id, carriedPerson.id);
    expect(await screen.findAllByText('From last round: not yet confirmed')).toHaveLength(2);
    const groups = screen.getAllByRole('group', { name: /^Statement \d of 5/ });
    expect(groups[0]).toHaveAccessibleDescription(expect.stringContaining('From last round'));
    await user.click(screen.getByRole('button', { name: 'Confirm the carried-forward answer to statement 1 unchanged' }));
    await waitFor(() => expect(screen.getAllByText('From last round: not yet confirmed')).toHaveLength(1));
    expect((await stored(next.id, carriedPerson.id, 'shared-purpose.1'))).toMatchObject({ value: 3, carriedForward: false });
    await user.click(screen.getByRole('button', { name: 'Confirm all 1 unchanged' }));
    await waitFor(() => expect(screen.queryByText('From last round: not yet confirmed')).not.toBeInTheDocument());
    expect((await stored(next.id, carriedPerson.id, 'shared-purpose.2'))).toMatchObject({ value: 4, carriedForward: false });
  });

  it('confirms a carried answer when it is chosen again, and shows carried answers apart from confirmed ones', async () => {
    const user = userEvent.setup();
    const { programme, round, participant } = await setUp();
    await recordResponse(round.id, participant.id, 'shared-purpose.1', 3);
    await setRoundStatus(round.id, 'closed');
    const next = await startRound(programme.id, { title: 'Next review', date: '2026-12-20', fromPrevious: true });
    const carriedPerson = (await db.participants.where('roundId').equals(next.id).first())!;
    const { container } = renderQuestions(next.id, carriedPerson.id);
    const groups = await screen.findAllByRole('group', { name: /^Statement \d of 5/ });
    const card = container.querySelector('[data-prompt="shared-purpose.1"]')!;
    expect(card).toHaveClass('app-prompt--carried');
    expect(card).not.toHaveClass('app-prompt--answered');
    const chosen = within(groups[0]!).getByRole('radio', { checked: true });
    await user.click(chosen);
    await waitFor(() => expect(screen.queryByText('From last round: not yet confirmed')).not.toBeInTheDocument());
    expect(await stored(next.id, carriedPerson.id, 'shared-purpose.1')).toMatchObject({ value: 3, carriedForward: false });
    expect(container.querySelector('[data-prompt="shared-purpose.1"]')).toHaveClass('app-prompt--answered');
  });

  it('offers the model’s wording of a reworded statement, one tap away', async () => {
    const { round, participant } = await setUp();
    const reworded = round.prompts.map((p) => (p.id === 'shared-purpose.2' ? { ...p, text: 'We can all say why we are doing this' } : p));
    await db.rounds.update(round.id, { prompts: reworded });
    renderQuestions(round.id, participant.id);
    const toggle = await screen.findByRole('button', { name: 'The model’s wording of statement 2' });
    expect(screen.queryByRole('button', { name: 'The model’s wording of statement 1' })).not.toBeInTheDocument();
    fireEvent.click(toggle);
    expect(screen.getByText(/^The model says: “/)).toBeVisible();
    expect(screen.getByRole('button', { name: 'Hide the model’s wording of statement 2' })).toHaveAttribute('aria-expanded', 'true');
  });

  it('shows a closed round read-only', async () => {
    const { round, participant } = await setUp();
    await recordResponse(round.id, participant.id, 'shared-purpose.1', 5);
    await saveNote(round.id, participant.id, 'shared-purpose.1', 'Seen at the board');
    await setRoundStatus(round.id, 'closed');
    renderQuestions(round.id, participant.id);
    expect(await screen.findByText(/This round is closed/)).toBeInTheDocument();
    for (const radio of screen.getAllByRole('radio')) expect(radio).toBeDisabled();
    expect(await screen.findByRole('textbox', { name: /statement 1/ })).toHaveAttribute('readonly');
    expect(screen.queryByRole('button', { name: /Add evidence/ })).not.toBeInTheDocument();
  });
});

function renderRoute(path: string) {
  const router = createMemoryRouter(
    [
      { path: '/programmes/:programmeId/rounds/:roundId', element: <RoundPage /> },
      { path: '/programmes/:programmeId/rounds/:roundId/answer/:componentId', element: <AnswerPage /> },
      { path: '/programmes/:programmeId/rounds/:roundId/summary', element: <p>Summary</p> },
      { path: '/programmes/:programmeId', element: <p>Programme</p> },
    ],
    { initialEntries: [path] },
  );
  render(<RouterProvider router={router} />);
  return router;
}

describe('round and component screens', () => {
  it('shows each component on the wheel and in a list with how much is answered', async () => {
    const { programme, round, participant } = await setUp();
    await recordResponse(round.id, participant.id, 'leadership.1', 2);
    await recordResponse(round.id, participant.id, 'leadership.2', 'not-yet');
    renderRoute(`/programmes/${programme.id}/rounds/${round.id}`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Board review' })).toBeInTheDocument();
    expect(screen.getByText(/Which bit interests you\?/)).toBeInTheDocument();
    const wheel = screen.getByRole('group', { name: /choose a component to answer/ });
    expect(within(wheel).getAllByRole('link')).toHaveLength(8);
    // Answered, "not yet" and unanswered apart: "not yet" is a real answer, not a gap.
    expect(within(wheel).getByRole('link', { name: 'Leadership for change, 1 of 5 answered, 1 not yet, 3 left' })).toBeInTheDocument();
    expect(within(wheel).getByRole('link', { name: 'Our shared purpose, at the centre, 0 of 5 answered, 5 left' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Leadership for change' }).parentElement).toHaveTextContent('1 answered, 1 not yet, 3 left');
    expect(screen.getByTestId('round-progress')).toHaveTextContent('2 of 40 statements answered');
  });

  it('uses the programme’s own words for components', async () => {
    const { programme, round } = await setUp();
    await db.programmes.update(programme.id, { componentLabels: { 'transparent-measurement': 'Where are we now' } });
    renderRoute(`/programmes/${programme.id}/rounds/${round.id}/answer/transparent-measurement`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Where are we now' })).toBeInTheDocument();
    expect(screen.getByText(/The model calls this “Transparent measurement”/)).toBeInTheDocument();
  });

  it('asks who is answering when the round has nobody yet, then shows the wheel', async () => {
    const user = userEvent.setup();
    const programme = await createProgramme({ name: 'Frailty' });
    const round = await startRound(programme.id, { title: 'First look', date: '2026-11-01' });
    renderRoute(`/programmes/${programme.id}/rounds/${round.id}`);
    await screen.findByRole('heading', { name: 'Who is answering?' });
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: /Enter your name/ })).toHaveAttribute('href', '#who-label');
    expect(within(summary).getByRole('link', { name: 'Choose the role that fits best' })).toBeInTheDocument();
    expect(await db.participants.count()).toBe(0);
    await user.type(screen.getByLabelText('Your name or a label'), 'Asha');
    await user.click(screen.getByLabelText('Clinician'));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(await screen.findByText(/Answering as/)).toHaveTextContent('Answering as Asha (Clinician)');
    expect(await db.participants.where('roundId').equals(round.id).count()).toBe(1);
  });

  it('offers "someone else is answering" even when only one person has answered on this device', async () => {
    const user = userEvent.setup();
    const { programme, round } = await setUp();
    renderRoute(`/programmes/${programme.id}/rounds/${round.id}`);
    expect(await screen.findByText(/Answering as/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Change/ })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Someone else is answering' }));
    await screen.findByRole('heading', { name: 'Who is answering?' });
    await user.click(screen.getByLabelText('Someone else: add me'));
    await user.type(screen.getByLabelText('Your name or a label'), 'Ben');
    await user.click(screen.getByLabelText('Manager'));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(await screen.findByText(/Answering as/)).toHaveTextContent('Answering as Ben (Manager)');
    expect(await db.participants.where('roundId').equals(round.id).count()).toBe(2);
  });

  it('lets one of several people choose themselves, and remembers the choice', async () => {
    const user = userEvent.setup();
    const { programme, round } = await setUp({ participants: 3 });
    renderRoute(`/programmes/${programme.id}/rounds/${round.id}`);
    await user.click(await screen.findByLabelText('Person 2'));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(await screen.findByText(/Answering as/)).toHaveTextContent('Answering as Person 2');
    const choices = await db.settings.get('answeringAs');
    expect(Object.values(choices!.value as Record<string, string>)).toHaveLength(1);
  });

  it('keeps the summary one tap away and links to the next component', async () => {
    const { programme, round } = await setUp();
    renderRoute(`/programmes/${programme.id}/rounds/${round.id}/answer/leadership`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Leadership for change' })).toBeInTheDocument();
    expect(screen.getByText('What this is about').closest('details')).toBeInTheDocument();
    expect(screen.getByText('Questions to ask yourselves')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Continue to Spread of innovation' })).toHaveAttribute('href', `/programmes/${programme.id}/rounds/${round.id}/answer/spread`);
    expect(screen.getByRole('link', { name: /^Previous\W+Our shared purpose/ })).toBeInTheDocument();
    expect(screen.getAllByRole('link', { name: 'Back to the wheel' })[0]).toHaveAttribute('href', `/programmes/${programme.id}/rounds/${round.id}`);
  });

  it('remembers the place, so reopening the app can offer to continue', async () => {
    const { programme, round, participant } = await setUp();
    renderRoute(`/programmes/${programme.id}/rounds/${round.id}/answer/engagement`);
    await screen.findByRole('heading', { level: 1, name: 'Engagement to mobilise' });
    await waitFor(async () =>
      expect((await db.settings.get('lastLocation'))?.value).toMatchObject({
        programmeId: programme.id,
        roundId: round.id,
        componentId: 'engagement',
        participantId: participant.id,
      }),
    );
  });
});
