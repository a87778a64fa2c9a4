import { useEffect, useState } from 'react';
import { describeStorageError } from '../../db/errors';
import { setRoundComponents } from '../../db/rounds';
import { COMPONENT_IDS, type ComponentId } from '../../model/types';
import type { RoundData } from '../answer/useRoundData';

/** About how long one statement takes in a room, for the time estimate. */
const SECONDS_PER_STATEMENT = 25;

/** Which components the session covers: all eight or a subset; shared purpose always stays. */
export function ComponentsChooser({ data }: { data: RoundData }) {
  const { round, words } = data;
  const [error, setError] = useState('');
  // What was just ticked, shown until the stored round catches up (the write is a moment behind).
  const [optimistic, setOptimistic] = useState<ComponentId[] | null>(null);
  const stored = round.components.join();
  useEffect(() => {
    setOptimistic((o) => (o && o.join() === stored ? null : o));
  }, [stored]);
  const closed = round.status === 'closed';
  const chosen = new Set(optimistic ?? round.components);
  const minutes = Math.max(1, Math.round((round.prompts.length * SECONDS_PER_STATEMENT) / 60));

  const toggle = async (id: ComponentId, on: boolean) => {
    setError('');
    const next = COMPONENT_IDS.filter((c) => (c === id ? on : chosen.has(c)));
    setOptimistic(next);
    try {
      await setRoundComponents(round.id, next);
    } catch (e) {
      setError(describeStorageError(e));
      setOptimistic(null);
    }
  };

  return (
    <section aria-labelledby="components-title">
      <div className="nhsuk-form-group">
        <fieldset className="nhsuk-fieldset" aria-describedby="components-hint">
          <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--m">
            <h2 className="nhsuk-fieldset__heading" id="components-title">
              Components to cover
            </h2>
          </legend>
          <div className="nhsuk-hint" id="components-hint">
            Start where the group&apos;s problem is. Shared purpose is always included: it is the part to come back to
            every round. Now {round.components.length} of 8, {round.prompts.length} statements: about {minutes} minutes
            for each person.
          </div>
          {error && (
            <p className="nhsuk-error-message" role="alert">
              {error}
            </p>
          )}
          <p className="app-always-included">
            <strong>{words.component('shared-purpose')}</strong>: always included
          </p>
          <div className="nhsuk-checkboxes">
            {COMPONENT_IDS.filter((id) => id !== 'shared-purpose').map((id) => (
              <div className="nhsuk-checkboxes__item" key={id}>
                <input
                  className="nhsuk-checkboxes__input"
                  id={`component-${id}`}
                  type="checkbox"
                  checked={chosen.has(id)}
                  disabled={closed}
                  onChange={(event) => void toggle(id, event.target.checked)}
                />
                <label className="nhsuk-label nhsuk-checkboxes__label" htmlFor={`component-${id}`}>
                  {words.component(id)}
                </label>
              </div>
            ))}
          </div>
        </fieldset>
      </div>
    </section>
  );
}
