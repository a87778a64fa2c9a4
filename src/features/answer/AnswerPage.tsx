import { useEffect } from 'react';
import { Pagination } from '../../ui/Pagination';
import { Link, Navigate, useParams } from 'react-router';
import { NotFound } from '../../app/NotFound';
import { usePageTitle } from '../../app/usePageTitle';
import { rememberPlace } from '../../db/place';
import { getComponent } from '../../model/vocabulary';
import { COMPONENT_IDS, type ComponentId } from '../../model/types';
import { ChangeParticipant } from './ChangeParticipant';
import { ComponentQuestions } from './ComponentQuestions';
import { answerPath, pairsPath, roundPath, summaryPath } from './paths';
import { pairsForRound } from '../workshop/roundPairs';
import { progressByComponent, progressWords } from './progress';
import { useAnsweringParticipant } from './useAnsweringParticipant';
import { useResponses, useRoundData } from './useRoundData';
import { SyncStatus } from '../share/SyncStatus';
import { useFocusHeadingWhenReady } from '../../ui/useFocusHeading';
import { whenIdle } from '../../app/preload';
import { pages } from '../../app/pages';

function isComponentId(value: string | undefined): value is ComponentId {
  return (COMPONENT_IDS as readonly string[]).includes(value ?? '');
}

/** One component of a round: what it is about, then its statements to answer. */
export default function AnswerPage() {
  const { programmeId, roundId, componentId } = useParams();
  const data = useRoundData(programmeId, roundId);
  const participant = useAnsweringParticipant(roundId, data?.participants);
  const responses = useResponses(roundId, participant?.id);
  const valid = isComponentId(componentId) && !!data?.round.prompts.some((p) => p.componentId === componentId);
  usePageTitle(data && valid ? `${data.words.component(componentId as ComponentId)} – ${data.round.title}` : data === null ? 'Page not found' : 'Loading');
  useFocusHeadingWhenReady(!!data && participant !== undefined && responses !== undefined, `${roundId}:${componentId}`);

  // Back to the wheel, on to the pairs or the summary: fetched while the person answers.
  useEffect(() => whenIdle(() => Promise.all([pages.RoundPage.preload(), pages.PairsAnswerPage.preload(), pages.SummaryPage.preload()])), []);
  useEffect(() => {
    if (programmeId && roundId && participant && valid) {
      void rememberPlace({ programmeId, roundId, componentId: componentId as ComponentId, participantId: participant.id });
    }
  }, [programmeId, roundId, componentId, participant, valid]);

  if (data === undefined || participant === undefined || responses === undefined) return <p className="app-loading">Loading…</p>;
  if (data === null || !valid) return <NotFound />;
  const { round, programme, words } = data;
  // Nobody chosen yet on this device: the wheel asks who is answering first.
  if (!participant) return <Navigate to={roundPath(programme.id, round.id)} replace />;

  const id = componentId as ComponentId;
  const model = getComponent(id);
  const progress = progressByComponent(round, responses);
  const index = progress.findIndex((p) => p.id === id);
  const here = progress[index]!;
  const previous = index > 0 ? progress[index - 1] : undefined;
  const next = index < progress.length - 1 ? progress[index + 1] : undefined;
  const renamed = words.isRenamed(id);
  const pairs = pairsForRound(programme, round);

  return (
    <>
      <Link to={roundPath(programme.id, round.id)} className="nhsuk-back-link">
        Back to the wheel
      </Link>
      <span className="nhsuk-caption-l">{round.title}</span>
      <h1 className="app-answer-title">{words.component(id)}</h1>
      <SyncStatus programmeId={programme.id} />
      {renamed && <p className="nhsuk-body-s app-muted">The model calls this “{words.originalComponent(id)}”.</p>}
      <div className="app-answer-meta">
        <ChangeParticipant roundId={round.id} participant={participant} participants={data.participants} readOnly={round.status === 'closed'} />
        <p className="app-round-progress" data-testid="component-progress">
          Here: <strong>{progressWords(here)}</strong>
        </p>
      </div>

      <div className="app-answer-layout">
        <aside className="app-answer-layout__aside" aria-label={`About ${words.component(id)}`}>
          <details className="nhsuk-details app-about">
            <summary className="nhsuk-details__summary">
              <span className="nhsuk-details__summary-text">What this is about</span>
            </summary>
            <div className="nhsuk-details__text">
              <p>{model.gloss}</p>
              <ul>
                {model.summary.map((bullet) => (
                  <li key={bullet}>{bullet}</li>
                ))}
              </ul>
              <h2 className="nhsuk-heading-s">Questions to ask yourselves</h2>
              <ul className="nhsuk-list">
                {model.questions.map((q) => (
                  <li key={q} className="app-question">
                    {q}
                  </li>
                ))}
              </ul>
            </div>
          </details>
        </aside>
        <section className="app-answer-layout__main" aria-labelledby="statements-heading">
          <h2 id="statements-heading" className="nhsuk-heading-s">
            How far is each of these in place?
          </h2>
          <ComponentQuestions roundId={round.id} participantId={participant.id} componentId={id} />
        </section>
      </div>

      <nav className="app-pager" aria-label="The next step">
        {next ? (
          <Link to={answerPath(programme.id, round.id, next.id)} className="nhsuk-button app-pager__continue" rel="next" data-next-step>
            Continue to {words.component(next.id)}
          </Link>
        ) : pairs.length > 0 ? (
          <Link to={pairsPath(programme.id, round.id)} className="nhsuk-button app-pager__continue" rel="next" data-next-step>
            Continue to how the parts work together
          </Link>
        ) : (
          <Link to={summaryPath(programme.id, round.id)} className="nhsuk-button app-pager__continue" data-next-step>
            Continue to my summary
          </Link>
        )}
      </nav>
      <Pagination label="The component before" previous={previous ? { to: answerPath(programme.id, round.id, previous.id), label: words.component(previous.id) } : undefined} />
      <p>
        <Link to={roundPath(programme.id, round.id)} className="app-target-link">Back to the wheel</Link>
      </p>
    </>
  );
}
