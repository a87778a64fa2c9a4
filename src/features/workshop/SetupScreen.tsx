import { useLiveQuery } from 'dexie-react-hooks';
import { Link } from 'react-router';
import { answersOfRound } from '../../db/answers';
import { db } from '../../db/database';
import { ActionForm } from '../actions/ActionForm';
import { ActionList } from '../actions/ActionList';
import { OpenActionsReview } from '../actions/OpenActionsReview';
import type { RoundData } from '../answer/useRoundData';
import { ComponentsChooser } from './ComponentsChooser';
import { PeoplePanel } from './PeoplePanel';
import type { TrackedPair } from './roundPairs';
import { RoundStatusPanel } from './RoundStatusPanel';
import { RoomTime } from './RoomTime';

interface SetupScreenProps {
  data: RoundData;
  pairs: TrackedPair[];
  onStart: () => void;
  /** Lock the tablet straight onto one person (e.g. to let them change answers they gave). */
  onHandTo: (participantId: string) => void;
}

/** The facilitator's screen before and after the tablet goes round: nothing here shows anyone's answers. */
export function SetupScreen({ data, pairs, onStart, onHandTo }: SetupScreenProps) {
  const { programme, round, words } = data;
  const base = `/programmes/${programme.id}`;
  const closed = round.status === 'closed';
  const session = useLiveQuery(async () => {
    const [actions, rounds, { responses, judgements }] = await Promise.all([
      db.actions.where('roundId').equals(round.id).toArray(),
      db.rounds.where('programmeId').equals(programme.id).toArray(),
      answersOfRound(round.id),
    ]);
    const started = new Set([
      ...responses.filter((r) => r.value !== null && !r.carriedForward).map((r) => r.participantId),
      ...judgements.filter((j) => j.value !== null).map((j) => j.participantId),
    ]);
    actions.sort((x, y) => x.createdAt.localeCompare(y.createdAt));
    return { actions, rounds, respondents: started.size };
  }, [round.id, programme.id]);

  return (
    <>
      <Link className="nhsuk-back-link" to={`${base}/rounds/${round.id}`}>
        Back to the round
      </Link>
      <h1>
        <span className="nhsuk-caption-l">{programme.name}</span>
        Facilitate: {round.title}
      </h1>
      <p className="nhsuk-lede-text">
        Set up the session, then hand the tablet round: each person answers in turn, and their answers are hidden before
        the next person starts. Everything works without Wi-Fi.
      </p>

      <OpenActionsReview programmeId={programme.id} roundId={round.id} />

      <ComponentsChooser data={data} />

      <section aria-labelledby="pairs-title">
        <h2 className="nhsuk-heading-m" id="pairs-title">
          The alignment grid
        </h2>
        {pairs.length === 0 ? (
          <p>No tracked pairs fall within the components chosen, so people will not be asked about pairs this time.</p>
        ) : (
          <>
            <p>After the components, each person says how these {pairs.length} pairs are working together:</p>
            <ul className="app-pair-summary">
              {pairs.map((p) => (
                <li key={p.key}>
                  {words.component(p.a)} and {words.component(p.b)}
                </li>
              ))}
            </ul>
          </>
        )}
        <p>
          <Link to={`${base}/pairs`} className="app-target-link">Choose which pairs the programme tracks</Link>
        </p>
      </section>

      <RoomTime data={data} pairs={pairs.length} respondents={session?.respondents ?? 0} />

      <PeoplePanel data={data} pairs={pairs} onHandTo={onHandTo} />

      <section aria-labelledby="start-title" className="app-start-panel">
        <h2 className="nhsuk-heading-m" id="start-title">
          Hand the tablet round
        </h2>
        {closed ? (
          <p>The round is closed. Reopen it below to collect more answers.</p>
        ) : (
          <>
            <p>
              The tablet then shows only &quot;Who is answering now?&quot;. To come back to this screen, press and hold the
              button at the top for two seconds, or type the word LEAVE.
            </p>
            <button type="button" className="nhsuk-button app-button--large" onClick={onStart}>
              Start handing round
            </button>
          </>
        )}
      </section>

      <section aria-labelledby="discuss-title">
        <h2 className="nhsuk-heading-m" id="discuss-title">
          Discuss the results
        </h2>
        <p>
          Show the group&apos;s view on a projector or big screen, one component at a time. Scores are shown without names
          unless you choose otherwise.
        </p>
        <p>
          <Link className="nhsuk-button nhsuk-button--secondary" to={`${base}/rounds/${round.id}/present`}>
            Open the presentation view
          </Link>
        </p>
      </section>

      <section aria-labelledby="session-actions-title">
        <h2 className="nhsuk-heading-m" id="session-actions-title">
          Actions agreed in this session
        </h2>
        {session && (
          <ActionList
            programmeId={programme.id}
            actions={session.actions}
            rounds={session.rounds}
            words={words}
            idPrefix="session"
            empty="None yet. Agree a few specific next steps, each with an owner."
          />
        )}
        <details className="nhsuk-details">
          <summary className="nhsuk-details__summary">
            <span className="nhsuk-details__summary-text">Add an action</span>
          </summary>
          <div className="nhsuk-details__text">
            <ActionForm programmeId={programme.id} words={words} roundId={round.id} idPrefix="session-action" />
          </div>
        </details>
        <p>
          <Link to={`${base}/actions`} className="app-target-link">All actions and lessons for the programme</Link>
        </p>
      </section>

      <RoundStatusPanel round={round} respondents={session?.respondents ?? 0} />
    </>
  );
}
