import { inPlaceByRole, participationByGroup } from '../../domain/roles';
import { ROLE_MIN_PEOPLE } from '../../domain/thresholds';
import type { RoundTrend } from '../../domain/types';
import { COMPONENT_IDS } from '../../model/types';
import { ROLE_GROUPS, roleLabel } from '../../model/vocabulary';
import type { Words } from '../../model/words';
import { ScrollTable } from './charts/ChartFigure';
import type { RoundInfo } from './charts/CoverageOverRounds';
import { longDate, people, score } from './format';

/**
 * "In place" by role for one round, and who took part by role group in every round
 * (mobilisation-2010 §2.1, Appendix 2: roles see a change differently; social-movements-2003:
 * few staff take part in formal improvement work). Names are never shown, and a role with fewer
 * than ROLE_MIN_PEOPLE people is left out so that nobody's answers can be picked out.
 */
export function InPlaceByRoleTable({ trend, words, caption }: { trend: RoundTrend; words: Words; caption?: string }) {
  const { roles, hiddenRoles, hiddenPeople } = inPlaceByRole(trend.measures);
  const title = caption ?? 'In place by role (the middle score of each role, 0 to 100)';
  return (
    <>
      {roles.length === 0 ? (
        <p data-testid="roles-none">
          No role had {ROLE_MIN_PEOPLE} or more people in this round, so “in place” by role is not shown: one person’s answers would
          stand for their role.
        </p>
      ) : (
        <ScrollTable label="In place by role, table" caption={title}>
          <table className="nhsuk-table app-table app-table--numbers app-table--roles" data-testid="roles-table">
            <caption className="nhsuk-table__caption nhsuk-table__caption--s">{title}</caption>
            <thead className="nhsuk-table__head">
              <tr>
                <th scope="col">Component</th>
                {roles.map((r) => (
                  <th scope="col" key={r.role} data-role={r.role}>
                    {roleLabel(r.role)} <span className="app-muted">({people(r.people)})</span>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody className="nhsuk-table__body">
              {COMPONENT_IDS.map((c) => (
                <tr key={c} data-component={c}>
                  <th scope="row">{words.component(c)}</th>
                  {roles.map((r) => (
                    <td key={r.role} data-role={r.role}>
                      {r.inPlace[c] === undefined ? <span title={`Fewer than ${ROLE_MIN_PEOPLE} of them gave it a score`}>—</span> : score(r.inPlace[c])}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollTable>
      )}
      <p className="nhsuk-body-s app-muted">
        A dash: fewer than {ROLE_MIN_PEOPLE} people of that role gave the component a score.
        {hiddenRoles > 0 &&
          ` Not shown: ${people(hiddenPeople)} in ${hiddenRoles === 1 ? 'a role' : `${hiddenRoles} roles`} with fewer than ${ROLE_MIN_PEOPLE} people, so that nobody’s answers can be picked out.`}{' '}
        Names are never shown here.
      </p>
    </>
  );
}

/** People per role group in each round, oldest first; groups nobody ever came from are left out. */
export function ParticipationTable({ trends, rounds }: { trends: readonly RoundTrend[]; rounds: ReadonlyMap<string, RoundInfo> }) {
  const rows = participationByGroup(trends);
  const groups = ROLE_GROUPS.filter((g) => rows.some((r) => r.groups[g.id] > 0));
  const title = 'Who took part, by role, in each round';
  return (
    <ScrollTable label="Who took part by role, table" caption={title}>
      <table className="nhsuk-table app-table app-table--numbers app-table--roles" data-testid="participation-table">
        <caption className="nhsuk-table__caption nhsuk-table__caption--s">{title}</caption>
        <thead className="nhsuk-table__head">
          <tr>
            <th scope="col">Round</th>
            {groups.map((g) => (
              <th scope="col" key={g.id} data-group={g.id}>
                {g.label}
              </th>
            ))}
            <th scope="col">Everyone</th>
          </tr>
        </thead>
        <tbody className="nhsuk-table__body">
          {rows.map((row) => {
            const info = rounds.get(row.roundId);
            return (
              <tr key={row.roundId} data-round={row.roundId}>
                <th scope="row">
                  {info?.title ?? 'Round'}, {info ? longDate(info.date) : ''}
                </th>
                {groups.map((g) => (
                  <td key={g.id} data-group={g.id}>
                    {row.groups[g.id]}
                  </td>
                ))}
                <td data-group="all">{row.total}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </ScrollTable>
  );
}
