import { useEffect, useId, useRef, useState } from 'react';
import type { DataFile } from '../../exchange/format';
import { readDataFile } from '../../exchange/parseOffThread';
import { ImportReview } from './ImportReview';
import { FileUpload } from '../../ui/FileUpload';

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
  const [resetKey, setResetKey] = useState(0);
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
    setResetKey((n) => n + 1);
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
                <a href={`#${inputId}`} onClick={(e) => { e.preventDefault(); document.getElementById(inputId)?.focus(); }}>
                  <span data-testid="file-error">{error}</span>
                </a>
              </li>
            </ul>
            <p>Nothing on this device has been changed.</p>
          </div>
        </div>
      )}
      <FileUpload
        id={inputId}
        label={label}
        labelClassName="nhsuk-label--s"
        hint={hint}
        error={error || undefined}
        accept=".json,application/json"
        testId={inputTestId}
        resetKey={resetKey}
        onFile={async (file) => {
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
      {checking && <p role="status">Checking the file…</p>}
      {chosen && <ImportReview key={chosen.key} file={chosen.file} source={chosen.name} onCancel={reset} />}
    </div>
  );
}
