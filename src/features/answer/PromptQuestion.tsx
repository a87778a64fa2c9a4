import { memo, useCallback, useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { confirmResponse, recordResponse, saveNote } from '../../db/responses';
import type { CustomPrompt, Response } from '../../db/types';
import type { ResponseValue } from '../../domain/types';
import { ANSWER_SCALE, DONT_KNOW, NOT_YET } from '../../model/vocabulary';
import { modelPromptText } from '../../model/components';
import type { TrackSave } from './useSaveStatus';
import { noteBackupKey } from './noteBackup';
import { useNoteDraft } from './useNoteDraft';

interface PromptQuestionProps {
  roundId: string;
  participantId: string;
  prompt: CustomPrompt;
  /** 1-based position within the component, for "Statement 2 of 5". */
  position: number;
  count: number;
  stored: Response | undefined;
  readOnly: boolean;
  track: TrackSave;
  onPending: () => void;
}

/** Keys that pick an answer while focus is in the radio group (documented in the screen's hint). */
const KEY_VALUES: Record<string, ResponseValue> = { '1': 1, '2': 2, '3': 3, '4': 4, '5': 5, n: 'not-yet', N: 'not-yet', d: 'dont-know', D: 'dont-know' };

function encode(value: ResponseValue): string {
  return String(value);
}

/**
 * One statement: the five steps, "not yet at this stage" and "don't know" as one radio group,
 * then an evidence note. Every choice is stored at once; the note is saved while typing.
 */
function PromptQuestionView({ roundId, participantId, prompt, position, count, stored, readOnly, track, onPending }: PromptQuestionProps) {
  const uid = useId();
  const name = `answer-${uid}`;
  const storedValue = stored?.value ?? null;
  // What was just chosen, shown until the stored answer catches up (keeps arrow keys smooth).
  const [chosen, setChosen] = useState<ResponseValue | null | undefined>(undefined);
  const shown = chosen === undefined ? storedValue : chosen;

  useEffect(() => {
    if (chosen !== undefined && chosen === storedValue) setChosen(undefined);
  }, [chosen, storedValue]);

  const carried = stored?.carriedForward === true;
  // The note stays behind "Add evidence" until used: a statement card is a few lines, not a form.
  const [noteOpen, setNoteOpen] = useState(false);
  const [exampleOpen, setExampleOpen] = useState(false);
  const [modelOpen, setModelOpen] = useState(false);
  // A statement the programme reworded: the model's wording one tap away.
  const model = modelPromptText(prompt.id);
  const modelText = model !== undefined && model !== prompt.text ? model : undefined;
  const noteRef = useRef<HTMLTextAreaElement>(null);
  const focusNote = useRef(false);

  const choose = (value: ResponseValue) => {
    if (readOnly) return;
    // Choosing the carried answer again confirms it: recordResponse clears "carried forward".
    if (value === shown && !carried) return;
    setChosen(value);
    void track(() => recordResponse(roundId, participantId, prompt.id, value)).then((ok) => {
      if (!ok) setChosen(undefined);
    });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const value = KEY_VALUES[event.key];
    if (value === undefined) return;
    event.preventDefault();
    choose(value);
    // A key answers and moves on (the screen's hint says so): to the next statement's answers, or
    // after the last one to the way on ("Continue to …", "Next"). Arrow keys and clicks stay put.
    const card = (event.currentTarget as HTMLElement).closest('.app-prompt');
    let next = card?.nextElementSibling ?? null;
    while (next && !next.classList.contains('app-prompt')) next = next.nextElementSibling;
    const target = next
      ? (next.querySelector<HTMLInputElement>('input[type="radio"]:checked') ?? next.querySelector<HTMLInputElement>('input[type="radio"]'))
      : document.querySelector<HTMLElement>('[data-next-step]');
    (target ?? document.getElementById(`${uid}-${encode(value)}`))?.focus();
  };

  useEffect(() => {
    if (noteOpen && focusNote.current) {
      focusNote.current = false;
      noteRef.current?.focus();
    }
  }, [noteOpen]);

  const saveDraft = useCallback((note: string) => track(() => saveNote(roundId, participantId, prompt.id, note)), [track, roundId, participantId, prompt.id]);
  const note = useNoteDraft(stored?.note ?? '', saveDraft, onPending, readOnly ? undefined : noteBackupKey(roundId, participantId, prompt.id));

  const hasNote = (stored?.note ?? '') !== '' || note.value !== '';
  const showNote = noteOpen || hasNote;
  // Once shown, the note box stays while this statement is on screen: clearing a note never
  // makes the box vanish under the cursor.
  useEffect(() => {
    if (hasNote && !noteOpen) setNoteOpen(true);
  }, [hasNote, noteOpen]);
  const legendId = `${uid}-legend`;
  const helpId = `${uid}-help`;
  const carriedId = `${uid}-carried`;
  const noteId = `${uid}-note`;
  const describedBy = [prompt.help ? helpId : '', carried ? carriedId : ''].filter(Boolean).join(' ') || undefined;

  const radio = (value: ResponseValue, label: string, key: string) => {
    const id = `${uid}-${encode(value)}`;
    return (
      <div className="nhsuk-radios__item" key={id}>
        <input
          className="nhsuk-radios__input"
          id={id}
          name={name}
          type="radio"
          value={encode(value)}
          checked={shown === value}
          disabled={readOnly}
          onChange={() => choose(value)}
          // A click on the already chosen, carried answer fires no change event: it confirms it.
          onClick={() => {
            if (carried && shown === value) choose(value);
          }}
        />
        <label className="nhsuk-label nhsuk-radios__label" htmlFor={id}>
          <span className="app-key" aria-hidden="true">
            {key}
          </span>
          <span className="app-scale__words">{label}</span>
        </label>
      </div>
    );
  };

  return (
    <div
      className={`app-prompt${carried ? ' app-prompt--carried' : shown !== null ? ' app-prompt--answered' : ''}`}
      data-prompt={prompt.id}
      data-carried={carried ? 'true' : undefined}
    >
      <div className="nhsuk-form-group">
        <fieldset className="nhsuk-fieldset" aria-describedby={describedBy}>
          <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s" id={legendId}>
            <span className="app-prompt__position">
              Statement {position} of {count}
            </span>
            <span className="app-prompt__text">{prompt.text}</span>
          </legend>
          {carried && (
            <div className="app-carried" id={carriedId}>
              <strong className="nhsuk-tag nhsuk-tag--yellow">From last round: not yet confirmed</strong>
              <span className="app-hint-inline"> Choose it again, or press Confirm, if it still holds.</span>
            </div>
          )}
          <div className="nhsuk-radios app-scale" onKeyDown={onKeyDown}>
            <div className="app-scale__steps">
              {ANSWER_SCALE.map((step) => radio(step.value, step.label, String(step.value)))}
            </div>
            <div className="app-scale__others">
              {radio(NOT_YET.value, NOT_YET.label, 'N')}
              {radio(DONT_KNOW.value, DONT_KNOW.label, 'D')}
            </div>
          </div>
        </fieldset>
      </div>
      {carried && !readOnly && (
        <p>
          <button
            type="button"
            className="nhsuk-button nhsuk-button--secondary app-button--compact"
            onClick={() => void track(() => confirmResponse(roundId, participantId, prompt.id))}
          >
            Confirm<span className="app-visually-hidden"> the carried-forward answer to statement {position}</span> unchanged
          </button>
        </p>
      )}
      {(prompt.help || modelText || (!showNote && !readOnly)) && (
        <div className="app-prompt__tools">
          {modelText && (
            <button
              type="button"
              className="app-link-button app-prompt__tool"
              aria-expanded={modelOpen}
              aria-controls={`${uid}-model`}
              onClick={() => setModelOpen((open) => !open)}
            >
              {modelOpen ? 'Hide the model’s wording' : 'The model’s wording'}
              <span className="app-visually-hidden"> of statement {position}</span>
            </button>
          )}
          {prompt.help && (
            <button
              type="button"
              className="app-link-button app-prompt__tool"
              aria-expanded={exampleOpen}
              aria-controls={helpId}
              onClick={() => setExampleOpen((open) => !open)}
            >
              {exampleOpen ? 'Hide the example' : 'Example'}
              <span className="app-visually-hidden"> for statement {position}</span>
            </button>
          )}
          {!showNote && !readOnly && (
            <button
              type="button"
              className="app-link-button app-prompt__tool"
              onClick={() => {
                focusNote.current = true;
                setNoteOpen(true);
              }}
            >
              Add evidence<span className="app-visually-hidden"> for statement {position}</span> (optional)
            </button>
          )}
        </div>
      )}
      {modelText && (
        <p className="nhsuk-hint app-example__text" id={`${uid}-model`} hidden={!modelOpen}>
          The model says: “{modelText}”
        </p>
      )}
      {prompt.help && (
        <p className="nhsuk-hint app-example__text" id={helpId} hidden={!exampleOpen}>
          {prompt.help}
        </p>
      )}
      {showNote && (
        <div className="nhsuk-form-group app-note">
          <label className="nhsuk-label nhsuk-label--s" htmlFor={noteId}>
            Evidence note<span className="app-visually-hidden"> for statement {position}</span> (optional)
          </label>
          <div className="nhsuk-hint" id={`${noteId}-hint`}>
            What makes you say so? A local example, a document, a conversation.
          </div>
          <textarea
            ref={noteRef}
            className="nhsuk-textarea"
            id={noteId}
            rows={2}
            aria-describedby={`${noteId}-hint`}
            value={note.value}
            readOnly={readOnly}
            onChange={(event) => note.change(event.target.value)}
            onBlur={() => void note.flush()}
          />
        </div>
      )}
    </div>
  );
}

/** Only what this statement shows: a save elsewhere on the screen does not re-render it. */
function sameStored(a: Response | undefined, b: Response | undefined): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  return a.value === b.value && a.note === b.note && a.carriedForward === b.carriedForward;
}

export const PromptQuestion = memo(PromptQuestionView, (prev, next) => {
  const { stored: prevStored, ...prevRest } = prev;
  const { stored: nextStored, ...nextRest } = next;
  if (!sameStored(prevStored, nextStored)) return false;
  return (Object.keys(prevRest) as (keyof typeof prevRest)[]).every((key) => prevRest[key] === nextRest[key]);
});
