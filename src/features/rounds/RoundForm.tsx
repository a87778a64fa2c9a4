import { useState, type FormEvent, type ReactNode } from 'react';
import { describeStorageError, ValidationError } from '../../db/errors';
import type { RoundInput } from '../../db/rounds';
import { LIMITS, optionalText, requiredDate, requiredText } from '../../db/validate';
import { STAGES, type StageId } from '../../model/vocabulary';
import { SECONDS_PER_STATEMENT } from '../../model/pulse';
import { ErrorSummary } from '../../ui/ErrorSummary';
import {
  Checkbox,
  DateInput,
  dateErrorTarget,
  errorList,
  errorToFields,
  parseDateParts,
  Radios,
  Textarea,
  TextInput,
  type DatePart,
  type DateParts,
  type FieldErrors,
} from '../../ui/fields';

export interface RoundFormValues {
  title: string;
  date: DateParts;
  stage: StageId | '';
  notes: string;
  fromPrevious: boolean;
  /** Which statements a new round asks; absent when editing a round. */
  promptSet?: 'full' | 'pulse';
}

const DATE_ID = 'round-date';
const FIELD_IDS: Record<string, string> = {
  title: 'round-title',
  date: `${DATE_ID}-day`,
  stage: 'round-stage',
  notes: 'round-notes',
};
const FIELD_ORDER = ['round-title', `${DATE_ID}-day`, `${DATE_ID}-month`, `${DATE_ID}-year`, 'round-stage', 'round-notes'];

export interface CheckedRoundForm {
  errors: FieldErrors;
  dateParts?: DatePart[];
  input?: RoundInput;
}

/** Check every field before anything is written, so all problems are listed at once. */
export function checkRoundForm(values: RoundFormValues): CheckedRoundForm {
  const errors: FieldErrors = {};
  let dateParts: DatePart[] | undefined;
  const attempt = <T,>(check: () => T): T | undefined => {
    try {
      return check();
    } catch (error) {
      if (error instanceof ValidationError && FIELD_IDS[error.field]) errors[FIELD_IDS[error.field]!] = error.message;
      else throw error;
      return undefined;
    }
  };
  const title = attempt(() => requiredText('title', 'a title for the round', values.title, LIMITS.name));
  const parsed = parseDateParts(values.date, 'the date of the round', 'Date of the round');
  let date: string | undefined;
  if ('error' in parsed) {
    dateParts = parsed.parts;
    errors[dateErrorTarget(DATE_ID, parsed.parts)] = parsed.error;
  } else {
    date = attempt(() => requiredDate('date', 'the date of the round', parsed.iso));
  }
  if (!values.stage || !STAGES.some((s) => s.id === values.stage)) errors['round-stage'] = 'Choose the stage the change is at';
  const notes = attempt(() => optionalText('notes', 'the notes', values.notes, LIMITS.longText));
  if (Object.keys(errors).length > 0) return { errors, dateParts };
  return {
    errors,
    input: {
      title: title!,
      date: date!,
      stage: values.stage,
      notes: notes!,
      fromPrevious: values.fromPrevious,
      ...(values.promptSet ? { promptSet: values.promptSet } : {}),
    },
  };
}

export interface RoundFormProps {
  initial: RoundFormValues;
  submitLabel: string;
  /** When set, shows the "Start from the previous round" checkbox with this explanation. */
  previousHint?: ReactNode;
  /** When set (a new round), offers the full set of this many statements or the pulse set. */
  fullSetSize?: number;
  onSubmit: (input: RoundInput) => Promise<void>;
  children?: ReactNode;
}

export function RoundForm({ initial, submitLabel, previousHint, fullSetSize, onSubmit, children }: RoundFormProps) {
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [dateParts, setDateParts] = useState<DatePart[] | undefined>();
  const [submits, setSubmits] = useState(0);
  const [saving, setSaving] = useState(false);

  const set = <K extends keyof RoundFormValues>(key: K) => (value: RoundFormValues[K]) => setValues((v) => ({ ...v, [key]: value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (saving) return;
    setSubmits((n) => n + 1);
    const checked = checkRoundForm(values);
    setDateParts(checked.dateParts);
    if (!checked.input) {
      setErrors(checked.errors);
      return;
    }
    setSaving(true);
    try {
      await onSubmit(checked.input);
      setErrors({});
    } catch (error) {
      setErrors(errorToFields(error, FIELD_IDS, describeStorageError, 'round-save'));
    } finally {
      setSaving(false);
    }
  };

  const dateErrorField = FIELD_ORDER.slice(1, 4).find((f) => errors[f]);
  const summary = errorList(errors, FIELD_ORDER).map((e) => (e.field === 'round-save' ? { ...e, field: 'round-title' } : e));

  return (
    <form noValidate onSubmit={(event) => void submit(event)}>
      <ErrorSummary errors={summary} focusKey={submits} />
      <TextInput
        id="round-title"
        label="Title of the round"
        labelClassName="nhsuk-label--s"
        hint="For example “March board meeting” or “Workshop with ward staff”."
        value={values.title}
        onChange={set('title')}
        error={errors['round-title']}
        maxLength={LIMITS.name}
        autoComplete="off"
      />
      <DateInput
        id={DATE_ID}
        legend="Date of the round"
        hint="The day the group meets or answers. For example, 3 3 2026."
        value={values.date}
        onChange={set('date')}
        error={dateErrorField ? errors[dateErrorField] : undefined}
        errorParts={dateParts}
      />
      <Radios<StageId>
        id="round-stage"
        legend="What stage is the change at?"
        hint="Some components matter more at some stages. Spreading, for example, usually comes later, so people can answer “not yet at this stage”."
        value={values.stage}
        onChange={set('stage')}
        error={errors['round-stage']}
        options={STAGES.map((s) => ({ value: s.id, label: s.label, hint: s.description }))}
      />
      <Textarea
        id="round-notes"
        label="Notes (optional)"
        labelClassName="nhsuk-label--s"
        hint="What is going on at the moment: who is in the room, what has changed since last time, what the group wants from this round."
        value={values.notes}
        onChange={set('notes')}
        error={errors['round-notes']}
        rows={5}
        maxLength={LIMITS.longText}
      />
      {fullSetSize !== undefined && (
        <Radios<'full' | 'pulse'>
          id="round-prompt-set"
          legend="Which statements?"
          hint="About 25 seconds a statement for each person."
          value={values.promptSet ?? 'full'}
          onChange={set('promptSet')}
          options={[
            {
              value: 'full',
              label: `The programme’s full set: ${fullSetSize} statements`,
              hint: `About ${Math.ceil((fullSetSize * SECONDS_PER_STATEMENT) / 60)} minutes a person, plus the tracked pairs.`,
            },
            {
              value: 'pulse',
              label: 'A pulse: one statement per component, and three pairs',
              hint: 'About 5 minutes a person, for a check in a meeting. Trend charts mark a pulse round as asked in other words.',
            },
          ]}
        />
      )}
      {previousHint && (
        <Checkbox
          id="round-from-previous"
          label="Start from the previous round"
          hint={previousHint}
          checked={values.fromPrevious}
          onChange={set('fromPrevious')}
        />
      )}
      {errors['round-save'] && (
        <p className="nhsuk-error-message" id="round-save-error">
          <span className="nhsuk-u-visually-hidden">Error:</span> {errors['round-save']}
        </p>
      )}
      <div className="app-button-row">
        <button type="submit" className="nhsuk-button" disabled={saving}>
          {submitLabel}
        </button>
        {children}
      </div>
    </form>
  );
}
