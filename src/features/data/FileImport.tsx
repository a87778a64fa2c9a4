import { useEffect, useId, useRef, useState } from 'react';
import type { DataFile } from '../../exchange/format';
import { readDataFile } from '../../exchange/parseOffThread';
import { ImportReview } from './ImportReview';

export interface FileImportProps {
  label: string;
  hint: string;
  /** Formats accepted here; other files of ours get a message saying where they go. */
  accept?: DataFile['format'][];
  wrongKindMessage?: string;
  /** Test id of the file input, for browser tests. */
  inputTestId?: string;
}

/**
 * Choose a file, check all of it, say what it holds, take it in on agreement. Any problem gets a
 * message in the NHS error pattern, and nothing is written.
 */
export function FileImport({ label, hint, accept, wrongKindMessage, inputTestId }: FileImportProps) {
  const id = useId();
  const inputId = `file-${id}`;
  const [error, setError] = useState('');
  const [checking, setChecking] = useState(false);
  const [chosen, setChosen] = useState<{ file: DataFile; name: string; key: number }>();
  const [errorCount, setErrorCount] = useState(0);
  const inputRef = useRef<HTMLInputElement>(null);
  const errorRef = useRef<HTMLDivElement>(null);

  // Each refusal moves focus to the error summary (NHS pattern), even when one error follows another.
  useEffect(() => {
    if (errorCount > 0) errorRef.current?.focus();
  }, [errorCount]);

  const refuse = (message: string) => {
    setError(message);
    setErrorCount((n) => n + 1);
  };

  const reset = () => {
    setChosen(undefined);
    if (inputRef.current) inputRef.current.value = '';
  };

  return (
    <div className="app-file-import">
      {error && (
        <div className="nhsuk-error-summary" aria-labelledby={`${inputId}-title`} role="alert" tabIndex={-1} ref={errorRef}>
          <h3 className="nhsuk-error-summary__title" id={`${inputId}-title`}>
            This file cannot be used
          </h3>
          <div className="nhsuk-error-summary__body">
            <ul className="nhsuk-list nhsuk-error-summary__list">
              <li>
                <a href={`#${inputId}`} onClick={(e) => { e.preventDefault(); inputRef.current?.focus(); }}>
                  <span data-testid="file-error">{error}</span>
                </a>
              </li>
            </ul>
            <p>Nothing on this device has been changed.</p>
          </div>
        </div>
      )}
      <div className={`nhsuk-form-group${error ? ' nhsuk-form-group--error' : ''}`}>
        <label className="nhsuk-label nhsuk-label--s" htmlFor={inputId}>
          {label}
        </label>
        <div className="nhsuk-hint" id={`${inputId}-hint`}>
          {hint}
        </div>
        {error && (
          <span className="nhsuk-error-message" id={`${inputId}-error`}>
            <span className="nhsuk-u-visually-hidden">Error:</span> {error}
          </span>
        )}
        <input
          ref={inputRef}
          id={inputId}
          className="app-file-input"
          type="file"
          accept=".json,application/json"
          data-testid={inputTestId}
          aria-describedby={`${inputId}-hint${error ? ` ${inputId}-error` : ''}`}
          onChange={async (event) => {
            const file = event.target.files?.[0];
            setError('');
            setChosen(undefined);
            if (!file) return;
            setChecking(true);
            const result = await readDataFile(file);
            setChecking(false);
            if (!result.ok) {
              refuse(result.problem.message);
              return;
            }
            if (accept && !accept.includes(result.file.format)) {
              refuse(wrongKindMessage ?? 'This file is from this app, but it does not belong here.');
              return;
            }
            setChosen({ file: result.file, name: file.name, key: Date.now() });
          }}
        />
      </div>
      {checking && <p role="status">Checking the file…</p>}
      {chosen && <ImportReview key={chosen.key} file={chosen.file} source={chosen.name} onCancel={reset} />}
    </div>
  );
}
