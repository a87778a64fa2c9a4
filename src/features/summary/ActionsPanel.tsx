import { useLiveQuery } from 'dexie-react-hooks';
import { useState, type FormEvent } from 'react';
import { db } from '../../db/database';
import { describeStorageError } from '../../db/errors';
import type { Action, Round } from '../../db/types';
import { addAction, deleteAction, setActionStatus, updateAction } from '../../db/workshop';
import type { ComponentId } from '../../model/types';
import type { Words } from '../../model/words';
import { ErrorSummary } from '../../ui/ErrorSummary';
import {
  DateInput,
  dateErrorTarget,
  errorList,
  errorToFields,
  parseDateParts,
  partsFromIso,
  Select,
  Textarea,
  TextInput,
  type DatePart,
  type DateParts,
  type FieldErrors,
  FormButtons,
} from '../../ui/fields';
import { roundComponents } from '../answer/progress';
import { formatDate } from '../programmes/format';

interface ActionsPanelProps {
  programmeId: string;
  round: Round;
  words: Words;
  /** The component to offer first (e.g. the one least in place). */
  suggested?: ComponentId;
  readOnly: boolean;
}

const EMPTY_DATE: DateParts = { day: '', month: '', year: '' };


/** Write down what you will do next: text, component, owner and due date. Listed and editable. */
export function ActionsPanel({ programmeId, round, words, suggested, readOnly }: ActionsPanelProps) {
  const actions = useLiveQuery(
    async () => (await db.actions.where('roundId').equals(round.id).toArray()).sort((a, b) => a.createdAt.localeCompare(b.createdAt)),
    [round.id],
  );
  const [editing, setEditing] = useState<string | null>(null);
  const [text, setText] = useState('');
  const [componentId, setComponentId] = useState<ComponentId | ''>(suggested ?? '');
  const [owner, setOwner] = useState('');
  const [due, setDue] = useState<DateParts>(EMPTY_DATE);
  const [dueParts, setDueParts] = useState<DatePart[] | undefined>(undefined);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [attempt, setAttempt] = useState(0);
  const [message, setMessage] = useState('');

  const reset = () => {
    setEditing(null);
    setText('');
    setComponentId(suggested ?? '');
    setOwner('');
    setDue(EMPTY_DATE);
    setErrors({});
  };

  const edit = (action: Action) => {
    setEditing(action.id);
    setText(action.text);
    setComponentId(action.componentId ?? '');
    setOwner(action.owner);
    setDue(partsFromIso(action.dueDate));
    setErrors({});
    setMessage('');
    requestAnimationFrame(() => document.getElementById('action-text')?.focus());
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setAttempt((n) => n + 1);
    setMessage('');
    const next: FieldErrors = {};
    if (!text.trim()) next['action-text'] = 'Enter what you will do';
    let dueIso = '';
    if (due.day.trim() || due.month.trim() || due.year.trim()) {
      const parsed = parseDateParts(due, 'the due date', 'Due date');
      if ('error' in parsed) {
        next[dateErrorTarget('action-due', parsed.parts)] = parsed.error;
        setDueParts(parsed.parts);
      } else dueIso = parsed.iso;
    }
    if (Object.keys(next).length > 0) {
      setErrors(next);
      return;
    }
    const input = { text, componentId: componentId || null, owner, dueDate: dueIso };
    try {
      if (editing) await updateAction(editing, input);
      else await addAction(programmeId, round.id, input);
      setMessage(editing ? 'Action updated.' : 'Action added.');
      reset();
    } catch (error) {
      setErrors(
        errorToFields(error, { text: 'action-text', owner: 'action-owner', dueDate: 'action-due-day' }, describeStorageError, 'action-text'),
      );
    }
  };

  const dueError = errors['action-due-day'] ?? errors['action-due-month'] ?? errors['action-due-year'];

  return (
    <section aria-labelledby="actions-heading" className="app-summary-section">
      <h2 id="actions-heading">Your next steps</h2>
      <p>One or two small, specific steps are worth more than a long list. Open steps come back to you at the next check.</p>
      {actions && actions.length > 0 && (
        <ul className="app-action-list">
          {actions.map((action) => (
            <li key={action.id} className={`app-action-list__item${action.status !== 'open' ? ' app-action-list__item--closed' : ''}`}>
              <p className="app-action-list__text">
                {action.status === 'done' && <strong className="nhsuk-tag nhsuk-tag--green app-action-list__tag">Done</strong>}
                {action.text}
              </p>
              <p className="nhsuk-body-s app-muted">
                {[
                  action.componentId ? words.component(action.componentId) : 'Not tied to one component',
                  action.owner ? `Owner: ${action.owner}` : '',
                  action.dueDate ? `Due ${formatDate(action.dueDate)}` : '',
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </p>
              {!readOnly && (
                <div className="app-button-row">
                  <button type="button" className="app-link-button" onClick={() => edit(action)}>
                    Change<span className="app-visually-hidden"> the action “{action.text}”</span>
                  </button>
                  <button
                    type="button"
                    className="app-link-button"
                    onClick={() => void setActionStatus(action.id, action.status === 'done' ? 'open' : 'done')}
                  >
                    Mark<span className="app-visually-hidden"> “{action.text}”</span> as {action.status === 'done' ? 'not done' : 'done'}
                  </button>
                  <button type="button" className="app-link-button" onClick={() => void deleteAction(action.id)}>
                    Delete<span className="app-visually-hidden"> the action “{action.text}”</span>
                  </button>
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
      <p role="status" className="app-action-message">
        {message}
      </p>
      {!readOnly && (
        <form onSubmit={(event) => void submit(event)} noValidate className="app-action-form">
          <ErrorSummary errors={errorList(errors, ['action-text', 'action-due-day', 'action-due-month', 'action-due-year', 'action-owner'])} focusKey={attempt} />
          <h3 className="nhsuk-heading-s">{editing ? 'Change this action' : 'Add a next step'}</h3>
          <Textarea
            id="action-text"
            label="What will you do?"
            hint="For example: ask two ward sisters what they think the change is for."
            error={errors['action-text']}
            value={text}
            onChange={setText}
            rows={3}
          />
          <Select<ComponentId | 'none'>
            id="action-component"
            label="Which component is it about?"
            value={componentId || 'none'}
            onChange={(value) => setComponentId(value === 'none' ? '' : value)}
            options={[
              ...roundComponents(round).map((id) => ({ value: id, label: words.component(id) })),
              { value: 'none' as const, label: 'Not one in particular' },
            ]}
          />
          <TextInput
            id="action-owner"
            label="Who will do it? (optional)"
            error={errors['action-owner']}
            value={owner}
            onChange={setOwner}
            widthClass="nhsuk-input--width-20"
          />
          <DateInput
            id="action-due"
            legend="By when? (optional)"
            hint="For example, 15 1 2027"
            error={dueError}
            errorParts={dueParts}
            value={due}
            onChange={setDue}
          />
          <FormButtons addLabel="Add this step" editing={!!editing} onCancel={reset} />
        </form>
      )}
    </section>
  );
}
