import { useCallback, useId, useState } from 'react';
import { recordJudgement } from '../../db/workshop';
import type { Judgement } from '../../db/types';
import type { JudgementValue } from '../../domain/types';
import { findTension } from '../../model/tensions';
import { JUDGEMENT_SCALE } from '../../model/vocabulary';
import type { Words } from '../../model/words';
import { noteBackupKey } from '../answer/noteBackup';
import { useNoteDraft } from '../answer/useNoteDraft';
import type { TrackSave } from '../answer/useSaveStatus';
import type { TrackedPair } from './roundPairs';
import { PolarityMapView } from '../pairs/PolarityMapView';

interface PairJudgementProps {
  roundId: string;
  participantId: string;
  pair: TrackedPair;
  position: number;
  count: number;
  words: Words;
  stored: Judgement | undefined;
  track: TrackSave;
}

/** One row of the alignment grid: how two components are working together, and why. */
export function PairJudgement({ roundId, participantId, pair, position, count, words, stored, track }: PairJudgementProps) {
  const uid = useId();
  const [chosen, setChosen] = useState<JudgementValue | undefined>(undefined);
  const storedValue = stored?.value ?? null;
  const shown = chosen !== undefined && chosen !== storedValue ? chosen : storedValue;
  const tension = findTension(pair.a, pair.b);
  const names = `${words.component(pair.a)} and ${words.component(pair.b)}`;

  const choose = (value: JudgementValue) => {
    setChosen(value);
    void track(() => recordJudgement(roundId, participantId, pair.key, { value })).then((ok) => {
      if (!ok) setChosen(undefined);
    });
  };
  const saveDraft = useCallback(
    (note: string) => track(() => recordJudgement(roundId, participantId, pair.key, { note })),
    [track, roundId, participantId, pair.key],
  );
  const note = useNoteDraft(stored?.note ?? '', saveDraft, undefined, noteBackupKey(roundId, participantId, `pair:${pair.key}`));

  return (
    <div className="app-pair" data-pair={pair.key}>
      <div className="nhsuk-form-group">
        <fieldset className="nhsuk-fieldset" aria-describedby={`${uid}-tension`}>
          <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--m">
            <span className="app-pair__position">
              Pair {position} of {count}
            </span>
            <span className="app-pair__names">{names}</span>
          </legend>
          <p className="app-pair__tension" id={`${uid}-tension`}>
            {tension
              ? tension.tension
              : `${words.component(pair.a)} and ${words.component(pair.b)} can help each other along, or one can take time, people or attention from the other.`}
          </p>
          <div className="nhsuk-radios app-judgement">
            {JUDGEMENT_SCALE.map((step) => {
              const id = `${uid}-${step.value}`;
              return (
                <div className="nhsuk-radios__item" key={step.value}>
                  <input
                    className="nhsuk-radios__input"
                    id={id}
                    name={`${uid}-judgement`}
                    type="radio"
                    value={step.value}
                    checked={shown === step.value}
                    aria-describedby={`${id}-hint`}
                    onChange={() => choose(step.value)}
                  />
                  <label className="nhsuk-label nhsuk-radios__label" htmlFor={id}>
                    {step.label}
                  </label>
                  <div className="nhsuk-hint nhsuk-radios__hint" id={`${id}-hint`}>
                    {step.description}
                  </div>
                </div>
              );
            })}
          </div>
        </fieldset>
      </div>
      {words.polarity(pair.a, pair.b) && (
        <details className="nhsuk-details app-pair__polarity">
          <summary className="nhsuk-details__summary">
            <span className="nhsuk-details__summary-text">
              What each side gives, and the signs of leaning too far<span className="app-visually-hidden"> ({names})</span>
            </span>
          </summary>
          <div className="nhsuk-details__text">
            <PolarityMapView a={pair.a} b={pair.b} words={words} />
          </div>
        </details>
      )}
      <div className="nhsuk-form-group app-note">
        <label className="nhsuk-label nhsuk-label--s" htmlFor={`${uid}-note`}>
          Note<span className="app-visually-hidden"> on {names}</span> (optional)
        </label>
        <div className="nhsuk-hint" id={`${uid}-note-hint`}>
          Where do you see them helping or getting in each other&apos;s way?
        </div>
        <textarea
          className="nhsuk-textarea"
          id={`${uid}-note`}
          rows={2}
          aria-describedby={`${uid}-note-hint`}
          value={note.value}
          onChange={(event) => note.change(event.target.value)}
          onBlur={() => void note.flush()}
        />
      </div>
    </div>
  );
}
