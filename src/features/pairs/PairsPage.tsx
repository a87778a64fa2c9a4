import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import { Loading, Missing } from '../programmes/Missing';
import { usePageTitle } from '../../app/usePageTitle';
import { db } from '../../db/database';
import { describeStorageError } from '../../db/errors';
import { defaultTrackedPairs, setTrackedPairs } from '../../db/programmes';
import { ALL_PAIRS, findTension, pairKey } from '../../model/tensions';
import { programmeWords } from '../../model/words';

/** Beyond this many pairs, the grid starts to tire people in a workshop. */
export const COMFORTABLE_PAIRS = 12;

/**
 * /programmes/:programmeId/pairs - which of the 28 pairs of components the programme tracks in
 * its alignment grid. The defaults are the tensions the source documents describe; any pair can
 * be added. Each change is saved at once.
 */
export default function PairsPage() {
  const { programmeId } = useParams();
  const programme = useLiveQuery(async () => (programmeId ? ((await db.programmes.get(programmeId)) ?? null) : null), [programmeId]);
  const [status, setStatus] = useState('');
  const [error, setError] = useState('');
  // What was just ticked, shown until the stored programme catches up.
  const [optimistic, setOptimistic] = useState<string[] | null>(null);
  const stored = programme ? programme.trackedPairs.join() : '';
  useEffect(() => {
    setOptimistic((o) => (o && [...new Set(o)].join() === stored ? null : o));
  }, [stored]);
  usePageTitle(programme ? `Alignment pairs: ${programme.name}` : 'Alignment pairs');

  if (programme === undefined) return <Loading />;
  if (programme === null) return <Missing what="programme" />;

  const words = programmeWords(programme);
  const current = optimistic ?? programme.trackedPairs;
  const tracked = new Set(current);
  const defaults = defaultTrackedPairs();
  const defaultSet = new Set(defaults);
  const isDefault = tracked.size === defaultSet.size && [...tracked].every((k) => defaultSet.has(k));
  const withTension = ALL_PAIRS.filter(([a, b]) => findTension(a, b));
  const others = ALL_PAIRS.filter(([a, b]) => !findTension(a, b));

  const save = async (keys: string[], message: string) => {
    setError('');
    setOptimistic(keys);
    try {
      await setTrackedPairs(programme.id, keys);
      setStatus(message);
    } catch (e) {
      setError(describeStorageError(e));
      setOptimistic(null);
    }
  };
  const toggle = (key: string, name: string, on: boolean) => {
    const next = on ? [...current, key] : current.filter((k) => k !== key);
    void save(next, `${on ? 'Now tracking' : 'No longer tracking'} ${name}. Saved.`);
  };

  const row = ([a, b]: readonly [Parameters<typeof pairKey>[0], Parameters<typeof pairKey>[1]]) => {
    const key = pairKey(a, b);
    const tension = findTension(a, b);
    const name = `${words.component(a)} and ${words.component(b)}`;
    const id = `pair-${key.replace('|', '--')}`;
    return (
      <div className="nhsuk-checkboxes__item" key={key}>
        <input
          className="nhsuk-checkboxes__input"
          id={id}
          type="checkbox"
          checked={tracked.has(key)}
          aria-describedby={tension ? `${id}-hint` : undefined}
          onChange={(event) => toggle(key, name, event.target.checked)}
        />
        <label className="nhsuk-label nhsuk-checkboxes__label" htmlFor={id}>
          {name}
        </label>
        {tension && (
          <div className="nhsuk-hint nhsuk-checkboxes__hint" id={`${id}-hint`}>
            {tension.tension} <span className="app-pairs__source">Source: {tension.source}.</span>
          </div>
        )}
      </div>
    );
  };

  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
      <Link className="nhsuk-back-link" to={`/programmes/${programme.id}`}>
        Back to {programme.name}
      </Link>
      <h1>
        <span className="nhsuk-caption-l">{programme.name}</span>
        Alignment pairs
      </h1>
      <p className="nhsuk-lede-text">
        In each round, people say how pairs of components are working together: reinforcing, independent, some friction or
        pulling apart. Choose the pairs that matter for this programme.
      </p>
      <p>
        Each pair is a balance to keep, not a problem to fix: both sides are worth having, and leaning too far either
        way costs something. The {defaults.length} pairs ticked at the start are the tensions that people working with
        the Change Model have described most; any of the 28 pairs can be added.
      </p>
      <p role="status" className={status ? 'app-pairs__status' : 'app-visually-hidden'}>
        {status}
      </p>
      {error && (
        <p className="nhsuk-error-message" role="alert">
          {error}
        </p>
      )}
      <p>
        <strong>
          Tracking {tracked.size} of 28 pairs{isDefault ? ' (the defaults)' : ''}.
        </strong>{' '}
        {tracked.size > COMFORTABLE_PAIRS && 'That is a lot to ask each person in a workshop; consider fewer.'}
      </p>
      <div className="nhsuk-form-group">
        <fieldset className="nhsuk-fieldset">
          <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--m">
            <h2 className="nhsuk-fieldset__heading">Known tensions</h2>
          </legend>
          <div className="nhsuk-checkboxes">{withTension.map(row)}</div>
        </fieldset>
      </div>
      <div className="nhsuk-form-group">
        <fieldset className="nhsuk-fieldset">
          <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--m">
            <h2 className="nhsuk-fieldset__heading">Other pairs</h2>
          </legend>
          <div className="nhsuk-hint">Add a pair if your group has noticed the two pulling together or apart.</div>
          <div className="nhsuk-checkboxes">{others.map(row)}</div>
        </fieldset>
      </div>
      {!isDefault && (
        <button type="button" className="nhsuk-button nhsuk-button--secondary" onClick={() => void save(defaults, 'Back to the default pairs. Saved.')}>
          Go back to the default pairs
        </button>
      )}
      <p className="app-muted">Judgements already given in earlier rounds are kept whatever you choose here.</p>
      </div>
    </div>
  );
}
