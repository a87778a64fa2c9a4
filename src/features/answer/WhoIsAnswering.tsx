import { useState, type FormEvent } from 'react';
import { roleOptions } from '../../ui/roleOptions';
import { describeStorageError } from '../../db/errors';
import { rememberParticipant } from '../../db/place';
import { addParticipant } from '../../db/rounds';
import type { Participant, Role } from '../../db/types';
import { roleLabel } from '../../model/vocabulary';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { errorList, errorToFields, Radios, TextInput, type FieldErrors } from '../../ui/fields';

interface WhoIsAnsweringProps {
  roundId: string;
  participants: Participant[];
  readOnly: boolean;
}

/**
 * Asked once per round on a device: pick one of the people already in the round, or add yourself
 * (name and role). The choice is remembered, so the wheel and the component screens follow it.
 */
export function WhoIsAnswering({ roundId, participants, readOnly }: WhoIsAnsweringProps) {
  const [chosen, setChosen] = useState('');
  const [label, setLabel] = useState('');
  const [role, setRole] = useState<Role | ''>('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [attempt, setAttempt] = useState(0);
  const adding = participants.length === 0 || chosen === 'new';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setAttempt((n) => n + 1);
    if (!adding) {
      if (!chosen) {
        setErrors({ 'who-choice': 'Choose who is answering' });
        return;
      }
      await rememberParticipant(roundId, chosen);
      return;
    }
    const next: FieldErrors = {};
    if (!label.trim()) next['who-label'] = 'Enter your name, or a label such as "Ward manager"';
    if (!role) next['who-role'] = 'Choose the role that fits best';
    if (Object.keys(next).length > 0) {
      setErrors(next);
      return;
    }
    try {
      const participant = await addParticipant(roundId, { label, role: role as Role });
      await rememberParticipant(roundId, participant.id);
      setErrors({});
    } catch (error) {
      setErrors(errorToFields(error, { label: 'who-label' }, describeStorageError, 'who-label'));
    }
  };

  if (readOnly) {
    return <p>This round is closed and nobody answered on this device. Its answers can be seen in the summary.</p>;
  }

  return (
    <form onSubmit={(event) => void submit(event)} noValidate className="app-who">
      <ErrorSummary errors={errorList(errors, ['who-choice', 'who-label', 'who-role'])} focusKey={attempt} />
      <h2 className="nhsuk-heading-m" id="who" tabIndex={-1}>
        Who is answering?
      </h2>
      <p>Your answers are kept as yours, so that different views in the group stay visible.</p>
      {participants.length > 0 && (
        <Radios
          id="who-choice"
          legend="Choose your name"
          error={errors['who-choice']}
          value={chosen}
          onChange={(value) => {
            setChosen(value);
            setErrors({});
          }}
          options={[
            ...participants.map((p) => ({ value: p.id, label: p.label, hint: roleLabel(p.role) })),
            { value: 'new', label: 'Someone else: add me' },
          ]}
        />
      )}
      {adding && (
        <>
          <TextInput
            id="who-label"
            label="Your name or a label"
            hint="Only people who use this device or see an export will see it."
            error={errors['who-label']}
            value={label}
            onChange={setLabel}
            widthClass="nhsuk-input--width-20"
            autoComplete="off"
          />
          <Radios
            id="who-role"
            legend="Your role in this change"
            error={errors['who-role']}
            value={role}
            onChange={setRole}
            options={roleOptions()}
          />
        </>
      )}
      <button type="submit" className="nhsuk-button">
        Continue
      </button>
    </form>
  );
}
