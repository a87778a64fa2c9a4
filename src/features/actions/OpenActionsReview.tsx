import { useEffect, useState } from 'react';
import { pairName } from './ActionList';
import { describeStorageError } from '../../db/errors';
import type { Action } from '../../db/types';
import { reviewAction, type ReviewDecision } from '../../db/workshop';
import { programmeWords } from '../../model/words';
import { todayIso } from '../../db/validate';
import { actionsForReview, formatDate, isOverdue } from './review';
import { useProgrammeActions } from './useProgrammeActions';

interface OpenActionsReviewProps {
  programmeId: string;
  roundId: string;
  /** Heading level for the section title (default 2). */
  headingLevel?: 2 | 3;
}

const DECISIONS: { value: ReviewDecision; label: string }[] = [
  { value: 'done', label: 'Done' },
  { value: 'open', label: 'Still open: carry it forward' },
  { value: 'dropped', label: 'Dropped' },
];

function decisionOf(action: Action, roundId: string): ReviewDecision | undefined {
  return action.reviewedInRoundId === roundId ? action.status : undefined;
}

/**
 * The review of open actions at the start of a round: for each action agreed in an earlier
 * round, was it done, is it still open (carried into this round) or was it dropped? Each
 * choice is saved at once and can be changed.
 */
export function OpenActionsReview({ programmeId, roundId, headingLevel = 2 }: OpenActionsReviewProps) {
  const data = useProgrammeActions(programmeId);
  const [error, setError] = useState('');
  // Choices just made, shown until the stored actions catch up (the write is a moment behind).
  const [chosenNow, setChosenNow] = useState<Record<string, ReviewDecision>>({});
  const Heading = `h${headingLevel}` as 'h2' | 'h3';
  const actions = data?.actions;
  useEffect(() => {
    if (!actions) return;
    setChosenNow((current) => {
      const left = Object.entries(current).filter(([id, decision]) => {
        const action = actions.find((a) => a.id === id);
        return action !== undefined && decisionOf(action, roundId) !== decision;
      });
      return left.length === Object.keys(current).length ? current : Object.fromEntries(left);
    });
  }, [actions, roundId]);
  if (!data) return null;
  const { all, pending } = actionsForReview(data.actions, data.rounds, roundId);
  const words = programmeWords(data.programme);
  const roundTitle = new Map(data.rounds.map((r) => [r.id, r.title]));
  const today = todayIso();

  const decide = async (action: Action, decision: ReviewDecision) => {
    setError('');
    setChosenNow((c) => ({ ...c, [action.id]: decision }));
    try {
      await reviewAction(action.id, roundId, decision);
    } catch (e) {
      setError(describeStorageError(e));
      setChosenNow(({ [action.id]: _dropped, ...rest }) => rest);
    }
  };

  return (
    <section className="app-review" aria-labelledby="open-actions-review-title">
      <Heading className="nhsuk-heading-m" id="open-actions-review-title">
        Actions from earlier rounds
      </Heading>
      {all.length === 0 ? (
        <p>No open actions from earlier rounds to review.</p>
      ) : (
        <>
          <p>
            Start by looking back: for each action, was it done, is it still open, or has the group dropped it?{' '}
            <span role="status">
              {pending.length === 0 ? `All ${all.length} reviewed.` : `${all.length - pending.length} of ${all.length} reviewed.`}
            </span>
          </p>
          {error && (
            <p className="nhsuk-error-message" role="alert">
              {error}
            </p>
          )}
          <ol className="app-review__list">
            {all.map((action) => {
              const stored = decisionOf(action, roundId);
              const chosen = chosenNow[action.id] ?? stored;
              const name = `review-${action.id}`;
              return (
                <li key={action.id} className="app-review__item" data-action={action.id}>
                  <fieldset className="nhsuk-fieldset" aria-describedby={`${name}-meta`}>
                    <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">{action.text}</legend>
                    <p className="app-review__meta" id={`${name}-meta`}>
                      {[
                        action.componentId ? words.component(action.componentId) : '',
                        pairName(action.pairKey, words),
                        action.owner ? `Owner: ${action.owner}` : 'No owner named',
                        action.dueDate ? `Due ${formatDate(action.dueDate)}${isOverdue(action, today) ? ' (past due)' : ''}` : '',
                        `Agreed at ${roundTitle.get(action.roundId) ?? 'an earlier round'}`,
                        action.carriedInto.filter((r) => r !== roundId).length > 0
                          ? `carried forward ${action.carriedInto.filter((r) => r !== roundId).length} time(s) before`
                          : '',
                      ]
                        .filter(Boolean)
                        .join(' · ')}
                    </p>
                    <div className="nhsuk-radios nhsuk-radios--inline">
                      {DECISIONS.map((d) => (
                        <div className="nhsuk-radios__item" key={d.value}>
                          <input
                            className="nhsuk-radios__input"
                            id={`${name}-${d.value}`}
                            name={name}
                            type="radio"
                            value={d.value}
                            checked={chosen === d.value}
                            onChange={() => void decide(action, d.value)}
                          />
                          <label className="nhsuk-label nhsuk-radios__label" htmlFor={`${name}-${d.value}`}>
                            {d.label}
                          </label>
                        </div>
                      ))}
                    </div>
                  </fieldset>
                </li>
              );
            })}
          </ol>
        </>
      )}
    </section>
  );
}
