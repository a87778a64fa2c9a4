import { useState } from 'react';
import { describeStorageError } from '../../db/errors';
import { setRoundStatus } from '../../db/rounds';
import type { Round } from '../../db/types';

/** Close a round (answers locked, the number who took part recorded) or reopen it, each confirmed. */
export function RoundStatusPanel({ round, respondents }: { round: Round; respondents: number }) {
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState('');
  const closed = round.status === 'closed';

  const change = async () => {
    setError('');
    try {
      await setRoundStatus(round.id, closed ? 'open' : 'closed');
      setConfirming(false);
    } catch (e) {
      setError(describeStorageError(e));
    }
  };

  return (
    <section aria-labelledby="round-status-title" className="app-round-status">
      <h2 className="nhsuk-heading-m" id="round-status-title">
        {closed ? 'This round is closed' : 'Close the round'}
      </h2>
      {closed ? (
        <p>
          Answers are locked. {round.participantCount ?? 0} {round.participantCount === 1 ? 'person' : 'people'} took part
          {round.closedAt ? `; closed on ${new Date(round.closedAt).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' })}` : ''}.
        </p>
      ) : (
        <p>When the session ends, close the round so that answers cannot change by accident. You can reopen it later.</p>
      )}
      {error && (
        <p className="nhsuk-error-message" role="alert">
          {error}
        </p>
      )}
      {confirming ? (
        <div className="nhsuk-warning-callout" role="group" aria-labelledby="round-status-confirm">
          <h3 className="nhsuk-warning-callout__label" id="round-status-confirm">
            <span role="text">
              <span className="nhsuk-u-visually-hidden">Important: </span>
              {closed ? 'Reopen this round?' : 'Close this round?'}
            </span>
          </h3>
          <p>
            {closed
              ? 'Reopening lets people change their answers again. The results may then differ from what the group discussed.'
              : `${respondents} ${respondents === 1 ? 'person has' : 'people have'} answered. Closing locks every answer; anyone who has not answered yet will not be able to.`}
          </p>
          <div className="app-button-row">
            <button type="button" className={`nhsuk-button${closed ? '' : ' nhsuk-button--warning'}`} onClick={() => void change()}>
              {closed ? 'Yes, reopen the round' : 'Yes, close the round'}
            </button>
            <button type="button" className="nhsuk-button nhsuk-button--secondary" onClick={() => setConfirming(false)}>
              Cancel
            </button>
          </div>
        </div>
      ) : (
        <button type="button" className="nhsuk-button nhsuk-button--secondary" onClick={() => setConfirming(true)}>
          {closed ? 'Reopen the round' : 'Close the round'}
        </button>
      )}
    </section>
  );
}
