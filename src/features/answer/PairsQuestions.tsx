import { useLiveQuery } from 'dexie-react-hooks';
import { judgementsOf } from '../../db/answers';
import type { Words } from '../../model/words';
import { PairJudgement } from '../workshop/PairJudgement';
import type { TrackedPair } from '../workshop/roundPairs';
import type { TrackSave } from './useSaveStatus';

interface PairsQuestionsProps {
  roundId: string;
  participantId: string;
  pairs: TrackedPair[];
  words: Words;
  track: TrackSave;
}

/**
 * The programme's tracked pairs for one person in one round: the tension in plain words first,
 * then the four judgements and a note. The same step in every way of answering: the wheel, the
 * tablet flow, a device answering from an invitation, a shared programme and the quick check.
 */
export function PairsQuestions({ roundId, participantId, pairs, words, track }: PairsQuestionsProps) {
  const judgements = useLiveQuery(() => judgementsOf(roundId, participantId), [roundId, participantId]);
  if (!judgements) return <p className="app-loading">Loading the pairs…</p>;
  const byKey = new Map(judgements.map((j) => [j.pairKey, j]));
  return (
    <div className="app-pairs-list">
      {pairs.map((pair, i) => (
        <PairJudgement
          key={`${participantId}:${pair.key}`}
          roundId={roundId}
          participantId={participantId}
          pair={pair}
          position={i + 1}
          count={pairs.length}
          words={words}
          stored={byKey.get(pair.key)}
          track={track}
        />
      ))}
    </div>
  );
}

/** What the pairs step is, in two sentences: the same words wherever it is asked. */
export function PairsIntro() {
  return (
    <p>
      Each pair is two good things that can pull against each other: leaning too far either way costs something. There is no
      right answer: say what you see in this programme now. Skip any pair you cannot judge.
    </p>
  );
}
