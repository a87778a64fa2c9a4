import { useLiveQuery } from 'dexie-react-hooks';
import { Link } from 'react-router';
import { db } from '../../db/database';
import type { Programme, Round } from '../../db/types';
import { roundPath } from './paths';

/**
 * When nobody is answering yet on this device: the three ways a round gets answered, so the
 * organiser who has just started it is not left on "Who is answering?" for themselves.
 * Member devices of a shared programme only answer, so they see just the form.
 */
export function RoundStartChoices({ programme, round, answerHere = '#who' }: { programme: Programme; round: Round; answerHere?: string }) {
  const share = useLiveQuery(() => db.shares.get(programme.id), [programme.id]);
  if (programme.kind === 'personal' || round.status === 'closed' || share?.role === 'member') return null;
  const base = roundPath(programme.id, round.id);
  return (
    <section className="app-start-choices" aria-labelledby="start-choices-heading">
      <h2 id="start-choices-heading" className="nhsuk-heading-m">
        How will people answer this round?
      </h2>
      <ul className="app-start-choices__list">
        <li className="app-start-choices__item">
          <a href={answerHere} className="app-start-choices__link">
            Answer it myself on this device
          </a>
          <p className="nhsuk-body-s">{answerHere === '#who' ? 'Say who you are below, then go through the wheel.' : 'Go through the wheel below.'}</p>
        </li>
        <li className="app-start-choices__item">
          <Link to={`${base}/facilitate`} className="app-start-choices__link">
            Run it on this tablet (facilitator mode)
          </Link>
          <p className="nhsuk-body-s">Pass the tablet round the room: each person answers, then their answers are hidden.</p>
        </li>
        <li className="app-start-choices__item">
          <Link to={share ? `/programmes/${programme.id}/share` : `${base}/handover`} className="app-start-choices__link">
            Invite people to answer on their own devices
          </Link>
          <p className="nhsuk-body-s">
            {share
              ? 'The programme is shared: invite people through the sync server, and their answers arrive here as they give them.'
              : 'Hand out the round’s invitation by QR code or file, and take their answers back the same way.'}{' '}
            {!share && <Link to={`/programmes/${programme.id}/share`}>Or share the programme through a sync server</Link>}
          </p>
        </li>
      </ul>
    </section>
  );
}
