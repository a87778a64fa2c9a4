import { useLiveQuery } from 'dexie-react-hooks';
import { Link } from 'react-router';
import { db } from '../../db/database';
import { lastPlace } from '../../db/place';
import { findUnfinishedQuickCheck } from '../../db/quickcheck';
import { programmeWords } from '../../model/words';
import { answerPath, roundPath } from './paths';

/**
 * "Continue where you left off": the round and component last open on this device.
 * Renders nothing when there is nowhere to go back to, or when that place is the unfinished
 * quick check (its own card offers "Continue my quick check", to the same component), or a
 * round that has been finished (closed).
 * Small, for the home page.
 */
export function ContinueCard() {
  const place = useLiveQuery(async () => {
    const last = await lastPlace();
    if (!last) return null;
    const [round, programme, quickCheck] = await Promise.all([
      db.rounds.get(last.roundId),
      db.programmes.get(last.programmeId),
      findUnfinishedQuickCheck(),
    ]);
    // A finished (closed) round is never offered as "continue": there is nothing left to answer there.
    if (!round || !programme || round.status === 'closed' || quickCheck?.round.id === round.id) return null;
    const componentStillAsked = last.componentId && round.prompts.some((p) => p.componentId === last.componentId);
    return {
      href: componentStillAsked ? answerPath(programme.id, round.id, last.componentId!) : roundPath(programme.id, round.id),
      round: round.title,
      programme: programme.kind === 'personal' ? '' : programme.name,
      component: componentStillAsked ? programmeWords(programme).component(last.componentId!) : '',
    };
  }, []);
  if (!place) return null;
  return (
    <div className="nhsuk-card nhsuk-card--clickable app-continue-card">
      <div className="nhsuk-card__content">
        <h2 className="nhsuk-card__heading nhsuk-heading-m">
          <Link className="nhsuk-card__link" to={place.href}>
            Continue where you left off
          </Link>
        </h2>
        <p className="nhsuk-card__description">
          {[place.programme, place.round, place.component].filter(Boolean).join(': ')}
        </p>
      </div>
    </div>
  );
}
