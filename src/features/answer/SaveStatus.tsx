import type { SaveState } from './useSaveStatus';

function time(date: Date): string {
  return date.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' });
}

/**
 * The visible, announced save state. A polite live region: screen readers hear "Saved" without
 * being interrupted; a failure is announced assertively because the person needs to act.
 */
export function SaveStatus({ state }: { state: SaveState }) {
  return (
    <div className="app-save-status" data-state={state.kind}>
      <p role="status" aria-live="polite" className="app-save-status__text" data-testid="save-status">
        {state.kind === 'idle' && 'Every answer is saved on this device as you give it.'}
        {state.kind === 'saving' && 'Saving…'}
        {state.kind === 'saved' && (
          <>
            <span className="app-save-status__tick" aria-hidden="true">
              ✓
            </span>{' '}
            Saved on this device at {time(state.at)}
          </>
        )}
      </p>
      {state.kind === 'error' && (
        <p role="alert" className="nhsuk-error-message app-save-status__error">
          Not saved: {state.message}
        </p>
      )}
    </div>
  );
}
