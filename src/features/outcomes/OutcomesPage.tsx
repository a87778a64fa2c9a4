import { useLiveQuery } from 'dexie-react-hooks';
import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { usePageTitle } from '../../app/usePageTitle';
import { db } from '../../db/database';
import { describeStorageError, ValidationError } from '../../db/errors';
import { OUTCOME_MEASURES_MAX } from '../../db/outcomeLimits';
import { parseOutcomeValue, saveOutcomeMeasures, saveOutcomeValues } from '../../db/outcomes';
import type { OutcomeMeasure, Programme, Round } from '../../db/types';
import { roundsInOrder } from '../../domain/records';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { errorList, TextInput, type FieldErrors } from '../../ui/fields';
import { useFocusHeadingWhenReady } from '../../ui/useFocusHeading';
import { Loading, Missing } from '../programmes/Missing';
import { useProgramme } from '../programmes/useProgramme';
import { longDate } from '../dashboard/format';

/**
 * The programme's own outcome measures (issue 16, item 6): name one or two, then give each round
 * its value. The dashboard draws them beside "in place" so a group can read what it put in place
 * against what changed for patients (evaluation-2013 §4.4, §7).
 */
export default function OutcomesPage() {
  const { programmeId } = useParams();
  const programme = useProgramme(programmeId);
  const rounds = useLiveQuery(async () => (programmeId ? roundsInOrder(await db.rounds.where('programmeId').equals(programmeId).toArray()) : []), [programmeId]);
  // Kept here, not in the forms: a save re-reads the records and starts each form afresh.
  const [saved, setSaved] = useState({ measures: '', values: '' });
  usePageTitle(programme ? `Outcome measures: ${programme.name}` : 'Outcome measures');
  useFocusHeadingWhenReady(programme !== undefined && rounds !== undefined);
  if (programme === undefined || rounds === undefined) return <Loading />;
  if (programme === null) return <Missing what="programme" />;
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds-from-desktop">
        <Link className="nhsuk-back-link" to={`/programmes/${programme.id}`}>
          Back to {programme.name}
        </Link>
        <span className="nhsuk-caption-l">{programme.name}</span>
        <h1>Your own outcome measures</h1>
        <p className="nhsuk-lede-text">
          “In place” says what the group has put in place; it does not say whether anything changed for patients. Name one or two
          measures you already collect, give each round its value, and the dashboard shows them beside “in place”, on their own scale.
        </p>
        <MeasuresForm
          key={JSON.stringify(programme.outcomeMeasures ?? [])}
          programme={programme}
          onSaved={(text) => setSaved({ measures: text, values: '' })}
        />
        <p role="status" className="nhsuk-body-s">
          {saved.measures}
        </p>
        {(programme.outcomeMeasures ?? []).length > 0 && (
          <>
            <ValuesForm
              key={rounds.map((r) => `${r.id}:${JSON.stringify(r.outcomes ?? {})}`).join('|')}
              programme={programme}
              rounds={rounds}
              onSaved={(text) => setSaved({ measures: '', values: text })}
            />
            <p role="status" className="nhsuk-body-s">
              {saved.values}
            </p>
          </>
        )}
      </div>
    </div>
  );
}

function MeasuresForm({ programme, onSaved }: { programme: Programme; onSaved: (text: string) => void }) {
  const existing = programme.outcomeMeasures ?? [];
  const [rows, setRows] = useState(() =>
    Array.from({ length: OUTCOME_MEASURES_MAX }, (_, i) => ({ id: existing[i]?.id, name: existing[i]?.name ?? '', unit: existing[i]?.unit ?? '' })),
  );
  const [errors, setErrors] = useState<FieldErrors>({});
  const [submits, setSubmits] = useState(0);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSubmits((n) => n + 1);
    onSaved('');
    try {
      const measures = await saveOutcomeMeasures(programme.id, rows);
      setErrors({});
      onSaved(measures.length === 0 ? 'Saved: the programme has no measures of its own.' : 'Measures saved.');
    } catch (error) {
      if (error instanceof ValidationError) setErrors({ [error.field]: error.message });
      else setErrors({ 'outcome-1-name': describeStorageError(error) });
    }
  };

  return (
    <form noValidate onSubmit={(e) => void submit(e)} aria-labelledby="measures-heading">
      <h2 id="measures-heading" className="nhsuk-heading-m">
        The measures
      </h2>
      <ErrorSummary errors={errorList(errors)} focusKey={submits} />
      <p>Clear a measure’s name and unit to remove it, with its values.</p>
      {rows.map((row, i) => (
        <fieldset className="nhsuk-fieldset app-outcome-measure" key={i}>
          <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">Measure {i + 1}</legend>
          <TextInput
            id={`outcome-${i + 1}-name`}
            label="Name"
            hint={i === 0 ? 'For example “Patients home before noon” or “Readmissions within 30 days”.' : undefined}
            value={row.name}
            onChange={(name) => setRows((r) => r.map((x, j) => (j === i ? { ...x, name } : x)))}
            error={errors[`outcome-${i + 1}-name`]}
            autoComplete="off"
          />
          <TextInput
            id={`outcome-${i + 1}-unit`}
            label="Unit (optional)"
            hint={i === 0 ? 'For example “%”, “days” or “patients a week”.' : undefined}
            value={row.unit}
            onChange={(unit) => setRows((r) => r.map((x, j) => (j === i ? { ...x, unit } : x)))}
            error={errors[`outcome-${i + 1}-unit`]}
            widthClass="nhsuk-input--width-10"
            autoComplete="off"
          />
        </fieldset>
      ))}
      <button type="submit" className="nhsuk-button">
        Save the measures
      </button>
    </form>
  );
}

function ValuesForm({ programme, rounds, onSaved }: { programme: Programme; rounds: Round[]; onSaved: (text: string) => void }) {
  const measures: OutcomeMeasure[] = programme.outcomeMeasures ?? [];
  const [text, setText] = useState<Record<string, string>>(() => {
    const out: Record<string, string> = {};
    for (const r of rounds) for (const m of measures) out[`${r.id}|${m.id}`] = r.outcomes?.[m.id] === undefined ? '' : String(r.outcomes[m.id]);
    return out;
  });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [submits, setSubmits] = useState(0);
  const fieldId = (roundId: string, measureId: string) => `value-${roundId}-${measureId}`;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSubmits((n) => n + 1);
    onSaved('');
    const found: FieldErrors = {};
    const values = new Map<string, Record<string, number | null>>();
    for (const r of rounds) {
      const row: Record<string, number | null> = {};
      for (const m of measures) {
        const id = fieldId(r.id, m.id);
        try {
          row[m.id] = parseOutcomeValue(id, text[`${r.id}|${m.id}`] ?? '');
        } catch (error) {
          if (error instanceof ValidationError) found[id] = `${m.name}, ${r.title}: ${error.message}`;
          else throw error;
        }
      }
      values.set(r.id, row);
    }
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    try {
      await saveOutcomeValues(programme.id, values);
      onSaved('Values saved.');
    } catch (error) {
      setErrors({ [fieldId(rounds[0]!.id, measures[0]!.id)]: error instanceof ValidationError ? error.message : describeStorageError(error) });
    }
  };

  if (rounds.length === 0) {
    return (
      <>
        <h2 className="nhsuk-heading-m">Values by round</h2>
        <p>There are no rounds yet. Once a round is held, give it this measure’s value here.</p>
      </>
    );
  }
  const order = rounds.flatMap((r) => measures.map((m) => fieldId(r.id, m.id)));
  return (
    <form noValidate onSubmit={(e) => void submit(e)} aria-labelledby="values-heading">
      <h2 id="values-heading" className="nhsuk-heading-m">
        Values by round
      </h2>
      <ErrorSummary errors={errorList(errors, order)} focusKey={submits} />
      <p>The value at the time of each round. Leave a value blank if you do not have it.</p>
      {rounds.map((r) => (
        <fieldset className="nhsuk-fieldset app-outcome-round" key={r.id}>
          <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">
            {r.title}, {longDate(r.date)}
          </legend>
          {measures.map((m) => (
            <TextInput
              key={m.id}
              id={fieldId(r.id, m.id)}
              label={`${m.name}${m.unit ? ` (${m.unit})` : ''}`}
              value={text[`${r.id}|${m.id}`] ?? ''}
              onChange={(v) => setText((t) => ({ ...t, [`${r.id}|${m.id}`]: v }))}
              error={errors[fieldId(r.id, m.id)]}
              widthClass="nhsuk-input--width-10"
              inputMode="decimal"
              autoComplete="off"
            />
          ))}
        </fieldset>
      ))}
      <button type="submit" className="nhsuk-button">
        Save the values
      </button>
    </form>
  );
}
