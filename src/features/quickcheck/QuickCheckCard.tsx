import { useState } from 'react';
import { useNavigate } from 'react-router';
import { describeStorageError } from '../../db/errors';
import type { HomeData } from '../../db/firstScreen';
import { useHydrated } from '../../ui/useHydrated';
import { formatDayMonth as formatDate } from '../programmes/format';


/**
 * Home-page card: one action creates (or reuses) the personal programme, starts a round and
 * opens the wheel. If an unfinished quick check exists, it offers to continue that instead.
 */
export function QuickCheckCard({ home }: { home: HomeData | undefined }) {
  const navigate = useNavigate();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const hydrated = useHydrated();
  const found = home?.quickCheck;
  const unfinished =
    home === undefined ? undefined : found ? { round: found.round, answered: found.answered, total: found.round.prompts.length } : null;

  const go = async (mode: 'continue' | 'new') => {
    setBusy(true);
    setError('');
    try {
      // The database code loads with the first click (the home page is drawn without it).
      const [{ lastPlace }, { startQuickCheck }] = await Promise.all([import('../../db/place'), import('../../db/quickcheck')]);
      const last = mode === 'continue' ? await lastPlace() : undefined;
      const place = await startQuickCheck(mode);
      const base = `/programmes/${place.programmeId}/rounds/${place.roundId}`;
      // Continuing: straight back to the component last open in that check, if there was one.
      await navigate(place.continued && last?.roundId === place.roundId && last.componentId ? `${base}/answer/${last.componentId}` : base);
    } catch (err) {
      setError(describeStorageError(err));
      setBusy(false);
    }
  };

  return (
    <div className="nhsuk-card app-quickcheck-card">
      <div className="nhsuk-card__content">
        <h2 className="nhsuk-card__heading nhsuk-heading-m">Quick check on my own</h2>
        <p className="nhsuk-card__description">
          Ten minutes or less, on your own: have you thought about all eight components? No set-up needed.
        </p>
        {unfinished ? (
          <>
            <p className="nhsuk-body-s app-muted">
              You have a quick check from {formatDate(unfinished.round.date)} with {unfinished.answered} of {unfinished.total}{' '}
              statements answered.
            </p>
            <div className="app-button-row">
              <button type="button" className="nhsuk-button app-button--compact" disabled={busy} onClick={() => void go('continue')}>
                Continue my quick check
              </button>
              <button
                type="button"
                className="nhsuk-button nhsuk-button--secondary app-button--compact"
                disabled={busy}
                onClick={() => void go('new')}
              >
                Start a new one
              </button>
            </div>
          </>
        ) : (
          // Usable as soon as the script runs, before the device's data has been read: then an
          // unfinished check, if one turns out to exist, is continued rather than a second one started.
          <button
            type="button"
            className="nhsuk-button app-button--compact"
            disabled={busy || !hydrated}
            onClick={() => void go(unfinished === undefined ? 'continue' : 'new')}
          >
            Start a quick check
          </button>
        )}
        {error && (
          <p className="nhsuk-error-message" role="alert">
            {error}
          </p>
        )}
      </div>
    </div>
  );
}
