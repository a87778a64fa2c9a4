import { useMemo } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { NotFound } from '../../app/NotFound';
import { usePageTitle } from '../../app/usePageTitle';
import { lookNext } from '../../domain/insights';
import { roleLabel, STAGES } from '../../model/vocabulary';
import { programmeWords } from '../../model/words';
import { CoverageOverRoundsTable, CoverageRadar, CoverageTable, DivergenceTable, PairsTable, ScrollTable, type ParticipantInfo, type RoundInfo } from '../dashboard/charts';
import { longDate, people } from '../dashboard/format';
import { LookNextList } from '../dashboard/LookNextList';
import { InPlaceByRoleTable, ParticipationTable } from '../dashboard/RolesSection';
import { outcomeSeries, roundWarnings } from '../dashboard/acrossRounds';
import { divergenceSummary, matrixSummary, radarSummary } from '../dashboard/summaries';
import { useDashboardModel, useDashboardRecords } from '../dashboard/useDashboardData';
import { roundPath } from '../answer/paths';
import { componentNotes, displayNames } from '../voices/notes';
import { NotesList } from '../voices/NotesList';
import { usePrintExtras } from './usePrintData';
import { Checkbox } from '../../ui/fields';

const STATUS_WORDS = { open: 'Open', done: 'Done', dropped: 'Dropped' } as const;

/**
 * A round's board paper: one printable document (browser print to PDF, A4) with the summary,
 * coverage radar and table, tensions, divergence, actions, events and lessons. The print style
 * sheet hides the site's navigation, banners and this page's own buttons.
 */
export default function BoardPaperPage() {
  const { programmeId, roundId } = useParams();
  const [search, setSearch] = useSearchParams();
  const showNames = search.get('names') === 'show';
  const withNotes = search.get('notes') === 'include';
  const setOption = (key: 'names' | 'notes', value: string, on: boolean) => {
    const next = new URLSearchParams(search);
    if (on) next.set(key, value);
    else next.delete(key);
    setSearch(next, { replace: true });
  };
  const records = useDashboardRecords(programmeId);
  const model = useDashboardModel(records);
  const extras = usePrintExtras(programmeId);
  const round = records?.rounds.find((r) => r.id === roundId);
  usePageTitle(round ? `Board paper – ${round.title}` : records === null ? 'Page not found' : 'Loading');

  const view = useMemo(() => {
    if (!records || !model || !round) return undefined;
    const index = model.trends.findIndex((t) => t.roundId === round.id);
    const trend = model.trends[index];
    if (!trend) return undefined;
    const previous = index > 0 ? records.rounds[index - 1] : undefined;
    const compare = index > 0 ? model.trends[index - 1] : undefined;
    // Board papers are often public: people appear as their role and a number unless the
    // facilitator ticks "Show names" (issue 13; the presentation view hides names the same way).
    const shown = displayNames(records.participants.filter((p) => p.roundId === round.id), showNames);
    const participants = new Map<string, ParticipantInfo>(
      records.participants.filter((p) => p.roundId === round.id).map((p) => [p.id, { label: shown.get(p.id)!, role: p.role }]),
    );
    const roundsInfo = new Map<string, RoundInfo>(records.rounds.map((r) => [r.id, { id: r.id, title: r.title, date: r.date }]));
    const since = previous?.date;
    const events = records.events.filter((e) => e.date <= round.date && (!since || e.date > since));
    const warnings = roundWarnings(records, model.trends, index);
    return { trend, compare, previous, participants, roundsInfo, events, since, next: lookNext(trend), warnings, trends: model.trends };
  }, [records, model, round, showNames]);

  if (records === undefined || extras === undefined || (records && !model)) return <p className="app-loading">Loading…</p>;
  if (records === null || !round || !view) return <NotFound />;
  const { programme } = records;
  const words = programmeWords(programme);
  const { trend, compare, previous, participants, roundsInfo, events, since, next, warnings, trends } = view;
  const m = trend.measures;
  const compareLabel = previous ? `${previous.title} (${longDate(previous.date)})` : undefined;
  const roles = new Map<string, number>();
  for (const p of participants.values()) roles.set(p.role, (roles.get(p.role) ?? 0) + 1);
  const agreedHere = extras.actions.filter((a) => a.roundId === round.id);
  const stillOpen = extras.actions.filter((a) => a.roundId !== round.id && a.status === 'open');
  const lessons = extras.lessons.filter((l) => l.date <= round.date && (!since || l.date > since));
  const notesByComponent = withNotes
    ? round.components
        .map((id) => ({
          id,
          notes: componentNotes({ rounds: [round], participants: records.participants, responses: records.responses, judgements: records.judgements }, id, {
            showNames,
          }),
        }))
        .filter((g) => g.notes.length > 0)
    : [];
  const printedOn = new Date().toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });

  return (
    <article className="app-board-paper" data-testid="board-paper">
      <div className="app-no-print app-board-paper__tools">
        <Link to={roundPath(programme.id, round.id)} className="nhsuk-back-link">
          Back to the round
        </Link>
        <p>This page is laid out for printing on A4. Use Print, then choose “Save as PDF” to attach it to board papers.</p>
        <Checkbox
          id="paper-show-names"
          label="Show names"
          hint="Board papers are often published. Without names, people appear as their role and a number. People who chose to stay anonymous are never named."
          checked={showNames}
          onChange={(on) => setOption('names', 'show', on)}
        />
        <Checkbox
          id="paper-with-notes"
          label="Include evidence notes"
          hint="What people wrote on each statement in this round. Leave it out unless the group has agreed to share their notes."
          checked={withNotes}
          onChange={(on) => setOption('notes', 'include', on)}
        />
        <button type="button" className="nhsuk-button" onClick={() => window.print()}>
          Print or save as PDF
        </button>
      </div>

      <header className="app-board-paper__header">
        <p className="nhsuk-caption-l">{programme.name}</p>
        <h1>Change Model review: {round.title}</h1>
        {programme.example && (
          <p>
            <strong className="nhsuk-tag nhsuk-tag--yellow">Example</strong> A worked example: the people and answers are made up.
          </p>
        )}
        <dl className="app-board-paper__facts">
          <div>
            <dt>Date</dt>
            <dd>{longDate(round.date)}</dd>
          </div>
          {round.stage && (
            <div>
              <dt>Stage</dt>
              <dd>{STAGES.find((st) => st.id === round.stage)?.label ?? round.stage}</dd>
            </div>
          )}
          <div>
            <dt>Taking part</dt>
            <dd data-testid="paper-people">
              {people(m.respondentsCount)} answered of {people(m.participantsCount)}
              {roles.size > 0 && ` (${[...roles].map(([r, n]) => `${n} ${roleLabel(r).toLowerCase()}`).join(', ')})`}
            </dd>
          </div>
          <div>
            <dt>Compared with</dt>
            <dd>{compareLabel ?? 'Nothing: this is the first round (the baseline)'}</dd>
          </div>
        </dl>
        {programme.aim && (
          <p className="app-board-paper__aim">
            <strong>Aim:</strong> {programme.aim}
          </p>
        )}
      </header>

      <section className="app-board-paper__section" aria-labelledby="paper-summary">
        <h2 id="paper-summary">Summary: what to look at next</h2>
        <p>
          This is a self-assessment, not a grade. The numbers show how far each part of the NHS Change Model is in place as the people
          taking part see it (0 = not in place, 100 = embedded), and where their views differ.
        </p>
        <p>{radarSummary(trend, words, compare, compareLabel)}</p>
        <LookNextList next={next} words={words} rounds={roundsInfo} programmeId={programme.id} warnings={warnings} showOwners={showNames} />
      </section>

      <section className="app-board-paper__section app-board-paper__keep" aria-labelledby="paper-coverage">
        <h2 id="paper-coverage">How far each of the eight components is in place</h2>
        <div className="app-board-paper__radar">
          <CoverageRadar trend={trend} compare={compare} roundLabel={round.title} compareLabel={compareLabel} words={words} />
        </div>
        <ScrollTable label="Coverage table">
          <CoverageTable trend={trend} compare={compare} compareLabel={compareLabel} words={words} caption="In place, attended to and change, by component" />
        </ScrollTable>
      </section>

      {(programme.outcomeMeasures ?? []).length > 0 && (
        <section className="app-board-paper__section app-board-paper__keep" aria-labelledby="paper-outcomes">
          <h2 id="paper-outcomes">In place over rounds, beside the programme’s own measures</h2>
          <CoverageOverRoundsTable
            trends={trends.slice(0, trends.indexOf(trend) + 1)}
            rounds={roundsInfo}
            words={words}
            outcomes={outcomeSeries(records)}
          />
        </section>
      )}

      <section className="app-board-paper__section" aria-labelledby="paper-tensions">
        <h2 id="paper-tensions">Tensions between components</h2>
        <p>{matrixSummary(trend, words)}</p>
        <ScrollTable label="Pairs table">
          <PairsTable trend={trend} words={words} />
        </ScrollTable>
      </section>

      <section className="app-board-paper__section" aria-labelledby="paper-divergence">
        <h2 id="paper-divergence">Where views differ</h2>
        <p>{divergenceSummary(trend, words)}</p>
        <ScrollTable label="Scores by person">
          <DivergenceTable trend={trend} words={words} participants={participants} />
        </ScrollTable>
      </section>

      <section className="app-board-paper__section" aria-labelledby="paper-roles">
        <h2 id="paper-roles">By role</h2>
        <InPlaceByRoleTable trend={trend} words={words} />
        <ParticipationTable trends={trends.slice(0, trends.indexOf(trend) + 1)} rounds={roundsInfo} />
      </section>

      {withNotes && (
        <section className="app-board-paper__section" aria-labelledby="paper-notes">
          <h2 id="paper-notes">What people wrote</h2>
          {notesByComponent.length === 0 ? (
            <p>Nobody wrote an evidence note in this round.</p>
          ) : (
            notesByComponent.map(({ id, notes }) => (
              <div key={id} className="app-board-paper__notes" data-component={id}>
                <h3 className="nhsuk-heading-s">{words.component(id)}</h3>
                <NotesList items={notes} showRound={false} empty="" />
              </div>
            ))
          )}
        </section>
      )}

      <section className="app-board-paper__section" aria-labelledby="paper-actions">
        <h2 id="paper-actions">Actions</h2>
        {agreedHere.length + stillOpen.length === 0 ? (
          <p>No actions recorded for this round.</p>
        ) : (
          <ScrollTable label="Actions table">
          <table className="nhsuk-table app-board-paper__table">
            <caption className="nhsuk-table__caption nhsuk-table__caption--s">Actions agreed in this round, and earlier actions still open</caption>
            <thead className="nhsuk-table__head">
              <tr>
                <th scope="col">Action</th>
                <th scope="col">Component</th>
                <th scope="col">Owner</th>
                <th scope="col">Due</th>
                <th scope="col">Status</th>
              </tr>
            </thead>
            <tbody className="nhsuk-table__body">
              {[...agreedHere, ...stillOpen].map((a) => (
                <tr key={a.id}>
                  <td>
                    {a.text}
                    {a.roundId !== round.id && <span className="app-board-paper__note"> (carried from an earlier round)</span>}
                  </td>
                  <td>{a.componentId ? words.component(a.componentId) : '—'}</td>
                  <td>{a.owner || '—'}</td>
                  <td>{a.dueDate ? longDate(a.dueDate) : '—'}</td>
                  <td>{STATUS_WORDS[a.status]}</td>
                </tr>
              ))}
            </tbody>
          </table>
          </ScrollTable>
        )}
      </section>

      <section className="app-board-paper__section" aria-labelledby="paper-events">
        <h2 id="paper-events">{since ? 'What happened since the last review' : 'What happened before this review'}</h2>
        {events.length === 0 ? (
          <p>No events recorded for this period.</p>
        ) : (
          <ul className="app-board-paper__dated">
            {events.map((e) => (
              <li key={e.id}>
                <strong>{longDate(e.date)}:</strong> {e.title}
                {e.note && <span>. {e.note}</span>}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="app-board-paper__section" aria-labelledby="paper-lessons">
        <h2 id="paper-lessons">Lessons learnt</h2>
        {lessons.length === 0 ? (
          <p>No lessons recorded for this period.</p>
        ) : (
          <ul className="app-board-paper__dated">
            {lessons.map((l) => (
              <li key={l.id}>
                <strong>{longDate(l.date)}</strong>
                {l.componentId && ` (${words.component(l.componentId)})`}: {l.text}
              </li>
            ))}
          </ul>
        )}
      </section>

      <footer className="app-board-paper__footer">
        <p>
          Printed on {printedOn} from the Change Model self-assessment app. Scores are medians of the views of the people taking part, not a
          rating of the team. Method: a person’s score for a component is the mean of (level − 1) ÷ 4 × 100 over the prompts they gave a
          level to.
        </p>
      </footer>
    </article>
  );
}
