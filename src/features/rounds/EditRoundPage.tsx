import { Link, useNavigate, useParams } from 'react-router';
import { usePageTitle } from '../../app/usePageTitle';
import { updateRound } from '../../db/rounds';
import { STAGES, type StageId } from '../../model/vocabulary';
import { partsFromIso } from '../../ui/fields';
import { Loading, Missing } from '../programmes/Missing';
import { useProgramme, useRound } from '../programmes/useProgramme';
import { RoundForm } from './RoundForm';
import { useFocusHeadingWhenReady } from '../../ui/useFocusHeading';

export default function EditRoundPage() {
  const { programmeId, roundId } = useParams();
  const programme = useProgramme(programmeId);
  const round = useRound(programmeId, roundId);
  const navigate = useNavigate();
  usePageTitle(round ? `Edit ${round.title}` : 'Edit round');
  useFocusHeadingWhenReady(programme !== undefined && round !== undefined);

  if (programme === undefined || round === undefined) return <Loading />;
  if (programme === null) return <Missing what="programme" />;
  if (round === null) return <Missing what="round" />;

  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <Link className="nhsuk-back-link" to={`/programmes/${programme.id}`}>
          Back to {programme.name}
        </Link>
        <span className="nhsuk-caption-l app-break-words">{programme.name}</span>
        <h1>Edit the round’s details</h1>
        <p>
          Answers are not changed here: <Link to={`/programmes/${programme.id}/rounds/${round.id}`}>open the round</Link> to answer
          or review them.
        </p>
        <RoundForm
          key={round.id}
          initial={{
            title: round.title,
            date: partsFromIso(round.date),
            stage: STAGES.some((s) => s.id === round.stage) ? (round.stage as StageId) : '',
            notes: round.notes,
            fromPrevious: false,
          }}
          submitLabel="Save changes"
          onSubmit={async (input) => {
            await updateRound(round.id, input);
            await navigate(`/programmes/${programme.id}`, { state: { roundSaved: input.title } });
          }}
        >
          <Link className="app-button-row__link" to={`/programmes/${programme.id}`}>
            Cancel
          </Link>
        </RoundForm>
      </div>
    </div>
  );
}
