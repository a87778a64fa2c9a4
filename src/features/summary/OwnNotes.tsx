import { Link } from 'react-router';
import { roundForDisplay } from '../../domain/stats';
import type { Judgement, Response, Round } from '../../db/types';
import { judgementLabel } from '../../model/vocabulary';
import type { Words } from '../../model/words';
import { answerPath, pairsPath } from '../answer/paths';
import type { TrackedPair } from '../workshop/roundPairs';
import type { PersonalRow } from './personalMeasures';

interface OwnNotesProps {
  programmeId: string;
  round: Round;
  rows: PersonalRow[];
  responses: Response[];
  words: Words;
}

/**
 * What the person wrote, beside their score for each component: notes that are read again get
 * written (issue 13). Only components with a note are listed.
 */
export function OwnNotes({ programmeId, round, rows, responses, words }: OwnNotesProps) {
  const byPrompt = new Map(responses.filter((r) => r.note.trim() !== '').map((r) => [r.promptId, r]));
  const groups = rows
    .map((row) => ({ row, items: round.prompts.filter((p) => p.componentId === row.id && byPrompt.has(p.id)) }))
    .filter((g) => g.items.length > 0);
  return (
    <section aria-labelledby="own-notes-heading" className="app-summary-section">
      <h2 id="own-notes-heading">Your evidence notes</h2>
      {groups.length === 0 ? (
        <p>
          You have not written a note yet. A line on what makes you say so (a meeting, a document, a conversation) is what the group
          will want to hear about when views differ.
        </p>
      ) : (
        groups.map(({ row, items }) => {
          const shown = roundForDisplay(row.score);
          return (
            <div key={row.id} className="app-notes-group">
              <h3 className="nhsuk-heading-s">
                {words.component(row.id)}{' '}
                <span className="app-notes-group__score">
                  {shown === undefined ? 'no step chosen yet' : `in place ${shown} of 100`}
                </span>
              </h3>
              <ul className="app-notes">
                {items.map((prompt) => (
                  <li key={prompt.id} className="app-notes__item">
                    <p className="app-notes__statement">{prompt.text}</p>
                    <blockquote className="app-notes__text">{byPrompt.get(prompt.id)!.note}</blockquote>
                  </li>
                ))}
              </ul>
              <Link to={answerPath(programmeId, round.id, row.id)}>
                Change your notes on {words.component(row.id)}
              </Link>
            </div>
          );
        })
      )}
    </section>
  );
}

/** The person's own pair judgements, with a way to the pairs step (optional in a quick check). */
export function OwnPairs({ programmeId, round, pairs, judgements, words, optional }: {
  programmeId: string;
  round: Round;
  pairs: TrackedPair[];
  judgements: Judgement[];
  words: Words;
  optional: boolean;
}) {
  if (pairs.length === 0) return null;
  const byKey = new Map(judgements.map((j) => [j.pairKey, j]));
  const judged = pairs.filter((p) => byKey.get(p.key)?.value != null);
  return (
    <section aria-labelledby="own-pairs-heading" className="app-summary-section">
      <h2 id="own-pairs-heading">How the parts work together{optional ? ' (optional)' : ''}</h2>
      {judged.length === 0 ? (
        <p>
          You have not judged any of the {pairs.length} pairs yet.{' '}
          {optional ? 'A last, optional step: it shows where the parts of a change get in each other’s way. ' : ''}
          <Link to={pairsPath(programmeId, round.id)}>Judge how the parts work together</Link>
        </p>
      ) : (
        <>
          <ul className="app-notes">
            {judged.map((pair) => {
              const j = byKey.get(pair.key)!;
              return (
                <li key={pair.key} className="app-notes__item">
                  <p className="app-notes__statement">
                    <strong>
                      {words.component(pair.a)} and {words.component(pair.b)}:
                    </strong>{' '}
                    {judgementLabel(j.value!)}
                  </p>
                  {j.note.trim() !== '' && <blockquote className="app-notes__text">{j.note}</blockquote>}
                </li>
              );
            })}
          </ul>
          <Link to={pairsPath(programmeId, round.id)}>
            {judged.length < pairs.length ? `Judge the other ${pairs.length - judged.length} pairs` : 'Change your judgements'}
          </Link>
        </>
      )}
    </section>
  );
}
