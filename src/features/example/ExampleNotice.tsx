import { useState } from 'react';
import { useNavigate } from 'react-router';
import { describeStorageError } from '../../db/errors';
import type { Programme } from '../../db/types';

/** Shown on every screen of the worked example: it is made up, and can be removed in one step. */
export function ExampleNotice({ programme }: { programme: Pick<Programme, 'example'> }) {
  const navigate = useNavigate();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  if (!programme.example) return null;
  const remove = async () => {
    setBusy(true);
    setError('');
    try {
      const { removeExample } = await import('../../db/example');
      await removeExample();
      await navigate('/', { state: { exampleRemoved: true } });
    } catch (err) {
      setError(describeStorageError(err));
      setBusy(false);
    }
  };
  return (
    <div className="nhsuk-inset-text app-example-notice" data-testid="example-notice">
      <span className="nhsuk-u-visually-hidden">Information: </span>
      <p>
        <strong className="nhsuk-tag nhsuk-tag--yellow">Example</strong> This is the worked example: the people, answers and actions are
        made up, to show what the tool does. Try anything; nothing here is anyone’s view.
      </p>
      <button type="button" className="nhsuk-button nhsuk-button--secondary app-button--compact" disabled={busy} onClick={() => void remove()}>
        Remove the example
      </button>
      {error && (
        <p className="nhsuk-error-message" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
