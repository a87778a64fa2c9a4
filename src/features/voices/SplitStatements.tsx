import { componentStatements, type StatementView } from '../../domain/statements';
import type { ComponentId } from '../../model/types';
import { answerLabel } from '../../model/vocabulary';

interface SplitStatementsProps {
  views: StatementView[];
  componentId: ComponentId;
  /** Statement text by prompt id (the round's own words). */
  texts: Map<string, string>;
  headingLevel?: 3 | 4;
}

/**
 * Which statements of a component split the room, and which most people could not judge: so a
 * group discusses a statement, not a component average (issue 13).
 */
/** The statements that split the room, each with how far apart people were. */
export function SplitList({ split, texts }: { split: readonly StatementView[]; texts: Map<string, string> }) {
  return (
    <ul className="app-split__list">
      {split.map((v) => (
        <li key={v.promptId} data-prompt={v.promptId}>
          <span className="app-split__text">{texts.get(v.promptId)}</span>{' '}
          <span className="app-split__detail">
            {v.rated} people gave it a step, from “{answerLabel(v.low!)}” to “{answerLabel(v.high!)}”.
          </span>
        </li>
      ))}
    </ul>
  );
}

/** The statements most often answered "don't know". */
export function UnsureList({ unsure, texts }: { unsure: readonly StatementView[]; texts: Map<string, string> }) {
  return (
    <ul className="app-split__list">
      {unsure.map((v) => (
        <li key={v.promptId} data-prompt={v.promptId}>
          <span className="app-split__text">{texts.get(v.promptId)}</span>{' '}
          <span className="app-split__detail">{v.dontKnow === 1 ? 'One person' : `${v.dontKnow} people`} answered “don’t know”.</span>
        </li>
      ))}
    </ul>
  );
}

export function SplitStatements({ views, componentId, texts, headingLevel = 3 }: SplitStatementsProps) {
  const { split, unsure } = componentStatements(views, componentId);
  const H = `h${headingLevel}` as const;
  return (
    <div className="app-split" data-testid="split-statements">
      <H className="nhsuk-heading-s">Where views split</H>
      {split.length === 0 ? <p className="app-muted">No statement here had people two or more steps apart.</p> : <SplitList split={split} texts={texts} />}
      <H className="nhsuk-heading-s">Hardest to judge</H>
      {unsure.length === 0 ? <p className="app-muted">Nobody answered “don’t know” here.</p> : <UnsureList unsure={unsure} texts={texts} />}
    </div>
  );
}
