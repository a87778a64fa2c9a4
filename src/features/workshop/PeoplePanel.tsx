import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { answersOfRound } from '../../db/answers';
import { describeStorageError } from '../../db/errors';
import { removeParticipant } from '../../db/rounds';
import { roleLabel } from '../../model/vocabulary';
import type { RoundData } from '../answer/useRoundData';
import { ParticipantForm } from './ParticipantForm';
import { participantProgress, type TrackedPair } from './roundPairs';

/** Who is in the round, how far each has got (counts only, never answers), add, edit and remove. */
export function PeoplePanel({ data, pairs, onHandTo }: { data: RoundData; pairs: TrackedPair[]; onHandTo: (participantId: string) => void }) {
  const { round, participants } = data;
  const [editing, setEditing] = useState<string | undefined>();
  const [removing, setRemoving] = useState<string | undefined>();
  const [error, setError] = useState('');
  const [status, setStatus] = useState('');
  const closed = round.status === 'closed';
  const rows = useLiveQuery(() => answersOfRound(round.id), [round.id]);

  return (
    <section aria-labelledby="people-title">
      <h2 className="nhsuk-heading-m" id="people-title">
        People taking part
      </h2>
      <p>
        Add people now, or let each person add themselves on the tablet. Progress shows counts only: nobody&apos;s
        answers are shown here.
      </p>
      {error && (
        <p className="nhsuk-error-message" role="alert">
          {error}
        </p>
      )}
      <p className="app-visually-hidden" role="status">
        {status}
      </p>
      {participants.length === 0 ? (
        <p>Nobody yet.</p>
      ) : (
        <ul className="app-person-list">
          {participants.map((p) => {
            const progress = rows
              ? participantProgress(
                  round,
                  pairs,
                  rows.responses.filter((r) => r.participantId === p.id),
                  rows.judgements.filter((j) => j.participantId === p.id),
                )
              : undefined;
            return (
              <li key={p.id} className="app-person-list__item" data-participant={p.id}>
                {editing === p.id ? (
                  <ParticipantForm
                    roundId={round.id}
                    count={participants.length - 1}
                    editing={p}
                    idPrefix={`edit-${p.id}`}
                    voice="facilitator"
                    submitLabel="Save changes"
                    onDone={() => {
                      setEditing(undefined);
                      setStatus('Changes saved.');
                    }}
                    onCancel={() => setEditing(undefined)}
                  />
                ) : (
                  <>
                    <p className="app-person-list__name">
                      <strong>{p.label}</strong> · {roleLabel(p.role)}
                      {p.anonymous && ' · anonymous'}
                    </p>
                    {progress && (
                      <p className="app-person-list__progress">
                        {progress.answered} of {progress.prompts} statements
                        {progress.pairs > 0 ? `, ${progress.judged} of ${progress.pairs} pairs` : ''}
                        {progress.carried > 0 ? ` (${progress.carried} carried from last round to confirm)` : ''}
                      </p>
                    )}
                    {!closed && (
                      <div className="app-button-row app-button-row--compact">
                        <button type="button" className="app-link-button" onClick={() => onHandTo(p.id)}>
                          Hand the tablet to {p.label}
                          {progress?.started ? <span className="app-visually-hidden"> to change their answers</span> : null}
                        </button>
                        <button type="button" className="app-link-button" onClick={() => setEditing(p.id)}>
                          Edit<span className="app-visually-hidden"> {p.label}</span>
                        </button>
                        {removing === p.id ? (
                          <span className="app-confirm-inline">
                            Remove {p.label} and all their answers?{' '}
                            <button
                              type="button"
                              className="app-link-button app-link-button--danger"
                              onClick={async () => {
                                setError('');
                                try {
                                  await removeParticipant(p.id);
                                  setStatus(`${p.label} removed.`);
                                } catch (e) {
                                  setError(describeStorageError(e));
                                }
                                setRemoving(undefined);
                              }}
                            >
                              Yes, remove
                            </button>{' '}
                            <button type="button" className="app-link-button" onClick={() => setRemoving(undefined)}>
                              Keep
                            </button>
                          </span>
                        ) : (
                          <button type="button" className="app-link-button" onClick={() => setRemoving(p.id)}>
                            Remove<span className="app-visually-hidden"> {p.label}</span>
                          </button>
                        )}
                      </div>
                    )}
                  </>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {!closed && (
        <details className="nhsuk-details">
          <summary className="nhsuk-details__summary">
            <span className="nhsuk-details__summary-text">Add a person</span>
          </summary>
          <div className="nhsuk-details__text">
            <ParticipantForm
              key={participants.length}
              roundId={round.id}
              count={participants.length}
              idPrefix="add-person"
              voice="facilitator"
              submitLabel="Add person"
              onDone={(p) => p && setStatus(`${p.label} added.`)}
            />
          </div>
        </details>
      )}
    </section>
  );
}
