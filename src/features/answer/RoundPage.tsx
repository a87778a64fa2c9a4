import { useEffect } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { NotFound } from '../../app/NotFound';
import { usePageTitle } from '../../app/usePageTitle';
import { rememberPlace } from '../../db/place';
import { Wheel, type WheelItem } from '../../ui/Wheel';
import { progressByComponent, nextUnfinished, progressWords } from './progress';
import { answerPath, pairsPath, summaryPath } from './paths';
import { useLiveQuery } from 'dexie-react-hooks';
import { judgementsOf } from '../../db/answers';
import { pairsForRound } from '../workshop/roundPairs';
import { useAnsweringParticipant } from './useAnsweringParticipant';
import { useResponses, useRoundData } from './useRoundData';
import { WhoIsAnswering } from './WhoIsAnswering';
import { RoundStartChoices } from './RoundStartChoices';
import { ChangeParticipant } from './ChangeParticipant';
import { SyncStatus } from '../share/SyncStatus';
import { useFocusHeadingWhenReady } from '../../ui/useFocusHeading';
import { whenIdle } from '../../app/preload';
import { pages } from '../../app/pages';

/** The round's wheel: the navigation. Start with any component; each shows how much is answered. */
export default function RoundPage() {
  const { programmeId, roundId } = useParams();
  const data = useRoundData(programmeId, roundId);
  // Just started (from "Start the round"): the ways to answer it are offered even when the people came across.
  const [search] = useSearchParams();
  const justStarted = search.get('started') === '1';
  const participant = useAnsweringParticipant(roundId, data?.participants);
  const responses = useResponses(roundId, participant?.id);
  const judgements = useLiveQuery(
    async () => (roundId && participant ? judgementsOf(roundId, participant.id) : []),
    [roundId, participant?.id],
  );
  usePageTitle(data ? data.round.title : data === null ? 'Page not found' : 'Loading');
  useFocusHeadingWhenReady(!!data && participant !== undefined && !(participant && responses === undefined), `${roundId}`);

  // The wheel's next screens, fetched while the person chooses.
  useEffect(() => whenIdle(() => Promise.all([pages.AnswerPage.preload(), pages.PairsAnswerPage.preload(), pages.SummaryPage.preload()])), []);

  useEffect(() => {
    if (programmeId && roundId && participant) void rememberPlace({ programmeId, roundId, participantId: participant.id });
  }, [programmeId, roundId, participant]);

  if (data === undefined || participant === undefined || (participant && responses === undefined)) return <p className="app-loading">Loading…</p>;
  if (data === null) return <NotFound />;
  const { round, programme, words } = data;
  const readOnly = round.status === 'closed';
  const back = (
    <Link to={`/programmes/${programme.id}`} className="nhsuk-back-link">
      {programme.kind === 'personal' ? 'My quick checks' : programme.name}
    </Link>
  );

  if (!participant) {
    return (
      <>
        {back}
        <span className="nhsuk-caption-l">{programme.name}</span>
        <h1>{round.title}</h1>
        <RoundStartChoices programme={programme} round={round} />
        <WhoIsAnswering roundId={round.id} participants={data.participants} readOnly={readOnly} />
      </>
    );
  }

  const progress = progressByComponent(round, responses ?? new Map());
  const answered = progress.reduce((n, p) => n + p.done, 0);
  const total = progress.reduce((n, p) => n + p.total, 0);
  const items: WheelItem[] = progress.map((p) => ({
    id: p.id,
    label: words.component(p.id),
    href: answerPath(programme.id, round.id, p.id),
    progress: { done: p.done, total: p.total, notYet: p.notYet },
  }));
  const centre = items.find((i) => i.id === 'shared-purpose') ?? items[0]!;
  const around = items.filter((i) => i !== centre);
  const suggestion = nextUnfinished(progress);
  const pairs = pairsForRound(programme, round);
  const pairKeys = new Set(pairs.map((p) => p.key));
  const judged = (judgements ?? []).filter((j) => j.value !== null && pairKeys.has(j.pairKey)).length;

  return (
    <>
      {back}
      {programme.kind !== 'personal' && <span className="nhsuk-caption-l">{programme.name}</span>}
      <h1>{round.title}</h1>
      <SyncStatus programmeId={programme.id} />
      {readOnly && (
        <div className="nhsuk-inset-text">
          <p>This round is closed, so its answers are kept as they were. You can read them and the summary.</p>
        </div>
      )}
      {justStarted && <RoundStartChoices programme={programme} round={round} answerHere="#answer-here" />}
      <ChangeParticipant roundId={round.id} participant={participant} participants={data.participants} readOnly={readOnly} />
      <p className="nhsuk-lede-text" id="answer-here" tabIndex={-1}>
        Which bit interests you? Start with any component: the one closest to what is on your mind today is a good place.
      </p>
      <p className="app-round-progress" data-testid="round-progress">
        <strong>
          {answered} of {total}
        </strong>{' '}
        statements answered{answered === total && total > 0 ? ': every statement has an answer.' : '.'}
      </p>
      {suggestion && !readOnly && (
        <p>
          <Link to={answerPath(programme.id, round.id, suggestion)} className="nhsuk-button app-button--compact app-round-start">
            {answered === 0 ? `Start with ${words.component(suggestion)}` : `Carry on with ${words.component(suggestion)}`}
          </Link>
        </p>
      )}
      <div className="app-model-layout">
        <figure className="app-wheel-figure">
          <Wheel title={`${round.title}: choose a component to answer`} centre={centre} items={around} />
          <figcaption className="nhsuk-body-s">
            {words.component('shared-purpose')} is at the centre. The green arc on each part shows how much of it is answered.
          </figcaption>
        </figure>
        <div>
          <h2 className="nhsuk-heading-m">Components</h2>
          <ul className="app-component-list app-progress-list">
            {progress.map((p) => (
              <li key={p.id} className="app-component-list__item">
                <Link to={answerPath(programme.id, round.id, p.id)} className="app-component-list__link">
                  {words.component(p.id)}
                </Link>
                <span className={`app-progress-list__count${p.done === p.total ? ' app-progress-list__count--done' : ''}`}>
                  {progressWords(p)}
                </span>
              </li>
            ))}
          </ul>
          {pairs.length > 0 && (
            <>
              <h2 className="nhsuk-heading-s">After the components{programme.kind === 'personal' ? ' (optional)' : ''}</h2>
              <ul className="app-component-list app-progress-list">
                <li className="app-component-list__item">
                  <Link to={pairsPath(programme.id, round.id)} className="app-component-list__link">
                    How the parts work together
                  </Link>
                  <span className={`app-progress-list__count${judged === pairs.length ? ' app-progress-list__count--done' : ''}`}>
                    {judged} of {pairs.length} pairs judged
                  </span>
                </li>
              </ul>
            </>
          )}
          <div className="app-button-row">
            {!suggestion && !readOnly && pairs.length > 0 && judged < pairs.length && (
              <Link to={pairsPath(programme.id, round.id)} className="nhsuk-button app-button--compact">
                Carry on with how the parts work together
              </Link>
            )}
            <Link
              to={summaryPath(programme.id, round.id)}
              className={`nhsuk-button app-button--compact${(suggestion || (pairs.length > 0 && judged < pairs.length)) && !readOnly ? ' nhsuk-button--secondary' : ''}`}
            >
              {programme.kind === 'personal' ? 'See what to look at next' : 'My summary: what to look at next'}
            </Link>
          </div>
          <p className="nhsuk-body-s app-muted">
            You do not need to answer everything. Leaving a component out, or saying “not yet at this stage”, tells you
            something too.
          </p>
          <h2 className="nhsuk-heading-s">More for this round</h2>
          <ul className="nhsuk-list app-round-more">
            {programme.kind !== 'personal' && (
              <li>
                <Link to={`/programmes/${programme.id}/dashboard?round=${round.id}`} className="app-target-link">Dashboard for this round</Link>
              </li>
            )}
            <li>
              <Link to={`/programmes/${programme.id}/rounds/${round.id}/handover`} className="app-target-link">Hand over answers by file or QR code</Link>
            </li>
            <li>
              <Link to={`/programmes/${programme.id}/rounds/${round.id}/print`} className="app-target-link">Board paper to print or save as PDF</Link>
            </li>
          </ul>
        </div>
      </div>
    </>
  );
}
