import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import type { DataFile } from '../../exchange/format';
import { describeFile, planFor, takeIn, type ImportOutcome, type ImportPlanView } from './importing';

export interface ImportReviewProps {
  file: DataFile;
  /** Where the file came from, for the heading ("backup-2026.json", "3 QR codes"). */
  source: string;
  onCancel: () => void;
  onDone?: (outcome: ImportOutcome) => void;
}

/** Says what a checked file holds and takes it in only when the person agrees. */
export function ImportReview({ file, source, onCancel, onDone }: ImportReviewProps) {
  const description = describeFile(file);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const [outcome, setOutcome] = useState<ImportOutcome>();
  const [plan, setPlan] = useState<ImportPlanView>();
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    let live = true;
    planFor(file).then(
      (p) => live && setPlan(p),
      (err: unknown) => live && setPlan({ refusal: err instanceof Error ? err.message : String(err), notes: [] }),
    );
    return () => {
      live = false;
    };
  }, [file]);

  useEffect(() => {
    headingRef.current?.focus();
  }, [outcome, error]);

  if (outcome) {
    return (
      <div className="nhsuk-notification-banner nhsuk-notification-banner--success app-import-result" role="alert" aria-labelledby="import-done-title">
        <div className="nhsuk-notification-banner__header">
          <h3 className="nhsuk-notification-banner__title" id="import-done-title" tabIndex={-1} ref={headingRef}>
            Done
          </h3>
        </div>
        <div className="nhsuk-notification-banner__content">
          <p className="nhsuk-notification-banner__heading" data-testid="import-result">
            {outcome.message}
          </p>
          {outcome.link && (
            <p>
              <Link className="nhsuk-notification-banner__link" to={outcome.link.to}>
                {outcome.link.text}
              </Link>
            </p>
          )}
        </div>
      </div>
    );
  }

  return (
    <div className="nhsuk-card app-import-review" data-testid="import-review">
      <div className="nhsuk-card__content">
        <p className="nhsuk-caption-m">{source}</p>
        <h3 className="nhsuk-card__heading" tabIndex={-1} ref={headingRef}>
          {description.title}
        </h3>
        {error && (
          <div className="nhsuk-error-summary" role="alert" aria-labelledby="import-write-error">
            <h4 className="nhsuk-error-summary__title" id="import-write-error">
              Nothing was taken in
            </h4>
            <div className="nhsuk-error-summary__body">
              <p data-testid="import-error">{error}</p>
            </div>
          </div>
        )}
        {plan?.refusal && (
          <div className="nhsuk-error-summary" role="alert" aria-labelledby="import-refused">
            <h4 className="nhsuk-error-summary__title" id="import-refused">
              This file cannot be taken in
            </h4>
            <div className="nhsuk-error-summary__body">
              <p data-testid="import-refusal">{plan.refusal}</p>
            </div>
          </div>
        )}
        {description.details.map((line) => (
          <p key={line}>{line}</p>
        ))}
        {plan && plan.notes.length > 0 && (
          <div className="nhsuk-inset-text" data-testid="import-notes">
            <p>Before you go ahead:</p>
            <ul>
              {plan.notes.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </div>
        )}
        <div className="app-button-row">
          {!plan?.refusal && (
            <button
              type="button"
              className="nhsuk-button"
              disabled={busy || !plan}
              onClick={async () => {
                setBusy(true);
                setError('');
                try {
                  const result = await takeIn(file);
                  setOutcome(result);
                  onDone?.(result);
                } catch (err) {
                  setError(err instanceof Error ? err.message : String(err));
                } finally {
                  setBusy(false);
                }
              }}
            >
              {busy ? 'Taking it in…' : description.action}
            </button>
          )}
          <button type="button" className="nhsuk-button nhsuk-button--secondary" disabled={busy} onClick={onCancel}>
            Cancel
          </button>
        </div>
      </div>
    </div>
  );
}
