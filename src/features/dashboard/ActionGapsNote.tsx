import { Link } from 'react-router';
import { actionGaps } from '../../domain/actionGaps';
import { parsePairKey } from '../../domain/groups';
import type { Action } from '../../db/types';
import type { Words } from '../../model/words';
import { joinList } from './format';

/** The components and tracked pairs with no open action: a plan that uses all of the components. */
export function ActionGapsNote({ actions, trackedPairs, words, programmeId }: { actions: readonly Action[]; trackedPairs: readonly string[]; words: Words; programmeId: string }) {
  const gaps = actionGaps(actions, trackedPairs);
  const pairNames = gaps.pairs.map((k) => {
    const p = parsePairKey(k);
    return p ? `${words.component(p.a)} and ${words.component(p.b)}` : k;
  });
  return (
    <div className="app-action-gaps" data-testid="action-gaps">
      <h3 className="nhsuk-heading-s">Where the open actions are</h3>
      {gaps.open === 0 ? (
        <p>There are no open actions yet. A plan that uses all of the components has something agreed for each.</p>
      ) : gaps.components.length === 0 && gaps.pairs.length === 0 ? (
        <p>Every component and every tracked pair has at least one open action.</p>
      ) : (
        <ul>
          {gaps.components.length > 0 && (
            <li data-gap="components">
              No open action on {gaps.components.length === 1 ? 'this component' : `these ${gaps.components.length} components`}:{' '}
              {joinList(gaps.components.map((c) => words.component(c)))}.
            </li>
          )}
          {gaps.pairs.length > 0 && (
            <li data-gap="pairs">
              No open action on {gaps.pairs.length === 1 ? 'this tracked pair' : `these ${gaps.pairs.length} tracked pairs`}:{' '}
              {joinList(pairNames)}.
            </li>
          )}
        </ul>
      )}
      <p>
        <Link to={`/programmes/${programmeId}/actions`} className="app-target-link">All actions and lessons</Link>
      </p>
    </div>
  );
}
