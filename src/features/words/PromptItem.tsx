import { useEffect, useState } from 'react';
import { describeStorageError } from '../../db/errors';
import { updatePrompt } from '../../db/promptSets';
import type { CustomPrompt } from '../../db/types';
import { normalisePromptText, PROMPT_TEXT_MAX } from '../../model/promptSets';
import type { Words } from '../../model/words';
import { Textarea } from '../../ui/fields';
import { isReworded, OriginalPromptWording } from './Original';
import { useDebouncedSave } from './useDebouncedSave';

export const promptTextId = (id: string) => `prompt-text-${id}`;
export const moveButtonId = (id: string, direction: 'up' | 'down') => `move-${direction}-${id}`;

interface Draft {
  text: string;
  help: string;
}

export function PromptItem({
  programmeId,
  prompt,
  position,
  total,
  words,
  onMove,
  onRemove,
}: {
  programmeId: string;
  prompt: CustomPrompt;
  /** 1-based position within its component. */
  position: number;
  total: number;
  words: Words;
  onMove: (direction: 'up' | 'down') => void;
  onRemove: () => void;
}) {
  const saved: Draft = { text: prompt.text, help: prompt.help ?? '' };
  const [draft, setDraft] = useState<Draft>(saved);
  const [error, setError] = useState<string>();
  const textId = promptTextId(prompt.id);
  const helpId = `prompt-help-${prompt.id}`;

  const { schedule, flush, isPending } = useDebouncedSave(async (next: Draft) => {
    if (!normalisePromptText(next.text)) {
      setError('Enter the statement, or remove it. The last wording is kept until you do.');
      return;
    }
    if (next.text.trim().length > PROMPT_TEXT_MAX) {
      setError(`Statements must be ${PROMPT_TEXT_MAX} characters or fewer. The last wording is kept until you shorten it.`);
      return;
    }
    try {
      await updatePrompt(programmeId, prompt.id, next);
      setError(undefined);
    } catch (e) {
      setError(describeStorageError(e));
    }
  });

  // Follow changes made elsewhere (another tab, a restore) unless this statement is being edited.
  useEffect(() => {
    const active = document.activeElement?.id;
    if (!isPending() && active !== textId && active !== helpId) setDraft({ text: prompt.text, help: prompt.help ?? '' });
  }, [prompt.text, prompt.help, textId, helpId, isPending]);

  const change = (next: Draft) => {
    setDraft(next);
    schedule(next);
  };
  const original = words.originalPrompt(prompt.id);
  const hidden = <span className="nhsuk-u-visually-hidden"> statement {position}</span>;

  return (
    <li className="app-words-prompt" data-testid="prompt-item">
      <div className="app-words-prompt__tags">
        {original === undefined ? (
          <strong className="nhsuk-tag nhsuk-tag--blue">Your own statement</strong>
        ) : isReworded(words, prompt) ? (
          <strong className="nhsuk-tag nhsuk-tag--yellow">Reworded</strong>
        ) : (
          <strong className="nhsuk-tag nhsuk-tag--grey">The model’s wording</strong>
        )}
      </div>
      <div onBlur={() => void flush()}>
        <Textarea
          id={textId}
          label={`Statement ${position}`}
          labelClassName="nhsuk-label--s"
          error={error}
          rows={3}
          maxLength={PROMPT_TEXT_MAX}
          value={draft.text}
          onChange={(text) => change({ ...draft, text })}
        />
        <OriginalPromptWording words={words} prompt={{ id: prompt.id, text: draft.text }} />
        <Textarea
          id={helpId}
          label="Example of evidence (optional)"
          hint="Shown under the statement, to help people think of something they could point to."
          rows={2}
          value={draft.help}
          onChange={(help) => change({ ...draft, help })}
        />
      </div>
      <div className="app-words-actions">
        {position > 1 && (
          <button type="button" id={moveButtonId(prompt.id, 'up')} className="nhsuk-button nhsuk-button--secondary nhsuk-button--small" onClick={onMove.bind(null, 'up')}>
            Move up{hidden}
          </button>
        )}
        {position < total && (
          <button type="button" id={moveButtonId(prompt.id, 'down')} className="nhsuk-button nhsuk-button--secondary nhsuk-button--small" onClick={onMove.bind(null, 'down')}>
            Move down{hidden}
          </button>
        )}
        {total > 1 && (
          <button type="button" className="nhsuk-button nhsuk-button--secondary nhsuk-button--small app-words-remove" onClick={onRemove}>
            Remove{hidden}
          </button>
        )}
      </div>
    </li>
  );
}
