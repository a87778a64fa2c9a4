import { programmePrompts } from '../../db/programmes';
import type { Programme, Round } from '../../db/types';
import { comparePromptSets, describePromptSetChange, promptSetChanges, type PromptSetChange } from '../../model/promptSets';
import { programmeWords } from '../../model/words';
import { formatDate, joinList } from '../programmes/format';

/** The statements themselves: what was added, removed and reworded, for a details element. */
function ChangeDetails({ change }: { change: Pick<PromptSetChange, 'added' | 'removed' | 'reworded'> }) {
  return (
    <details className="nhsuk-details app-original">
      <summary className="nhsuk-details__summary">
        <span className="nhsuk-details__summary-text">Which statements</span>
      </summary>
      <div className="nhsuk-details__text">
        <ul className="app-words-change-list">
          {change.reworded.map((r) => (
            <li key={`r-${r.id}`}>
              Reworded: “{r.before}” became “{r.after}”
            </li>
          ))}
          {change.added.map((p) => (
            <li key={`a-${p.id}`}>Added: “{p.text}”</li>
          ))}
          {change.removed.map((p) => (
            <li key={`d-${p.id}`}>Removed: “{p.text}”</li>
          ))}
        </ul>
      </div>
    </details>
  );
}

/** Whether the statements the next round will ask differ from those the latest round asked. */
export function PendingChange({ programme, rounds }: { programme: Programme; rounds: Round[] }) {
  const latest = rounds[rounds.length - 1];
  if (!latest) {
    return (
      <div className="nhsuk-inset-text">
        <span className="nhsuk-u-visually-hidden">Information: </span>
        <p>No rounds yet. Your first round will ask the statements below, and later rounds will be compared with it.</p>
      </div>
    );
  }
  const words = programmeWords(programme);
  const change = comparePromptSets(latest.prompts, programmePrompts(programme));
  if (change.components.length === 0) {
    return (
      <div className="nhsuk-inset-text" data-testid="pending-change">
        <span className="nhsuk-u-visually-hidden">Information: </span>
        <p>
          These are the statements your latest round (“{latest.title}”, {formatDate(latest.date)}) asked. Changes you make
          here apply to rounds you start from now on; rounds already started keep their statements.
        </p>
      </div>
    );
  }
  return (
    <div className="nhsuk-inset-text app-words-pending" data-testid="pending-change">
      <span className="nhsuk-u-visually-hidden">Information: </span>
      <p>
        <strong>Changed since your latest round</strong> (“{latest.title}”, {formatDate(latest.date)}):{' '}
        {describePromptSetChange(change)}, in {joinList(change.components.map((c) => words.component(c)))}.
      </p>
      <p>
        The next round will ask the new statements. Trend charts mark that round for these components, so nobody compares
        answers to different statements without knowing.
      </p>
      <ChangeDetails change={change} />
    </div>
  );
}

/** A table of the rounds whose statements differed from the round before, and what changed. */
export function PromptHistory({ programme, rounds }: { programme: Programme; rounds: Round[] }) {
  const changes = promptSetChanges(rounds);
  if (rounds.length < 2) return null;
  const words = programmeWords(programme);
  const byId = new Map(rounds.map((r) => [r.id, r]));
  return (
    <section aria-labelledby="history-heading" className="app-words-section">
      <h2 id="history-heading" className="nhsuk-heading-m">
        When the statements changed
      </h2>
      {changes.length === 0 ? (
        <p>{rounds.length === 2 ? 'Both rounds' : `All ${rounds.length} rounds`} asked the same statements, so they compare like with like.</p>
      ) : (
        <table className="nhsuk-table-responsive app-words-history">
          <caption className="nhsuk-table__caption nhsuk-table__caption--s">Rounds that asked different statements from the round before</caption>
          <thead className="nhsuk-table__head" role="rowgroup">
            <tr role="row">
              <th scope="col" role="columnheader">Round</th>
              <th scope="col" role="columnheader">Compared with</th>
              <th scope="col" role="columnheader">What changed</th>
              <th scope="col" role="columnheader">Components</th>
            </tr>
          </thead>
          <tbody className="nhsuk-table__body">
            {changes.map((c) => {
              const round = byId.get(c.roundId)!;
              const previous = byId.get(c.previousRoundId)!;
              return (
                <tr key={c.roundId} role="row" className="nhsuk-table__row">
                  <td role="cell" className="nhsuk-table__cell">
                    <span className="nhsuk-table-responsive__heading" aria-hidden="true">Round </span>
                    {round.title} ({formatDate(round.date)})
                  </td>
                  <td role="cell" className="nhsuk-table__cell">
                    <span className="nhsuk-table-responsive__heading" aria-hidden="true">Compared with </span>
                    {previous.title}
                  </td>
                  <td role="cell" className="nhsuk-table__cell">
                    <span className="nhsuk-table-responsive__heading" aria-hidden="true">What changed </span>
                    {describePromptSetChange(c)}
                    <ChangeDetails change={c} />
                  </td>
                  <td role="cell" className="nhsuk-table__cell">
                    <span className="nhsuk-table-responsive__heading" aria-hidden="true">Components </span>
                    {joinList(c.components.map((id) => words.component(id)))}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
