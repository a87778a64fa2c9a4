import { useLiveQuery } from 'dexie-react-hooks';
import { judgementsOf } from '../../db/answers';
import type { Participant } from '../../db/types';
import type { ComponentId } from '../../model/types';
import { getComponent } from '../../model/vocabulary';
import { ConfirmCarried } from '../answer/ConfirmCarried';
import { PromptQuestion } from '../answer/PromptQuestion';
import { useResponses, type RoundData } from '../answer/useRoundData';
import { useSaveStatus } from '../answer/useSaveStatus';
import { useFacilitator } from './facilitatorStore';
import { PairsIntro, PairsQuestions } from '../answer/PairsQuestions';
import type { TrackedPair } from './roundPairs';
import { useFocusHeadingOnChange } from '../../ui/useFocusHeading';

type Step = { kind: 'intro' } | { kind: 'component'; componentId: ComponentId } | { kind: 'pairs' } | { kind: 'finish' };

export function participantSteps(components: ComponentId[], pairs: TrackedPair[]): Step[] {
  return [
    { kind: 'intro' },
    ...components.map((componentId): Step => ({ kind: 'component', componentId })),
    ...(pairs.length > 0 ? [{ kind: 'pairs' } as Step] : []),
    { kind: 'finish' },
  ];
}

interface ParticipantFlowProps {
  data: RoundData;
  participant: Participant;
  pairs: TrackedPair[];
}

/** One person's turn on the tablet: a short welcome, each component, the alignment grid, then hand over. */
export function ParticipantFlow({ data, participant, pairs }: ParticipantFlowProps) {
  const { round, words } = data;
  const stepIndex = useFacilitator((s) => s.step);
  const goTo = useFacilitator((s) => s.goTo);
  const finish = useFacilitator((s) => s.finish);
  const steps = participantSteps(round.components, pairs);
  const index = Math.min(stepIndex, steps.length - 1);
  const step = steps[index]!;
  const heading = useFocusHeadingOnChange<HTMLHeadingElement>(`${participant.id}:${index}`);
  const { state, track } = useSaveStatus();
  const responses = useResponses(round.id, participant.id);
  const judgements = useLiveQuery(
    () => judgementsOf(round.id, participant.id),
    [round.id, participant.id],
  );
  const readOnly = round.status === 'closed';
  const componentCount = round.components.length;

  const nav = (
    <div className="app-flow-nav">
      {index > 0 && (
        <button type="button" className="nhsuk-button nhsuk-button--secondary" onClick={() => goTo(index - 1)}>
          Back
        </button>
      )}
      {index < steps.length - 1 && (
        <button type="button" className="nhsuk-button" onClick={() => goTo(index + 1)} data-next-step>
          {index === 0 ? 'Start' : 'Next'}
        </button>
      )}
    </div>
  );

  let body: React.ReactNode;
  if (step.kind === 'intro') {
    body = (
      <>
        <h1 ref={heading} tabIndex={-1}>
          Hello, {participant.label}
        </h1>
        <p className="nhsuk-lede-text">
          You will look at {componentCount === 8 ? 'all eight parts' : `${componentCount} parts`} of the change model
          {pairs.length > 0 ? `, then ${pairs.length} pairs of parts that can pull against each other` : ''}.
        </p>
        <ul>
          <li>Answer for yourself: the group wants your view, not the official one.</li>
          <li>&quot;Not yet at this stage&quot; and &quot;Don&apos;t know&quot; are real answers. Skip anything you cannot judge.</li>
          <li>Each answer is saved as you give it. When you finish, your answers are hidden before the next person starts.</li>
        </ul>
      </>
    );
  } else if (step.kind === 'component') {
    const component = getComponent(step.componentId);
    const prompts = round.prompts.filter((p) => p.componentId === step.componentId);
    const position = round.components.indexOf(step.componentId) + 1;
    body = (
      <>
        <p className="app-flow__kicker">
          Part {position} of {componentCount}
          {step.componentId === 'shared-purpose' ? ': the centre of the model' : ''}
        </p>
        <h1 ref={heading} tabIndex={-1}>
          {words.component(step.componentId)}
        </h1>
        <p className="app-flow__gloss">{component.gloss}</p>
        {responses && (
          <ConfirmCarried roundId={round.id} participantId={participant.id} prompts={prompts} responses={responses} readOnly={readOnly} track={track} />
        )}
        {responses &&
          prompts.map((prompt, i) => (
            <PromptQuestion
              key={prompt.id}
              roundId={round.id}
              participantId={participant.id}
              prompt={prompt}
              position={i + 1}
              count={prompts.length}
              stored={responses.get(prompt.id)}
              readOnly={readOnly}
              track={track}
              onPending={() => undefined}
            />
          ))}
      </>
    );
  } else if (step.kind === 'pairs') {
    body = (
      <>
        <p className="app-flow__kicker">How the parts work together</p>
        <h1 ref={heading} tabIndex={-1}>
          How are these parts working together?
        </h1>
        <PairsIntro />
        <PairsQuestions roundId={round.id} participantId={participant.id} pairs={pairs} words={words} track={track} />
      </>
    );
  } else {
    const answered = responses ? [...responses.values()].filter((r) => r.value !== null && !r.carriedForward).length : 0;
    const judged = (judgements ?? []).filter((j) => j.value !== null).length;
    body = (
      <>
        <h1 ref={heading} tabIndex={-1}>
          Ready to hand over?
        </h1>
        <p className="nhsuk-lede-text">
          You answered {answered} of {round.prompts.length} statements
          {pairs.length > 0 ? ` and ${judged} of ${pairs.length} pairs` : ''}. Gaps are fine: they show the group what
          is hard to judge.
        </p>
        <p>When you finish, your answers are hidden and the tablet is ready for the next person.</p>
        <button type="button" className="nhsuk-button app-button--large" onClick={finish}>
          Finish and hide my answers
        </button>
      </>
    );
  }

  return (
    <div className="app-flow" data-step={step.kind}>
      <div className="app-flow__bar">
        <span className="app-flow__who">
          Answering: <strong>{participant.label}</strong>
        </span>
        <span className="app-flow__save" role="status">
          {state.kind === 'saving' ? 'Saving…' : state.kind === 'saved' ? 'Saved' : state.kind === 'error' ? state.message : ''}
        </span>
        {step.kind !== 'finish' && (
          <button type="button" className="app-link-button" onClick={() => goTo(steps.length - 1)}>
            Finish early
          </button>
        )}
      </div>
      {readOnly && (
        <div className="nhsuk-inset-text">
          <p>This round has been closed, so answers are locked.</p>
        </div>
      )}
      {body}
      {nav}
    </div>
  );
}
