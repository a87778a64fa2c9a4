import { useState, type FormEvent } from 'react';
import { describeStorageError, ValidationError } from '../../db/errors';
import type { ProgrammeInput } from '../../db/programmes';
import { LIMITS, optionalText, requiredText } from '../../db/validate';
import type { VocabularyId } from '../../model/types';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { errorList, errorToFields, Radios, Textarea, TextInput, type FieldErrors } from '../../ui/fields';

export interface ProgrammeFormValues {
  name: string;
  aim: string;
  organisations: string;
  vocabulary: VocabularyId;
}

const FIELD_ORDER = ['programme-name', 'programme-aim', 'programme-organisations', 'programme-vocabulary', 'programme-save'];

/** db field name -> control id. */
const FIELD_IDS: Record<string, string> = {
  name: 'programme-name',
  aim: 'programme-aim',
  organisations: 'programme-organisations',
  vocabulary: 'programme-vocabulary',
};

/** Check every field before anything is written, so all problems are listed at once. */
export function checkProgrammeForm(values: ProgrammeFormValues): FieldErrors {
  const errors: FieldErrors = {};
  const attempt = (check: () => unknown) => {
    try {
      check();
    } catch (error) {
      if (error instanceof ValidationError && FIELD_IDS[error.field]) errors[FIELD_IDS[error.field]!] = error.message;
      else throw error;
    }
  };
  attempt(() => requiredText('name', 'a name for the programme', values.name, LIMITS.name));
  attempt(() => optionalText('aim', 'the aim', values.aim, LIMITS.longText));
  attempt(() => optionalText('organisations', 'the organisations', values.organisations, LIMITS.longText));
  if (values.vocabulary !== '2013' && values.vocabulary !== '2018') errors['programme-vocabulary'] = 'Choose which names to use';
  return errors;
}

export interface ProgrammeFormProps {
  initial: ProgrammeFormValues;
  submitLabel: string;
  /** Saves; throws ValidationError or a storage error, which the form shows. */
  onSubmit: (input: ProgrammeInput) => Promise<void>;
  children?: React.ReactNode;
}

export function ProgrammeForm({ initial, submitLabel, onSubmit, children }: ProgrammeFormProps) {
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [submits, setSubmits] = useState(0);
  const [saving, setSaving] = useState(false);

  const set = <K extends keyof ProgrammeFormValues>(key: K) => (value: ProgrammeFormValues[K]) =>
    setValues((v) => ({ ...v, [key]: value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (saving) return;
    setSubmits((n) => n + 1);
    const found = checkProgrammeForm(values);
    if (Object.keys(found).length > 0) {
      setErrors(found);
      return;
    }
    setSaving(true);
    try {
      await onSubmit(values);
      setErrors({});
    } catch (error) {
      setErrors(errorToFields(error, FIELD_IDS, describeStorageError, 'programme-save'));
    } finally {
      setSaving(false);
    }
  };

  const summary = errorList(errors, FIELD_ORDER).map((e) =>
    e.field === 'programme-save' ? { ...e, field: 'programme-name' } : e,
  );

  return (
    <form noValidate onSubmit={(event) => void submit(event)}>
      <ErrorSummary errors={summary} focusKey={submits} />
      <TextInput
        id="programme-name"
        label="Name of the programme"
        labelClassName="nhsuk-label--s"
        hint="A short name the team will recognise, for example “Frailty pathway 2026”."
        value={values.name}
        onChange={set('name')}
        error={errors['programme-name']}
        maxLength={LIMITS.name}
        autoComplete="off"
      />
      <Textarea
        id="programme-aim"
        label="What is the change trying to achieve? (optional)"
        labelClassName="nhsuk-label--s"
        hint="The aim in the team’s own words. You will come back to it each round, so write what people would agree with, not a slogan."
        value={values.aim}
        onChange={set('aim')}
        error={errors['programme-aim']}
        rows={4}
        maxLength={LIMITS.longText}
      />
      <Textarea
        id="programme-organisations"
        label="Organisations involved (optional)"
        labelClassName="nhsuk-label--s"
        hint="For example the trust, the primary care network, the council, a patient group. It helps to notice who is missing."
        value={values.organisations}
        onChange={set('organisations')}
        error={errors['programme-organisations']}
        rows={3}
        maxLength={LIMITS.longText}
      />
      <Radios<VocabularyId>
        id="programme-vocabulary"
        legend="Which names should the components have?"
        hint="Both describe the same eight components. You can also rename components in the team’s own words later."
        value={values.vocabulary}
        onChange={set('vocabulary')}
        error={errors['programme-vocabulary']}
        options={[
          {
            value: '2013',
            label: 'Original names (2013)',
            hint: 'For example “Leadership for change”, “Transparent measurement”.',
          },
          {
            value: '2018',
            label: 'Refreshed names (2018)',
            hint: 'For example “Leadership by all”, “Measurement”.',
          },
        ]}
      />
      {errors['programme-save'] && (
        <p className="nhsuk-error-message" id="programme-save-error">
          <span className="nhsuk-u-visually-hidden">Error:</span> {errors['programme-save']}
        </p>
      )}
      <div className="app-button-row">
        <button type="submit" className="nhsuk-button" disabled={saving} aria-disabled={saving || undefined}>
          {submitLabel}
        </button>
        {children}
      </div>
    </form>
  );
}
