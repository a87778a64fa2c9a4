import { useEffect, useRef } from 'react';
import { FileUpload as NhsFileUpload } from 'nhsuk-frontend/dist/nhsuk/components/file-upload/file-upload.mjs';

export interface FileUploadProps {
  /** The id of the file input; the label's `for` and the error summary's link. */
  id: string;
  label: string;
  labelClassName?: string;
  hint: string;
  error?: string;
  accept: string;
  testId?: string;
  onFile: (file: File | undefined) => void;
  /** Change it to empty the field (after a file is taken in or cancelled). */
  resetKey?: number | string;
}

/**
 * The design system's file upload (v10): a drop zone with "Choose file", the chosen file's name,
 * and a drop target for a file dragged onto it. nhsuk-frontend's own script builds it around a
 * native file input; that script moves and adds elements, so it runs on a container React
 * does not manage (the input is made here and handed to it), and React keeps the label, hint and
 * error around it. The script gives its button the field's id, so the label and the error
 * summary's link reach the button; the input itself becomes `<id>-input`.
 */
export function FileUpload({ id, label, labelClassName, hint, error, accept, testId, onFile, resetKey }: FileUploadProps) {
  const hostRef = useRef<HTMLDivElement>(null);
  const inputRef = useRef<HTMLInputElement | null>(null);
  const onFileRef = useRef(onFile);
  useEffect(() => {
    onFileRef.current = onFile;
  });
  const describedBy = `${id}-hint${error ? ` ${id}-error` : ''}`;

  useEffect(() => {
    const host = hostRef.current;
    if (!host) return;
    const input = document.createElement('input');
    input.type = 'file';
    input.id = id;
    input.className = 'nhsuk-file-upload__input';
    input.accept = accept;
    if (testId) input.dataset.testid = testId;
    input.addEventListener('change', () => onFileRef.current(input.files?.[0]));
    host.replaceChildren(input);
    inputRef.current = input;
    try {
      new NhsFileUpload(host);
    } catch {
      // Without the script's support (an old browser), the native input still works.
    }
    return () => {
      host.replaceChildren();
      inputRef.current = null;
    };
  }, [id, accept, testId]);

  // Keep the description (hint, error) on the input and on the script's button.
  useEffect(() => {
    inputRef.current?.setAttribute('aria-describedby', describedBy);
    hostRef.current?.querySelector('.nhsuk-file-upload__drop-button')?.setAttribute('aria-describedby', describedBy);
  }, [describedBy]);

  useEffect(() => {
    const input = inputRef.current;
    if (resetKey === undefined || !input || !input.value) return;
    input.value = '';
    input.dispatchEvent(new CustomEvent('change')); // the script shows "No file chosen" again
  }, [resetKey]);

  return (
    <div className={`nhsuk-form-group nhsuk-file-upload${error ? ' nhsuk-form-group--error' : ''}`}>
      <label className={`nhsuk-label${labelClassName ? ` ${labelClassName}` : ''}`} htmlFor={id} id={`${id}-label`}>
        {label}
      </label>
      <div className="nhsuk-hint" id={`${id}-hint`}>
        {hint}
      </div>
      {error && (
        <span className="nhsuk-error-message" id={`${id}-error`}>
          <span className="nhsuk-u-visually-hidden">Error:</span> {error}
        </span>
      )}
      <div ref={hostRef} />
    </div>
  );
}
