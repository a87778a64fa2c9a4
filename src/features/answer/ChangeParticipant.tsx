import { useState } from 'react';
import { NOBODY_YET, rememberParticipant } from '../../db/place';
import type { Participant } from '../../db/types';
import { roleLabel } from '../../model/vocabulary';

interface ChangeParticipantProps {
  roundId: string;
  participant: Participant;
  participants: Participant[];
  readOnly: boolean;
}

/**
 * "Answering as Asha (Clinician)", with a way to switch to another person, and always a way to
 * say that someone else is answering now (a second person on the same device: issue 13).
 */
export function ChangeParticipant({ roundId, participant, participants, readOnly }: ChangeParticipantProps) {
  const [open, setOpen] = useState(false);
  const others = participants.filter((p) => p.id !== participant.id);
  return (
    <div className="app-answering-as">
      <p className="nhsuk-body-s">
        {readOnly ? 'Showing the answers of' : 'Answering as'} <strong>{participant.label}</strong> ({roleLabel(participant.role)})
        {others.length > 0 && (
          <>
            {' '}
            <button type="button" className="app-link-button" aria-expanded={open} onClick={() => setOpen((o) => !o)}>
              Change<span className="app-visually-hidden"> who is answering</span>
            </button>
          </>
        )}
        {!readOnly && (
          <>
            {' '}
            <button type="button" className="app-link-button" onClick={() => void rememberParticipant(roundId, NOBODY_YET)}>
              Someone else is answering
            </button>
          </>
        )}
      </p>
      {open && others.length > 0 && (
        <ul className="nhsuk-list app-answering-as__list">
          {others.map((p) => (
            <li key={p.id}>
              <button
                type="button"
                className="app-link-button"
                onClick={() => {
                  setOpen(false);
                  void rememberParticipant(roundId, p.id);
                }}
              >
                {readOnly ? 'Show' : 'Answer as'} {p.label} ({roleLabel(p.role)})
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
