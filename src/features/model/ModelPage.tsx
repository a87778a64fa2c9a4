import { Link } from 'react-router';
import { usePageTitle } from '../../app/usePageTitle';
import { COMPONENTS } from '../../model/components';
import { componentLabel } from '../../model/vocabulary';
import { Wheel, type WheelItem } from '../../ui/Wheel';
import { useVocabularyParam, vocabularySuffix } from './useVocabularyParam';
import { VocabularySwitch } from './VocabularySwitch';

export function ModelPage() {
  usePageTitle('The Change Model');
  const [vocabulary, setVocabulary] = useVocabularyParam();
  const suffix = vocabularySuffix(vocabulary);
  const items: WheelItem[] = COMPONENTS.map((c) => ({
    id: c.id,
    label: componentLabel(c.id, vocabulary),
    href: `/model/${c.id}${suffix}`,
  }));
  const [centre, ...around] = items;

  return (
    <>
      <h1>The Change Model</h1>
      <p className="nhsuk-lede-text">
        Eight components of making change happen, with a shared purpose at the centre. It is a way of checking your
        thinking, not a checklist: start with the part that matters most to you now.
      </p>
      <VocabularySwitch value={vocabulary} onChange={setVocabulary} />
      <div className="app-model-layout">
        <figure className="app-wheel-figure">
          <Wheel title="The Change Model: choose a component" centre={centre!} items={around} />
          <figcaption className="nhsuk-body-s">Shared purpose sits at the centre; choose any component to read about it.</figcaption>
        </figure>
        <div>
          <h2 className="nhsuk-heading-m">All eight components</h2>
          <ul className="app-component-list">
            {COMPONENTS.map((c) => (
              <li key={c.id} className="app-component-list__item">
                <Link to={`/model/${c.id}${suffix}`} className="app-component-list__link">
                  {componentLabel(c.id, vocabulary)}
                </Link>
                <p className="nhsuk-body-s app-component-list__gloss">{c.gloss}</p>
              </li>
            ))}
          </ul>
        </div>
      </div>
    </>
  );
}
export default ModelPage;
