import type { Level } from '../../domain/types';
import { checkScaleMapping, suggestedScaleMapping, type ScaleMapping } from '../../model/promptSets';
import { ANSWER_SCALE } from '../../model/vocabulary';
import { Radios, TextInput } from '../../ui/fields';

export type ScaleKind = 'own' | 'other';

export interface ScaleDraft {
  kind: ScaleKind;
  label: string;
  min: string;
  max: string;
  /** Steps chosen for each score; reset to the suggestion when the range changes. */
  steps: ScaleMapping['steps'];
}

export const OWN_SCALE: ScaleMapping = suggestedScaleMapping(1, 5, 'Our five steps');

export function draftFromMapping(mapping: ScaleMapping): ScaleDraft {
  const own = mapping.min === 1 && mapping.max === 5 && mapping.steps.every((s) => s.level === s.score);
  return { kind: own ? 'own' : 'other', label: own ? '' : mapping.label, min: String(mapping.min), max: String(mapping.max), steps: mapping.steps };
}

/** The mapping a draft describes, or the problems with it. */
export function mappingFromDraft(draft: ScaleDraft): { mapping: ScaleMapping } | { problems: string[] } {
  if (draft.kind === 'own') return { mapping: OWN_SCALE };
  if (!/^\d+$/.test(draft.min.trim()) || !/^\d+$/.test(draft.max.trim())) {
    return { problems: ['Enter the lowest and highest scores as whole numbers, like 1 and 6'] };
  }
  const mapping: ScaleMapping = { label: draft.label.trim(), min: Number(draft.min), max: Number(draft.max), steps: draft.steps };
  const problems = checkScaleMapping(mapping);
  return problems.length ? { problems } : { mapping };
}

function withRange(draft: ScaleDraft, min: string, max: string): ScaleDraft {
  const lo = Number(min);
  const hi = Number(max);
  const valid = /^\d+$/.test(min.trim()) && /^\d+$/.test(max.trim()) && hi > lo && hi - lo <= 20;
  return { ...draft, min, max, steps: valid ? suggestedScaleMapping(lo, hi).steps : [] };
}

export function ScaleMappingEditor({ draft, onChange, problems }: { draft: ScaleDraft; onChange: (draft: ScaleDraft) => void; problems: string[] }) {
  const range = mappingRange(draft);
  return (
    <div className="app-words-scale-editor">
      <Radios<ScaleKind>
        id="scale-kind"
        legend="How were the statements scored?"
        legendClassName="nhsuk-fieldset__legend--m"
        hint="If your diagnostic used its own scale, record it so that everyone can see how its scores were translated."
        options={[
          { value: 'own', label: 'On the model’s five steps, or not scored', hint: '1 not in place, 2 planned or starting, 3 in place in parts, 4 working well in most places, 5 embedded.' },
          { value: 'other', label: 'On a different scale', hint: 'For example 1 to 6, or 0 to 10.' },
        ]}
        value={draft.kind}
        onChange={(kind) => onChange(kind === 'other' && draft.steps.length === 0 ? withRange({ ...draft, kind }, '1', '6') : { ...draft, kind })}
      />
      {draft.kind === 'other' && (
        <div className={`nhsuk-form-group${problems.length ? ' nhsuk-form-group--error' : ''}`}>
          <TextInput
            id="scale-label"
            label="What is the scale called?"
            hint="For example “Trust diagnostic, 1 to 6”."
            value={draft.label}
            onChange={(label) => onChange({ ...draft, label })}
          />
          <div className="app-words-range">
            <TextInput id="scale-min" label="Lowest score" widthClass="nhsuk-input--width-3" value={draft.min} onChange={(min) => onChange(withRange(draft, min, draft.max))} />
            <TextInput id="scale-max" label="Highest score" widthClass="nhsuk-input--width-3" value={draft.max} onChange={(max) => onChange(withRange(draft, draft.min, max))} />
          </div>
          {problems.length > 0 && (
            <span className="nhsuk-error-message" id="scale-steps-error">
              <span className="nhsuk-u-visually-hidden">Error:</span> {problems.join('. ')}
            </span>
          )}
          {range && draft.steps.length > 0 && (
            <fieldset className="nhsuk-fieldset" aria-describedby="scale-steps-hint">
              <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">What each score counts as</legend>
              <div className="nhsuk-hint" id="scale-steps-hint">
                We suggest spreading the scores evenly over the five steps, lowest score as “not in place” and highest as
                “embedded”. Change any step if your scale’s words say otherwise; a higher score can never count as less.
              </div>
              <table className="nhsuk-table app-words-scale">
                <thead className="nhsuk-table__head">
                  <tr className="nhsuk-table__row">
                    <th scope="col" className="nhsuk-table__header">Score</th>
                    <th scope="col" className="nhsuk-table__header">Counts as</th>
                  </tr>
                </thead>
                <tbody className="nhsuk-table__body">
                  {draft.steps.map((s, i) => (
                    <tr key={s.score} className="nhsuk-table__row">
                      <td className="nhsuk-table__cell">
                        <label htmlFor={`scale-step-${s.score}`}>
                          <span className="nhsuk-u-visually-hidden">Score </span>
                          {s.score}
                        </label>
                      </td>
                      <td className="nhsuk-table__cell">
                        <select
                          className="nhsuk-select"
                          id={`scale-step-${s.score}`}
                          value={s.level}
                          onChange={(event) => {
                            const steps = [...draft.steps];
                            steps[i] = { score: s.score, level: Number(event.target.value) as Level };
                            onChange({ ...draft, steps });
                          }}
                        >
                          {ANSWER_SCALE.map((step) => (
                            <option key={step.value} value={step.value}>
                              {step.value}. {step.label}
                            </option>
                          ))}
                        </select>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <button type="button" className="nhsuk-button nhsuk-button--secondary nhsuk-button--small" onClick={() => onChange(withRange(draft, draft.min, draft.max))}>
                Use the suggested steps
              </button>
            </fieldset>
          )}
        </div>
      )}
    </div>
  );
}

function mappingRange(draft: ScaleDraft): boolean {
  return /^\d+$/.test(draft.min.trim()) && /^\d+$/.test(draft.max.trim()) && Number(draft.max) > Number(draft.min);
}
