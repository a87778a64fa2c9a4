import { useMemo } from 'react';
import { PolarityMapView } from '../pairs/PolarityMapView';
import type { Judgement, Participant, Response, Round } from '../../db/types';
import { componentStatements, statementViews } from '../../domain/statements';
import { roundInputFromRecords } from '../../domain/records';
import type { Words } from '../../model/words';
import type { TrackedPair } from '../workshop/roundPairs';
import { componentNotes, pairNotes } from './notes';
import { NotesList } from './NotesList';
import { SplitStatements } from './SplitStatements';

interface VoicesProps {
  rounds: Round[];
  participants: Participant[];
  responses: Response[];
  judgements: Judgement[];
  /** The round shown: its statements are the ones that split, its notes and earlier ones are listed. */
  round: Round;
  words: Words;
  showNames: boolean;
}

function noteCount(n: number): string {
  return n === 0 ? 'no notes yet' : n === 1 ? 'one note' : `${n} notes`;
}

/**
 * Per component: the statements that split the room in this round, the ones hardest to judge,
 * and what people wrote, newest round first. Each component folds away (the dashboard stays short).
 */
export function ComponentVoices({ rounds, participants, responses, judgements, round, words, showNames }: VoicesProps) {
  const views = useMemo(() => {
    // The round's answers as the measures take them (domain: no blanks, people of the round only).
    const input = roundInputFromRecords(round, participants, responses, []);
    return statementViews(round.prompts, input.responses, new Set(input.participants.map((p) => p.id)));
  }, [round, participants, responses]);
  const texts = useMemo(() => new Map(round.prompts.map((p) => [p.id, p.text])), [round]);
  const sources = { rounds, participants, responses, judgements };
  return (
    <div className="app-voices">
      {round.components.map((id) => {
        const notes = componentNotes(sources, id, { uptoRoundId: round.id, showNames });
        const split = componentStatements(views, id, Number.POSITIVE_INFINITY).split.length;
        return (
          <details key={id} className="nhsuk-details app-voices__component" data-component={id}>
            <summary className="nhsuk-details__summary">
              <span className="nhsuk-details__summary-text">
                {words.component(id)}: {noteCount(notes.length)}
                {split > 0 ? `, ${split === 1 ? 'one statement' : `${split} statements`} where views split` : ''}
              </span>
            </summary>
            <div className="nhsuk-details__text">
              <SplitStatements views={views} componentId={id} texts={texts} />
              <h3 className="nhsuk-heading-s">What people wrote</h3>
              <NotesList items={notes} empty="Nobody has written a note on these statements yet." />
            </div>
          </details>
        );
      })}
    </div>
  );
}

/** Per tracked pair: what people wrote about it, newest round first. */
export function PairVoices({ rounds, participants, responses, judgements, round, words, showNames, pairs }: VoicesProps & { pairs: TrackedPair[] }) {
  const sources = { rounds, participants, responses, judgements };
  if (pairs.length === 0) return null;
  return (
    <div className="app-voices">
      <h3>Each tracked pair: what each side gives, and what people said</h3>
      {pairs.map((pair) => {
        const notes = pairNotes(sources, pair.key, { uptoRoundId: round.id, showNames });
        return (
          <details key={pair.key} className="nhsuk-details app-voices__pair" data-pair={pair.key}>
            <summary className="nhsuk-details__summary">
              <span className="nhsuk-details__summary-text">
                {words.component(pair.a)} and {words.component(pair.b)}: {noteCount(notes.length)}
              </span>
            </summary>
            <div className="nhsuk-details__text">
              <PolarityMapView a={pair.a} b={pair.b} words={words} />
              <h4 className="nhsuk-heading-xs app-voices__pair-notes">What people wrote</h4>
              <NotesList items={notes} empty="Nobody has written a note on this pair yet." />
            </div>
          </details>
        );
      })}
    </div>
  );
}
