/** The NHS error summary for a problem that belongs to no field: shown, named and focused. */
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ProblemSummary } from '../../src/ui/ErrorSummary';

describe('ProblemSummary', () => {
  it('renders nothing without a message, and takes focus when a problem appears or changes', () => {
    const { rerender, container } = render(<ProblemSummary id="p" title="That did not work" message={undefined} />);
    expect(container).toBeEmptyDOMElement();

    rerender(<ProblemSummary id="p" title="That did not work" message="There is not enough storage space on this device." />);
    const alert = screen.getByRole('alert', { name: 'That did not work' });
    expect(alert).toHaveTextContent('There is not enough storage space on this device.');
    expect(alert).toHaveFocus();

    alert.blur();
    rerender(<ProblemSummary id="p" title="That did not work" message="This round no longer exists" />);
    expect(screen.getByRole('alert')).toHaveFocus();
  });
});
