import { Link, useParams } from 'react-router';
import { MobilisationStatements } from './MobilisationStatements';
import { PolarityWordsEditor } from './PolarityWordsEditor';
import { usePageTitle } from '../../app/usePageTitle';
import { programmePrompts } from '../../db/programmes';
import { restoreModelPrompts } from '../../db/promptSets';
import { NotificationBanner, useFlash } from '../../ui/NotificationBanner';
import { Loading, Missing } from '../programmes/Missing';
import { useProgramme } from '../programmes/useProgramme';
import { ComponentNames } from './ComponentNames';
import { ConfirmButton } from './ConfirmButton';
import { PendingChange, PromptHistory } from './PromptChanges';
import { PromptSetEditor } from './PromptSetEditor';
import { ScaleSummary } from './ScaleSummary';
import { useRoundsInOrder } from './useWordsData';

export interface WordsFlash {
  imported: string;
}

export default function WordsPage() {
  const { programmeId } = useParams();
  const programme = useProgramme(programmeId);
  const rounds = useRoundsInOrder(programmeId);
  const flash = useFlash<WordsFlash>();
  usePageTitle(programme ? `Your words: ${programme.name}` : programme === null ? 'Programme not found' : 'Your words');
  if (programme === undefined || rounds === undefined) return <Loading />;
  if (programme === null) return <Missing what="programme" />;
  const custom = programme.prompts !== undefined;

  return (
    <>
      <Link to={`/programmes/${programme.id}`} className="nhsuk-back-link">
        {programme.name}
      </Link>
      {flash.imported && (
        <NotificationBanner title="Statements imported">
          <p className="nhsuk-notification-banner__heading">{flash.imported}</p>
        </NotificationBanner>
      )}
      <span className="nhsuk-caption-l">{programme.name}</span>
      <h1>Your programme’s words</h1>
      <p className="nhsuk-lede-text">
        Put the model into the words your colleagues use: rename the components, reword the statements, add your own or
        bring in a diagnostic you already have.
      </p>
      <ul className="app-words-contents">
        <li>
          <a href="#names-heading">Names for the components</a>
        </li>
        <li>
          <a href="#prompts-heading">Statements to rate</a>
        </li>
        <li>
          <a href="#mobilisation-heading">Optional statements on mobilising staff</a>
        </li>
        <li>
          <a href="#polarity-heading">The pairs in your words</a>
        </li>
        <li>
          <Link to={`/programmes/${programme.id}/words/import`}>Import statements from a file</Link>
        </li>
      </ul>

      <ComponentNames programme={programme} />

      <section aria-labelledby="prompts-heading" className="app-words-section">
        <h2 id="prompts-heading" className="nhsuk-heading-l">
          Statements to rate
        </h2>
        <p>
          Each component has statements that people rate and back with evidence. Reword them, put them in the order that
          makes sense to you, remove the ones that do not fit and add your own. Every component keeps at least one, and
          shared purpose is always asked. Changes are saved as you type.
        </p>
        <PendingChange programme={programme} rounds={rounds} />
        <PromptSetEditor programme={programme} />
        <h3 className="nhsuk-heading-s">Bring in your own diagnostic</h3>
        <p>
          Already have a set of questions, perhaps scored on a different scale? <Link to={`/programmes/${programme.id}/words/import`}>Import them from a CSV or JSON file</Link>.
        </p>
        {custom && (
          <ConfirmButton
            label="Use the model’s statements for every component"
            question={`This replaces all ${programmePrompts(programme).length} of your statements with the model’s 40. Rounds already held keep the statements they asked.`}
            confirmLabel="Use the model’s statements"
            onConfirm={() => restoreModelPrompts(programme.id)}
          />
        )}
      </section>

      <MobilisationStatements programme={programme} />

      <PolarityWordsEditor programme={programme} />

      <ScaleSummary programmeId={programme.id} mapping={programme.scaleMapping} />
      <PromptHistory programme={programme} rounds={rounds} />
    </>
  );
}
