import { useLiveQuery } from 'dexie-react-hooks';
import { memo, useCallback } from 'react';
import { db } from '../../db/database';
import type { ComponentId } from '../../model/types';
import { ANSWER_SCALE, DONT_KNOW, NOT_YET } from '../../model/vocabulary';
import { ConfirmCarried } from './ConfirmCarried';
import { PromptQuestion } from './PromptQuestion';
import { SaveStatus } from './SaveStatus';
import { useResponses } from './useRoundData';
import { useSaveStatus } from './useSaveStatus';

export interface ComponentQuestionsProps {
  roundId: string;
  participantId: string;
  componentId: ComponentId;
  /** Shown in the hint for screen-reader users who answer for someone else, e.g. "Asha". */
  participantLabel?: string;
}

/**
 * The statements of one component for one participant in one round: each a radio group with
 * the five steps, "not yet at this stage" and "don't know", plus an evidence note. Every choice
 * is stored at once and every note within NOTE_SAVE_DELAY_MS; a live "Saved" status says so.
 * Reusable: the component screen and the workshop's pass-the-tablet flow both render it.
 */
function ComponentQuestionsView({ roundId, participantId, componentId, participantLabel }: ComponentQuestionsProps) {
  const round = useLiveQuery(() => db.rounds.get(roundId), [roundId]);
  const responses = useResponses(roundId, participantId);
  const { state, track, pending } = useSaveStatus();
  const onPending = useCallback(() => pending(), [pending]);

  if (round === undefined || responses === undefined) return <p className="app-loading">Loading the statements…</p>;
  if (!round) return <p>This round no longer exists.</p>;

  const prompts = round.prompts.filter((p) => p.componentId === componentId);
  const readOnly = round.status === 'closed';

  if (prompts.length === 0) return <p>This round does not ask about this component.</p>;

  return (
    <div className="app-questions-list">
      <details className="nhsuk-details app-scale-help">
        <summary className="nhsuk-details__summary">
          <span className="nhsuk-details__summary-text">What the answers mean, and keyboard keys</span>
        </summary>
        <div className="nhsuk-details__text">
          <p>
            For each statement, say how far it is in place{participantLabel ? ` as ${participantLabel} sees it` : ''}. There is no
            right answer: what matters is what you can point to.
          </p>
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
              <dt>N. {NOT_YET.label}</dt>
              <dd>{NOT_YET.description}</dd>
            </div>
            <div>
              <dt>D. {DONT_KNOW.label}</dt>
              <dd>{DONT_KNOW.description}</dd>
            </div>
          </dl>
          <p id="keyboard-hint">
            Keyboard: in the answers, press 1 to 5 to choose a step, N for not yet at this stage or D for don&apos;t know: the
            answer is saved and you move straight on to the next statement (after the last one, to the way on). The arrow keys
            change an answer without moving on; Tab reaches the example and &ldquo;Add evidence&rdquo;.
          </p>
        </div>
      </details>

      {readOnly && (
        <div className="nhsuk-inset-text">
          <span className="app-visually-hidden">Information: </span>
          <p>This round is closed, so its answers are kept as they were. Reopen the round to change them.</p>
        </div>
      )}

      <ConfirmCarried roundId={roundId} participantId={participantId} prompts={prompts} responses={responses} readOnly={readOnly} track={track} />

      <SaveStatus state={state} />

      {prompts.map((prompt, index) => (
        <PromptQuestion
          key={`${participantId}:${prompt.id}`}
          roundId={roundId}
          participantId={participantId}
          prompt={prompt}
          position={index + 1}
          count={prompts.length}
          stored={responses.get(prompt.id)}
          readOnly={readOnly}
          track={track}
          onPending={onPending}
        />
      ))}
    </div>
  );
}

export const ComponentQuestions = memo(ComponentQuestionsView);
