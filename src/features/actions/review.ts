import { formatDate as formatCalendarDate } from '../programmes/format';
import type { Action, Round } from '../../db/types';

/** Rounds in the order they happened: by date, then by when they were started. */
export function roundsInOrder(rounds: Round[]): Round[] {
  return [...rounds].sort((x, y) => x.date.localeCompare(y.date) || x.createdAt.localeCompare(y.createdAt));
}

export interface ActionsForReview {
  /** Open actions agreed in earlier rounds, not yet reviewed at this round. */
  pending: Action[];
  /** Actions already reviewed at this round (done, carried forward or dropped). */
  reviewed: Action[];
  /** Both, oldest first, in a stable order that does not jump as decisions are made. */
  all: Action[];
}

/**
 * What to review at the start of a round: every action agreed in an earlier round that is still
 * open, plus those already reviewed here (so a decision can be changed). Actions agreed in this
 * round or a later one are not reviewed here.
 */
export function actionsForReview(actions: Action[], rounds: Round[], roundId: string): ActionsForReview {
  const ordered = roundsInOrder(rounds);
  const position = new Map(ordered.map((r, i) => [r.id, i]));
  const here = position.get(roundId);
  if (here === undefined) return { pending: [], reviewed: [], all: [] };
  const earlier = actions.filter((a) => {
    const agreed = position.get(a.roundId);
    return agreed !== undefined && agreed < here;
  });
  const byAge = (x: Action, y: Action) => (position.get(x.roundId)! - position.get(y.roundId)!) || x.createdAt.localeCompare(y.createdAt);
  const pending = earlier.filter((a) => a.status === 'open' && a.reviewedInRoundId !== roundId);
  const reviewed = earlier.filter((a) => a.reviewedInRoundId === roundId);
  return { pending: pending.sort(byAge), reviewed: reviewed.sort(byAge), all: [...pending, ...reviewed].sort(byAge) };
}

/** A due date in the past, for an open action (ISO dates compare as strings). */
export function isOverdue(action: Pick<Action, 'status' | 'dueDate'>, today: string): boolean {
  return action.status === 'open' && !!action.dueDate && action.dueDate < today;
}

/** "3 March 2026" for a due date; empty when there is none. */
export function formatDate(iso: string): string {
  return iso ? formatCalendarDate(iso) : '';
}
