import { useLiveQuery } from 'dexie-react-hooks';
import { useState, type FormEvent } from 'react';
import { db } from '../../db/database';
import { describeStorageError } from '../../db/errors';
import type { Lesson, Programme } from '../../db/types';
import { LIMITS, todayIso } from '../../db/validate';
import { deleteLesson, saveLesson } from '../../db/workshop';
import { COMPONENT_IDS, type ComponentId } from '../../model/types';
import { programmeWords } from '../../model/words';
import { ErrorSummary } from '../../ui/ErrorSummary';
import {
  DateInput,
  Select,
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
import { formatDate } from './review';

/**
 * Lessons learnt: dated notes worth passing on, each linked to a component if it fits one.
 * Knowledge kept in one person's head leaves with them (evaluation-2013 §5.2, Box 1).
 * Each lesson can be changed (the same form, filled in) or deleted after a confirmation.
 */
export function LessonsLog({ programme }: { programme: Programme }) {
  const words = programmeWords(programme);
  const lessons = useLiveQuery(
    async () => (await db.lessons.where('programmeId').equals(programme.id).toArray()).sort((x, y) => y.date.localeCompare(x.date) || y.createdAt.localeCompare(x.createdAt)),
    [programme.id],
  );
  const [text, setText] = useState('');
  const [componentId, setComponentId] = useState<ComponentId | ''>('');
  const [date, setDate] = useState(partsFromIso(todayIso()));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [dateParts, setDateParts] = useState<DatePart[] | undefined>();
  const [attempt, setAttempt] = useState(0);
  const [confirmDelete, setConfirmDelete] = useState<string | undefined>();
  const [status, setStatus] = useState('');
  const [editing, setEditing] = useState<string | undefined>();

  const reset = () => {
    setEditing(undefined);
    setText('');
    setComponentId('');
    setDate(partsFromIso(todayIso()));
    setErrors({});
    setDateParts(undefined);
  };

  const startEditing = (lesson: Lesson) => {
    setEditing(lesson.id);
    setText(lesson.text);
    setComponentId(lesson.componentId ?? '');
    setDate(partsFromIso(lesson.date));
    setErrors({});
    setDateParts(undefined);
    setStatus('');
    setConfirmDelete(undefined);
    // The form is above the list: take the person (and the screen reader) to it.
    requestAnimationFrame(() => document.getElementById('lesson-text')?.focus());
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setAttempt((n) => n + 1);
    setStatus('');
    const found: FieldErrors = {};
    if (!text.trim()) found['lesson-text'] = 'Enter the lesson';
    else if (text.trim().length > LIMITS.longText) found['lesson-text'] = `The lesson must be ${LIMITS.longText} characters or fewer`;
    const parsed = parseDateParts(date, 'the date of the lesson', 'The date of the lesson');
    if ('error' in parsed) found[dateErrorTarget('lesson-date', parsed.parts)] = parsed.error;
    setDateParts('error' in parsed ? parsed.parts : undefined);
    setErrors(found);
    if (Object.keys(found).length > 0 || 'error' in parsed) return;
    try {
      await saveLesson(programme.id, { date: parsed.iso, componentId: componentId || null, text }, editing);
      setStatus(editing ? 'Lesson changed.' : 'Lesson saved.');
      reset();
    } catch (error) {
      setErrors(errorToFields(error, { text: 'lesson-text', date: 'lesson-date-day' }, describeStorageError, 'lesson-text'));
    }
  };

  const dateError = Object.entries(errors).find(([k]) => k.startsWith('lesson-date'))?.[1];

  return (
    <section aria-labelledby="lessons-title" className="app-lessons">
      <h2 className="nhsuk-heading-l" id="lessons-title">
        Lessons learnt
      </h2>
      <p>
        What has the group learnt that others could use? A lesson written down outlives the meeting, and the person
        who learnt it.
      </p>
      <form onSubmit={submit} noValidate aria-labelledby="lesson-form-title">
        <h3 className="nhsuk-heading-s" id="lesson-form-title">
          {editing ? 'Change the lesson' : 'Add a lesson'}
        </h3>
        <ErrorSummary errors={errorList(errors, ['lesson-text', dateErrorTarget('lesson-date', dateParts)])} focusKey={attempt} />
        <Textarea id="lesson-text" label="The lesson" hint="What happened, and what you would do again or differently." error={errors['lesson-text']} value={text} onChange={setText} rows={3} />
        <Select
          id="lesson-component"
          label="Component (optional)"
          options={[{ value: '' as ComponentId | '', label: 'Not about one component' }, ...COMPONENT_IDS.map((c) => ({ value: c as ComponentId | '', label: words.component(c) }))]}
          value={componentId}
          onChange={setComponentId}
        />
        <DateInput id="lesson-date" legend="Date" error={dateError} errorParts={dateParts} value={date} onChange={setDate} />
        <FormButtons addLabel="Add lesson" editing={!!editing} onCancel={reset} />
        <p className="app-visually-hidden" role="status">
          {status}
        </p>
      </form>
      {lessons && lessons.length === 0 && <p>No lessons recorded yet.</p>}
      {lessons && lessons.length > 0 && (
        <ul className="app-lesson-list">
          {lessons.map((lesson) => (
            <li key={lesson.id} className="app-lesson-list__item">
              <p className="app-lesson-list__meta">
                <strong>{formatDate(lesson.date)}</strong>
                {lesson.componentId ? ` · ${words.component(lesson.componentId)}` : ''}
              </p>
              <p className="app-lesson-list__text">{lesson.text}</p>
              {confirmDelete === lesson.id ? (
                <p>
                  Delete this lesson for good?{' '}
                  <button
                    type="button"
                    className="app-link-button app-link-button--danger"
                    onClick={() => {
                      if (editing === lesson.id) reset();
                      void deleteLesson(lesson.id).then(
                        () => setStatus('Lesson deleted.'),
                        (e: unknown) => setStatus(describeStorageError(e)),
                      );
                    }}
                  >
                    Yes, delete
                  </button>{' '}
                  <button type="button" className="app-link-button" onClick={() => setConfirmDelete(undefined)}>
                    Keep it
                  </button>
                </p>
              ) : (
                <p className="app-lesson-list__actions">
                  <button type="button" className="app-link-button" onClick={() => startEditing(lesson)}>
                    Change<span className="app-visually-hidden"> the lesson from {formatDate(lesson.date)}</span>
                  </button>{' '}
                  <button type="button" className="app-link-button" onClick={() => setConfirmDelete(lesson.id)}>
                    Delete<span className="app-visually-hidden"> the lesson from {formatDate(lesson.date)}</span>
                  </button>
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
