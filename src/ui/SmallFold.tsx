import type { ReactNode } from 'react';
import { SMALL_SCREEN, useMediaQuery } from './useMediaQuery';

/**
 * On a phone, content folded under its name (the design system's details; a tap opens it), so a
 * long screen opens a few screens long until the reader asks for more. On wider screens, or with
 * `fold` off (a board paper), the content shows as it is.
 */
export function SmallFold({ label, children, fold = true }: { label: ReactNode; children: ReactNode; fold?: boolean }) {
  const small = useMediaQuery(SMALL_SCREEN);
  if (!small || !fold) return children;
  return (
    <details className="nhsuk-details app-dashboard__fold">
      <summary className="nhsuk-details__summary">
        <span className="nhsuk-details__summary-text">{label}</span>
      </summary>
      <div className="nhsuk-details__text app-dashboard__fold-body">{children}</div>
    </details>
  );
}
