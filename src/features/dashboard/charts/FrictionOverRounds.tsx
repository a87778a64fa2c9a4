import { FRICTION_FLAG } from '../../../domain/thresholds';
import type { PairRef, RoundTrend } from '../../../domain/types';
import type { Words } from '../../../model/words';
import { pairKey } from '../../../domain/groups';
import { NONE, friction, longDate } from '../format';
import { ScrollTable } from './ChartFigure';
import type { RoundInfo } from './CoverageOverRounds';
import { shapePath } from './markers';

export interface FrictionOverRoundsProps {
  trends: readonly RoundTrend[];
  /** The pairs the programme tracks (in its order). */
  pairs: readonly PairRef[];
  rounds: ReadonlyMap<string, RoundInfo>;
  words: Words;
  selectedRoundId?: string | undefined;
}

const W = 260;
const H = 96;
const PAD = { left: 26, right: 10, top: 10, bottom: 16 };

function frictionSeries(trends: readonly RoundTrend[], key: string) {
  return trends.map((t) => t.measures.frictionMatrix.get(key)?.friction);
}

/** One small chart per tracked pair: friction (0–3) round by round, with the flag line at 2.0. */
export function FrictionOverRounds({ trends, pairs, words, selectedRoundId }: FrictionOverRoundsProps) {
  const n = trends.length;
  const x = (i: number) => PAD.left + (n <= 1 ? (W - PAD.left - PAD.right) / 2 : (i * (W - PAD.left - PAD.right)) / (n - 1));
  const y = (f: number) => PAD.top + (1 - f / 3) * (H - PAD.top - PAD.bottom);
  const selectedIndex = trends.findIndex((t) => t.roundId === selectedRoundId);
  if (pairs.length === 0) return <p>This programme tracks no pairs. Choose pairs to track in the programme’s settings.</p>;
  return (
    <div>
      <ul className="app-small-multiples">
        {pairs.map((pair) => {
          const key = pairKey(pair.a, pair.b);
          const series = frictionSeries(trends, key);
          const segments: string[] = [];
          let path = '';
          series.forEach((f, i) => {
            if (f === undefined) {
              if (path) segments.push(path);
              path = '';
              return;
            }
            path += `${path ? 'L' : 'M'}${x(i).toFixed(1)},${y(f).toFixed(1)}`;
          });
          if (path) segments.push(path);
          const latest = selectedIndex >= 0 ? series[selectedIndex] : series[series.length - 1];
          return (
            <li key={key} className="app-small-multiples__item">
              <p className="app-small-multiples__title">
                {words.component(pair.a)} × {words.component(pair.b)}
                <span className="app-small-multiples__value">
                  {latest === undefined ? 'not judged' : `${friction(latest)}${latest >= FRICTION_FLAG ? ' ▲' : ''}`}
                </span>
              </p>
              <svg viewBox={`0 0 ${W} ${H}`} width="100%" className="app-small-multiples__svg" aria-hidden="true" focusable="false">
                {[0, 1, 2, 3].map((g) => (
                  <g key={g}>
                    <line x1={PAD.left} x2={W - PAD.right} y1={y(g)} y2={y(g)} stroke={g === 2 ? '#212b32' : '#d8dde0'} strokeDasharray={g === 2 ? '4 3' : undefined} />
                    <text x={PAD.left - 6} y={y(g) + 4} fontSize="10" textAnchor="end" fill="#4c6272">
                      {g}
                    </text>
                  </g>
                ))}
                {selectedIndex >= 0 && (
                  <line x1={x(selectedIndex)} x2={x(selectedIndex)} y1={PAD.top} y2={H - PAD.bottom} stroke="#005eb8" strokeOpacity={0.35} strokeWidth={6} />
                )}
                {segments.map((d, i) => (
                  <path key={i} d={d} fill="none" stroke="#005eb8" strokeWidth={2} />
                ))}
                {series.map((f, i) =>
                  f === undefined ? null : f >= FRICTION_FLAG ? (
                    <path key={i} d={shapePath('triangle', x(i), y(f), 4.5)} fill="#212b32" />
                  ) : (
                    <circle key={i} cx={x(i)} cy={y(f)} r={3} fill="#005eb8" />
                  ),
                )}
              </svg>
            </li>
          );
        })}
      </ul>
      <p className="app-chart__note">
        Each chart runs from the first round (left) to the latest (right). The dashed line is {FRICTION_FLAG.toFixed(1)}, where
        friction is flagged; ▲ marks a flagged round. A gap means nobody judged the pair that round.
      </p>
    </div>
  );
}

/** Friction of each tracked pair in each round (rows are rounds). */
export function FrictionOverRoundsTable({ trends, pairs, rounds, words }: FrictionOverRoundsProps) {
  return (
    <ScrollTable label="Tracked pairs over rounds, table" caption={`Friction (0 to 3) of each tracked pair, round by round; ▲ marks ${FRICTION_FLAG.toFixed(1)} or more`}>
      <table className="nhsuk-table app-table app-table--numbers app-table--wide" data-testid="friction-rounds-table">
        <caption className="nhsuk-table__caption nhsuk-table__caption--s">
          Friction (0 to 3) of each tracked pair, round by round; ▲ marks {FRICTION_FLAG.toFixed(1)} or more
        </caption>
        <thead className="nhsuk-table__head">
          <tr>
            <th scope="col">Round</th>
            {pairs.map((p) => (
              <th scope="col" key={pairKey(p.a, p.b)}>
                {words.component(p.a)} × {words.component(p.b)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="nhsuk-table__body">
          {trends.map((t) => (
            <tr key={t.roundId}>
              <th scope="row">
                {rounds.get(t.roundId)?.title ?? 'Round'}
                <span className="app-table__sub">{longDate(t.date)}</span>
              </th>
              {pairs.map((p) => {
                const key = pairKey(p.a, p.b);
                const f = t.measures.frictionMatrix.get(key)?.friction;
                return (
                  <td key={key} data-pair={key}>
                    {f === undefined ? NONE : friction(f)}
                    {f !== undefined && f >= FRICTION_FLAG && (
                      <>
                        {' '}
                        <span aria-hidden="true">▲</span>
                        <span className="app-visually-hidden"> (flagged)</span>
                      </>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollTable>
  );
}
