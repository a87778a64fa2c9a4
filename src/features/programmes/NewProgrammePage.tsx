import { Link, useNavigate } from 'react-router';
import { usePageTitle } from '../../app/usePageTitle';
import { createProgramme } from '../../db/programmes';
import { ProgrammeForm } from './ProgrammeForm';
import { useFocusHeadingWhenReady } from '../../ui/useFocusHeading';

export default function NewProgrammePage() {
  usePageTitle('Set up a programme');
  useFocusHeadingWhenReady(true);
  const navigate = useNavigate();
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <Link className="nhsuk-back-link" to="/">
          Back to home
        </Link>
        <h1>Set up a programme for your team</h1>
        <p>
          A programme is one change effort that a group reviews together, round after round: at a board meeting, a
          workshop, or a team huddle. Everything you enter stays on this device.
        </p>
        <ProgrammeForm
          initial={{ name: '', aim: '', organisations: '', vocabulary: '2013' }}
          submitLabel="Save and continue"
          onSubmit={async (input) => {
            const programme = await createProgramme({ ...input, kind: 'team' });
            await navigate(`/programmes/${programme.id}`, { state: { created: true } });
          }}
        />
      </div>
    </div>
  );
}
