import { useState } from 'react';
import { describeStorageError } from '../../db/errors';
import { programmePrompts } from '../../db/programmes';
import { setMobilisationStatements } from '../../db/promptSets';
import type { Programme } from '../../db/types';
import { MOBILISATION_STATEMENTS } from '../../model/mobilisation';
import { programmeWords } from '../../model/words';

/**
 * Switch on (or off) the optional statements drawn from the NHS Institute's report on large-scale
 * change (model/mobilisation.ts) for the programme's next rounds.
 */
export function MobilisationStatements({ programme }: { programme: Programme }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const [done, setDone] = useState('');
  const words = programmeWords(programme);
  const ids = new Set(programmePrompts(programme).map((p) => p.id));
  const present = MOBILISATION_STATEMENTS.filter((s) => ids.has(s.id)).length;
  const on = present > 0;

  const change = async (next: boolean) => {
    setBusy(true);
    setError('');
    setDone('');
    try {
      await setMobilisationStatements(programme.id, next);
      setDone(
        next
          ? `The ${MOBILISATION_STATEMENTS.length} statements were added. Rounds started from now on ask them.`
          : 'The statements were removed. Rounds already held keep them.',
      );
    } catch (err) {
      setError(describeStorageError(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="mobilisation-heading" className="app-words-section" data-testid="mobilisation-statements">
      <h2 id="mobilisation-heading" className="nhsuk-heading-l">
        Optional statements on mobilising staff
      </h2>
      <p>
        The NHS Institute’s report on large-scale change in the NHS (2010) found things that move staff, or wear them down, that
        the model’s statements do not ask about directly. Add these {MOBILISATION_STATEMENTS.length} statements if they matter to
        your change; each goes under the component it belongs to, and you can reword or remove any of them like the others.
      </p>
      <ul className="app-words-mobilisation">
        {MOBILISATION_STATEMENTS.map((s) => (
          <li key={s.id} data-statement={s.id}>
            {s.text} <span className="app-muted">({words.component(s.componentId)}{ids.has(s.id) ? ', in your set' : ''})</span>
          </li>
        ))}
      </ul>
      <div className="app-button-row">
        {present < MOBILISATION_STATEMENTS.length && (
          <button type="button" className="nhsuk-button nhsuk-button--secondary app-button--compact" disabled={busy} onClick={() => void change(true)}>
            {on ? 'Add the ones not in your set' : `Add these ${MOBILISATION_STATEMENTS.length} statements`}
          </button>
        )}
        {on && (
          <button type="button" className="nhsuk-button nhsuk-button--secondary app-button--compact" disabled={busy} onClick={() => void change(false)}>
            Remove them from your set
          </button>
        )}
      </div>
      <p role="status" className="nhsuk-body-s">
        {done}
      </p>
      {error && (
        <p className="nhsuk-error-message" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
