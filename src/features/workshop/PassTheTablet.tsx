import { useLiveQuery } from 'dexie-react-hooks';
import { ErrorSlotProvider } from '../../ui/errorSlot';
import { useState } from 'react';
import { answersOfRound } from '../../db/answers';
import { roleLabel } from '../../model/vocabulary';
import type { RoundData } from '../answer/useRoundData';
import { useFacilitator } from './facilitatorStore';
import { HoldToExit } from './HoldToExit';
import { ParticipantFlow } from './ParticipantFlow';
import { ParticipantForm } from './ParticipantForm';
import { type TrackedPair } from './roundPairs';
import { useFocusHeadingOnChange } from '../../ui/useFocusHeading';

/** Which people have answered something of their own: they cannot be picked again on the tablet. */
function useStartedIds(roundId: string): Set<string> | undefined {
  return useLiveQuery(async () => {
    const { responses, judgements } = await answersOfRound(roundId);
    const ids = new Set<string>();
    for (const r of responses) if (!r.carriedForward && (r.value !== null || r.note)) ids.add(r.participantId);
    for (const j of judgements) if (j.value !== null || j.note) ids.add(j.participantId);
    return ids;
  }, [roundId]);
}

function PickScreen({ data }: { data: RoundData }) {
  const start = useFacilitator((s) => s.start);
  const started = useStartedIds(data.round.id);
  const [adding, setAdding] = useState(false);
  const heading = useFocusHeadingOnChange<HTMLHeadingElement>(adding);
  const closed = data.round.status === 'closed';

  if (adding) {
    return (
      <>
        <h1 ref={heading} tabIndex={-1}>
          Add yourself
        </h1>
        <ParticipantForm
          roundId={data.round.id}
          count={data.participants.length}
          idPrefix="add-me"
          voice="self"
          submitLabel="Add me and start"
          onDone={(participant) => participant && start(participant.id)}
          onCancel={() => setAdding(false)}
        />
      </>
    );
  }

  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        Who is answering now?
      </h1>
      {closed ? (
        <div className="nhsuk-inset-text">
          <p>This round has been closed. Please hand the tablet back to the facilitator.</p>
        </div>
      ) : (
        <p className="nhsuk-lede-text">Tap your name. If it is not here, add yourself.</p>
      )}
      {started && data.participants.length > 0 && (
        <ul className="app-people" aria-label="People in this round">
          {data.participants.map((p) => {
            const done = started.has(p.id);
            return (
              <li key={p.id} className="app-people__item">
                {done || closed ? (
                  <div className="app-people__done">
                    <span className="app-people__name">{p.label}</span>
                    <span className="app-people__role">{roleLabel(p.role)}</span>
                    <strong className="nhsuk-tag nhsuk-tag--green">{done ? 'Answered' : 'Not answered'}</strong>
                  </div>
                ) : (
                  <button type="button" className="app-people__button" onClick={() => start(p.id)}>
                    <span className="app-people__name">{p.label}</span>
                    <span className="app-people__role">{roleLabel(p.role)}</span>
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {!closed && (
        <button type="button" className="nhsuk-button app-button--large" onClick={() => setAdding(true)}>
          Add me
        </button>
      )}
      {started && started.size > 0 && (
        <p className="app-muted">
          Answered already? To change your answers, ask the facilitator: they can open them again for you from the
          set-up screen.
        </p>
      )}
    </>
  );
}

function HandOver() {
  const nextPerson = useFacilitator((s) => s.nextPerson);
  const heading = useFocusHeadingOnChange<HTMLHeadingElement>('handover');
  return (
    <div className="app-handover">
      <h1 ref={heading} tabIndex={-1}>
        Thank you. Your answers are saved.
      </h1>
      <p className="nhsuk-lede-text">They are hidden now. Please pass the tablet to the next person.</p>
      <button type="button" className="nhsuk-button app-button--large" onClick={nextPerson}>
        I am the next person
      </button>
    </div>
  );
}

interface PassTheTabletProps {
  data: RoundData;
  pairs: TrackedPair[];
  onExit: () => void;
}

/** Facilitator mode: the tablet goes round the room; no way out to other screens but a deliberate one. */
export function PassTheTablet({ data, pairs, onExit }: PassTheTabletProps) {
  const phase = useFacilitator((s) => s.phase);
  const participantId = useFacilitator((s) => s.participantId);
  const participant = participantId ? data.participants.find((p) => p.id === participantId) : undefined;

  let content: React.ReactNode;
  if (phase === 'handover') content = <HandOver />;
  else if (phase === 'answering' && participant) content = <ParticipantFlow key={participant.id} data={data} participant={participant} pairs={pairs} />;
  else content = <PickScreen data={data} />;

  return (
    <div className="app-facilitate app-facilitate--locked">
      <header className="app-facilitate__bar" role="banner">
        <span className="app-facilitate__title">
          {data.programme.name}: {data.round.title}
        </span>
        <HoldToExit onExit={onExit} />
      </header>
      <ErrorSlotProvider>
        {(errorSlot) => (
          <main className="app-facilitate__main" id="maincontent">
            {errorSlot}
            {content}
          </main>
        )}
      </ErrorSlotProvider>
    </div>
  );
}
