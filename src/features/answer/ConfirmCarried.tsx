import { confirmAllCarried } from '../../db/responses';
import type { CustomPrompt, Response } from '../../db/types';
import type { TrackSave } from './useSaveStatus';

interface ConfirmCarriedProps {
  roundId: string;
  participantId: string;
  prompts: CustomPrompt[];
  responses: Map<string, Response>;
  readOnly: boolean;
  track: TrackSave;
}

/**
 * "Confirm all N unchanged" for one component's answers carried from the previous round: one
 * tap for a person whose view has not moved. Used by the component screen and the tablet flow.
 */
export function ConfirmCarried({ roundId, participantId, prompts, responses, readOnly, track }: ConfirmCarriedProps) {
  const carried = prompts.filter((p) => responses.get(p.id)?.carriedForward);
  if (carried.length === 0 || readOnly) return null;
  return (
    <div className="nhsuk-inset-text app-carried-summary">
      <p>
        {carried.length === 1 ? 'One answer here comes' : `${carried.length} answers here come`} from the previous round. Confirm
        them if they still hold, or change them.
      </p>
      <button
        type="button"
        className="nhsuk-button nhsuk-button--secondary app-button--compact"
        onClick={() => void track(() => confirmAllCarried(roundId, participantId, carried.map((p) => p.id)))}
      >
        Confirm all {carried.length} unchanged
      </button>
    </div>
  );
}
