import { useEffect } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { focusField } from '../../ui/ErrorSummary';
import { usePageTitle } from '../../app/usePageTitle';
import { updateProgramme } from '../../db/programmes';
import { Loading, Missing } from './Missing';
import { ProgrammeForm } from './ProgrammeForm';
import { useProgramme } from './useProgramme';
import { useFocusHeadingWhenReady } from '../../ui/useFocusHeading';

export default function EditProgrammePage() {
  const { programmeId } = useParams();
  const programme = useProgramme(programmeId);
  const navigate = useNavigate();
  usePageTitle(programme ? `Edit ${programme.name}` : 'Edit programme');
  const { hash } = useLocation();
  // "Change" on the programme page links to one field (#programme-aim): focus it once the form is there.
  const loaded = !!programme;
  useEffect(() => {
    if (loaded && hash.length > 1) focusField(decodeURIComponent(hash.slice(1)));
  }, [loaded, hash]);
  useFocusHeadingWhenReady(programme !== undefined && hash.length <= 1);
  if (programme === undefined) return <Loading />;
  if (programme === null) return <Missing what="programme" />;
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <Link className="nhsuk-back-link" to={`/programmes/${programme.id}`}>
          Back to {programme.name}
        </Link>
        <h1>Edit the programme</h1>
        <ProgrammeForm
          key={programme.id}
          initial={{
            name: programme.name,
            aim: programme.aim,
            organisations: programme.organisations,
            vocabulary: programme.vocabulary,
          }}
          submitLabel="Save changes"
          onSubmit={async (input) => {
            await updateProgramme(programme.id, input);
            await navigate(`/programmes/${programme.id}`, { state: { saved: true } });
          }}
        >
          <Link className="app-button-row__link" to={`/programmes/${programme.id}`}>
            Cancel
          </Link>
        </ProgrammeForm>
        <h2 className="nhsuk-heading-m">Delete this programme</h2>
        <p>Deleting removes the programme and all its rounds, answers, actions and notes from this device.</p>
        <p>
          <Link to={`/programmes/${programme.id}/delete`}>Delete {programme.name}</Link>
        </p>
      </div>
    </div>
  );
}
