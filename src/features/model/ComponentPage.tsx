import { useLiveQuery } from 'dexie-react-hooks';
import { Pagination } from '../../ui/Pagination';
import { Link, useParams, useSearchParams } from 'react-router';
import { NotFound } from '../../app/NotFound';
import { usePageTitle } from '../../app/usePageTitle';
import { COMPONENTS } from '../../model/components';
import { ANSWER_SCALE, componentLabel, DONT_KNOW, NOT_YET } from '../../model/vocabulary';
import { COMPONENT_IDS, type ComponentId } from '../../model/types';
import { programmeWords } from '../../model/words';
import { db } from '../../db/database';
import { programmePrompts } from '../../db/programmes';
import { useVocabularyParam, vocabularySuffix } from './useVocabularyParam';
import { VocabularySwitch } from './VocabularySwitch';

function isComponentId(value: string | undefined): value is ComponentId {
  return (COMPONENT_IDS as readonly string[]).includes(value ?? '');
}

/**
 * A component of the model: what it is about, questions to ask, statements to rate. Opened from a
 * programme (`?programme=<id>`, e.g. from its dashboard), it speaks that programme's words: its
 * name for the component, its vocabulary and its own statements, with the model's wording beside.
 */
export function ComponentPage() {
  const { componentId } = useParams();
  const [params] = useSearchParams();
  const programmeId = params.get('programme') ?? undefined;
  const [chosenVocabulary, setVocabulary] = useVocabularyParam();
  // null: no such programme on this device (the model's own words are shown); undefined: still reading.
  const programme = useLiveQuery(async () => (programmeId ? ((await db.programmes.get(programmeId)) ?? null) : null), [programmeId]);
  const component = isComponentId(componentId) ? COMPONENTS.find((c) => c.id === componentId) : undefined;
  const words = programme ? programmeWords(programme) : undefined;
  const vocabulary = programme ? programme.vocabulary : chosenVocabulary;
  const title = component ? (words ? words.component(component.id) : componentLabel(component.id, vocabulary)) : 'Page not found';
  usePageTitle(programme ? `${title} – ${programme.name}` : title);
  if (!component) return <NotFound />;
  if (programme === undefined) return null;

  const suffix = programme ? `?programme=${encodeURIComponent(programme.id)}` : vocabularySuffix(vocabulary);
  const label = (id: ComponentId) => (words ? words.component(id) : componentLabel(id, vocabulary));
  const index = COMPONENTS.indexOf(component);
  const next = COMPONENTS[(index + 1) % COMPONENTS.length]!;
  const previous = COMPONENTS[(index - 1 + COMPONENTS.length) % COMPONENTS.length]!;
  const other: typeof vocabulary = vocabulary === '2013' ? '2018' : '2013';
  const otherLabel = componentLabel(component.id, other);

  const prompts = programme
    ? programmePrompts(programme).filter((p) => p.componentId === component.id)
    : component.prompts.map((p) => ({ id: p.id, text: p.text, help: p.help }));

  return (
    <>
      {programme ? (
        <Link to={`/programmes/${programme.id}/dashboard`} className="nhsuk-back-link">
          {programme.name}: dashboard
        </Link>
      ) : (
        <Link to={`/model${suffix}`} className="nhsuk-back-link">
          The Change Model
        </Link>
      )}
      <span className="nhsuk-caption-l">
        {programme ? programme.name : component.id === 'shared-purpose' ? 'The centre of the model' : 'A component of the model'}
      </span>
      <h1>{title}</h1>
      {words?.isRenamed(component.id) && (
        <p className="nhsuk-body-s app-muted" data-testid="model-name">
          Your programme’s name for what the Change Model calls “{words.originalComponent(component.id)}”.
        </p>
      )}
      {!programme && otherLabel !== componentLabel(component.id, vocabulary) && (
        <p className="nhsuk-body-s app-muted">
          Called “{otherLabel}” in the {other} version of the model.
        </p>
      )}
      <p className="nhsuk-lede-text">{component.gloss}</p>
      {!programme && <VocabularySwitch value={vocabulary} onChange={setVocabulary} />}

      <div className="app-two-col">
        <section aria-labelledby="about-heading">
          <h2 id="about-heading" className="nhsuk-heading-m">
            What this is about
          </h2>
          <ul>
            {component.summary.map((bullet) => (
              <li key={bullet}>{bullet}</li>
            ))}
          </ul>
        </section>
        <section aria-labelledby="questions-heading" className="app-questions">
          <h2 id="questions-heading" className="nhsuk-heading-m">
            Questions to ask yourselves
          </h2>
          <ul className="nhsuk-list">
            {component.questions.map((q) => (
              <li key={q} className="app-question">
                {q}
              </li>
            ))}
          </ul>
        </section>
      </div>

      <section aria-labelledby="prompts-heading">
        <h2 id="prompts-heading" className="nhsuk-heading-m">
          Statements to rate
        </h2>
        <p>
          In a review round, each person says how far each statement is true for your programme, and notes the evidence:
          a local example, a document, a conversation.
          {programme && ' These are your programme’s statements, as its next round will ask them.'}
        </p>
        <ol className="app-prompt-list">
          {prompts.map((prompt) => {
            const original = words?.originalPrompt(prompt.id);
            return (
              <li key={prompt.id} className="app-prompt-list__item">
                <p className="app-prompt-list__text">{prompt.text}</p>
                {prompt.help && <p className="nhsuk-body-s app-muted">{prompt.help}</p>}
                {original && original !== prompt.text && (
                  <details className="nhsuk-details app-original-wording">
                    <summary className="nhsuk-details__summary">
                      <span className="nhsuk-details__summary-text">The model’s wording</span>
                    </summary>
                    <div className="nhsuk-details__text">{original}</div>
                  </details>
                )}
              </li>
            );
          })}
        </ol>
        <details className="nhsuk-details">
          <summary className="nhsuk-details__summary">
            <span className="nhsuk-details__summary-text">How answers work</span>
          </summary>
          <div className="nhsuk-details__text">
            <dl className="app-scale-list">
              {ANSWER_SCALE.map((step) => (
                <div key={step.value}>
                  <dt>
                    {step.value}. {step.label}
                  </dt>
                  <dd>{step.description}</dd>
                </div>
              ))}
              <div>
                <dt>{NOT_YET.label}</dt>
                <dd>{NOT_YET.description}</dd>
              </div>
              <div>
                <dt>{DONT_KNOW.label}</dt>
                <dd>{DONT_KNOW.description}</dd>
              </div>
            </dl>
          </div>
        </details>
      </section>

      <Pagination
        label="Other components"
        previous={{ to: `/model/${previous.id}${suffix}`, label: label(previous.id) }}
        next={{ to: `/model/${next.id}${suffix}`, label: label(next.id) }}
      />
    </>
  );
}
export default ComponentPage;
