import { Link, Navigate, useParams } from 'react-router';
import { Pagination } from '../../ui/Pagination';
import { NotFound } from '../../app/NotFound';
import { usePageTitle } from '../../app/usePageTitle';
import { useFocusHeadingWhenReady } from '../../ui/useFocusHeading';
import { SyncStatus } from '../share/SyncStatus';
import { pairsForRound } from '../workshop/roundPairs';
import { ChangeParticipant } from './ChangeParticipant';
import { PairsIntro, PairsQuestions } from './PairsQuestions';
import { answerPath, roundPath, summaryPath } from './paths';
import { SaveStatus } from './SaveStatus';
import { useAnsweringParticipant } from './useAnsweringParticipant';
import { useRoundData } from './useRoundData';
import { useSaveStatus } from './useSaveStatus';

/**
 * The alignment pairs as their own step after the components, for whoever answers through the
 * wheel: on their own device, from an invitation, in a shared programme or in a quick check.
 * Skippable: the summary is one link away.
 */
export default function PairsAnswerPage() {
  const { programmeId, roundId } = useParams();
  const data = useRoundData(programmeId, roundId);
  const participant = useAnsweringParticipant(roundId, data?.participants);
  const { state, track } = useSaveStatus();
  usePageTitle(data ? `How the parts work together – ${data.round.title}` : data === null ? 'Page not found' : 'Loading');
  useFocusHeadingWhenReady(!!data && participant !== undefined, `${roundId}:pairs`);

  if (data === undefined || participant === undefined) return <p className="app-loading">Loading…</p>;
  if (data === null) return <NotFound />;
  const { round, programme, words } = data;
  if (!participant) return <Navigate to={roundPath(programme.id, round.id)} replace />;
  const pairs = pairsForRound(programme, round);
  const last = round.components[round.components.length - 1];
  const readOnly = round.status === 'closed';
  const isPersonal = programme.kind === 'personal';

  return (
    <>
      <Link to={roundPath(programme.id, round.id)} className="nhsuk-back-link">
        Back to the wheel
      </Link>
      <span className="nhsuk-caption-l">{round.title}</span>
      <h1>How are the parts working together?</h1>
      <SyncStatus programmeId={programme.id} />
      <ChangeParticipant roundId={round.id} participant={participant} participants={data.participants} readOnly={readOnly} />
      {pairs.length === 0 ? (
        <p>
          This {isPersonal ? 'check' : 'programme'} does not track any pairs for this round.{' '}
          {!isPersonal && <Link to={`/programmes/${programme.id}/pairs`} className="app-target-link">Choose which pairs the programme tracks</Link>}
        </p>
      ) : (
        <>
          <p className="nhsuk-lede-text">
            {isPersonal ? 'An optional last step: ' : ''}
            {pairs.length === 1 ? 'one pair' : `${pairs.length} pairs`} of parts that can pull against each other. It takes a
            minute or two, and it is what shows where the parts of the change get in each other’s way.
          </p>
          <p>
            <Link to={summaryPath(programme.id, round.id)}>Skip the pairs and see my summary</Link>
          </p>
          <PairsIntro />
          {readOnly && (
            <div className="nhsuk-inset-text">
              <p>This round is closed, so its judgements are kept as they were.</p>
            </div>
          )}
          <SaveStatus state={state} />
          <PairsQuestions roundId={round.id} participantId={participant.id} pairs={pairs} words={words} track={track} />
        </>
      )}
      <nav className="app-pager" aria-label="The next step">
        <Link to={summaryPath(programme.id, round.id)} className="nhsuk-button app-pager__continue">
          {pairs.length > 0 ? 'Continue to my summary' : 'See my summary'}
        </Link>
      </nav>
      <Pagination label="The step before" previous={last ? { to: answerPath(programme.id, round.id, last), label: words.component(last) } : undefined} />
    </>
  );
}
