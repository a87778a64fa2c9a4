import { usePageTitle } from '../../app/usePageTitle';
import { GLOSSARY } from '../../model/vocabulary';
import { useFocusHeadingWhenReady } from '../../ui/useFocusHeading';

/** /glossary: every term and measure the app uses, in plain words, each with its own anchor. */
export default function GlossaryPage() {
  usePageTitle('Glossary');
  useFocusHeadingWhenReady(true, 'glossary');
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <h1>Glossary</h1>
        <p className="nhsuk-lede-text">
          The words and numbers this app uses, in plain words. Every number is a prompt for a conversation, not a mark.
        </p>
        <dl className="app-glossary">
          {GLOSSARY.map((entry) => (
            <div key={entry.id} id={entry.id} className="app-glossary__entry" tabIndex={-1}>
              <dt className="nhsuk-heading-s">{entry.term}</dt>
              <dd>{entry.definition}</dd>
            </div>
          ))}
        </dl>
      </div>
    </div>
  );
}
