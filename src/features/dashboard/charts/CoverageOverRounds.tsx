import { CartesianGrid, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import type { RoundTrend } from '../../../domain/types';
import type { PromptSetChange } from '../../../model/promptSets';
import type { Words } from '../../../model/words';
import { COMPONENT_IDS, type ComponentId } from '../../../model/types';
import { dayNumber, isoOfDay, longDate, score, shortDate } from '../format';
import { ScrollTable } from './ChartFigure';
import { COMPONENT_STYLE, MarkerIcon, componentDash, shapePath } from './markers';
import { useWidth } from './useWidth';

export interface RoundInfo {
  id: string;
  title: string;
  date: string;
}

export interface DatedEvent {
  id: string;
  date: string;
  title: string;
  note?: string;
}

export interface CoverageOverRoundsProps {
  trends: readonly RoundTrend[];
  rounds: ReadonlyMap<string, RoundInfo>;
  events: readonly DatedEvent[];
  words: Words;
  /** The round chosen on the dashboard, marked on the chart. */
  selectedRoundId?: string | undefined;
  /** Rounds whose statements differ from the round before (promptSetChanges, src/model/promptSets.ts), marked "S". */
  promptChanges?: readonly PromptSetChange[];
  /** The programme's own outcome measures, each drawn on its own right-hand scale. */
  outcomes?: OutcomeSeries;
}

/** The programme's own measures (db/outcomes.ts) and their values by round id. */
export interface OutcomeSeries {
  measures: readonly { id: string; name: string; unit: string }[];
  byRound: ReadonlyMap<string, Readonly<Record<string, number>>>;
}

/** Dark, heavy lines with their own markers, apart from the components' colours. */
export const OUTCOME_STYLE = [
  { colour: '#212b32', shape: 'square', dash: '' },
  { colour: '#7c2855', shape: 'diamond', dash: '2 3' },
] as const;

/** "Patients home before noon (%)". */
export function outcomeLabel(m: { name: string; unit: string }): string {
  return m.unit ? `${m.name} (${m.unit})` : m.name;
}

/** An outcome value as shown: up to two decimals, thousands separated; a dash for none. */
export function formatOutcome(value: number | undefined): string {
  if (value === undefined) return '—';
  return value.toLocaleString('en-GB', { maximumFractionDigits: 2 });
}

/** Points of "in place" between lines drawn for equal values, so that no line hides another. */
export const TIE_SPREAD = 1.6;

/**
 * Where each component's line is drawn in one round: its "in place", except that components with
 * the same value are spread a little apart around it (in the model's order), so two lines at 75 in
 * every round show as two lines, each with its own marker. The tooltip and the table give the
 * values themselves.
 */
export function drawnCoverage(coverage: Readonly<Partial<Record<ComponentId, number | undefined>>>): Partial<Record<ComponentId, number>> {
  const byValue = new Map<number, ComponentId[]>();
  for (const c of COMPONENT_IDS) {
    const v = coverage[c];
    if (v !== undefined) byValue.set(v, [...(byValue.get(v) ?? []), c]);
  }
  const out: Partial<Record<ComponentId, number>> = {};
  for (const [value, ids] of byValue) {
    // Centred on the value, moved inwards at the ends of the scale so nothing is drawn outside 0 to 100.
    const half = ((ids.length - 1) / 2) * TIE_SPREAD;
    const centre = Math.min(100 - half, Math.max(half, value));
    ids.forEach((c, i) => {
      out[c] = centre + (i - (ids.length - 1) / 2) * TIE_SPREAD;
    });
  }
  return out;
}

interface DotProps {
  cx?: number;
  cy?: number;
  index?: number;
  value?: number | null;
}

/** One line per component over the rounds, with the programme's dated events drawn as numbered lines. */
export function CoverageOverRounds({ trends, rounds, events, words, selectedRoundId, promptChanges = [], outcomes }: CoverageOverRoundsProps) {
  const measures = outcomes?.measures.filter((m) => trends.some((t) => outcomes.byRound.get(t.roundId)?.[m.id] !== undefined)) ?? [];
  const [ref, width] = useWidth<HTMLDivElement>();
  const w = width ?? 640;
  const height = w < 480 ? 280 : 340;
  const data = trends.map((t) => {
    const row: Record<string, number | null | string> = { x: dayNumber(t.date), roundId: t.roundId };
    const drawn = drawnCoverage(t.measures.coverage);
    for (const c of COMPONENT_IDS) row[c] = drawn[c] ?? null;
    for (const m of measures) row[`outcome:${m.id}`] = outcomes?.byRound.get(t.roundId)?.[m.id] ?? null;
    return row;
  });
  const xs = trends.map((t) => dayNumber(t.date));
  const eventXs = events.map((e) => dayNumber(e.date));
  const all = [...xs, ...eventXs].filter(Number.isFinite);
  const lo = Math.min(...all);
  const hi = Math.max(...all);
  const pad = Math.max(10, (hi - lo) * 0.04);
  const selected = trends.find((t) => t.roundId === selectedRoundId);
  const sortedEvents = [...events].sort((a, b) => a.date.localeCompare(b.date));

  const dotFor = (c: ComponentId) => {
    const Dot = ({ cx, cy, index, value }: DotProps) => {
      if (cx === undefined || cy === undefined || value === null || value === undefined) return <g key={`${c}-${index}`} />;
      const falling = index !== undefined && trends[index]?.components[c].coverage.fallingBack;
      return (
        <g key={`${c}-${index}`}>
          {falling && <circle cx={cx} cy={cy} r={9} fill="none" stroke="#212b32" strokeWidth={2} />}
          <path d={shapePath(COMPONENT_STYLE[c].shape, cx, cy, 4.5)} fill={COMPONENT_STYLE[c].colour} stroke="#fff" strokeWidth={1} />
        </g>
      );
    };
    return Dot;
  };

  return (
    <div ref={ref} className="app-lines">
      {width !== undefined && all.length > 0 && (
        <LineChart width={w} height={height} data={data} margin={{ top: 24, right: measures.length ? 4 : 16, bottom: 8, left: 0 }} accessibilityLayer={false}>
          <CartesianGrid stroke="#d8dde0" vertical={false} />
          <XAxis
            dataKey="x"
            type="number"
            domain={[lo - pad, hi + pad]}
            ticks={xs}
            tickFormatter={(d: number) => shortDate(isoOfDay(d))}
            interval="preserveStartEnd"
            minTickGap={24}
            tick={{ fontSize: 12, fill: '#4c6272' }}
            stroke="#4c6272"
          />
          <YAxis domain={[0, 100]} ticks={[0, 25, 50, 75, 100]} width={36} tick={{ fontSize: 12, fill: '#4c6272' }} stroke="#4c6272" />
          {measures.map((m, i) => (
            <YAxis
              key={m.id}
              yAxisId={`outcome-${i}`}
              orientation="right"
              // From zero (a percentage to 100), so a small change is not drawn as a large one.
              domain={m.unit.trim() === '%' ? [0, 100] : [(low: number) => Math.min(0, low), 'auto']}
              width={48}
              tick={{ fontSize: 12, fill: OUTCOME_STYLE[i]!.colour }}
              stroke={OUTCOME_STYLE[i]!.colour}
              tickFormatter={(v: number) => formatOutcome(v)}
            />
          ))}
          {selected && <ReferenceLine x={dayNumber(selected.date)} stroke="#005eb8" strokeOpacity={0.35} strokeWidth={8} />}
          {sortedEvents.map((e, i) => (
            <ReferenceLine
              key={e.id}
              x={dayNumber(e.date)}
              stroke="#212b32"
              strokeDasharray="3 3"
              label={{ value: `E${i + 1}`, position: 'top', fontSize: 12, fill: '#212b32', fontWeight: 600 }}
            />
          ))}
          {promptChanges.map((change) => {
            const t = trends.find((tr) => tr.roundId === change.roundId);
            return t ? (
              <ReferenceLine
                key={`statements-${change.roundId}`}
                x={dayNumber(t.date)}
                stroke="#4c6272"
                strokeWidth={2}
                strokeDasharray="8 4"
                label={{ value: 'S', position: 'insideBottomRight', fontSize: 12, fill: '#212b32', fontWeight: 600 }}
              />
            ) : null;
          })}
          <Tooltip
            labelFormatter={(d) => {
              const t = trends.find((tr) => dayNumber(tr.date) === d);
              const info = t ? rounds.get(t.roundId) : undefined;
              return info ? `${info.title}, ${longDate(info.date)}` : longDate(isoOfDay(Number(d)));
            }}
            formatter={(value, name, item: { payload?: { x?: number } }) => {
              const m = measures.find((x) => `outcome:${x.id}` === name);
              if (m) return [formatOutcome(typeof value === 'number' ? value : undefined), outcomeLabel(m)];
              // The value itself, not where its line is drawn (equal values are drawn a little apart).
              const t = trends.find((tr) => dayNumber(tr.date) === item.payload?.x);
              return [score(t?.measures.coverage[name as ComponentId]), words.component(name as ComponentId)];
            }}
          />
          {COMPONENT_IDS.map((c) => (
            <Line
              key={c}
              dataKey={c}
              name={c}
              type="linear"
              stroke={COMPONENT_STYLE[c].colour}
              strokeWidth={2}
              strokeDasharray={componentDash(c)}
              dot={dotFor(c)}
              activeDot={false}
              connectNulls={false}
              isAnimationActive={false}
            />
          ))}
          {measures.map((m, i) => {
            const style = OUTCOME_STYLE[i]!;
            const Dot = ({ cx, cy, index, value }: DotProps) =>
              cx === undefined || cy === undefined || value === null || value === undefined ? (
                <g key={`${m.id}-${index}`} />
              ) : (
                <path key={`${m.id}-${index}`} d={shapePath(style.shape, cx, cy, 5)} fill={style.colour} stroke="#fff" strokeWidth={1} />
              );
            return (
              <Line
                key={m.id}
                yAxisId={`outcome-${i}`}
                dataKey={`outcome:${m.id}`}
                name={`outcome:${m.id}`}
                type="linear"
                stroke={style.colour}
                strokeWidth={3}
                strokeDasharray={style.dash}
                dot={Dot}
                activeDot={false}
                connectNulls
                isAnimationActive={false}
              />
            );
          })}
        </LineChart>
      )}
      <ComponentLegend words={words} />
      {measures.length > 0 && (
        <ul className="app-legend app-legend--outcomes" aria-label="Your own measures">
          {measures.map((m, i) => (
            <li key={m.id}>
              <MarkerIcon shape={OUTCOME_STYLE[i]!.shape} colour={OUTCOME_STYLE[i]!.colour} dash={OUTCOME_STYLE[i]!.dash} line />
              {outcomeLabel(m)}, on the {measures.length > 1 ? (i === 0 ? 'inner' : 'outer') : ''} right-hand scale
            </li>
          ))}
        </ul>
      )}
      <p className="app-chart__note">
        A ring round a marker: “in place” has fallen back 15 points or more below its best earlier value. Solid lines are the softer
        components, dashed the harder ones, dotted improvement methodology. E1, E2… are the dated events listed below.
        {promptChanges.length > 0 &&
          ' S marks a round that asked different statements from the round before, for the components marked † in the table: compare across it with care.'}
      </p>
    </div>
  );
}

/** Names each component's colour, marker and line style in words. */
export function ComponentLegend({ words }: { words: Words }) {
  return (
    <ul className="app-legend" aria-label="Key">
      {COMPONENT_IDS.map((c) => (
        <li key={c}>
          <MarkerIcon shape={COMPONENT_STYLE[c].shape} colour={COMPONENT_STYLE[c].colour} dash={componentDash(c)} line />
          {words.component(c)}
        </li>
      ))}
    </ul>
  );
}

/** Coverage of every component in every round (rows are rounds, oldest first). */
export function CoverageOverRoundsTable({
  trends,
  rounds,
  words,
  promptChanges = [],
  outcomes,
}: Pick<CoverageOverRoundsProps, 'trends' | 'rounds' | 'words' | 'promptChanges' | 'outcomes'>) {
  const measures = outcomes?.measures ?? [];
  return (
    <ScrollTable
      label="In place over rounds, table"
      caption={`In place (0 to 100) in each round; ↓ marks falling back${promptChanges.length > 0 ? '; † the statements changed since the previous round' : ''}`}
    >
      <table className="nhsuk-table app-table app-table--numbers app-table--wide" data-testid="coverage-rounds-table">
        <caption className="nhsuk-table__caption nhsuk-table__caption--s">
          In place (0 to 100) in each round; ↓ marks falling back{promptChanges.length > 0 && '; † the statements changed since the previous round'}
        </caption>
        <thead className="nhsuk-table__head">
          <tr>
            <th scope="col">Round</th>
            {COMPONENT_IDS.map((c) => (
              <th scope="col" key={c}>
                {words.component(c)}
              </th>
            ))}
            {measures.map((m) => (
              <th scope="col" key={m.id} data-outcome={m.id}>
                {outcomeLabel(m)} <span className="app-table__sub">your own measure</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="nhsuk-table__body">
          {trends.map((t) => {
            const info = rounds.get(t.roundId);
            return (
              <tr key={t.roundId} data-round={t.roundId}>
                <th scope="row">
                  {info?.title ?? 'Round'}
                  <span className="app-table__sub">
                    {longDate(t.date)}
                    {t.isBaseline ? ' (baseline)' : ''}
                  </span>
                </th>
                {COMPONENT_IDS.map((c) => {
                  const cov = t.components[c].coverage;
                  const reworded = promptChanges.some((change) => change.roundId === t.roundId && change.components.includes(c));
                  return (
                    <td key={c} data-component={c}>
                      {score(cov.value)}
                      {reworded && (
                        <>
                          {' '}
                          <span aria-hidden="true">†</span>
                          <span className="app-visually-hidden"> (statements changed since the previous round)</span>
                        </>
                      )}
                      {cov.fallingBack && (
                        <>
                          {' '}
                          <span aria-hidden="true">↓</span>
                          <span className="app-visually-hidden"> (falling back)</span>
                        </>
                      )}
                    </td>
                  );
                })}
                {measures.map((m) => (
                  <td key={m.id} data-outcome={m.id}>
                    {formatOutcome(outcomes?.byRound.get(t.roundId)?.[m.id])}
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
    </ScrollTable>
  );
}
