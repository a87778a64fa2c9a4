import { canonicalPair } from '../../model/tensions';
import type { ComponentId } from '../../model/types';
import type { Words } from '../../model/words';

/**
 * A pair's polarity map (model/polarity.ts) in the programme's words: what each side gives when
 * it is working, the signs of leaning too far towards each, and something to try. Both sides are
 * goods; nothing here says which is right.
 */
export function PolarityMapView({
  a,
  b,
  words,
  compact = false,
  part = 'all',
}: {
  a: ComponentId;
  b: ComponentId;
  words: Words;
  compact?: boolean;
  /** A presentation shows the map in two halves: what each side gives, then leaning too far and something to try. */
  part?: 'all' | 'gives' | 'tooFar';
}) {
  const map = words.polarity(a, b);
  if (!map) return null;
  const [first, second] = canonicalPair(a, b);
  const sides = [
    { id: first, gives: map.gives[0], tooFar: map.tooFar[0] },
    { id: second, gives: map.gives[1], tooFar: map.tooFar[1] },
  ];
  return (
    <div className={`app-polarity${compact ? ' app-polarity--compact' : ''}`} data-testid="polarity-map">
      <div className="app-polarity__sides">
        {sides.map((side) => (
          <dl className="app-polarity__side" key={side.id} data-side={side.id}>
            {part !== 'tooFar' && (
              <>
                <dt>What {words.component(side.id)} gives when it is working</dt>
                <dd>{side.gives}</dd>
              </>
            )}
            {part !== 'gives' && (
              <>
                <dt>Signs of leaning too far towards {words.component(side.id)}</dt>
                <dd>{side.tooFar}</dd>
              </>
            )}
          </dl>
        ))}
      </div>
      {part !== 'gives' && (
        <p className="app-polarity__try">
          <strong>Something to try:</strong> {map.tryThis}
        </p>
      )}
    </div>
  );
}
