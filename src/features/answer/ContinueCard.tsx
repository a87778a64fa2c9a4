import { Link } from 'react-router';
import type { HomeData } from '../../db/firstScreen';
import type { ComponentId } from '../../model/types';
import { componentName } from '../../model/labels';
import { answerPath, roundPath } from './paths';

/**
 * "Continue where you left off": the round and component last open on this device.
 * Renders nothing when there is nowhere to go back to, or when that place is the unfinished
 * quick check (its own card offers "Continue my quick check", to the same component), or a
 * round that has been finished (closed).
 * Small, for the home page.
 */
export function ContinueCard({ home }: { home: HomeData | undefined }) {
  const place = continuePlace(home);
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

function continuePlace(home: HomeData | undefined) {
  const last = home?.place;
  if (!last) return null;
  const { round, programme } = last;
  if (round.status === 'closed' || home.quickCheck?.round.id === round.id) return null;
  const componentId = last.componentId as ComponentId | undefined;
  const componentStillAsked = !!componentId && round.prompts.some((p) => p.componentId === componentId);
  return {
    href: componentStillAsked ? answerPath(programme.id, round.id, componentId) : roundPath(programme.id, round.id),
    round: round.title,
    programme: programme.kind === 'personal' ? '' : programme.name,
    component: componentStillAsked ? componentName(componentId, programme) : '',
  };
}
