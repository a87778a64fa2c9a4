import { HARDER_COMPONENTS, SOFTER_COMPONENTS } from '../../domain/groups';
import { groupMean } from '../../domain/round';
import type { RoundTrend } from '../../domain/types';
import type { Words } from '../../model/words';
import { ScrollTable, type RoundInfo } from './charts';
import { joinList, longDate, score, signed } from './format';

/**
 * Softer minus harder as a figure, round by round (issue 14): the mean "in place" of the softer
 * components, of the harder ones, their difference and its change since the round before.
 */
export function BalanceTable({ trends, rounds, words }: { trends: RoundTrend[]; rounds: ReadonlyMap<string, RoundInfo>; words: Words }) {
  return (
    <>
      <p>
        Softer: {joinList(SOFTER_COMPONENTS.map((c) => words.component(c)))}. Harder: {joinList(HARDER_COMPONENTS.map((c) => words.component(c)))}. A
        large positive figure can mean the structural work is being put off; a negative one, that people are being left behind.
      </p>
      <ScrollTable label="Softer minus harder, table" caption="Softer minus harder, round by round">
        <table className="nhsuk-table app-table app-table--numbers" data-testid="balance-table">
          <caption className="nhsuk-table__caption nhsuk-table__caption--s">Softer minus harder, round by round</caption>
          <thead className="nhsuk-table__head">
            <tr>
              <th scope="col">Round</th>
              <th scope="col">Softer (in place)</th>
              <th scope="col">Harder (in place)</th>
              <th scope="col">Softer minus harder</th>
              <th scope="col">Since the round before</th>
            </tr>
          </thead>
          <tbody className="nhsuk-table__body">
            {trends.map((t) => {
              const info = rounds.get(t.roundId);
              return (
                <tr key={t.roundId} data-round={t.roundId}>
                  <th scope="row">
                    {info?.title ?? 'Round'} <span className="app-muted">({longDate(t.date)})</span>
                  </th>
                  <td data-measure="softer">{score(groupMean(t.measures.coverage, SOFTER_COMPONENTS))}</td>
                  <td data-measure="harder">{score(groupMean(t.measures.coverage, HARDER_COMPONENTS))}</td>
                  <td data-measure="balance">{signed(t.measures.softHardBalance)}</td>
                  <td data-measure="balance-change">{signed(t.softHardBalance.sincePrevious)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </ScrollTable>
    </>
  );
}
