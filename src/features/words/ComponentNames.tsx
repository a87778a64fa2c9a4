import { useEffect, useState } from 'react';
import { describeStorageError } from '../../db/errors';
import { renameComponent, restoreComponentNames, setVocabulary } from '../../db/promptSets';
import type { Programme } from '../../db/types';
import { COMPONENT_IDS, type ComponentId, type VocabularyId } from '../../model/types';
import { getComponent, VOCABULARIES } from '../../model/vocabulary';
import { programmeWords } from '../../model/words';
import { Radios, TextInput } from '../../ui/fields';
import { ConfirmButton } from './ConfirmButton';
import { useDebouncedSave } from './useDebouncedSave';

export function nameFieldId(id: ComponentId): string {
  return `name-${id}`;
}

function NameField({ programme, id }: { programme: Programme; id: ComponentId }) {
  const saved = programme.componentLabels[id] ?? '';
  const [value, setValue] = useState(saved);
  const [error, setError] = useState<string>();
  const fieldId = nameFieldId(id);
  const { schedule, flush, isPending } = useDebouncedSave(async (next: string) => {
    try {
      await renameComponent(programme.id, id, next);
      setError(undefined);
    } catch (e) {
      setError(describeStorageError(e));
    }
  });

  // Another tab (or "use the model's names") changed the name: follow it unless this field is being edited.
  useEffect(() => {
    if (!isPending() && document.activeElement?.id !== fieldId) setValue(saved);
  }, [saved, fieldId, isPending]);

  const component = getComponent(id);
  const model = component.labels[programme.vocabulary];
  const other = VOCABULARIES.find((v) => v.id !== programme.vocabulary)!;
  return (
    <div className="app-words-name" onBlur={() => void flush()}>
      <TextInput
        id={fieldId}
        label={
          <>
            {model}
            {id === 'shared-purpose' && <span className="app-muted"> (the centre)</span>}
          </>
        }
        hint={
          <>
            Your name for it. Leave blank to use “{model}”.
            {component.labels[other.id] !== model && <> In the {other.id} version it is “{component.labels[other.id]}”.</>}
          </>
        }
        error={error}
        value={value}
        onChange={(next) => {
          setValue(next);
          schedule(next);
        }}
      />
      <details className="nhsuk-details app-original">
        <summary className="nhsuk-details__summary">
          <span className="nhsuk-details__summary-text">
            What the model means by this<span className="nhsuk-u-visually-hidden">: {model}</span>
          </span>
        </summary>
        <div className="nhsuk-details__text">
          <p>{component.gloss}</p>
          <ul>
            {component.summary.slice(0, 3).map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </div>
      </details>
    </div>
  );
}

export function ComponentNames({ programme }: { programme: Programme }) {
  const [vocabError, setVocabError] = useState<string>();
  const words = programmeWords(programme);
  const renamed = COMPONENT_IDS.filter((id) => words.isRenamed(id));
  return (
    <section aria-labelledby="names-heading" className="app-words-section">
      <h2 id="names-heading" className="nhsuk-heading-l">
        Names for the components
      </h2>
      <p>
        Use the names your team would use. Change leads often translate the model for clinicians and others: “engagement to
        mobilise” may mean more as “getting people on board”. Every screen, chart, export and printed summary of this
        programme will use your names, with the model’s name a click away.
      </p>
      <Radios<VocabularyId>
        id="vocabulary"
        legend="Start from the model’s names"
        hint="The 2018 refresh renamed six components. Your own names below replace either."
        error={vocabError}
        options={VOCABULARIES.map((v) => ({ value: v.id, label: v.label, hint: v.description }))}
        value={programme.vocabulary}
        onChange={(value) => {
          setVocabulary(programme.id, value).then(
            () => setVocabError(undefined),
            (e) => setVocabError(describeStorageError(e)),
          );
        }}
      />
      <div className="app-words-names">
        {COMPONENT_IDS.map((id) => (
          <NameField key={id} programme={programme} id={id} />
        ))}
      </div>
      <p className="app-words-status" role="status">
        {renamed.length === 0
          ? 'You are using the model’s names. Changes are saved as you type.'
          : `${renamed.length} of 8 components ${renamed.length === 1 ? 'has' : 'have'} your own names. Changes are saved as you type.`}
      </p>
      {renamed.length > 0 && (
        <ConfirmButton
          label="Use the model’s names again"
          question={`This removes your own names for ${renamed.length === 1 ? 'one component' : `${renamed.length} components`}. Rounds already held keep their answers; only the names change.`}
          confirmLabel="Use the model’s names"
          onConfirm={() => restoreComponentNames(programme.id)}
        />
      )}
    </section>
  );
}
