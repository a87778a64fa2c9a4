import type { VocabularyId } from '../../model/types';

export function VocabularySwitch({ value, onChange }: { value: VocabularyId; onChange: (v: VocabularyId) => void }) {
  return (
    <div className="nhsuk-form-group app-vocab">
      <fieldset className="nhsuk-fieldset">
        <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">Names to show</legend>
        <div className="nhsuk-radios nhsuk-radios--inline nhsuk-radios--small">
          {(
            [
              ['2013', 'Original names (2013)'],
              ['2018', 'Refreshed names (2018)'],
            ] as const
          ).map(([id, label]) => (
            <div className="nhsuk-radios__item" key={id}>
              <input
                className="nhsuk-radios__input"
                id={`vocab-${id}`}
                name="vocabulary"
                type="radio"
                value={id}
                checked={value === id}
                onChange={() => onChange(id)}
              />
              <label className="nhsuk-label nhsuk-radios__label" htmlFor={`vocab-${id}`}>
                {label}
              </label>
            </div>
          ))}
        </div>
      </fieldset>
    </div>
  );
}
