/**
 * The model's component screen, on its own and opened from a programme (as the dashboard's
 * "what to look at next" links do): then it speaks the programme's words.
 */
import { render, screen, within } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { beforeEach, describe, expect, it } from 'vitest';
import { createProgramme } from '../../src/db/programmes';
import { renameComponent, setVocabulary, updatePrompt } from '../../src/db/promptSets';
import { defaultPrompts } from '../../src/db/programmes';
import { ComponentPage } from '../../src/features/model/ComponentPage';
import { resetDb } from '../unit/db-helpers';

beforeEach(resetDb);

function renderAt(path: string) {
  const router = createMemoryRouter([{ path: '/model/:componentId', element: <ComponentPage /> }], { initialEntries: [path] });
  render(<RouterProvider router={router} />);
}

describe('component screen', () => {
  it('shows the model’s own words without a programme', async () => {
    renderAt('/model/engagement');
    expect(await screen.findByRole('heading', { level: 1, name: 'Engagement to mobilise' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'The Change Model' })).toHaveAttribute('href', '/model');
    expect(screen.getByRole('radio', { name: /2018/ })).toBeInTheDocument();
  });

  it('opened from a programme, uses its name for the component, its vocabulary and its statements', async () => {
    const programme = await createProgramme({ name: 'Frailty pathway' });
    await renameComponent(programme.id, 'engagement', 'Bringing clinicians with us');
    const first = defaultPrompts().find((p) => p.componentId === 'engagement')!;
    await updatePrompt(programme.id, first.id, { text: 'Consultants on every ward have shaped the new pathway' });
    await setVocabulary(programme.id, '2018');

    renderAt(`/model/engagement?programme=${programme.id}`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Bringing clinicians with us' })).toBeInTheDocument();
    expect(screen.getByTestId('model-name')).toHaveTextContent('what the Change Model calls “Motivate and mobilise”') // its 2018 name;
    expect(screen.getByRole('link', { name: 'Frailty pathway: dashboard' })).toHaveAttribute('href', `/programmes/${programme.id}/dashboard`);
    expect(screen.queryByRole('radio', { name: /2018/ })).not.toBeInTheDocument(); // the programme's vocabulary decides

    const statements = screen.getByRole('region', { name: 'Statements to rate' });
    expect(within(statements).getByText('Consultants on every ward have shaped the new pathway')).toBeInTheDocument();
    expect(within(statements).getByText('The model’s wording')).toBeInTheDocument();
    expect(within(statements).getByText(first.text)).toBeInTheDocument();

    // The pager keeps the programme, and names the neighbours in its words.
    const previous = screen.getByRole('link', { name: /^Previous/ });
    expect(previous.getAttribute('href')).toBe(`/model/system-drivers?programme=${programme.id}`);
    const next = screen.getByRole('link', { name: /^Next/ });
    expect(next.getAttribute('href')).toBe(`/model/shared-purpose?programme=${programme.id}`);
  });

  it('falls back to the model’s words when the programme is not on this device', async () => {
    renderAt('/model/engagement?programme=gone');
    expect(await screen.findByRole('heading', { level: 1, name: 'Engagement to mobilise' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'The Change Model' })).toBeInTheDocument();
  });
});
