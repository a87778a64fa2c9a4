import { Link } from 'react-router';
import type { ProgrammeRow } from '../../db/firstScreen';
import { count, formatDate } from '../programmes/format';

/** The programmes on this device, most recent activity first (rows from db/firstScreen.ts). */
export function ProgrammeList({ rows }: { rows: ProgrammeRow[] | undefined }) {
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
            {programme.example && <strong className="nhsuk-tag nhsuk-tag--yellow app-programme-list__tag">Example</strong>}
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
