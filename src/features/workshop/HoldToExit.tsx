import { useEffect, useId, useRef, useState, type FormEvent } from 'react';

/** How long the exit control must be held: long enough not to happen by accident. */
export const HOLD_MS = 2000;
/** The word that leaves facilitator mode for people who cannot press and hold. */
export const EXIT_WORD = 'leave';

interface HoldToExitProps {
  onExit: () => void;
  holdMs?: number;
}

/**
 * A deliberate way out of facilitator mode, so a participant cannot wander into the set-up
 * screen (and everyone's names and progress). Press and hold with a finger or mouse, or hold
 * Enter or Space; or, for anyone who cannot hold, type a word.
 */
export function HoldToExit({ onExit, holdMs = HOLD_MS }: HoldToExitProps) {
  const id = useId();
  const [progress, setProgress] = useState(0);
  const [typing, setTyping] = useState(false);
  const [word, setWord] = useState('');
  const [error, setError] = useState('');
  const startedAt = useRef<number | null>(null);
  const frame = useRef<number | undefined>(undefined);
  const done = useRef(false);

  const cancel = () => {
    startedAt.current = null;
    if (frame.current !== undefined) cancelAnimationFrame(frame.current);
    frame.current = undefined;
    setProgress(0);
  };

  useEffect(() => () => {
    if (frame.current !== undefined) cancelAnimationFrame(frame.current);
  }, []);

  const tick = () => {
    if (startedAt.current === null) return;
    const fraction = Math.min(1, (performance.now() - startedAt.current) / holdMs);
    setProgress(fraction);
    if (fraction >= 1) {
      startedAt.current = null;
      if (!done.current) {
        done.current = true;
        onExit();
      }
      return;
    }
    frame.current = requestAnimationFrame(tick);
  };

  const begin = () => {
    if (startedAt.current !== null) return;
    done.current = false;
    startedAt.current = performance.now();
    frame.current = requestAnimationFrame(tick);
  };

  const submitWord = (event: FormEvent) => {
    event.preventDefault();
    if (word.trim().toLowerCase() === EXIT_WORD) {
      onExit();
    } else {
      // The word is never shown here: this screen is the participant's (issue 13).
      setError('That is not the word. The facilitator knows it: hand the tablet back to them.');
    }
  };

  return (
    <div className="app-hold-exit">
      <button
        type="button"
        className="app-hold"
        aria-describedby={`${id}-hint`}
        onPointerDown={(event) => {
          if (event.button === 0) begin();
        }}
        onPointerUp={cancel}
        onPointerLeave={cancel}
        onPointerCancel={cancel}
        onContextMenu={(event) => event.preventDefault()}
        onKeyDown={(event) => {
          if (event.key === 'Enter' || event.key === ' ') {
            event.preventDefault();
            if (!event.repeat) begin();
          }
        }}
        onKeyUp={(event) => {
          if (event.key === 'Enter' || event.key === ' ') {
            event.preventDefault();
            cancel();
          }
        }}
        onBlur={cancel}
      >
        <span className="app-hold__fill" style={{ transform: `scaleX(${progress})` }} aria-hidden="true" />
        <span className="app-hold__label">Facilitator: hold to leave</span>
      </button>
      <span id={`${id}-hint`} className="app-visually-hidden">
        Press and hold for {holdMs / 1000} seconds, with a finger, the mouse, or the Enter or Space key.
      </span>
      <span className="app-visually-hidden" role="status">
        {progress > 0 ? 'Keep holding…' : ''}
      </span>
      {!typing ? (
        <button type="button" className="app-link-button app-hold-exit__alt" onClick={() => setTyping(true)}>
          Cannot hold? Type a word instead
        </button>
      ) : (
        <form className="app-hold-exit__form" onSubmit={submitWord} noValidate>
          <div className={`nhsuk-form-group${error ? ' nhsuk-form-group--error' : ''}`}>
            <label className="nhsuk-label" htmlFor={`${id}-word`}>
              Facilitator: type the word to leave
            </label>
            {error && (
              <span className="nhsuk-error-message" id={`${id}-error`}>
                <span className="nhsuk-u-visually-hidden">Error:</span> {error}
              </span>
            )}
            <input
              className={`nhsuk-input nhsuk-input--width-10${error ? ' nhsuk-input--error' : ''}`}
              id={`${id}-word`}
              autoComplete="off"
              autoCapitalize="none"
              spellCheck={false}
              value={word}
              aria-describedby={error ? `${id}-error` : undefined}
              aria-invalid={error ? true : undefined}
              onChange={(event) => setWord(event.target.value)}
              autoFocus
            />
          </div>
          <div className="app-button-row">
            <button type="submit" className="nhsuk-button nhsuk-button--secondary">
              Leave facilitator mode
            </button>
            <button
              type="button"
              className="app-link-button"
              onClick={() => {
                setTyping(false);
                setWord('');
                setError('');
              }}
            >
              Cancel
            </button>
          </div>
        </form>
      )}
    </div>
  );
}
