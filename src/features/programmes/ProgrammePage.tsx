import { useDeferredValue, useEffect, useState } from 'react';
import { ExampleNotice } from '../example/ExampleNotice';
import { Link, useNavigate, useParams } from 'react-router';
import { whenIdleInTurn } from '../../app/preload';
import { pages } from '../../app/pages';
import { prefetchDashboardRecords } from '../dashboard/dashboardRecords';
import { usePageTitle } from '../../app/usePageTitle';
import type { Programme } from '../../db/types';
import { Checkbox } from '../../ui/fields';
import { NotificationBanner, useFlash } from '../../ui/NotificationBanner';
import { count, formatDate, formatNumber, VOCABULARY_NAMES } from './format';
import { STAGES } from '../../model/vocabulary';
import { Loading, Missing } from './Missing';
import { useProgramme } from './useProgramme';
import { useRoundSummaries, type RoundSummary } from './useRoundSummaries';
import { SyncStatus } from '../share/SyncStatus';
import { useFocusHeadingWhenReady } from '../../ui/useFocusHeading';

function stageLabel(id: string): string {
  return STAGES.find((s) => s.id === id)?.label ?? id;
}

interface Flash {
  created: boolean;
  saved: boolean;
  roundSaved: string;
}

function RoundItem({ summary, programmeId }: { summary: RoundSummary; programmeId: string }) {
  const { round, people, answers, carried } = summary;
  const base = `/programmes/${programmeId}/rounds/${round.id}`;
  return (
    <li className="app-round-list__item" data-testid="round-item">
      <h3 className="nhsuk-heading-s app-round-list__title">
        <Link to={base}>{round.title}</Link>
      </h3>
      <p className="app-round-list__tags">
        {round.isBaseline && <strong className="nhsuk-tag nhsuk-tag--purple">Baseline</strong>}
        {round.status === 'open' ? (
          <strong className="nhsuk-tag nhsuk-tag--green">Open</strong>
        ) : (
          <strong className="nhsuk-tag nhsuk-tag--grey">Closed</strong>
        )}
      </p>
      <dl className="app-round-list__facts">
        <div>
          <dt>Date</dt>
          <dd>{formatDate(round.date)}</dd>
        </div>
        {round.stage && (
          <div>
            <dt>Stage</dt>
            <dd>{stageLabel(round.stage)}</dd>
          </div>
        )}
        <div>
          <dt>Answered</dt>
          <dd data-testid="round-answered">
            {people === 0 && answers === 0
              ? 'Nobody has answered yet'
              : `${count(answers, 'answer')} from ${count(people, 'person', 'people')}`}
          </dd>
        </div>
        {carried > 0 && (
          <div>
            <dt>Carried forward</dt>
            <dd data-testid="round-carried">
              {carried === answers ? 'All' : formatNumber(carried)} of them carried forward from the previous round, not yet confirmed or changed
            </dd>
          </div>
        )}
      </dl>
      <p className="app-round-list__edit nhsuk-body-s">
        <Link to={`${base}/edit`}>
          Edit details<span className="nhsuk-u-visually-hidden"> of {round.title}</span>
        </Link>
      </p>
    </li>
  );
}

function StartRound({ programme, previous }: { programme: Programme; previous: RoundSummary | undefined }) {
  const navigate = useNavigate();
  const [fromPrevious, setFromPrevious] = useState(true);
  const target = `/programmes/${programme.id}/rounds/new`;
  if (!previous) {
    return (
      <>
        <p>
          The first round is your baseline: the picture later rounds are compared with. It does not need to be perfect,
          only honest.
        </p>
        <Link className="nhsuk-button" to={target} draggable={false}>
          Start the first round
        </Link>
      </>
    );
  }
  if (previous.answers === 0 && previous.people === 0) {
    // Nothing and nobody to carry forward, so no choice to make.
    return (
      <p>
        <Link className="nhsuk-button" to={target} draggable={false}>
          Start a new round
        </Link>
      </p>
    );
  }
  return (
    <form
      className="app-start-round"
      onSubmit={(event) => {
        event.preventDefault();
        void navigate(fromPrevious ? `${target}?from=previous` : target);
      }}
    >
      <Checkbox
        id="start-from-previous"
        label="Start from the previous round"
        hint={
          <>
            Everyone’s answers from “{previous.round.title}” ({formatDate(previous.round.date)}) are filled in and marked as
            carried forward. People confirm what still holds and change what has moved, instead of starting from blank.
          </>
        }
        checked={fromPrevious}
        onChange={setFromPrevious}
      />
      <button type="submit" className="nhsuk-button">
        Start a new round
      </button>
    </form>
  );
}

export default function ProgrammePage() {
  const { programmeId } = useParams();
  // Drawn as a transition when the records arrive (useDeferredValue): React draws a long
  // programme's rounds in slices that give way to a tap, not in one long task.
  const programme = useDeferredValue(useProgramme(programmeId));
  const rounds = useDeferredValue(useRoundSummaries(programmeId));
  const flash = useFlash<Flash>();
  usePageTitle(programme?.name ?? 'Programme');
  // The dashboard is one click away: when the browser is idle, run its chart code and read its
  // records (kept only until something changes), so that opening it only has to draw. Two idle
  // steps, not one (the code, then the records), so the page never holds a tap for the whole
  // warm-up.
  useEffect(
    () =>
      whenIdleInTurn(
        () => pages.DashboardPage.preload(),
        async () => prefetchDashboardRecords(programmeId),
      ),
    [programmeId],
  );
  useFocusHeadingWhenReady(programme !== undefined && rounds !== undefined);

  if (programme === undefined || rounds === undefined) return <Loading />;
  if (programme === null) return <Missing what="programme" />;

  const base = `/programmes/${programme.id}`;
  const latestOpen = rounds.find((r) => r.round.status === 'open');
  const tools = [
    { to: `${base}/dashboard`, label: 'Dashboard', hint: 'how far each component is in place, where views differ and where components pull against each other, round by round' },
    latestOpen && {
      to: `${base}/rounds/${latestOpen.round.id}/facilitate`,
      label: 'Workshop and facilitator mode',
      hint: `for “${latestOpen.round.title}”: pass one tablet round the room, then show the results on a big screen`,
    },
    { to: `${base}/pairs`, label: 'Alignment pairs', hint: 'which pairs of components the group checks for tension' },
    { to: `${base}/actions`, label: 'Actions and lessons', hint: 'agreed next steps, owners, and what is worth sharing' },
    programme.kind !== 'personal' && {
      to: `${base}/outcomes`,
      label: 'Your own outcome measures',
      hint: 'one or two measures of what changed for patients, valued each round and shown beside “in place”',
    },
    { to: `${base}/words`, label: 'Words and prompts', hint: 'rename components and statements in the team’s own words' },
    programme.kind !== 'personal' && { to: `${base}/share`, label: 'Answer together on your own devices', hint: 'share the programme through a sync server, encrypted; invite people with a link or QR code' },
    { to: '/data', label: 'Back up or hand over', hint: 'export to a file, or pass the programme to someone else' },
  ].filter((t): t is { to: string; label: string; hint: string } => !!t);

  return (
    <>
      {flash.created && (
        <NotificationBanner>
          <p className="nhsuk-notification-banner__heading">Programme set up. Start the first round when the group is ready.</p>
        </NotificationBanner>
      )}
      {flash.saved && (
        <NotificationBanner>
          <p className="nhsuk-notification-banner__heading">Changes saved.</p>
        </NotificationBanner>
      )}
      {flash.roundSaved && (
        <NotificationBanner>
          <p className="nhsuk-notification-banner__heading">Changes to “{flash.roundSaved}” saved.</p>
        </NotificationBanner>
      )}
      <span className="nhsuk-caption-l">{programme.kind === 'personal' ? 'Your own quick checks' : 'Programme'}</span>
      <h1 className="app-break-words">{programme.name}</h1>
      <SyncStatus programmeId={programme.id} />
      <ExampleNotice programme={programme} />

      <dl className="nhsuk-summary-list">
        <div className="nhsuk-summary-list__row">
          <dt className="nhsuk-summary-list__key">Aim</dt>
          <dd className="nhsuk-summary-list__value app-pre-line">{programme.aim || <span className="app-muted">Not written yet</span>}</dd>
          <dd className="nhsuk-summary-list__actions">
            <Link to={`${base}/edit#programme-aim`}>
              Change<span className="nhsuk-u-visually-hidden"> the aim</span>
            </Link>
          </dd>
        </div>
        <div className="nhsuk-summary-list__row">
          <dt className="nhsuk-summary-list__key">Organisations involved</dt>
          <dd className="nhsuk-summary-list__value app-pre-line">
            {programme.organisations || <span className="app-muted">None listed yet</span>}
          </dd>
          <dd className="nhsuk-summary-list__actions">
            <Link to={`${base}/edit#programme-organisations`}>
              Change<span className="nhsuk-u-visually-hidden"> the organisations involved</span>
            </Link>
          </dd>
        </div>
        <div className="nhsuk-summary-list__row">
          <dt className="nhsuk-summary-list__key">Names of the components</dt>
          <dd className="nhsuk-summary-list__value">{VOCABULARY_NAMES[programme.vocabulary] ?? programme.vocabulary}</dd>
          <dd className="nhsuk-summary-list__actions">
            <Link to={`${base}/edit#programme-vocabulary`}>
              Change<span className="nhsuk-u-visually-hidden"> the names of the components</span>
            </Link>
          </dd>
        </div>
      </dl>
      <p>
        <Link to={`${base}/edit`} className="app-target-link">
          Edit the programme<span className="nhsuk-u-visually-hidden"> details</span>
        </Link>
      </p>

      <h2 className="nhsuk-heading-l">Review rounds</h2>
      <StartRound programme={programme} previous={rounds[0]} />
      {rounds.length > 0 ? (
        <>
          <p className="app-muted">{count(rounds.length, 'round')}, newest first.</p>
          <ol className="app-round-list" reversed>
            {rounds.map((summary) => (
              <RoundItem key={summary.round.id} summary={summary} programmeId={programme.id} />
            ))}
          </ol>
        </>
      ) : (
        <p className="app-muted">No rounds yet.</p>
      )}

      <h2 className="nhsuk-heading-l">Programme tools</h2>
      <ul className="app-tool-list">
        {tools.map((tool) => (
          <li key={tool.to} className="app-tool-list__item">
            <Link to={tool.to} className="app-tool-list__link">
              {tool.label}
            </Link>
            <span className="app-tool-list__hint">{tool.hint}</span>
          </li>
        ))}
      </ul>

      <h2 className="nhsuk-heading-m">Delete</h2>
      <p>
        <Link to={`${base}/delete`}>
          Delete this programme<span className="nhsuk-u-visually-hidden">: {programme.name}</span>
        </Link>{' '}
        <span className="app-muted">(you will be asked to confirm and told what it contains)</span>
      </p>
    </>
  );
}
