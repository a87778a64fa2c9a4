import { useState, type FormEvent } from 'react';
import { describeStorageError } from '../../db/errors';
import type { ProgrammeEvent } from '../../db/types';
import { LIMITS } from '../../db/validate';
import { deleteEvent, saveEvent } from '../../db/workshop';
import { ErrorSummary } from '../../ui/ErrorSummary';
import {
  DateInput,
  TextInput,
  Textarea,
  dateErrorTarget,
  errorList,
  errorToFields,
  parseDateParts,
  partsFromIso,
  type DatePart,
  type FieldErrors,
  FormButtons,
} from '../../ui/fields';
import { longDate } from './format';

const EMPTY_DATE = { day: '', month: '', year: '' };

/**
 * The programme's dated events (a new lead, a reorganisation, a policy change): drawn on the
 * trend charts as E1, E2… so that a change in the lines can be read against what happened.
 */
export function EventsPanel({ programmeId, events }: { programmeId: string; events: readonly ProgrammeEvent[] }) {
  const [editing, setEditing] = useState<string | undefined>(undefined);
  const [title, setTitle] = useState('');
  const [note, setNote] = useState('');
  const [date, setDate] = useState(EMPTY_DATE);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [dateParts, setDateParts] = useState<DatePart[] | undefined>();
  const [attempt, setAttempt] = useState(0);
  const [confirmDelete, setConfirmDelete] = useState<string | undefined>();
  const [status, setStatus] = useState('');

  const reset = () => {
    setEditing(undefined);
    setTitle('');
    setNote('');
    setDate(EMPTY_DATE);
    setErrors({});
    setDateParts(undefined);
  };

  const startEdit = (e: ProgrammeEvent) => {
    setEditing(e.id);
    setTitle(e.title);
    setNote(e.note);
    setDate(partsFromIso(e.date));
    setErrors({});
    setConfirmDelete(undefined);
    setStatus('');
    requestAnimationFrame(() => document.getElementById('event-title')?.focus());
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setAttempt((n) => n + 1);
    setStatus('');
    const found: FieldErrors = {};
    const parsed = parseDateParts(date, 'the date of the event', 'The date of the event');
    if ('error' in parsed) found[dateErrorTarget('event-date', parsed.parts)] = parsed.error;
    if (!title.trim()) found['event-title'] = 'Enter what happened, in a few words';
    else if (title.trim().length > LIMITS.name) found['event-title'] = `What happened must be ${LIMITS.name} characters or fewer`;
    if (note.trim().length > LIMITS.longText) found['event-note'] = `The note must be ${LIMITS.longText} characters or fewer`;
    setDateParts('error' in parsed ? parsed.parts : undefined);
    setErrors(found);
    if (Object.keys(found).length > 0 || 'error' in parsed) return;
    try {
      await saveEvent(programmeId, { date: parsed.iso, title, note }, editing);
      setStatus(editing ? `Event “${title.trim()}” changed.` : `Event “${title.trim()}” added.`);
      reset();
    } catch (error) {
      setErrors(
        errorToFields(error, { title: 'event-title', note: 'event-note', date: 'event-date-day' }, describeStorageError, 'event-title'),
      );
    }
  };

  const dateError = Object.entries(errors).find(([k]) => k.startsWith('event-date'))?.[1];
  const sorted = [...events].sort((a, b) => a.date.localeCompare(b.date));

  return (
    <div className="app-events">
      <h3 className="nhsuk-heading-m" id="events-title">
        Dated events
      </h3>
      <p>
        Note what happened and when (a new lead, a reorganisation, a change of policy, a new way of working), so that a rise or
        fall in the lines can be read against it.
      </p>
      {sorted.length === 0 ? (
        <p className="app-muted">No events yet.</p>
      ) : (
        <table className="nhsuk-table app-table" data-testid="events-table">
          <caption className="nhsuk-table__caption nhsuk-table__caption--s">Events on the chart</caption>
          <thead className="nhsuk-table__head">
            <tr>
              <th scope="col">Mark</th>
              <th scope="col">Date</th>
              <th scope="col">What happened</th>
              <th scope="col">
                <span className="app-visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody className="nhsuk-table__body">
            {sorted.map((e, i) => (
              <tr key={e.id}>
                <td>E{i + 1}</td>
                <td>{longDate(e.date)}</td>
                <td>
                  <strong>{e.title}</strong>
                  {e.note && <span className="app-table__sub">{e.note}</span>}
                </td>
                <td className="app-events__actions">
                  {confirmDelete === e.id ? (
                    <span>
                      Delete this event?{' '}
                      <button
                        type="button"
                        className="app-dash-link-button app-dash-link-button--danger"
                        onClick={() => {
                          setConfirmDelete(undefined);
                          void deleteEvent(e.id)
                            .then(() => setStatus(`Event “${e.title}” deleted.`))
                            .catch((err: unknown) => setStatus(describeStorageError(err)));
                          if (editing === e.id) reset();
                        }}
                      >
                        Yes, delete
                      </button>{' '}
                      <button type="button" className="app-dash-link-button" onClick={() => setConfirmDelete(undefined)}>
                        Keep it
                      </button>
                    </span>
                  ) : (
                    <>
                      <button type="button" className="app-dash-link-button" onClick={() => startEdit(e)}>
                        Change<span className="app-visually-hidden"> “{e.title}”</span>
                      </button>{' '}
                      <button type="button" className="app-dash-link-button" onClick={() => setConfirmDelete(e.id)}>
                        Delete<span className="app-visually-hidden"> “{e.title}”</span>
                      </button>
                    </>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p className="app-visually-hidden" role="status">
        {status}
      </p>
      {status && (
        <p className="app-events__status" aria-hidden="true">
          {status}
        </p>
      )}
      <form onSubmit={submit} noValidate className="app-events__form" aria-labelledby="event-form-title">
        <h4 className="nhsuk-heading-s" id="event-form-title">
          {editing ? 'Change the event' : 'Add an event'}
        </h4>
        <ErrorSummary
          errors={errorList(errors, [dateErrorTarget('event-date', dateParts), 'event-title', 'event-note'])}
          focusKey={attempt}
        />
        <DateInput id="event-date" legend="When it happened" hint="For example, 3 3 2026" error={dateError} errorParts={dateParts} value={date} onChange={setDate} />
        <TextInput id="event-title" label="What happened" hint="A few words, shown beside the chart." error={errors['event-title']} value={title} onChange={setTitle} />
        <Textarea id="event-note" label="Note (optional)" error={errors['event-note']} value={note} onChange={setNote} rows={2} />
        <FormButtons addLabel="Add event" editing={!!editing} onCancel={reset} className="app-events__buttons" />
      </form>
    </div>
  );
}
