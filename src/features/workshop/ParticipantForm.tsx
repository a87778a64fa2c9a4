import { useState, type FormEvent } from 'react';
import { roleOptions } from '../../ui/roleOptions';
import { describeStorageError } from '../../db/errors';
import { addParticipant, updateParticipant } from '../../db/rounds';
import type { Participant, Role } from '../../db/types';
import { LIMITS } from '../../db/validate';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { Checkbox, Radios, TextInput, errorList, errorToFields, type FieldErrors } from '../../ui/fields';

interface ParticipantFormProps {
  roundId: string;
  /** Used to make the default anonymous label ("Participant 4"). */
  count: number;
  /** Edit this person instead of adding one. */
  editing?: Participant;
  /** Prefix for element ids, so two forms can share a page. */
  idPrefix: string;
  /** Wording for the person filling it in: "you" on the tablet, "them" for the facilitator. */
  voice: 'self' | 'facilitator';
  submitLabel: string;
  onDone: (participant: Participant | undefined) => void;
  onCancel?: () => void;
}

export function anonymousLabel(count: number): string {
  return `Participant ${count + 1}`;
}

/** Add (or edit) a person in a round: a name or a label of their choosing, and a role. */
export function ParticipantForm({ roundId, count, editing, idPrefix, voice, submitLabel, onDone, onCancel }: ParticipantFormProps) {
  const [label, setLabel] = useState(editing && !editing.anonymous ? editing.label : (editing?.label ?? ''));
  const [anonymous, setAnonymous] = useState(editing?.anonymous ?? false);
  const [role, setRole] = useState<Role | ''>(editing?.role ?? '');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [attempt, setAttempt] = useState(0);
  const [saving, setSaving] = useState(false);
  const ids = { label: `${idPrefix}-label`, role: `${idPrefix}-role`, form: `${idPrefix}-form` };
  const self = voice === 'self';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setAttempt((n) => n + 1);
    const found: FieldErrors = {};
    const trimmed = label.trim();
    if (!trimmed && !anonymous) found[ids.label] = self ? 'Enter your name or a label, or choose to stay anonymous' : 'Enter a name or label, or choose anonymous';
    if (trimmed.length > LIMITS.name) found[ids.label] = `The name or label must be ${LIMITS.name} characters or fewer`;
    if (!role) found[ids.role] = self ? 'Choose the role that fits you best' : 'Choose the role that fits best';
    setErrors(found);
    if (Object.keys(found).length > 0 || !role) return;
    setSaving(true);
    try {
      const input = { label: trimmed || anonymousLabel(count), role, anonymous };
      if (editing) {
        await updateParticipant(editing.id, input);
        onDone(undefined);
      } else {
        onDone(await addParticipant(roundId, input));
      }
    } catch (error) {
      setErrors(errorToFields(error, { label: ids.label }, describeStorageError, ids.label));
    } finally {
      setSaving(false);
    }
  };

  return (
    <form onSubmit={submit} noValidate id={ids.form}>
      <ErrorSummary errors={errorList(errors, [ids.label, ids.role])} focusKey={attempt} />
      <TextInput
        id={ids.label}
        label={self ? 'Your name, or a label you choose' : 'Name or label'}
        hint={
          anonymous
            ? `Optional. Leave it blank and you will be shown as "${anonymousLabel(count)}".`
            : 'For example "Sam", "Ward 7 sister" or "P4".'
        }
        error={errors[ids.label]}
        value={label}
        onChange={setLabel}
        autoComplete="off"
        widthClass="nhsuk-input--width-20"
        spellCheck={false}
      />
      <Checkbox
        id={`${idPrefix}-anonymous`}
        label={self ? 'Keep me anonymous' : 'Anonymous'}
        hint="Results never show an anonymous person's name or label, only their role in group counts."
        checked={anonymous}
        onChange={setAnonymous}
      />
      <Radios
        id={ids.role}
        legend={self ? 'Which role fits you best?' : 'Role'}
        hint="Views often differ by role, so the group can see whose view is missing."
        error={errors[ids.role]}
        options={roleOptions()}
        value={role}
        onChange={setRole}
      />
      <div className="app-button-row">
        <button type="submit" className="nhsuk-button" disabled={saving}>
          {submitLabel}
        </button>
        {onCancel && (
          <button type="button" className="nhsuk-button nhsuk-button--secondary" onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}
