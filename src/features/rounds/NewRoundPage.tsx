import { useLiveQuery } from 'dexie-react-hooks';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { usePageTitle } from '../../app/usePageTitle';
import { responsesOfRound } from '../../db/answers';
import { db } from '../../db/database';
import { roundsNewestFirst, startRound } from '../../db/rounds';
import { todayIso } from '../../db/validate';
import { STAGES, type StageId } from '../../model/vocabulary';
import { partsFromIso } from '../../ui/fields';
import { count, formatDate } from '../programmes/format';
import { Loading, Missing } from '../programmes/Missing';
import { useProgramme } from '../programmes/useProgramme';
import { RoundForm } from './RoundForm';
import { programmePrompts } from '../../db/programmes';
import { useFocusHeadingWhenReady } from '../../ui/useFocusHeading';

export default function NewRoundPage() {
  const { programmeId } = useParams();
  const [search] = useSearchParams();
  const programme = useProgramme(programmeId);
  const navigate = useNavigate();
  // Read once: the form keeps its own state, and the previous round is what it was when the page opened.
  const previous = useLiveQuery(async () => {
    if (!programmeId) return null;
    const rounds = await roundsNewestFirst(programmeId);
    const round = rounds[0];
    if (!round) return { round: null, total: 0, people: 0, answers: 0 };
    const [people, responses] = await Promise.all([
      db.participants.where('roundId').equals(round.id).count(),
      responsesOfRound(round.id),
    ]);
    const promptIds = new Set(round.prompts.map((p) => p.id));
    const answers = responses.filter((r) => promptIds.has(r.promptId) && (r.value !== null || r.note)).length;
    return { round, total: rounds.length, people, answers };
  }, [programmeId]);
  usePageTitle(programme ? `Start a round – ${programme.name}` : 'Start a round');
  useFocusHeadingWhenReady(programme !== undefined && previous !== undefined);

  if (programme === undefined || previous === undefined) return <Loading />;
  if (programme === null || previous === null) return <Missing what="programme" />;

  const last = previous.round;
  const stage = STAGES.some((s) => s.id === last?.stage) ? (last!.stage as StageId) : '';
  // Nothing and nobody to carry forward: no choice to offer.
  const previousHint = !last || (previous.answers === 0 && previous.people === 0) ? undefined : previous.answers === 0 ? (
    <>
      Bring over the {count(previous.people, 'person', 'people')} from “{last.title}” ({formatDate(last.date)}), so they do
      not need adding again. Nobody had answered there yet.
    </>
  ) : (
    <>
      Fill in each person’s answers from “{last.title}” ({formatDate(last.date)}): {count(previous.answers, 'answer')} from{' '}
      {count(previous.people, 'person', 'people')}. They are marked as carried forward until someone confirms or changes
      them, so nothing slips through unreviewed.
    </>
  );

  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <Link className="nhsuk-back-link" to={`/programmes/${programme.id}`}>
          Back to {programme.name}
        </Link>
        <span className="nhsuk-caption-l app-break-words">{programme.name}</span>
        <h1>{last ? 'Start a new review round' : 'Start the first review round'}</h1>
        {!last && (
          <div className="nhsuk-inset-text">
            <span className="nhsuk-u-visually-hidden">Information: </span>
            <p>This first round is the baseline: later rounds show what has moved since.</p>
          </div>
        )}
        <RoundForm
          initial={{
            title: last ? `Round ${previous.total + 1}` : 'Baseline',
            date: partsFromIso(todayIso()),
            stage,
            notes: '',
            fromPrevious: !!last && search.get('from') === 'previous',
            promptSet: search.get('set') === 'pulse' ? 'pulse' : 'full',
          }}
          previousHint={previousHint}
          fullSetSize={programmePrompts(programme).length}
          submitLabel="Start the round"
          onSubmit={async (input) => {
            const round = await startRound(programme.id, input);
            await navigate(`/programmes/${programme.id}/rounds/${round.id}?started=1`);
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
