import { Link, useParams } from 'react-router';
import { Loading, Missing } from '../programmes/Missing';
import { usePageTitle } from '../../app/usePageTitle';
import { programmeWords } from '../../model/words';
import { ActionForm } from './ActionForm';
import { ActionList } from './ActionList';
import { LessonsLog } from './LessonsLog';
import { roundsInOrder } from './review';
import { useProgrammeActions } from './useProgrammeActions';

/** /programmes/:programmeId/actions - agreed actions and the lessons-learnt log. */
export default function ActionsPage() {
  const { programmeId } = useParams();
  const data = useProgrammeActions(programmeId);
  usePageTitle(data ? `Actions and lessons: ${data.programme.name}` : 'Actions and lessons');
  if (data === undefined) return <Loading />;
  if (data === null) return <Missing what="programme" />;
  const { programme, rounds, actions } = data;
  const words = programmeWords(programme);
  const order = new Map(roundsInOrder(rounds).map((r, i) => [r.id, i]));
  const byNewest = [...actions].sort((x, y) => (order.get(y.roundId) ?? -1) - (order.get(x.roundId) ?? -1) || y.createdAt.localeCompare(x.createdAt));
  const open = byNewest.filter((a) => a.status === 'open');
  const closed = byNewest.filter((a) => a.status !== 'open');

  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
      <Link className="nhsuk-back-link" to={`/programmes/${programme.id}`}>
        Back to {programme.name}
      </Link>
      <h1>
        <span className="nhsuk-caption-l">{programme.name}</span>
        Actions and lessons
      </h1>
      <h2 className="nhsuk-heading-l">Open actions</h2>
      <p>Open actions come up for review at the start of the next round, and carry forward until they are done or dropped.</p>
      <ActionList programmeId={programme.id} actions={open} rounds={rounds} words={words} idPrefix="open" empty="No open actions." />
      <h2 className="nhsuk-heading-m">Add an action</h2>
      {rounds.length === 0 ? (
        <p>Actions belong to the round in which they were agreed. Start a round first.</p>
      ) : (
        <ActionForm programmeId={programme.id} words={words} rounds={rounds} idPrefix="new-action" />
      )}
      <h2 className="nhsuk-heading-l app-section-gap">Done and dropped</h2>
      <ActionList programmeId={programme.id} actions={closed} rounds={rounds} words={words} idPrefix="closed" empty="None yet." />
      <LessonsLog programme={programme} />
      </div>
    </div>
  );
}
