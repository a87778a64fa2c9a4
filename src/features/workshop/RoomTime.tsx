import { useState } from 'react';
import { describeStorageError } from '../../db/errors';
import { setRoundPromptSet } from '../../db/rounds';
import { roomMinutes, SECONDS_PER_PAIR, SECONDS_PER_STATEMENT } from '../../model/pulse';
import type { RoundData } from '../answer/useRoundData';

interface RoomTimeProps {
  data: RoundData;
  pairs: number;
  /** People who have answered something: once anyone has, the round keeps its statements. */
  respondents: number;
}

/**
 * How long the whole room will take, handed round one tablet: people x statements x about 25 s,
 * plus the pairs. Past an hour it suggests a shorter set: fewer components, or the pulse.
 */
export function RoomTime({ data, pairs, respondents }: RoomTimeProps) {
  const { round } = data;
  const [people, setPeople] = useState(() => String(Math.max(data.participants.length, 8)));
  const [error, setError] = useState('');
  const count = Math.min(99, Math.max(1, Number.parseInt(people, 10) || 1));
  const statements = round.prompts.length;
  const minutes = roomMinutes(count, statements, pairs);
  const each = roomMinutes(1, statements, pairs);
  const isPulse = round.promptSet === 'pulse';
  const canSwitch = respondents === 0 && round.status === 'open';

  const switchTo = async (set: 'full' | 'pulse') => {
    setError('');
    try {
      await setRoundPromptSet(round.id, set);
    } catch (err) {
      setError(describeStorageError(err));
    }
  };

  return (
    <section aria-labelledby="room-time-title" className="app-room-time">
      <h2 className="nhsuk-heading-m" id="room-time-title">
        How long the room will take
      </h2>
      <div className="nhsuk-form-group">
        <label className="nhsuk-label" htmlFor="room-people">
          How many people will answer on this tablet?
        </label>
        <input
          className="nhsuk-input nhsuk-input--width-3"
          id="room-people"
          type="text"
          inputMode="numeric"
          pattern="[0-9]*"
          value={people}
          onChange={(e) => setPeople(e.target.value.replace(/[^0-9]/g, '').slice(0, 2))}
        />
      </div>
      <p data-testid="room-time">
        About <strong>{minutes} minutes</strong> in all: {count} {count === 1 ? 'person' : 'people'} × {statements} statements × about{' '}
        {SECONDS_PER_STATEMENT} seconds{pairs > 0 ? `, plus ${pairs} pairs each at about ${SECONDS_PER_PAIR} seconds` : ''}. About {each}{' '}
        {each === 1 ? 'minute' : 'minutes'} a person.
      </p>
      {isPulse ? (
        <p>
          This round uses the pulse set: one statement per component and three pairs.
          {canSwitch && (
            <>
              {' '}
              <button type="button" className="app-link-button" onClick={() => void switchTo('full')}>
                Use the programme’s full set instead
              </button>
            </>
          )}
        </p>
      ) : (
        minutes > 60 && (
          <div className="nhsuk-warning-callout" data-testid="room-time-warning">
            <h3 className="nhsuk-warning-callout__label">
              <span role="text">
                <span className="nhsuk-u-visually-hidden">Important: </span>
                That is over an hour
              </span>
            </h3>
            <p>A room loses attention long before that. To make it shorter:</p>
            <ul>
              <li>choose fewer components above (shared purpose always stays), and cover the others next time, or</li>
              <li>
                use the pulse set: one statement per component and three pairs, about {roomMinutes(count, 8, 3)} minutes for{' '}
                {count} {count === 1 ? 'person' : 'people'}.
              </li>
            </ul>
            {canSwitch ? (
              <button type="button" className="nhsuk-button nhsuk-button--secondary" onClick={() => void switchTo('pulse')}>
                Use the pulse set for this round
              </button>
            ) : (
              <p>People have started answering, so this round keeps its statements; the pulse can be chosen when the next round starts.</p>
            )}
          </div>
        )
      )}
      {error && (
        <p className="nhsuk-error-message" role="alert">
          <span className="nhsuk-u-visually-hidden">Error:</span> {error}
        </p>
      )}
    </section>
  );
}
