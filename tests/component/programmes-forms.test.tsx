import { render, screen, waitFor, within } from '@testing-library/react';
import { allAnswers, responsesOfRound } from '../../src/db/answers';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider, useLocation } from 'react-router';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../src/db/database';
import { createProgramme } from '../../src/db/programmes';
import { addParticipant, startRound } from '../../src/db/rounds';
import { recordResponse } from '../../src/db/responses';
import DeleteProgrammePage from '../../src/features/programmes/DeleteProgrammePage';
import EditProgrammePage from '../../src/features/programmes/EditProgrammePage';
import NewProgrammePage from '../../src/features/programmes/NewProgrammePage';
import NewRoundPage from '../../src/features/rounds/NewRoundPage';
import ProgrammePage from '../../src/features/programmes/ProgrammePage';
import ActionsPage from '../../src/features/actions/ActionsPage';
import PairsPage from '../../src/features/pairs/PairsPage';
import { resetDb } from '../unit/db-helpers';

beforeEach(resetDb);

function Where() {
  const location = useLocation();
  return <p data-testid="where">{location.pathname}</p>;
}

function renderAt(path: string) {
  const router = createMemoryRouter(
    [
      { path: '/', element: <Where /> },
      { path: '/programmes/new', element: <NewProgrammePage /> },
      { path: '/programmes/:programmeId', element: <Where /> },
      { path: '/programmes/:programmeId/edit', element: <EditProgrammePage /> },
      { path: '/programmes/:programmeId/delete', element: <DeleteProgrammePage /> },
      { path: '/programmes/:programmeId/rounds/new', element: <NewRoundPage /> },
      { path: '/programmes/:programmeId/rounds/:roundId', element: <Where /> },
    ],
    { initialEntries: [path] },
  );
  render(<RouterProvider router={router} />);
  return router;
}

/** The error summary must be focused, list the message as a link to the field, and the field must describe itself with it. */
async function expectFieldError(fieldLabel: RegExp | string, message: string) {
  const summary = await screen.findByRole('alert');
  expect(within(summary).getByRole('heading', { name: 'There is a problem' })).toBeInTheDocument();
  await waitFor(() => expect(summary).toHaveFocus());
  const link = within(summary).getByRole('link', { name: message });
  const field = screen.getByLabelText(fieldLabel);
  expect(link).toHaveAttribute('href', `#${field.id}`);
  expect(field).toHaveAccessibleDescription(expect.stringContaining(message));
  expect(field).toHaveAttribute('aria-invalid', 'true');
  return { summary, link, field };
}

describe('programme form', () => {
  it('shows the NHS error summary for an empty name, links to the field, and saves nothing', async () => {
    const user = userEvent.setup();
    renderAt('/programmes/new');
    await user.click(await screen.findByRole('button', { name: 'Save and continue' }));
    const { link, field } = await expectFieldError('Name of the programme', 'Enter a name for the programme');
    await user.click(link);
    expect(field).toHaveFocus();
    expect(await db.programmes.count()).toBe(0);
  });

  it('rejects a 300-character name in code (no silent truncation) and keeps what was typed', async () => {
    const user = userEvent.setup();
    renderAt('/programmes/new');
    const name = await screen.findByLabelText('Name of the programme');
    expect(name).not.toHaveAttribute('maxlength');
    await user.click(name);
    await user.paste('N'.repeat(300));
    expect(screen.getAllByText('You have 180 characters too many')[0]).toHaveClass('nhsuk-character-count__status');
    await user.click(screen.getByRole('button', { name: 'Save and continue' }));
    await expectFieldError('Name of the programme', 'A name for the programme must be 120 characters or fewer');
    expect(name).toHaveValue('N'.repeat(300));
    expect(await db.programmes.count()).toBe(0);
  });

  it('lists every problem at once, in the order of the form', async () => {
    const user = userEvent.setup();
    renderAt('/programmes/new');
    await user.click(await screen.findByLabelText(/What is the change trying to achieve/));
    await user.paste('a'.repeat(4001));
    await user.click(screen.getByRole('button', { name: 'Save and continue' }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getAllByRole('link').map((a) => a.textContent)).toEqual([
      'Enter a name for the programme',
      'The aim must be 4,000 characters or fewer',
    ]);
  });

  it('saves a valid programme and opens it', async () => {
    const user = userEvent.setup();
    const router = renderAt('/programmes/new');
    await user.type(await screen.findByLabelText('Name of the programme'), '  Frailty pathway ');
    await user.type(screen.getByLabelText(/Organisations involved/), 'Trust and PCN');
    await user.click(screen.getByLabelText('Refreshed names (2018)'));
    await user.click(screen.getByRole('button', { name: 'Save and continue' }));
    await waitFor(() => expect(router.state.location.pathname).toMatch(/^\/programmes\/[0-9a-f-]{36}$/));
    const [saved] = await db.programmes.toArray();
    expect(saved).toMatchObject({ name: 'Frailty pathway', organisations: 'Trust and PCN', vocabulary: '2018', kind: 'team' });
    expect(router.state.location.pathname).toBe(`/programmes/${saved!.id}`);
  });

  it('edits a programme, and a bad edit changes nothing', async () => {
    const programme = await createProgramme({ name: 'Before', aim: 'Aim' });
    const user = userEvent.setup();
    const router = renderAt(`/programmes/${programme.id}/edit`);
    const name = await screen.findByLabelText('Name of the programme');
    expect(name).toHaveValue('Before');
    await user.clear(name);
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    await expectFieldError('Name of the programme', 'Enter a name for the programme');
    expect((await db.programmes.get(programme.id))!.name).toBe('Before');
    await user.type(name, 'After');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(router.state.location.pathname).toBe(`/programmes/${programme.id}`));
    expect((await db.programmes.get(programme.id))!.name).toBe('After');
  });

  it('says so when the programme is not on this device, in the heading and in the tab title', async () => {
    renderAt('/programmes/nope/edit');
    expect(await screen.findByRole('heading', { level: 1, name: 'Programme not found' })).toBeInTheDocument();
    await waitFor(() => expect(document.title).toBe('Programme not found – Change Model self-assessment'));
  });

  it('gives every screen of a missing programme the same message and title', async () => {
    for (const path of ['/programmes/nope', '/programmes/nope/actions', '/programmes/nope/pairs']) {
      const router = createMemoryRouter(
        [
          { path: '/programmes/:programmeId', element: <ProgrammePage /> },
          { path: '/programmes/:programmeId/actions', element: <ActionsPage /> },
          { path: '/programmes/:programmeId/pairs', element: <PairsPage /> },
        ],
        { initialEntries: [path] },
      );
      const { unmount } = render(<RouterProvider router={router} />);
      expect(await screen.findByRole('heading', { level: 1, name: 'Programme not found' })).toBeInTheDocument();
      expect(screen.getByRole('link', { name: 'Go to your programmes' })).toHaveAttribute('href', '/');
      await waitFor(() => expect(document.title).toBe('Programme not found – Change Model self-assessment'));
      unmount();
    }
  });
});

describe('round form', () => {
  async function fillDate(user: ReturnType<typeof userEvent.setup>, day: string, month: string, year: string) {
    for (const [label, value] of [
      ['Day', day],
      ['Month', month],
      ['Year', year],
    ] as const) {
      const input = screen.getByLabelText(label);
      await user.clear(input);
      if (value) await user.type(input, value);
    }
  }

  it('defaults the date to today, marks the first round as the baseline, and opens the new round', async () => {
    const programme = await createProgramme({ name: 'P' });
    const user = userEvent.setup();
    const router = renderAt(`/programmes/${programme.id}/rounds/new`);
    await screen.findByRole('heading', { level: 1, name: 'Start the first review round' });
    const now = new Date();
    expect(screen.getByLabelText('Day')).toHaveValue(String(now.getDate()));
    expect(screen.getByLabelText('Month')).toHaveValue(String(now.getMonth() + 1));
    expect(screen.getByLabelText('Year')).toHaveValue(String(now.getFullYear()));
    expect(screen.queryByLabelText('Start from the previous round')).not.toBeInTheDocument();
    await user.click(screen.getByLabelText('Testing'));
    await fillDate(user, '3', '3', '2026');
    await user.click(screen.getByRole('button', { name: 'Start the round' }));
    await waitFor(() => expect(router.state.location.pathname).toMatch(/\/rounds\/[0-9a-f-]{36}$/));
    const [round] = await db.rounds.toArray();
    expect(round).toMatchObject({ title: 'Baseline', date: '2026-03-03', stage: 'testing', isBaseline: true });
  });

  it('rejects 30 February, a missing month, an empty title, no stage and 20,000-character notes, saving nothing', async () => {
    const programme = await createProgramme({ name: 'P' });
    const user = userEvent.setup();
    renderAt(`/programmes/${programme.id}/rounds/new`);
    await user.clear(await screen.findByLabelText('Title of the round'));
    await fillDate(user, '30', '2', '2026');
    await user.click(screen.getByLabelText(/^Notes/));
    await user.paste('x'.repeat(20000));
    await user.click(screen.getByRole('button', { name: 'Start the round' }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getAllByRole('link').map((a) => a.textContent)).toEqual([
      'Enter a title for the round',
      'Date of the round must be a real date: February 2026 has 28 days',
      'Choose the stage the change is at',
      'The notes must be 4,000 characters or fewer',
    ]);
    expect(within(summary).getByRole('link', { name: /February 2026/ })).toHaveAttribute('href', '#round-date-day');
    expect(screen.getByLabelText('Day')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('Month')).not.toHaveAttribute('aria-invalid');
    expect(screen.getByRole('group', { name: 'Date of the round' })).toHaveAccessibleDescription(
      expect.stringContaining('February 2026 has 28 days'),
    );
    expect(await db.rounds.count()).toBe(0);

    await fillDate(user, '3', '', '2026');
    await user.click(screen.getByRole('button', { name: 'Start the round' }));
    await waitFor(() => expect(within(screen.getByRole('alert')).getByRole('link', { name: 'Date of the round must include a month' })).toHaveAttribute('href', '#round-date-month'));
    expect(await db.rounds.count()).toBe(0);
  });

  it('offers to start from the previous round, names what it carries, and carries it', async () => {
    const programme = await createProgramme({ name: 'P' });
    const first = await startRound(programme.id, { title: 'January board', date: '2026-01-10', stage: 'designing' });
    const ana = await addParticipant(first.id, { label: 'Ana', role: 'clinician' });
    await recordResponse(first.id, ana.id, first.prompts[0]!.id, 4);
    await recordResponse(first.id, ana.id, first.prompts[1]!.id, 2);
    const user = userEvent.setup();
    const router = renderAt(`/programmes/${programme.id}/rounds/new?from=previous`);
    const box = await screen.findByLabelText('Start from the previous round');
    expect(box).toBeChecked();
    expect(box).toHaveAccessibleDescription(expect.stringContaining('“January board” (10 January 2026): 2 answers from 1 person'));
    expect(screen.getByLabelText('Designing')).toBeChecked();
    expect(screen.getByLabelText('Title of the round')).toHaveValue('Round 2');
    await user.click(screen.getByRole('button', { name: 'Start the round' }));
    await waitFor(() => expect(router.state.location.pathname).not.toMatch(/new$/));
    const second = (await db.rounds.toArray()).find((r) => r.id !== first.id)!;
    expect(second.previousRoundId).toBe(first.id);
    expect(await (await responsesOfRound(second.id)).filter((r) => r.carriedForward).length).toBe(2);
  });
});

describe('delete confirmation', () => {
  it('names what will be deleted and deletes only on a deliberate confirm', async () => {
    const programme = await createProgramme({ name: 'Doomed' });
    const round = await startRound(programme.id, { title: 'R', date: '2026-01-10' });
    const ana = await addParticipant(round.id, { label: 'Ana', role: 'clinician' });
    await recordResponse(round.id, ana.id, round.prompts[0]!.id, 4);
    const user = userEvent.setup();
    const router = renderAt(`/programmes/${programme.id}/delete`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Delete “Doomed”?' })).toBeInTheDocument();
    expect(screen.getByTestId('delete-contents')).toHaveTextContent(
      'Deleting this programme also deletes 1 round and 1 answer from this device.',
    );
    expect(await db.programmes.count()).toBe(1);
    await user.click(screen.getByRole('button', { name: 'Yes, delete the programme and everything in it' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/'));
    expect(router.state.location.state).toMatchObject({ deletedProgramme: 'Doomed' });
    expect(await db.programmes.count()).toBe(0);
    expect((await allAnswers()).responses.length).toBe(0);
  });
});
