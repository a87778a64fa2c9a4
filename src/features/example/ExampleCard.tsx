import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { describeStorageError } from '../../db/errors';
import type { HomeData } from '../../db/firstScreen';
import { useHydrated } from '../../ui/useHydrated';

/**
 * Home-page card for the worked example (db/example.ts): load it to see every chart filled before
 * there is data of your own, or for training; open it, or remove it in one step.
 */
export function ExampleCard({ home }: { home: HomeData | undefined }) {
  const navigate = useNavigate();
  const hydrated = useHydrated();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const [removed, setRemoved] = useState(false);
  const example = home?.programmes.find((r) => r.programme.example)?.programme;

  const run = async (what: 'load' | 'remove') => {
    setBusy(true);
    setError('');
    setRemoved(false);
    try {
      const { loadExample, removeExample } = await import('../../db/example');
      if (what === 'load') {
        const id = await loadExample();
        await navigate(`/programmes/${id}/dashboard`, { state: { exampleLoaded: true } });
        return;
      }
      await removeExample();
      setRemoved(true);
      setBusy(false);
    } catch (err) {
      setError(describeStorageError(err));
      setBusy(false);
    }
  };

  return (
    <div className="nhsuk-card app-example-card" data-testid="example-card">
      <div className="nhsuk-card__content">
        <h2 className="nhsuk-card__heading nhsuk-heading-m">A worked example</h2>
        {example ? (
          <>
            <p className="nhsuk-card__description">
              The example programme is on this device: made-up people and answers, marked “Example” wherever it shows.
            </p>
            <div className="app-button-row">
              <Link className="nhsuk-button app-button--compact" to={`/programmes/${example.id}/dashboard`}>
                Open the example’s dashboard
              </Link>
              <button
                type="button"
                className="nhsuk-button nhsuk-button--secondary app-button--compact"
                disabled={busy || !hydrated}
                onClick={() => void run('remove')}
              >
                Remove the example
              </button>
            </div>
          </>
        ) : (
          <>
            <p className="nhsuk-card__description">
              A made-up programme with three review rounds, eight people in different roles, actions and events: every chart filled,
              to see what the tool shows before you have answers of your own, or to use in training. Remove it in one step.
            </p>
            <button
              type="button"
              className="nhsuk-button nhsuk-button--secondary app-button--compact"
              disabled={busy || !hydrated || home === undefined}
              onClick={() => void run('load')}
            >
              Load an example
            </button>
          </>
        )}
        <p role="status" className="nhsuk-body-s">
          {removed && !example ? 'The example was removed, with everything in it.' : ''}
        </p>
        {error && (
          <p className="nhsuk-error-message" role="alert">
            {error}
          </p>
        )}
      </div>
    </div>
  );
}
