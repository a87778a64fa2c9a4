import { useState, type FormEvent } from 'react';
import { DEFAULT_TENSION_PAIRS, pairKey } from '../../model/tensions';
import { parsePairKey } from '../../domain/groups';
import { describeStorageError } from '../../db/errors';
import type { Action, Round } from '../../db/types';
import { LIMITS } from '../../db/validate';
import { addAction, updateAction } from '../../db/workshop';
import { COMPONENT_IDS, type ComponentId } from '../../model/types';
import type { Words } from '../../model/words';
import { ErrorSummary } from '../../ui/ErrorSummary';
import {
  DateInput,
  Select,
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
import { roundsInOrder } from './review';

interface ActionFormProps {
  programmeId: string;
  words: Words;
  /** The round the action is agreed in; when absent, the person chooses from `rounds`. */
  roundId?: string;
  rounds?: Round[];
  editing?: Action;
  idPrefix: string;
  onDone?: () => void;
  onCancel?: () => void;
}

/** The default pairs, and the action's own pair if it is another one. */
function pairChoices(current: string | undefined): { key: string; a: ComponentId; b: ComponentId }[] {
  const list = DEFAULT_TENSION_PAIRS.map((p) => ({ key: pairKey(p.a, p.b), a: p.a, b: p.b }));
  const own = current ? parsePairKey(current) : undefined;
  if (own && current && !list.some((p) => p.key === current)) list.push({ key: current, a: own.a, b: own.b });
  return list;
}

/** An agreed action: what, which component, who, by when. Nothing is saved until every field is right. */
export function ActionForm({ programmeId, words, roundId, rounds = [], editing, idPrefix, onDone, onCancel }: ActionFormProps) {
  const ordered = roundsInOrder(rounds);
  const [text, setText] = useState(editing?.text ?? '');
  const [componentId, setComponentId] = useState<ComponentId | ''>(editing?.componentId ?? '');
  const [pair, setPair] = useState<string>(editing?.pairKey ?? '');
  const [owner, setOwner] = useState(editing?.owner ?? '');
  const [due, setDue] = useState(partsFromIso(editing?.dueDate ?? ''));
  const [chosenRound, setChosenRound] = useState(roundId ?? editing?.roundId ?? ordered[ordered.length - 1]?.id ?? '');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [dueParts, setDueParts] = useState<DatePart[] | undefined>();
  const [attempt, setAttempt] = useState(0);
  const [saved, setSaved] = useState('');
  const id = (f: string) => `${idPrefix}-${f}`;
  const order = [id('text'), id('round'), id('component'), id('owner'), dateErrorTarget(id('due'), dueParts)];

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setAttempt((n) => n + 1);
    setSaved('');
    const found: FieldErrors = {};
    if (!text.trim()) found[id('text')] = 'Enter what the action is';
    else if (text.trim().length > LIMITS.longText) found[id('text')] = `The action must be ${LIMITS.longText} characters or fewer`;
    if (owner.trim().length > LIMITS.name) found[id('owner')] = `The owner must be ${LIMITS.name} characters or fewer`;
    if (!chosenRound) found[id('round')] = 'Choose the round in which the action was agreed';
    let dueDate = '';
    let badParts: DatePart[] | undefined;
    if (due.day.trim() || due.month.trim() || due.year.trim()) {
      const parsed = parseDateParts(due, 'the due date', 'The due date');
      if ('error' in parsed) {
        badParts = parsed.parts;
        found[dateErrorTarget(id('due'), parsed.parts)] = parsed.error;
      } else dueDate = parsed.iso;
    }
    setDueParts(badParts);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    const input = { text, componentId: componentId || null, pairKey: pair || null, owner, dueDate };
    try {
      if (editing) await updateAction(editing.id, input);
      else await addAction(programmeId, chosenRound, input);
      if (!editing) {
        setText('');
        setComponentId('');
        setPair('');
        setOwner('');
        setDue({ day: '', month: '', year: '' });
        setSaved(`Action added: ${input.text.trim()}`);
      }
      onDone?.();
    } catch (error) {
      setErrors(errorToFields(error, { text: id('text'), owner: id('owner'), dueDate: id('due-day') }, describeStorageError, id('text')));
    }
  };

  const dueError = Object.entries(errors).find(([k]) => k.startsWith(id('due')))?.[1];

  return (
    <form onSubmit={submit} noValidate className="app-agreed-form">
      <ErrorSummary errors={errorList(errors, order)} focusKey={attempt} />
      <Textarea
        id={id('text')}
        label="What will be done?"
        hint="A specific next step, so that next round the group can tell whether it happened."
        error={errors[id('text')]}
        value={text}
        onChange={setText}
        rows={2}
      />
      {!roundId && !editing && ordered.length > 1 && (
        <Select
          id={id('round')}
          label="Agreed at"
          error={errors[id('round')]}
          options={ordered.map((r) => ({ value: r.id, label: `${r.title} (${r.date})` }))}
          value={chosenRound}
          onChange={setChosenRound}
        />
      )}
      <Select
        id={id('component')}
        label="Component (optional)"
        options={[{ value: '' as ComponentId | '', label: 'Not about one component' }, ...COMPONENT_IDS.map((c) => ({ value: c as ComponentId | '', label: words.component(c) }))]}
        value={componentId}
        onChange={(v) => setComponentId(v)}
      />
      <Select
        id={id('pair')}
        label="Pair of components (optional)"
        hint="An action can work on how two components pull against each other, as well as on one of them."
        options={[
          { value: '', label: 'Not about a pair' },
          ...pairChoices(editing?.pairKey).map((p) => ({ value: p.key, label: `${words.component(p.a)} and ${words.component(p.b)}` })),
        ]}
        value={pair}
        onChange={setPair}
      />
      <TextInput
        id={id('owner')}
        label="Owner (optional)"
        hint="Who will make sure it happens."
        error={errors[id('owner')]}
        value={owner}
        onChange={setOwner}
        widthClass="nhsuk-input--width-20"
        autoComplete="off"
      />
      <DateInput id={id('due')} legend="Due date (optional)" hint="For example, 27 3 2027" error={dueError} errorParts={dueParts} value={due} onChange={setDue} />
      <FormButtons addLabel="Add action" editing={!!editing} onCancel={onCancel} />
      <p className="app-visually-hidden" role="status">
        {saved}
      </p>
    </form>
  );
}
