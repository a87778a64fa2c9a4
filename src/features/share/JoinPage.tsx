import { useEffect, useRef, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { usePageTitle } from '../../app/usePageTitle';
import { db } from '../../db/database';

/**
 * Where an invitation link lands. The fragment (server, token, key) is read, taken out of the
 * address (so it stays out of the browser's history), and the programme is fetched from the sync
 * server; then the person picks or adds themselves in the open round.
 */
export default function JoinPage() {
  const navigate = useNavigate();
  const [error, setError] = useState('');
  const [waiting, setWaiting] = useState(true);
  const started = useRef(false);
  usePageTitle('Join a shared programme');

  useEffect(() => {
    if (started.current) return;
    started.current = true;
    const fragment = window.location.hash;
    window.history.replaceState(window.history.state, '', '/join');
    void (async () => {
      try {
        const { join, SyncError } = await import('../../sync/manager');
        void SyncError;
        const { programmeId } = await join(fragment);
        // Wait for the programme and a round to arrive (the engine merges them as they come).
        const until = Date.now() + 20_000;
        while (Date.now() < until) {
          const rounds = await db.rounds.where('programmeId').equals(programmeId).toArray();
          const open = rounds.filter((r) => r.status === 'open').sort((a, b) => b.date.localeCompare(a.date))[0];
          if (open) {
            navigate(`/programmes/${programmeId}/rounds/${open.id}`, { replace: true });
            return;
          }
          if ((await db.shares.get(programmeId))?.refused) break;
          await new Promise((r) => setTimeout(r, 200));
        }
        const share = await db.shares.get(programmeId);
        if (share?.refused) {
          const { describeRefusal } = await import('../../sync/manager');
          setError(describeRefusal(share.refused));
        } else if (await db.programmes.get(programmeId)) navigate(`/programmes/${programmeId}`, { replace: true });
        else setError('The programme has not arrived yet. Check that this device can reach the sync server, then open the invitation again.');
      } catch (e) {
        setError(e instanceof Error ? e.message : String(e));
      } finally {
        setWaiting(false);
      }
    })();
  }, [navigate]);

  return (
    <>
      <h1>Join a shared programme</h1>
      {waiting && <p role="status">Joining… the programme is on its way to this device.</p>}
      {error && (
        <div className="nhsuk-error-summary" role="alert" aria-labelledby="join-error" tabIndex={-1}>
          <h2 className="nhsuk-error-summary__title" id="join-error">
            Could not join
          </h2>
          <div className="nhsuk-error-summary__body">
            <p data-testid="join-error">{error}</p>
            <p>
              <Link to="/" className="app-target-link">Go to your programmes</Link>
            </p>
          </div>
        </div>
      )}
    </>
  );
}
