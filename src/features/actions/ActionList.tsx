import { useState } from 'react';
import { parsePairKey } from '../../domain/groups';
import { describeStorageError } from '../../db/errors';
import type { Action, ActionStatus, Round } from '../../db/types';
import { todayIso } from '../../db/validate';
import { deleteAction, setActionStatus } from '../../db/workshop';
import type { Words } from '../../model/words';
import { ActionForm } from './ActionForm';
import { formatDate, isOverdue } from './review';

const STATUS_TEXT: Record<ActionStatus, string> = { open: 'Open', done: 'Done', dropped: 'Dropped' };
const STATUS_TAG: Record<ActionStatus, string> = { open: 'nhsuk-tag--blue', done: 'nhsuk-tag--green', dropped: 'nhsuk-tag--grey' };

/** "Engagement to mobilise and Rigorous delivery", or '' for no pair. */
export function pairName(key: string | undefined, words: Words): string {
  const pair = key ? parsePairKey(key) : undefined;
  return pair ? `Pair: ${words.component(pair.a)} and ${words.component(pair.b)}` : '';
}

interface ActionListProps {
  programmeId: string;
  actions: Action[];
  rounds: Round[];
  words: Words;
  /** Shown when there are no actions. */
  empty: string;
  idPrefix: string;
}

/** Actions with their owner, due date and status; each can be edited, marked done, dropped or reopened. */
export function ActionList({ programmeId, actions, rounds, words, empty, idPrefix }: ActionListProps) {
  const [editing, setEditing] = useState<string | undefined>();
  const [confirmDelete, setConfirmDelete] = useState<string | undefined>();
  const [error, setError] = useState('');
  const roundTitle = new Map(rounds.map((r) => [r.id, r.title]));
  const today = todayIso();

  const run = async (body: () => Promise<void>) => {
    setError('');
    try {
      await body();
    } catch (e) {
      setError(describeStorageError(e));
    }
  };
  const setStatus = (action: Action, status: ActionStatus) => run(() => setActionStatus(action.id, status));

  if (actions.length === 0) return <p>{empty}</p>;
  return (
    <>
      {error && (
        <p className="nhsuk-error-message" role="alert">
          {error}
        </p>
      )}
      <ul className="app-agreed-list">
        {actions.map((action) => (
          <li key={action.id} className="app-agreed-list__item" data-action={action.id}>
            {editing === action.id ? (
              <ActionForm
                programmeId={programmeId}
                words={words}
                editing={action}
                idPrefix={`${idPrefix}-edit-${action.id}`}
                onDone={() => setEditing(undefined)}
                onCancel={() => setEditing(undefined)}
              />
            ) : (
              <>
                <p className="app-agreed-list__text">
                  <strong className={`nhsuk-tag ${STATUS_TAG[action.status]}`}>{STATUS_TEXT[action.status]}</strong> {action.text}
                </p>
                <p className="app-agreed-list__meta">
                  {[
                    action.componentId ? words.component(action.componentId) : '',
                    pairName(action.pairKey, words),
                    action.owner ? `Owner: ${action.owner}` : 'No owner named',
                    action.dueDate ? `Due ${formatDate(action.dueDate)}` : '',
                    `Agreed at ${roundTitle.get(action.roundId) ?? 'a deleted round'}`,
                    action.carriedInto.length > 0 ? `carried forward ${action.carriedInto.length === 1 ? 'once' : `${action.carriedInto.length} times`}` : '',
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                  {isOverdue(action, today) && (
                    <>
                      {' '}
                      <strong className="nhsuk-tag nhsuk-tag--orange">Past due</strong>
                    </>
                  )}
                </p>
                <div className="app-button-row app-button-row--compact">
                  <button type="button" className="app-link-button" onClick={() => setEditing(action.id)}>
                    Edit<span className="app-visually-hidden"> {action.text}</span>
                  </button>
                  {action.status !== 'done' && (
                    <button type="button" className="app-link-button" onClick={() => void setStatus(action, 'done')}>
                      Mark done<span className="app-visually-hidden">: {action.text}</span>
                    </button>
                  )}
                  {action.status !== 'dropped' && (
                    <button type="button" className="app-link-button" onClick={() => void setStatus(action, 'dropped')}>
                      Drop<span className="app-visually-hidden"> {action.text}</span>
                    </button>
                  )}
                  {action.status !== 'open' && (
                    <button type="button" className="app-link-button" onClick={() => void setStatus(action, 'open')}>
                      Reopen<span className="app-visually-hidden"> {action.text}</span>
                    </button>
                  )}
                  {confirmDelete === action.id ? (
                    <span className="app-confirm-inline">
                      Delete for good?{' '}
                      <button type="button" className="app-link-button app-link-button--danger" onClick={() => void run(() => deleteAction(action.id))}>
                        Yes, delete<span className="app-visually-hidden"> {action.text}</span>
                      </button>{' '}
                      <button type="button" className="app-link-button" onClick={() => setConfirmDelete(undefined)}>
                        Keep it
                      </button>
                    </span>
                  ) : (
                    <button type="button" className="app-link-button" onClick={() => setConfirmDelete(action.id)}>
                      Delete<span className="app-visually-hidden"> {action.text}</span>
                    </button>
                  )}
                </div>
              </>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}
