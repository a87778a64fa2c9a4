import { useEffect } from 'react';
import { ErrorSlotProvider } from '../../ui/errorSlot';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { flushAll } from '../../app/flush';
import { APP_NAME, usePageTitle } from '../../app/usePageTitle';
import { useRoundData } from '../answer/useRoundData';
import { useFacilitator } from './facilitatorStore';
import { PassTheTablet } from './PassTheTablet';
import { pairsForRound } from './roundPairs';
import { SetupScreen } from './SetupScreen';

/** Save notes typed in the last moment when the tablet sleeps or the page closes (this screen has no Layout). */
function useFlushOnHide() {
  useEffect(() => {
    const onHide = () => void flushAll();
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') void flushAll();
    };
    window.addEventListener('pagehide', onHide);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', onHide);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, []);
}

/**
 * /programmes/:programmeId/rounds/:roundId/facilitate - facilitator mode for one tablet.
 * Lives outside the main layout, so a participant has no navigation to wander off with.
 */
export default function FacilitatePage() {
  const { programmeId, roundId } = useParams();
  const data = useRoundData(programmeId, roundId);
  const lockedRoundId = useFacilitator((s) => s.lockedRoundId);
  const lock = useFacilitator((s) => s.lock);
  const unlock = useFacilitator((s) => s.unlock);
  const locked = !!roundId && lockedRoundId === roundId;
  useFlushOnHide();
  usePageTitle(data ? (locked ? `Pass the tablet: ${data.round.title}` : `Facilitate: ${data.round.title}`) : 'Facilitate');

  const navigate = useNavigate();
  const location = useLocation();
  // While the tablet is going round, the back button stays inside facilitator mode. Locking
  // pushes an entry of this same page, so "back" lands here first; a new entry is pushed at once,
  // so the next "back" lands here again. Should it step off the page (two presses at once), it
  // steps forward again before anything else is drawn.
  const here = location.pathname;
  useEffect(() => {
    if (!locked) return;
    const onPop = () => {
      if (window.location.pathname !== here) window.history.go(1);
      else void navigate(here, { state: { facilitating: true } });
    };
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, [locked, here, navigate]);
  const start = useFacilitator((s) => s.start);
  const startHandingRound = (id: string, participantId?: string) => {
    void navigate(location.pathname, { state: { facilitating: true } });
    lock(id);
    if (participantId) start(participantId);
  };

  let content: React.ReactNode;
  if (data === undefined) content = <p className="app-loading">Loading…</p>;
  else if (data === null)
    content = (
      <>
        <h1>Round not found</h1>
        <p>
          It may have been deleted on this device. <Link to="/">Go to the home page</Link>.
        </p>
      </>
    );
  else {
    const pairs = pairsForRound(data.programme, data.round);
    if (locked) {
      return (
        <PassTheTablet
          data={data}
          pairs={pairs}
          onExit={() => {
            void flushAll();
            unlock();
          }}
        />
      );
    }
    content = (
      <SetupScreen
        data={data}
        pairs={pairs}
        onStart={() => startHandingRound(data.round.id)}
        onHandTo={(participantId) => startHandingRound(data.round.id, participantId)}
      />
    );
  }

  return (
    <div className="app-facilitate">
      <a className="nhsuk-skip-link" href="#maincontent">
        Skip to main content
      </a>
      <header className="app-facilitate__bar" role="banner">
        <Link to="/" className="app-facilitate__home">
          {APP_NAME}
        </Link>
        <span className="app-facilitate__mode">Facilitator set-up</span>
      </header>
      <ErrorSlotProvider>
        {(errorSlot) => (
          <main className="app-facilitate__main nhsuk-width-container" id="maincontent">
            {errorSlot}
            {content}
          </main>
        )}
      </ErrorSlotProvider>
    </div>
  );
}
