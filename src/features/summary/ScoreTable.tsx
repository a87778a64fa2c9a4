import { roundForDisplay } from '../../domain/stats';
import type { Words } from '../../model/words';
import type { PersonalRow } from './personalMeasures';

/**
 * The scores as a table, with a simple bar in each row (drawn with CSS, hidden from screen
 * readers because the number beside it says the same). No colour carries meaning on its own.
 */
export function ScoreTable({ rows, words }: { rows: PersonalRow[]; words: Words }) {
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
    </div>
  );
}
