import { useState, type FormEvent } from 'react';
import { describeStorageError, ValidationError } from '../../db/errors';
import { savePolarityWords } from '../../db/promptSets';
import type { Programme } from '../../db/types';
import { parsePairKey } from '../../domain/groups';
import { defaultPolarity, POLARITY_PAIRS, POLARITY_TEXT_MAX, polarityParts, type PolarityWords } from '../../model/polarity';
import { canonicalPair } from '../../model/tensions';
import { programmeWords } from '../../model/words';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { errorList, Textarea, type FieldErrors } from '../../ui/fields';

/** The pairs' polarity maps in the programme's words (model/polarity.ts), one fold per pair. */
export function PolarityWordsEditor({ programme }: { programme: Programme }) {
  const tracked = new Set(programme.trackedPairs);
  const keys = [...POLARITY_PAIRS].sort((x, y) => Number(tracked.has(y)) - Number(tracked.has(x)));
  return (
    <section aria-labelledby="polarity-heading" className="app-words-section" data-testid="polarity-words">
      <h2 id="polarity-heading" className="nhsuk-heading-l">
        The pairs in your words
      </h2>
      <p>
        Each default pair comes with a short map: what each side gives when it is working, the signs of leaning too far towards
        either, and something to try. People see it when they judge the pair, on the dashboard and in the presentation. Put any part
        in your programme’s words; a part left blank uses ours. Pairs your programme tracks come first.
      </p>
      {keys.map((key) => (
        <PairWords key={key} programme={programme} pairKey={key} tracked={tracked.has(key)} />
      ))}
    </section>
  );
}

const FIELDS = ['givesA', 'tooFarA', 'givesB', 'tooFarB', 'tryThis'] as const;

function PairWords({ programme, pairKey, tracked }: { programme: Programme; pairKey: string; tracked: boolean }) {
  const pair = parsePairKey(pairKey)!;
  const [a, b] = canonicalPair(pair.a, pair.b);
  const base = defaultPolarity(a, b)!;
  const words = programmeWords(programme);
  const own = programme.polarityMaps?.[pairKey] ?? {};
  const defaults = polarityParts(base);
  const [values, setValues] = useState<Record<string, string>>(() => Object.fromEntries(FIELDS.map((f) => [f, own[f] ?? defaults[f]])));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [submits, setSubmits] = useState(0);
  const [status, setStatus] = useState('');
  const id = (field: string) => `polarity-${pairKey.replace('|', '-')}-${field}`;
  const labels: Record<(typeof FIELDS)[number], string> = {
    givesA: `What ${words.component(a)} gives when it is working`,
    tooFarA: `Signs of leaning too far towards ${words.component(a)}`,
    givesB: `What ${words.component(b)} gives when it is working`,
    tooFarB: `Signs of leaning too far towards ${words.component(b)}`,
    tryThis: 'Something to try',
  };

  const save = async (input: PolarityWords) => {
    setSubmits((n) => n + 1);
    setStatus('');
    try {
      await savePolarityWords(programme.id, pairKey, input);
      setErrors({});
      setStatus('Saved.');
    } catch (error) {
      if (error instanceof ValidationError && error.field.startsWith('polarity-')) setErrors({ [id(error.field.slice(9))]: error.message });
      else setErrors({ [id('givesA')]: describeStorageError(error) });
    }
  };
  const renamed = Object.keys(own).length > 0;

  return (
    <details className="nhsuk-details app-polarity-words" data-pair={pairKey}>
      <summary className="nhsuk-details__summary">
        <span className="nhsuk-details__summary-text">
          {words.component(a)} and {words.component(b)}
          {tracked ? ' (tracked)' : ''}
          {renamed ? ', in your words' : ''}
        </span>
      </summary>
      <div className="nhsuk-details__text">
        <form
          noValidate
          onSubmit={(e: FormEvent) => {
            e.preventDefault();
            void save(values);
          }}
        >
          <ErrorSummary errors={errorList(errors, FIELDS.map(id))} focusKey={submits} />
          {FIELDS.map((f) => (
            <Textarea
              key={f}
              id={id(f)}
              label={labels[f]}
              labelClassName="nhsuk-label--s"
              rows={2}
              maxLength={POLARITY_TEXT_MAX}
              value={values[f] ?? ''}
              onChange={(v) => setValues((x) => ({ ...x, [f]: v }))}
              error={errors[id(f)]}
            />
          ))}
          <div className="app-button-row">
            <button type="submit" className="nhsuk-button nhsuk-button--secondary app-button--compact">
              Save this pair
            </button>
            {renamed && (
              <button
                type="button"
                className="nhsuk-button nhsuk-button--secondary app-button--compact"
                onClick={() => {
                  setValues(defaults);
                  void save({});
                }}
              >
                Use our wording again
              </button>
            )}
          </div>
          <p role="status" className="nhsuk-body-s">
            {status}
          </p>
        </form>
      </div>
    </details>
  );
}
