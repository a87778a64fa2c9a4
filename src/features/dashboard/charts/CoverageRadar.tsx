import { PolarAngleAxis, PolarGrid, PolarRadiusAxis, Radar, RadarChart, type BaseTickContentProps } from 'recharts';
import type { RoundTrend } from '../../../domain/types';
import type { Words } from '../../../model/words';
import { COMPONENT_IDS, type ComponentId } from '../../../model/types';
import { NONE, percent, score, signed } from '../format';
import { ScrollTable } from './ChartFigure';
import { COMPONENT_STYLE, MarkerIcon } from './markers';
import { useWidth } from './useWidth';

const AROUND: ComponentId[] = COMPONENT_IDS.filter((c) => c !== 'shared-purpose');

export interface CoverageRadarProps {
  trend: RoundTrend;
  /** The round drawn underneath for comparison (the previous round or the baseline). */
  compare?: RoundTrend | undefined;
  roundLabel: string;
  compareLabel?: string | undefined;
  words: Words;
}

/** Split a label into lines of about `max` characters, at spaces. */
export function wrapLabel(text: string, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && (line + ' ' + word).length > max) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}


/** The radar: seven components around, shared purpose as the centre. */
export function CoverageRadar({ trend, compare, roundLabel, compareLabel, words }: CoverageRadarProps) {
  const [ref, width] = useWidth<HTMLDivElement>();
  const w = Math.min(width ?? 560, 640);
  const small = w < 480;
  const height = small ? Math.round(w * 1.05) : 440;
  // On a phone the axes carry a number and the score, and the names are in a numbered key below,
  // so the radar itself can use nearly all of the width (at 360 px: about 250 px across, not 130).
  const outer = small ? Math.max(60, Math.min(w / 2 - 40, height / 2 - 40)) : Math.max(60, Math.min(w / 2 - 120, height / 2 - 56));
  const inner = Math.round(outer * 0.3);
  const cov = trend.measures.coverage;
  const data = AROUND.map((id) => ({
    id,
    name: words.component(id),
    value: cov[id] ?? 0,
    has: cov[id] !== undefined,
    compare: compare?.measures.coverage[id] ?? 0,
  }));
  const centre = cov['shared-purpose'];
  const centreBefore = compare?.measures.coverage['shared-purpose'];

  const tick = (props: BaseTickContentProps) => {
    const x = Number(props.x);
    const y = Number(props.y);
    const { cx = w / 2, cy = height / 2 } = props as BaseTickContentProps & { cx?: number; cy?: number };
    const d = data[props.index] ?? data.find((row) => row.name === props.payload?.value);
    if (!d) return <g />;
    const number = AROUND.indexOf(d.id) + 1;
    const lines = small ? [String(number), d.has ? score(d.value) : NONE] : [...wrapLabel(d.name, 18), d.has ? score(d.value) : `${NONE} no score`];
    const dx = x - cx;
    const anchor = Math.abs(dx) < 8 ? 'middle' : dx > 0 ? 'start' : 'end';
    const dy = y < cy - 8 ? -(lines.length - 1) * 14 : y > cy + 8 ? 10 : -((lines.length - 1) * 14) / 2;
    return (
      <text x={x} y={y + dy} textAnchor={anchor} fontSize={small ? 15 : 14} fill="#212b32">
        {lines.map((line, i) => (
          <tspan key={i} x={x} dy={i === 0 ? 0 : small ? 16 : 14} fontWeight={i === lines.length - 1 || small ? 600 : 400}>
            {line}
          </tspan>
        ))}
      </text>
    );
  };

  return (
    <div ref={ref} className="app-radar">
      {width !== undefined && (
        <div className="app-radar__frame" style={{ width: w, height }}>
          <RadarChart
            width={w}
            height={height}
            data={data}
            innerRadius={inner}
            outerRadius={outer}
            startAngle={90}
            endAngle={-270}
            accessibilityLayer={false}
            margin={{ top: 8, right: 8, bottom: 8, left: 8 }}
          >
            <PolarGrid gridType="polygon" stroke="#aeb7bd" />
            <PolarAngleAxis dataKey="name" tick={tick} />
            {/* Between the first two axes, so that its numbers never sit on a component's line or label. */}
            <PolarRadiusAxis
              domain={[0, 100]}
              angle={90 - 180 / AROUND.length}
              tickCount={5}
              tick={small ? false : { fontSize: 11, fill: '#4c6272' }}
              axisLine={false}
            />
            {compare && (
              <Radar
                name={compareLabel ?? 'Earlier round'}
                dataKey="compare"
                stroke="#4c6272"
                strokeWidth={2}
                strokeDasharray="6 4"
                fill="none"
                dot={{ r: 3, fill: '#fff', stroke: '#4c6272', strokeWidth: 2 }}
                isAnimationActive={false}
              />
            )}
            <Radar
              name={roundLabel}
              dataKey="value"
              stroke="#005eb8"
              strokeWidth={3}
              fill="#005eb8"
              fillOpacity={0.18}
              dot={{ r: 4, fill: '#005eb8', stroke: '#fff', strokeWidth: 1 }}
              isAnimationActive={false}
            />
          </RadarChart>
          <div
            className={`app-radar__centre${inner < 40 ? ' app-radar__centre--small' : ''}`}
            style={{ width: inner * 2 - 6, height: inner * 2 - 6, left: w / 2 - inner + 3, top: height / 2 - inner + 3 }}
          >
            {inner >= 40 && <span className="app-radar__centre-name">{words.component('shared-purpose')}</span>}
            <span className="app-radar__centre-value">{score(centre)}</span>
            {compare && inner >= 40 && <span className="app-radar__centre-before">was {score(centreBefore)}</span>}
          </div>
        </div>
      )}
      {small && (
        <ol className="app-radar__key" aria-hidden="true" data-testid="radar-key">
          {data.map((d) => (
            <li key={d.id}>
              {d.name}: <strong>{d.has ? score(d.value) : `${NONE} no score`}</strong>
            </li>
          ))}
        </ol>
      )}
      <ul className="app-legend" aria-hidden="true">
        <li>
          <svg width="32" height="12" aria-hidden="true" focusable="false">
            <line x1="1" x2="31" y1="6" y2="6" stroke="#005eb8" strokeWidth="3" />
          </svg>
          {roundLabel}
        </li>
        {compare && (
          <li>
            <svg width="32" height="12" aria-hidden="true" focusable="false">
              <line x1="1" x2="31" y1="6" y2="6" stroke="#4c6272" strokeWidth="2" strokeDasharray="6 4" />
            </svg>
            {compareLabel}
          </li>
        )}
        <li>
          At the centre: {words.component('shared-purpose')}, {score(centre)}
          {compare ? ` (was ${score(centreBefore)})` : ''}. Around it, 0 is the inner ring and 100 the outer.
        </li>
      </ul>
    </div>
  );
}

export interface CoverageTableProps {
  trend: RoundTrend;
  words: Words;
  compare?: RoundTrend | undefined;
  compareLabel?: string | undefined;
  caption?: string;
}

/** The radar's numbers, and more: coverage, the compared round, changes, attention and flags per component. */
export function CoverageTable({ trend, words, compare, compareLabel, caption }: CoverageTableProps) {
  const m = trend.measures;
  const hasEarlier = !trend.isBaseline;
  const title = caption ?? 'How far each component is in place (0 to 100)';
  return (
    <ScrollTable label="In place, table" caption={title}>
    <table className="nhsuk-table app-table app-table--numbers" data-testid="coverage-table">
      <caption className="nhsuk-table__caption nhsuk-table__caption--s">{title}</caption>
      <thead className="nhsuk-table__head">
        <tr>
          <th scope="col">Component</th>
          <th scope="col">In place</th>
          {compare && <th scope="col">{compareLabel ?? 'Compared with'}</th>}
          {hasEarlier && <th scope="col">Since previous round</th>}
          {hasEarlier && <th scope="col">Since baseline</th>}
          <th scope="col">Attended to</th>
          <th scope="col">Notes</th>
        </tr>
      </thead>
      <tbody className="nhsuk-table__body">
        {COMPONENT_IDS.map((id) => {
          const cm = m.components[id];
          const t = trend.components[id];
          const notes: string[] = [];
          if (id === 'shared-purpose') notes.push('The centre');
          if (cm.blindSpot) notes.push('Blind spot');
          if (t.coverage.fallingBack) notes.push(`Falling back (best earlier ${score(t.coverage.bestEarlier)})`);
          if (cm.notYet) notes.push('Not yet at this stage');
          if (cm.divergent) notes.push(`Spread of views ${score(cm.divergence)} points`);
          if (cm.promptCount === 0) notes.push('Not asked in this round');
          return (
            <tr key={id} data-component={id}>
              <th scope="row">
                <span className="app-table__marker">
                  <MarkerIcon shape={COMPONENT_STYLE[id].shape} colour={COMPONENT_STYLE[id].colour} />
                </span>
                {words.component(id)}
                {words.isRenamed(id) && <span className="app-table__model-name"> (the model’s “{words.originalComponent(id)}”)</span>}
              </th>
              <td data-measure="coverage">{score(cm.coverage)}</td>
              {compare && <td data-measure="compare">{score(compare.measures.coverage[id])}</td>}
              {hasEarlier && <td data-measure="since-previous">{signed(t.coverage.sincePrevious)}</td>}
              {hasEarlier && <td data-measure="since-baseline">{signed(t.coverage.sinceBaseline)}</td>}
              <td data-measure="attention">{percent(cm.attention)}</td>
              <td data-measure="notes">{notes.join('; ') || NONE}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
    </ScrollTable>
  );
}
