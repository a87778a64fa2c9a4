import { lazy, Suspense, useState } from 'react';
import { Link, useParams } from 'react-router';
import { NotFound } from '../../app/NotFound';
import { usePageTitle } from '../../app/usePageTitle';
import { describeStorageError } from '../../db/errors';
import { setRoundStatus } from '../../db/rounds';
import { ATTENTION_BLIND_SPOT } from '../../domain/thresholds';
import { getComponent } from '../../model/vocabulary';
import { answerPath, roundPath } from '../answer/paths';
import { useAnsweringParticipant } from '../answer/useAnsweringParticipant';
import { useResponses, useRoundData } from '../answer/useRoundData';
import { ActionsPanel } from './ActionsPanel';
import { personalMeasures } from './personalMeasures';
import { ScoreTable } from './ScoreTable';
import { Define } from '../../ui/Define';
import { usePersonalHistory } from './usePersonalHistory';
import { changeSentence } from './compare';

const PersonalRadar = lazy(() => import('./PersonalRadar'));

function ordinal(n: number): string {
  const words = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];
  if (n <= words.length) return words[n - 1]!;
  const tail = n % 100 >= 11 && n % 100 <= 13 ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th';
  return `${n}${tail}`;
}
import { OwnNotes, OwnPairs } from './OwnNotes';
import { useLiveQuery } from 'dexie-react-hooks';
import { judgementsOf } from '../../db/answers';
import { pairsForRound } from '../workshop/roundPairs';
import { useFocusHeadingWhenReady } from '../../ui/useFocusHeading';

/**
 * One person's summary of a round: where things stand as they see them, framed as what to look
 * at next. Never a grade: no totals, no pass mark, no colours meaning good or bad.
 */
export default function SummaryPage() {
  const { programmeId, roundId } = useParams();
  const data = useRoundData(programmeId, roundId);
  const participant = useAnsweringParticipant(roundId, data?.participants);
  const responses = useResponses(roundId, participant?.id);
  const history = usePersonalHistory(data?.round, participant);
  const judgements = useLiveQuery(
    async () => (roundId && participant ? judgementsOf(roundId, participant.id) : []),
    [roundId, participant?.id],
  );
  const [error, setError] = useState('');
  usePageTitle(data ? `What to look at next – ${data.round.title}` : data === null ? 'Page not found' : 'Loading');
  useFocusHeadingWhenReady(!!data && participant !== undefined && responses !== undefined, `${roundId}`);

  if (data === undefined || participant === undefined || responses === undefined) return <p className="app-loading">Loading…</p>;
  if (data === null) return <NotFound />;
  const { round, programme, words } = data;
  const back = (
    <Link to={roundPath(programme.id, round.id)} className="nhsuk-back-link">
      Back to the wheel
    </Link>
  );
  if (!participant) {
    return (
      <>
        {back}
        <h1>What to look at next</h1>
        <p>
          Choose who is answering on <Link to={roundPath(programme.id, round.id)}>the round’s wheel</Link> first; this summary shows one
          person’s answers.
        </p>
      </>
    );
  }

  const summary = personalMeasures(round, participant, [...responses.values()]);
  const { rows, blindSpots, lowest, notYet } = summary;
  const closed = round.status === 'closed';
  const isPersonal = programme.kind === 'personal';

  const setStatus = async (status: 'open' | 'closed') => {
    setError('');
    try {
      await setRoundStatus(round.id, status);
    } catch (err) {
      setError(describeStorageError(err));
    }
  };

  return (
    <>
      {back}
      <span className="nhsuk-caption-l">
        {round.title}
        {data.participants.length > 1 ? `: ${participant.label}` : ''}
      </span>
      <h1>What to look at next</h1>
      <p className="nhsuk-lede-text">
        This is not a grade. It shows how far things are in place as {data.participants.length > 1 ? `${participant.label} sees` : 'you see'} them
        today, and which parts of the model might deserve a closer look.
      </p>
      {summary.answered === 0 && (
        <div className="nhsuk-inset-text">
          <p>
            Nothing is answered yet. <Link to={roundPath(programme.id, round.id)}>Go to the wheel</Link> and start with whichever component
            interests you.
          </p>
        </div>
      )}

      <section aria-labelledby="lowest-heading" className="app-summary-section">
        <h2 id="lowest-heading">Where to look next</h2>
        {lowest.length === 0 ? (
          <p data-testid="lowest-none">
            {summary.answered === 0
              ? 'Once you have rated at least three statements of a component with a step, the two components least in place will appear here.'
              : `No component has three or more statements rated with a step yet (not counting those “not yet at this stage”), so none is named as least in place. Rate a few more to see where to look.`}
          </p>
        ) : (
          <>
            <p>
              {lowest.length === 1
                ? `Only one component has three or more statements rated with a step (not counting those “not yet at this stage”), so only one can be named as least in place. Worth a conversation:`
                : 'The two components you see as least in place right now, among those with three or more statements rated. Worth a conversation:'}
            </p>
            <ul className="app-next-list">
              {lowest.map((id) => (
                <li key={id} className="app-next-list__item">
                  <h3 className="nhsuk-heading-s">{words.component(id)}</h3>
                  <p className="nhsuk-body-s">{getComponent(id).questions[0]}</p>
                  <Link to={answerPath(programme.id, round.id, id)}>
                    Look again at {words.component(id)}
                  </Link>
                </li>
              ))}
            </ul>
          </>
        )}
      </section>

      <section aria-labelledby="blind-heading" className="app-summary-section">
        <h2 id="blind-heading">Blind spots</h2>
        <Define id="blind-spot" />
        {blindSpots.length === 0 ? (
          <p>No blind spots: you gave a view on at least half of every component’s statements.</p>
        ) : (
          <>
            <p>
              Components with no step chosen yet, or with fewer than {Math.round(ATTENTION_BLIND_SPOT * 100)}% of statements answered with a step
              or “not yet at this stage”. A gap here is worth noticing, not a failure: the harder components are the ones most often left out.
            </p>
            <ul>
              {blindSpots.map((row) => (
                <li key={row.id}>
                  <Link to={answerPath(programme.id, round.id, row.id)}>{words.component(row.id)}</Link>:{' '}
                  {row.score === undefined ? 'no statement rated with a step yet' : `${row.attended} of ${row.total} statements given a view`}
                  {row.dontKnow > 0 ? `; ${row.dontKnow} “don’t know”` : ''}
                </li>
              ))}
            </ul>
          </>
        )}
      </section>

      {history?.previous && (
        <section aria-labelledby="compare-heading" className="app-summary-section" data-testid="compared">
          <h2 id="compare-heading">Compared with last time</h2>
          <p>
            This is your {ordinal(history.number)} {isPersonal ? 'quick check' : 'round'}. The dashed line is your last one, “
            {history.previous.round.title}”.
          </p>
          <p data-testid="since-previous">{changeSentence(history, words, 'previous')}</p>
          {history.first && history.first.round.id !== history.previous.round.id && (
            <p data-testid="since-first">{changeSentence(history, words, 'first')}</p>
          )}
          <Suspense fallback={<p className="app-loading">Drawing the radar…</p>}>
            <PersonalRadar history={history} words={words} label={round.title} />
          </Suspense>
          <p className="nhsuk-body-s app-muted">The same numbers, with the change for each component, are in the table below.</p>
        </section>
      )}

      <section aria-labelledby="table-heading" className="app-summary-section">
        <h2 id="table-heading">How far each component is in place, as you see it</h2>
        <p className="nhsuk-body-s app-muted">
          0 means every rated statement is “not in place”, 100 means every one is “embedded”. Statements answered “not yet at this stage” or
          “don’t know” are left out of the number.
        </p>
        <Define id="in-place" />
        <ScoreTable rows={rows} words={words} history={history} />
      </section>

      <OwnNotes programmeId={programme.id} round={round} rows={rows} responses={[...responses.values()]} words={words} />
      {/* Once the judgements are read: never "you have not judged any" while they are loading. */}
      {judgements !== undefined && (
        <OwnPairs
          programmeId={programme.id}
          round={round}
          pairs={pairsForRound(programme, round)}
          judgements={judgements}
          words={words}
          optional={isPersonal}
        />
      )}

      <section aria-labelledby="notyet-heading" className="app-summary-section">
        <h2 id="notyet-heading">Not yet at this stage</h2>
        <Define id="not-yet" label="not yet" />
        {summary.notYetComponents.length > 0 && (
          <p data-testid="not-yet-components">
            <strong>Not yet:</strong> {summary.notYetComponents.map((id) => words.component(id)).join(', ')}. You said{' '}
            {summary.notYetComponents.length === 1 ? 'this component is' : 'these components are'} mostly not relevant at this stage.
            That is not a weakness: look again when the change reaches the stage where {summary.notYetComponents.length === 1 ? 'it matters' : 'they matter'}.
          </p>
        )}
        {notYet.length === 0 ? (
          <p>You did not mark any statement as “not yet at this stage”.</p>
        ) : (
          <>
            <p>Statements you said are not relevant yet. Check them again when the change moves on to its next stage.</p>
            <ul>
              {notYet.map((item) => (
                <li key={item.promptId}>
                  <strong>{words.component(item.componentId)}:</strong> {item.text}
                </li>
              ))}
            </ul>
          </>
        )}
      </section>

      <ActionsPanel programmeId={programme.id} round={round} words={words} suggested={lowest[0]} readOnly={false} />

      {isPersonal && (
        <section aria-labelledby="finish-heading" className="app-summary-section">
          <h2 id="finish-heading">{closed ? 'This check is finished' : 'Finished for now?'}</h2>
          {closed ? (
            <>
              <p>Its answers are kept as they were, so the next check can be compared with it. Your actions stay open until you mark them done.</p>
              <button type="button" className="nhsuk-button nhsuk-button--secondary" onClick={() => void setStatus('open')}>
                Reopen this check
              </button>
            </>
          ) : (
            <>
              <p>
                Finishing keeps this check as it is, to compare with the next one. You can come back and change answers until then; the home
                page offers to continue it.
              </p>
              <button type="button" className="nhsuk-button nhsuk-button--secondary" onClick={() => void setStatus('closed')}>
                Finish this check
              </button>
            </>
          )}
          {error && (
            <p className="nhsuk-error-message" role="alert">
              {error}
            </p>
          )}
        </section>
      )}
    </>
  );
}
