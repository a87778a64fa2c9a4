/**
 * "What the model calls this": the model's wording on demand beside the programme's own words.
 * Any screen that shows renamed components or reworded statements can use these.
 */
import { normalisePromptText } from '../../model/promptSets';
import type { ComponentId } from '../../model/types';
import { getComponent } from '../../model/vocabulary';
import type { Words } from '../../model/words';

/** A details element with the model's names for a renamed component; nothing if it is not renamed. */
export function OriginalComponentWording({ words, id }: { words: Words; id: ComponentId }) {
  if (!words.isRenamed(id)) return null;
  const labels = getComponent(id).labels;
  return (
    <details className="nhsuk-details app-original">
      <summary className="nhsuk-details__summary">
        <span className="nhsuk-details__summary-text">
          What the model calls this<span className="nhsuk-u-visually-hidden">: {words.component(id)}</span>
        </span>
      </summary>
      <div className="nhsuk-details__text">
        <p>
          In the NHS Change Model this is “{labels['2013']}”
          {labels['2018'] !== labels['2013'] ? <> (“{labels['2018']}” in the 2018 refresh)</> : null}.
        </p>
      </div>
    </details>
  );
}

/** True when a prompt is one of the model's, reworded by the programme. */
export function isReworded(words: Words, prompt: { id: string; text: string }): boolean {
  const original = words.originalPrompt(prompt.id);
  return original !== undefined && normalisePromptText(original) !== normalisePromptText(prompt.text);
}

/** A details element with the model's wording of a reworded statement; nothing otherwise. */
export function OriginalPromptWording({ words, prompt }: { words: Words; prompt: { id: string; text: string } }) {
  if (!isReworded(words, prompt)) return null;
  return (
    <details className="nhsuk-details app-original">
      <summary className="nhsuk-details__summary">
        <span className="nhsuk-details__summary-text">The model’s wording</span>
      </summary>
      <div className="nhsuk-details__text">
        <p>{words.originalPrompt(prompt.id)}</p>
      </div>
    </details>
  );
}
