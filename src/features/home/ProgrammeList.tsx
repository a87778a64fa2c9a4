import { useLiveQuery } from 'dexie-react-hooks';
import { Link } from 'react-router';
import { db } from '../../db/database';
import type { Programme } from '../../db/types';
import { count, formatDate } from '../programmes/format';

interface ProgrammeRow {
  programme: Programme;
  rounds: number;
  lastRoundDate: string | undefined;
}

/** Most recent activity first: the later of the last round's date and the last edit of the programme. */
function activity(row: ProgrammeRow): string {
  const edited = row.programme.updatedAt.slice(0, 10);
  return row.lastRoundDate && row.lastRoundDate > edited ? row.lastRoundDate : edited;
}

async function loadRows(): Promise<ProgrammeRow[]> {
  const programmes = await db.programmes.toArray();
  const rows = await Promise.all(
    programmes.map(async (programme) => {
      // The [programmeId+date] index gives the count and the latest date without reading every round.
      // A fresh Collection for each query: Dexie's last() and limit() change the Collection they are called on.
      const range = () => db.rounds.where('[programmeId+date]').between([programme.id, ''], [programme.id, '\uffff'], true, true);
      const [rounds, last] = await Promise.all([range().count(), range().last()]);
      return { programme, rounds, lastRoundDate: last?.date };
    }),
  );
  return rows.sort((a, b) => activity(b).localeCompare(activity(a)) || a.programme.name.localeCompare(b.programme.name));
}

export function ProgrammeList() {
  const rows = useLiveQuery(loadRows, []);
  if (rows === undefined) return <p className="app-loading">Loading your programmes…</p>;
  if (rows.length === 0) {
    return <p className="app-muted">No programmes on this device yet.</p>;
  }
  return (
    <ul className="app-programme-list" data-testid="programme-list">
      {rows.map(({ programme, rounds, lastRoundDate }) => (
        <li key={programme.id} className="app-programme-list__item">
          <h3 className="nhsuk-heading-s app-programme-list__name">
            <Link to={`/programmes/${programme.id}`}>{programme.name}</Link>
          </h3>
          <p className="nhsuk-body-s app-programme-list__facts">
            <span>{programme.kind === 'personal' ? 'Your own quick checks' : 'Team programme'}</span>
            <span>{count(rounds, 'round')}</span>
            <span data-testid="last-round">
              {lastRoundDate ? `Last round ${formatDate(lastRoundDate)}` : 'No rounds yet'}
            </span>
          </p>
        </li>
      ))}
    </ul>
  );
}
