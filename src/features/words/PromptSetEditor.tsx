import { useEffect, useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { describeStorageError } from '../../db/errors';
import { defaultPrompts, programmePrompts } from '../../db/programmes';
import { addPrompt, movePrompt, removePrompt, restoreModelPrompts } from '../../db/promptSets';
import type { CustomPrompt, Programme } from '../../db/types';
import { isComponentId, newPromptId, normalisePromptText, PROMPT_TEXT_MAX, samePromptSet } from '../../model/promptSets';
import { COMPONENT_IDS, type ComponentId } from '../../model/types';
import { programmeWords, type Words } from '../../model/words';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { Textarea } from '../../ui/fields';
import { ConfirmButton } from './ConfirmButton';
import { OriginalComponentWording } from './Original';
import { moveButtonId, PromptItem, promptTextId } from './PromptItem';

function count(n: number): string {
  return n === 1 ? '1 statement' : `${n} statements`;
}

function AddPrompt({ programme, componentId, words, onAdded }: { programme: Programme; componentId: ComponentId; words: Words; onAdded: (id: string) => void }) {
  const [text, setText] = useState('');
  const [error, setError] = useState<string>();
  const [attempt, setAttempt] = useState(0);
  const id = `new-${componentId}`;
  return (
    <form
      className="app-words-add"
      noValidate
      onSubmit={async (event) => {
        event.preventDefault();
        setAttempt((n) => n + 1);
        const clean = normalisePromptText(text);
        if (!clean) return setError('Enter the statement you want to add');
        if (clean.length > PROMPT_TEXT_MAX) return setError(`Statements must be ${PROMPT_TEXT_MAX} characters or fewer`);
        const prompts = programmePrompts(programme);
        const promptId = newPromptId(componentId, new Set(prompts.map((p) => p.id)));
        try {
          await addPrompt(programme.id, { id: promptId, componentId, text: clean });
          setText('');
          setError(undefined);
          onAdded(promptId);
        } catch (e) {
          setError(describeStorageError(e));
        }
      }}
    >
      <ErrorSummary errors={error ? [{ field: id, message: error }] : []} focusKey={attempt} />
      <Textarea
        id={id}
        label={`Add a statement to “${words.component(componentId)}”`}
        labelClassName="nhsuk-label--s"
        hint="Something a team could rate and back with a local example. Write it as a statement, not a question."
        error={error}
        rows={2}
        maxLength={PROMPT_TEXT_MAX}
        value={text}
        onChange={setText}
      />
      <button type="submit" className="nhsuk-button nhsuk-button--secondary">
        Add the statement
      </button>
    </form>
  );
}

function ComponentPrompts({ programme, componentId, focusHeading }: { programme: Programme; componentId: ComponentId; focusHeading: boolean }) {
  const words = programmeWords(programme);
  const prompts = programmePrompts(programme).filter((p) => p.componentId === componentId);
  const defaults = defaultPrompts().filter((p) => p.componentId === componentId);
  const [removed, setRemoved] = useState<{ prompt: CustomPrompt; position: number } | null>(null);
  const [problem, setProblem] = useState<string>();
  const focusNext = useRef<string | null>(null);
  const undoRef = useRef<HTMLDivElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);

  // Chosen from the list of components: take keyboard and screen-reader users to it.
  useEffect(() => {
    if (focusHeading) headingRef.current?.focus();
  }, [focusHeading]);

  // After a move, removal or undo the list re-renders from the database; put focus where the person expects it.
  useEffect(() => {
    const target = focusNext.current;
    if (!target) return;
    const element = document.getElementById(target);
    if (element) {
      focusNext.current = null;
      element.focus();
    }
  });

  const run = async (action: () => Promise<void>) => {
    try {
      await action();
      setProblem(undefined);
    } catch (e) {
      setProblem(describeStorageError(e));
    }
  };

  return (
    <div className="app-words-component" aria-labelledby="component-prompts-heading" role="region">
      <h3 id="component-prompts-heading" className="nhsuk-heading-m" tabIndex={-1} ref={headingRef}>
        {words.component(componentId)}
      </h3>
      <OriginalComponentWording words={words} id={componentId} />
      {problem && (
        <p className="nhsuk-error-message" role="alert">
          <span className="nhsuk-u-visually-hidden">Error:</span> {problem}
        </p>
      )}
      {removed && (
        <div className="app-words-undo" role="status" tabIndex={-1} ref={undoRef}>
          <p>Removed: “{removed.prompt.text}”</p>
          <button
            type="button"
            className="nhsuk-button nhsuk-button--secondary nhsuk-button--small"
            onClick={() =>
              run(async () => {
                await addPrompt(programme.id, removed.prompt, removed.position - 1);
                focusNext.current = promptTextId(removed.prompt.id);
                setRemoved(null);
              })
            }
          >
            Undo<span className="nhsuk-u-visually-hidden"> removing the statement</span>
          </button>
        </div>
      )}
      {prompts.length === 1 && (
        <p className="nhsuk-body-s app-muted">Each component keeps at least one statement, so this one cannot be removed.</p>
      )}
      <ol className="app-words-prompts">
        {prompts.map((prompt, index) => (
          <PromptItem
            key={prompt.id}
            programmeId={programme.id}
            prompt={prompt}
            position={index + 1}
            total={prompts.length}
            words={words}
            onMove={(direction) =>
              run(async () => {
                await movePrompt(programme.id, prompt.id, direction);
                const newPosition = index + (direction === 'up' ? -1 : 1);
                const stillCan = direction === 'up' ? newPosition > 0 : newPosition < prompts.length - 1;
                focusNext.current = moveButtonId(prompt.id, stillCan ? direction : direction === 'up' ? 'down' : 'up');
              })
            }
            onRemove={() =>
              run(async () => {
                await removePrompt(programme.id, prompt.id);
                setRemoved({ prompt, position: index + 1 });
                requestAnimationFrame(() => undoRef.current?.focus());
              })
            }
          />
        ))}
      </ol>
      <AddPrompt
        programme={programme}
        componentId={componentId}
        words={words}
        onAdded={(id) => {
          focusNext.current = promptTextId(id);
        }}
      />
      {!samePromptSet(prompts, defaults) && (
        <ConfirmButton
          label={<>Restore the model’s wording<span className="nhsuk-u-visually-hidden"> for {words.component(componentId)}</span></>}
          question={`This replaces the ${count(prompts.length)} for “${words.component(componentId)}” with the model’s ${defaults.length}. Rounds already held keep the statements they asked.`}
          confirmLabel="Restore the model’s statements"
          onConfirm={() => run(() => restoreModelPrompts(programme.id, componentId))}
        />
      )}
    </div>
  );
}

export function PromptSetEditor({ programme }: { programme: Programme }) {
  const [params] = useSearchParams();
  const asked = params.get('component');
  const selected: ComponentId = isComponentId(asked) ? asked : 'shared-purpose';
  const words = programmeWords(programme);
  const prompts = programmePrompts(programme);
  const defaults = defaultPrompts();
  const [picked, setPicked] = useState(false);
  return (
    <>
      <nav className="app-words-picker" aria-label="Statements by component">
        <ul>
          {COMPONENT_IDS.map((id) => {
            const own = prompts.filter((p) => p.componentId === id);
            const changed = !samePromptSet(own, defaults.filter((p) => p.componentId === id));
            return (
              <li key={id}>
                <Link
                  to={`?component=${id}`}
                  replace
                  preventScrollReset
                  onClick={() => setPicked(true)}
                  aria-current={id === selected ? 'true' : undefined}
                  className="app-words-picker__link"
                >
                  <span className="app-words-picker__name">{words.component(id)}</span>
                  <span className="app-words-picker__count">
                    {count(own.length)}, {changed ? 'your wording' : 'the model’s'}
                  </span>
                </Link>
              </li>
            );
          })}
        </ul>
      </nav>
      <ComponentPrompts key={selected} programme={programme} componentId={selected} focusHeading={picked} />
    </>
  );
}
