import { useLiveQuery } from 'dexie-react-hooks';
import { useRef, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { usePageTitle } from '../../app/usePageTitle';
import { describeStorageError } from '../../db/errors';
import { deleteProgramme, programmeContents, type ProgrammeContents } from '../../db/programmes';
import { count, joinList } from './format';
import { Loading, Missing } from './Missing';
import { useProgramme } from './useProgramme';
import { useFocusHeadingWhenReady } from '../../ui/useFocusHeading';

/** "3 rounds, 41 answers and 2 actions": only what there is (people are part of their rounds). */
export function describeContents(contents: ProgrammeContents): string {
  const parts = [
    contents.rounds && count(contents.rounds, 'round'),
    contents.responses && count(contents.responses, 'answer'),
    contents.actions && count(contents.actions, 'action'),
    contents.events && count(contents.events, 'timeline event'),
    contents.lessons && count(contents.lessons, 'lesson learnt', 'lessons learnt'),
  ].filter((p): p is string => !!p);
  return parts.length ? joinList(parts) : '';
}

export default function DeleteProgrammePage() {
  const { programmeId } = useParams();
  const programme = useProgramme(programmeId);
  const contents = useLiveQuery(() => (programmeId ? programmeContents(programmeId) : undefined), [programmeId]);
  const navigate = useNavigate();
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const errorRef = useRef<HTMLDivElement>(null);
  usePageTitle(programme ? `Delete ${programme.name}` : 'Delete programme');
  useFocusHeadingWhenReady(programme !== undefined && !!contents);

  if (programme === undefined || (programme && !contents)) return <Loading />;
  // After a successful delete the live query sees no programme a moment before we leave the page.
  if (programme === null) return busy ? <Loading /> : <Missing what="programme" />;
  const what = describeContents(contents!);

  const confirm = async () => {
    setBusy(true);
    setError('');
    try {
      await deleteProgramme(programme.id);
      await navigate('/', { replace: true, state: { deletedProgramme: programme.name, deletedContents: what } });
    } catch (err) {
      setError(describeStorageError(err));
      setBusy(false);
      requestAnimationFrame(() => errorRef.current?.focus());
    }
  };

  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <Link className="nhsuk-back-link" to={`/programmes/${programme.id}`}>
          Back to {programme.name}
        </Link>
        {error && (
          <div className="nhsuk-error-summary" role="alert" tabIndex={-1} ref={errorRef} aria-labelledby="delete-error-title">
            <h2 className="nhsuk-error-summary__title" id="delete-error-title">
              The programme was not deleted
            </h2>
            <div className="nhsuk-error-summary__body">
              <p>{error}</p>
            </div>
          </div>
        )}
        <h1>Delete “{programme.name}”?</h1>
        <div className="nhsuk-warning-callout">
          <h2 className="nhsuk-warning-callout__label">
            <span role="text">
              <span className="nhsuk-u-visually-hidden">Important: </span>
              This cannot be undone
            </span>
          </h2>
          {what ? (
            <p data-testid="delete-contents">
              Deleting this programme also deletes {what} from this device.
            </p>
          ) : (
            <p data-testid="delete-contents">The programme has no rounds, answers or actions yet, so only its details are deleted.</p>
          )}
          <p>
            If anyone may need this later, <Link to="/data">export a backup or hand it over</Link> first.
          </p>
        </div>
        <p className="app-visually-hidden" role="status">
          {busy ? 'Deleting. A large programme can take a few seconds.' : ''}
        </p>
        <div className="app-button-row">
          <button type="button" className="nhsuk-button nhsuk-button--warning" disabled={busy} onClick={() => void confirm()}>
            {busy ? 'Deleting…' : 'Yes, delete the programme and everything in it'}
          </button>
          <Link className="app-button-row__link" to={`/programmes/${programme.id}`}>
            No, keep it
          </Link>
        </div>
      </div>
    </div>
  );
}
