import { CoverageRadar } from '../dashboard/charts';
import type { Words } from '../../model/words';
import type { PersonalHistory } from './usePersonalHistory';

/** This check as a radar, the previous one dashed underneath (lazy: it brings the chart code). */
export default function PersonalRadar({ history, words, label }: { history: PersonalHistory; words: Words; label: string }) {
  return (
    <CoverageRadar
      trend={history.current}
      compare={history.previous?.trend}
      roundLabel={label}
      compareLabel={history.previous ? `${history.previous.round.title} (last time)` : undefined}
      words={words}
    />
  );
}
