import { useMemo, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { Missing } from '../programmes/Missing';
import { usePageTitle } from '../../app/usePageTitle';
import { lookNext } from '../../domain/insights';
import type { RoundTrend } from '../../domain/types';
import { ROLES, STAGES } from '../../model/vocabulary';
import { promptSetChanges } from '../../model/promptSets';
import { programmeWords } from '../../model/words';
import {
  ChartFigure,
  CoverageOverRounds,
  CoverageOverRoundsTable,
  CoverageRadar,
  CoverageTable,
  DivergenceDots,
  DivergenceTable,
  FrictionOverRounds,
  FrictionOverRoundsTable,
  PairsTable,
  TensionMatrix,
  type ParticipantInfo,
  type RoundInfo,
} from './charts';
import { EventsPanel } from './EventsPanel';
import { Define } from '../../ui/Define';
import { SMALL_SCREEN } from '../../ui/useMediaQuery';
import { SmallFold } from '../../ui/SmallFold';
import { Checkbox } from '../../ui/fields';
import { BalanceTable } from './BalanceTable';
import { ComponentVoices, PairVoices } from '../voices/VoicesSection';
import { pairsForRound } from '../workshop/roundPairs';
import { joinList, longDate, people } from './format';
import { LookNextList } from './LookNextList';
import { OutcomesSummary } from './OutcomesSummary';
import { ActionGapsNote } from './ActionGapsNote';
import { ExampleNotice } from '../example/ExampleNotice';
import { NotificationBanner, useFlash } from '../../ui/NotificationBanner';
import { InPlaceByRoleTable, ParticipationTable } from './RolesSection';
import { outcomeSeries, roundWarnings } from './acrossRounds';
import { divergenceSummary, frictionLinesSummary, linesSummary, matrixSummary, radarSummary } from './summaries';
import { useDashboardModel, useDashboardRecords } from './useDashboardData';

type Compare = 'previous' | 'baseline';

const SECTIONS = [
  { id: 'look-next', label: 'What to look at next' },
  { id: 'coverage', label: 'In place' },
  { id: 'coverage-over-rounds', label: 'In place over rounds' },
  { id: 'balance', label: 'Softer minus harder' },
  { id: 'tensions', label: 'How the components work together' },
  { id: 'divergence', label: 'Spread of views' },
  { id: 'roles', label: 'By role' },
  { id: 'voices', label: 'What people said' },
];

export default function DashboardPage() {
  const { programmeId } = useParams();
  const [params, setParams] = useSearchParams();
  const records = useDashboardRecords(programmeId);
  const flash = useFlash<{ exampleLoaded: boolean }>();
  const model = useDashboardModel(records);
  const [compare, setCompare] = useState<Compare>('previous');
  usePageTitle(records ? `Dashboard: ${records.programme.name}` : records === null ? 'Programme not found' : 'Dashboard');

  const roundInfo = useMemo(
    () => new Map<string, RoundInfo>((records?.rounds ?? []).map((r) => [r.id, { id: r.id, title: r.title, date: r.date }])),
    [records],
  );
  // Rounds asked in different words from the round before are marked on the trend chart and table.
  const promptChanges = useMemo(() => promptSetChanges(records?.rounds ?? []), [records]);

  if (records === null) return <Missing what="programme" />;
  if (records === undefined || model === undefined) return <p className="app-loading">Loading the dashboard…</p>;

  const { programme } = records;
  const words = programmeWords(programme);
  const { trends, tracked } = model;
  const base = `/programmes/${programme.id}`;

  const header = (
    <>
      <Link className="nhsuk-back-link" to={base}>
        {programme.name}
      </Link>
      <h1 className="app-dashboard__title">
        <span className="nhsuk-caption-l">{programme.name}</span>
        Dashboard
      </h1>
    </>
  );

  if (trends.length === 0) {
    return (
      <div className="app-dashboard">
        {header}
        <p>There are no review rounds yet, so there is nothing to chart.</p>
        <p>
          <Link to={`${base}/rounds/new`}>Start the first round</Link>: it becomes the baseline that later rounds are compared with.
        </p>
      </div>
    );
  }

  const wanted = params.get('round');
  const found = wanted ? trends.find((t) => t.roundId === wanted) : undefined;
  const selected: RoundTrend = found ?? trends[trends.length - 1]!;
  const index = trends.indexOf(selected);
  const previous = index > 0 ? trends[index - 1] : undefined;
  const baseline = index > 0 ? trends[0] : undefined;
  const compareTrend = compare === 'baseline' ? baseline : previous;
  const compareInfo = compareTrend ? roundInfo.get(compareTrend.roundId) : undefined;
  const compareLabel = compareTrend
    ? `${compareInfo?.title ?? 'Earlier round'} (${compare === 'baseline' ? 'baseline' : 'previous round'})`
    : undefined;
  const selectedInfo = roundInfo.get(selected.roundId);
  const selectedRound = records.rounds.find((r) => r.id === selected.roundId);
  const participants = new Map<string, ParticipantInfo>(
    records.participants.filter((p) => p.roundId === selected.roundId).map((p) => [p.id, { label: p.label, role: p.role }]),
  );
  const byRole = ROLES.map((r) => ({ label: r.label, n: [...participants.values()].filter((p) => p.role === r.id).length })).filter(
    (r) => r.n > 0,
  );
  const next = lookNext(selected);
  const outcomes = outcomeSeries(records);
  const warnings = roundWarnings(records, trends, index);
  const stage = STAGES.find((s) => s.id === selectedRound?.stage)?.label;
  const roundLabel = selectedInfo?.title ?? 'This round';
  const showNames = params.get('names') === 'show';
  const voices = {
    rounds: records.rounds,
    participants: records.participants,
    responses: records.responses,
    judgements: records.judgements,
    words,
    showNames,
  };

  return (
    <div className="app-dashboard" data-testid="dashboard">
      {header}
      {flash.exampleLoaded && (
        <NotificationBanner success>
          <p className="nhsuk-notification-banner__heading">The example is loaded: three rounds of a made-up programme.</p>
          <p>Read “What to look at next” first, then switch between the rounds. Remove the example from here or from the home page.</p>
        </NotificationBanner>
      )}
      <ExampleNotice programme={programme} />
      <p className="nhsuk-lede-text app-dashboard__lede">
        Where the group sees the change as covered, where views differ and where the components pull against each other. The
        numbers are prompts for discussion, not a grade.
      </p>

      <form className="app-dashboard__controls" onSubmit={(e) => e.preventDefault()}>
        <div className="nhsuk-form-group">
          <label className="nhsuk-label" htmlFor="dashboard-round">
            Round
          </label>
          <div className="nhsuk-hint" id="dashboard-round-hint">
            The dashboard changes as soon as you choose.
          </div>
          <select
            className="nhsuk-select"
            id="dashboard-round"
            aria-describedby="dashboard-round-hint"
            value={selected.roundId}
            onChange={(e) => {
              const next = new URLSearchParams(params);
              next.set('round', e.target.value);
              setParams(next, { replace: true });
            }}
          >
            {[...trends].reverse().map((t) => {
              const info = roundInfo.get(t.roundId);
              return (
                <option key={t.roundId} value={t.roundId}>
                  {info?.title ?? 'Round'}, {longDate(t.date)}
                  {t.isBaseline ? ' (baseline)' : ''}
                </option>
              );
            })}
          </select>
        </div>
        {index > 0 && (
          <fieldset className="nhsuk-fieldset app-dashboard__compare">
            <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">Compare the radar with</legend>
            <div className="nhsuk-radios nhsuk-radios--inline nhsuk-radios--small">
              {(['previous', 'baseline'] as const).map((c) => (
                <div className="nhsuk-radios__item" key={c}>
                  <input
                    className="nhsuk-radios__input"
                    id={`compare-${c}`}
                    name="compare"
                    type="radio"
                    value={c}
                    checked={compare === c}
                    onChange={() => setCompare(c)}
                  />
                  <label className="nhsuk-label nhsuk-radios__label" htmlFor={`compare-${c}`}>
                    {c === 'previous' ? 'The previous round' : 'The baseline'}
                  </label>
                </div>
              ))}
            </div>
          </fieldset>
        )}
      </form>
      {wanted && !found && (
        <p className="app-dashboard__notice" role="status">
          The round in the address is not in this programme any more, so the latest round is shown.
        </p>
      )}

      <dl className="app-dashboard__facts">
        <div>
          <dt>Round</dt>
          <dd>
            {roundLabel}, {longDate(selected.date)}
            {selected.isBaseline ? ' (the baseline)' : ` (round ${index + 1} of ${trends.length})`}
            {stage ? `, ${stage.toLowerCase()} stage` : ''}
          </dd>
        </div>
        <div>
          <dt>Who took part</dt>
          <dd>
            {participants.size === 0
              ? 'Nobody yet'
              : `${people(participants.size)}: ${joinList(byRole.map((r) => `${r.n} ${r.label.toLowerCase()}`))}`}
            {participants.size > 0 && selected.measures.respondentsCount < participants.size
              ? `; ${selected.measures.respondentsCount} of them have answered so far`
              : ''}
          </dd>
        </div>
      </dl>

      <nav className="app-dashboard__contents" aria-label="On this page">
        <ul>
          {SECTIONS.map((s) => (
            <li key={s.id}>
              <a href={`#${s.id}`}>{s.label}</a>
            </li>
          ))}
        </ul>
      </nav>

      <section aria-labelledby="look-next-title" id="look-next" className="app-dashboard__section">
        <h2 id="look-next-title">What to look at next</h2>
        <LookNextList next={next} words={words} rounds={roundInfo} programmeId={programme.id} warnings={warnings} foldOnSmall />
        {programme.kind !== 'personal' && (
          <SmallFold label="Where the open actions are">
            <ActionGapsNote actions={records.actions} trackedPairs={programme.trackedPairs} words={words} programmeId={programme.id} />
          </SmallFold>
        )}
      </section>

      <div id="coverage" className="app-dashboard__section">
        <ChartFigure
          id="coverage-chart"
          level={2}
          title="In place"
          summary={
            <>
              <p>{radarSummary(selected, words, compareTrend, compareLabel)}</p>
              <Define id="in-place" />
              <Define id="attended-to" />
            </>
          }
          chart={<CoverageRadar trend={selected} compare={compareTrend} roundLabel={roundLabel} compareLabel={compareLabel} words={words} />}
          table={<CoverageTable trend={selected} compare={compareTrend} compareLabel={compareLabel} words={words} />}
        />
      </div>

      <div id="coverage-over-rounds" className="app-dashboard__section">
        <SmallFold label="In place over rounds">
          <ChartFigure
            id="coverage-rounds-chart"
            level={2}
            title="In place over rounds"
            summary={
              <>
                <p>{linesSummary(trends, words, records.events.length, promptChanges)}</p>
                <OutcomesSummary trends={trends} outcomes={outcomes} programmeId={programme.id} personal={programme.kind === 'personal'} />
              </>
            }
            chart={
              <CoverageOverRounds
                trends={trends}
                rounds={roundInfo}
                events={records.events}
                words={words}
                selectedRoundId={selected.roundId}
                promptChanges={promptChanges}
                outcomes={outcomes}
              />
            }
            table={<CoverageOverRoundsTable trends={trends} rounds={roundInfo} words={words} promptChanges={promptChanges} outcomes={outcomes} />}
          />
          <EventsPanel programmeId={programme.id} events={records.events} />
        </SmallFold>
      </div>

      <section aria-labelledby="balance-title" id="balance" className="app-dashboard__section">
        <SmallFold label="Softer minus harder">
          <h2 id="balance-title">Softer minus harder</h2>
          <Define id="softer-minus-harder" />
          <BalanceTable trends={trends} rounds={roundInfo} words={words} />
        </SmallFold>
      </section>

      <section aria-labelledby="tensions-title" id="tensions" className="app-dashboard__section">
        <SmallFold label="How the components work together">
          <h2 id="tensions-title">How the components work together</h2>
          <p>
            Each pair is a balance to keep, not a fault to fix. Friction is the mean of people’s views of a pair (0 reinforcing to 3
            pulling apart); the gap is the difference between how far the two components are in place.
          </p>
          <Define id="friction" />
          <Define id="gap" />
          <ChartFigure
            id="matrix-chart"
            title="Alignment tension matrix"
            interactive
            summary={<p>{matrixSummary(selected, words)}</p>}
            chart={<TensionMatrix trend={selected} words={words} />}
            table={<PairsTable trend={selected} words={words} />}
          />
          <ChartFigure
            id="friction-rounds-chart"
            title="Tracked pairs over rounds"
            // On a phone eleven lines in 300 px cannot be told apart: the table comes first there.
            initialView={typeof window !== 'undefined' && window.matchMedia?.(SMALL_SCREEN).matches ? 'table' : 'chart'}
            summary={<p>{frictionLinesSummary(trends, tracked, words, selected)}</p>}
            chart={<FrictionOverRounds trends={trends} pairs={tracked} rounds={roundInfo} words={words} selectedRoundId={selected.roundId} />}
            table={<FrictionOverRoundsTable trends={trends} pairs={tracked} rounds={roundInfo} words={words} />}
          />
          {selectedRound && (
            <PairVoices {...voices} round={selectedRound} pairs={pairsForRound(programme, selectedRound)} />
          )}
        </SmallFold>
      </section>

      <div id="divergence" className="app-dashboard__section">
        <SmallFold label="Spread of views">
          <ChartFigure
            id="divergence-chart"
            level={2}
            title="Spread of views"
            summary={
              <>
                <p>{divergenceSummary(selected, words)}</p>
                <Define id="spread-of-views" />
              </>
            }
            chart={<DivergenceDots trend={selected} words={words} participants={participants} />}
            table={<DivergenceTable trend={selected} words={words} participants={participants} />}
          />
        </SmallFold>
      </div>

      <section aria-labelledby="roles-title" id="roles" className="app-dashboard__section">
        <SmallFold label="By role">
          <h2 id="roles-title">By role</h2>
          <p>
            People in different roles often see the same change differently; managers tend to see it as further along. Read the gaps
            as questions about what each group sees.
          </p>
          <InPlaceByRoleTable trend={selected} words={words} />
          <ParticipationTable trends={trends} rounds={roundInfo} />
        </SmallFold>
      </section>

      {selectedRound && (
        <section aria-labelledby="voices-title" id="voices" className="app-dashboard__section">
          <SmallFold label="What people said">
            <h2 id="voices-title">What people said</h2>
            <p>
              For each component: the statements where people’s views split in this round, the ones most people could not judge,
              and the evidence notes people wrote, newest round first. People appear as their role and a number unless names are shown.
            </p>
            <Checkbox
              id="dashboard-show-names"
              label="Show names"
              hint="People who chose to stay anonymous are never named."
              checked={showNames}
              onChange={(on) => {
                const next = new URLSearchParams(params);
                if (on) next.set('names', 'show');
                else next.delete('names');
                setParams(next, { replace: true });
              }}
            />
            <ComponentVoices {...voices} round={selectedRound} />
          </SmallFold>
        </section>
      )}

      <SmallFold label="How the numbers are worked out">
        <p className="app-muted app-dashboard__footnote">
          How the numbers are worked out: a person’s score for a component is the mean of their levels on its prompts, from 0 (not in
          place) to 100 (embedded); “in place” is the middle (median) of those scores; “attended to” is the share of answers that gave
          a level or “not yet at this stage”. Shown as whole numbers, friction to one decimal place. Every term is in the{' '}
          <Link to="/glossary">glossary</Link>. Nothing leaves this device.
        </p>
      </SmallFold>
    </div>
  );
}
