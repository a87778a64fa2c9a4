import { useEffect, useRef } from 'react';
import { errorSummaryShown } from '../app/usePageTitle';
import { InErrorSlot } from './errorSlot';

export interface ErrorItem {
  /** The id of the field (or first input of a group) the message belongs to. */
  field: string;
  message: string;
}

export interface ErrorSummaryProps {
  errors: ErrorItem[];
  title?: string;
  /**
   * Changes each time the form is submitted, so focus moves to the summary again even when the
   * same errors come back. Pass a counter incremented on submit.
   */
  focusKey?: number | string;
}

/** Move focus to a field named in the summary (and scroll its label into view), as nhsuk-frontend's script does. */
export function focusField(fieldId: string): boolean {
  const target = document.getElementById(fieldId);
  if (!target) return false;
  const legendOrLabel =
    target.closest('fieldset')?.querySelector('legend') ?? document.querySelector(`label[for="${CSS.escape(fieldId)}"]`);
  (legendOrLabel ?? target).scrollIntoView?.({ block: 'start' });
  target.focus({ preventScroll: true });
  return true;
}

/**
 * The NHS error summary: a list of what is wrong, focused on submit, each item a link to its
 * field; shown first in the main content (an <ErrorSlot>, see errorSlot.tsx) and the page title
 * starts "Error: " while it shows. Renders nothing when there are no errors.
 */
export function ErrorSummary({ errors, title = 'There is a problem', focusKey }: ErrorSummaryProps) {
  const ref = useRef<HTMLDivElement>(null);
  const hasErrors = errors.length > 0;

  useEffect(() => {
    if (hasErrors) ref.current?.focus();
  }, [hasErrors, focusKey]);
  useEffect(() => (hasErrors ? errorSummaryShown() : undefined), [hasErrors]);

  if (!hasErrors) return null;
  return (
    <InErrorSlot>
      <div className="nhsuk-error-summary" aria-labelledby="error-summary-title" role="alert" tabIndex={-1} ref={ref}>
        <h2 className="nhsuk-error-summary__title" id="error-summary-title">
          {title}
        </h2>
        <div className="nhsuk-error-summary__body">
          <ul className="nhsuk-list nhsuk-error-summary__list">
            {errors.map((error) => (
              <li key={`${error.field}:${error.message}`}>
                <a
                  href={`#${error.field}`}
                  onClick={(event) => {
                    if (focusField(error.field)) event.preventDefault();
                  }}
                >
                  {error.message}
                </a>
              </li>
            ))}
          </ul>
        </div>
      </div>
    </InErrorSlot>
  );
}

/**
 * The NHS error summary for a problem that belongs to no field (a failed export, a failed
 * hand-over): a title and one sentence, focused when it appears. Renders nothing without a message.
 */
export function ProblemSummary({ id, title = 'There is a problem', message }: { id: string; title?: string; message: string | undefined }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (message) ref.current?.focus();
  }, [message]);
  useEffect(() => (message ? errorSummaryShown() : undefined), [message]);
  if (!message) return null;
  return (
    <InErrorSlot>
      <div className="nhsuk-error-summary" role="alert" aria-labelledby={id} tabIndex={-1} ref={ref}>
        <h2 className="nhsuk-error-summary__title" id={id}>
          {title}
        </h2>
        <div className="nhsuk-error-summary__body">
          <p>{message}</p>
        </div>
      </div>
    </InErrorSlot>
  );
}
