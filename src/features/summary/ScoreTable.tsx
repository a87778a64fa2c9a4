import { roundForDisplay } from '../../domain/stats';
import type { Words } from '../../model/words';
import type { PersonalRow } from './personalMeasures';
import { signed } from '../dashboard/format';
import type { PersonalHistory } from './usePersonalHistory';

/**
 * The scores as a table, with a simple bar in each row (drawn with CSS, hidden from screen
 * readers because the number beside it says the same). No colour carries meaning on its own.
 */
export function ScoreTable({ rows, words, history }: { rows: PersonalRow[]; words: Words; history?: PersonalHistory | null }) {
  const previous = history?.previous;
  const first = history?.first && history.first.round.id !== history.previous?.round.id ? history.first : undefined;
  const changed = (list: string[] | undefined, id: string) =>
    list?.includes(id) ? <span title="Asked in different statements">{' '}†</span> : null;
  const anyChange = !!history && (history.changedSincePrevious.length > 0 || history.changedSinceFirst.length > 0);
  return (
    <div className="app-table-scroll">
      <table className="nhsuk-table app-score-table">
        <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">How far each component is in place, 0 to 100</caption>
        <thead className="nhsuk-table__head">
          <tr className="nhsuk-table__row">
            <th scope="col" className="nhsuk-table__header">
              Component
            </th>
            <th scope="col" className="nhsuk-table__header app-score-table__score">
              In place (0–100)
            </th>
            {previous && (
              <th scope="col" className="nhsuk-table__header app-score-table__change">
                Since last time
              </th>
            )}
            {first && (
              <th scope="col" className="nhsuk-table__header app-score-table__change">
                Since your first
              </th>
            )}
            <th scope="col" className="nhsuk-table__header">
              Answered
            </th>
          </tr>
        </thead>
        <tbody className="nhsuk-table__body">
          {rows.map((row) => {
            const shown = roundForDisplay(row.score);
            return (
              <tr key={row.id} className="nhsuk-table__row" data-component={row.id}>
                <th scope="row" className="nhsuk-table__cell app-score-table__name">
                  {words.component(row.id)}
                  {row.blindSpot && <span className="nhsuk-tag nhsuk-tag--grey app-score-table__tag">Blind spot</span>}
                  {row.notYetComponent && <span className="nhsuk-tag nhsuk-tag--blue app-score-table__tag">Not yet</span>}
                </th>
                <td className="nhsuk-table__cell app-score-table__score">
                  <span className="app-bar" aria-hidden="true">
                    <span className="app-bar__fill" style={{ width: `${shown ?? 0}%` }} />
                  </span>
                  <span className="app-score-table__value">{shown === undefined ? 'No step chosen yet' : shown}</span>
                </td>
                {previous && (
                  <td className="nhsuk-table__cell app-score-table__change" data-measure="since-previous">
                    {signed(history!.current.components[row.id].coverage.sincePrevious)}
                    {changed(history!.changedSincePrevious, row.id)}
                  </td>
                )}
                {first && (
                  <td className="nhsuk-table__cell app-score-table__change" data-measure="since-first">
                    {signed(history!.current.components[row.id].coverage.sinceBaseline)}
                    {changed(history!.changedSinceFirst, row.id)}
                  </td>
                )}
                <td className="nhsuk-table__cell">
                  {row.total - row.blank} of {row.total}
                  {(row.notYet > 0 || row.dontKnow > 0) && (
                    <span className="app-score-table__detail">
                      {[row.notYet > 0 ? `${row.notYet} not yet` : '', row.dontKnow > 0 ? `${row.dontKnow} don’t know` : ''].filter(Boolean).join(', ')}
                    </span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {anyChange && (
        <p className="nhsuk-body-s app-muted">† Asked in different statements from then, so the change compares unlike with unlike.</p>
      )}
    </div>
  );
}
