import { DIVERGENCE_FLAG } from '../../../domain/thresholds';
import type { RoundTrend } from '../../../domain/types';
import { roleLabel } from '../../../model/vocabulary';
import type { Words } from '../../../model/words';
import { COMPONENT_IDS } from '../../../model/types';
import { NONE, score } from '../format';
import { ScrollTable } from './ChartFigure';
import { MarkerIcon, ROLE_SHAPE, roleShape, shapePath } from './markers';
import { useWidth } from './useWidth';

export interface ParticipantInfo {
  label: string;
  role: string;
}

export interface DivergenceDotsProps {
  trend: RoundTrend;
  words: Words;
  participants: ReadonlyMap<string, ParticipantInfo>;
}

/** Element id of a component's row in the divergence chart. */
export function divergenceRowId(componentId: string): string {
  return `divergence-${componentId}`;
}

const ROW_H = 32;
const STEP = 15;

/** Each participant's score per component as a dot (shape by role), the spread drawn between the ends. */
export function DivergenceDots({ trend, words, participants }: DivergenceDotsProps) {
  const [ref, width] = useWidth<HTMLDivElement>();
  const w = Math.max(200, width ?? 480);
  const pad = 12;
  const x = (s: number) => pad + (s / 100) * (w - 2 * pad);
  const roles = [...new Set([...participants.values()].map((p) => p.role))].sort(
    (a, b) => Object.keys(ROLE_SHAPE).indexOf(a) - Object.keys(ROLE_SHAPE).indexOf(b),
  );
  return (
    <div ref={ref} className="app-dots">
      {width !== undefined && (
        <>
          <svg width={w} height={22} className="app-dots__axis" aria-hidden="true" focusable="false">
            {[0, 25, 50, 75, 100].map((t) => (
              <g key={t}>
                <line x1={x(t)} x2={x(t)} y1={16} y2={22} stroke="#4c6272" />
                <text x={x(t)} y={12} fontSize={11} textAnchor={t === 0 ? 'start' : t === 100 ? 'end' : 'middle'} fill="#4c6272">
                  {t}
                </text>
              </g>
            ))}
          </svg>
          <ul className="app-dots__rows">
            {COMPONENT_IDS.map((c) => {
              const cm = trend.measures.components[c];
              const scored = cm.scores.filter((s): s is typeof s & { score: number } => s.score !== undefined);
              // Stack people with the same score, centred on the line, so that every mark stays visible.
              const groups = new Map<number, number>();
              for (const s of scored) groups.set(Math.round(s.score * 100), (groups.get(Math.round(s.score * 100)) ?? 0) + 1);
              const seen = new Map<number, number>();
              const placed = scored.map((s) => {
                const k = Math.round(s.score * 100);
                const i = seen.get(k) ?? 0;
                seen.set(k, i + 1);
                return { ...s, offset: i - ((groups.get(k) ?? 1) - 1) / 2 };
              });
              const tallest = Math.max(1, ...groups.values());
              const h = Math.max(ROW_H, tallest * STEP + 12);
              const lo = scored.length ? Math.min(...scored.map((s) => s.score)) : undefined;
              const hi = scored.length ? Math.max(...scored.map((s) => s.score)) : undefined;
              return (
                <li key={c} id={divergenceRowId(c)} className={`app-dots__row${cm.divergent ? ' app-dots__row--flagged' : ''}`}>
                  <p className="app-dots__label">
                    <span>{words.component(c)}</span>
                    <span className="app-dots__range">
                      {cm.divergent && <strong className="app-dots__flag">⚑ Views differ widely: </strong>}
                      {cm.divergence === undefined
                        ? scored.length === 1
                          ? 'one score only'
                          : 'no scores'
                        : `${score(cm.divergence)} points apart`}
                    </span>
                  </p>
                  <svg width={w} height={h} aria-hidden="true" focusable="false">
                    <line x1={x(0)} x2={x(100)} y1={h / 2} y2={h / 2} stroke="#d8dde0" />
                    {lo !== undefined && hi !== undefined && hi > lo && (
                      <line x1={x(lo)} x2={x(hi)} y1={h / 2} y2={h / 2} stroke={cm.divergent ? '#212b32' : '#768692'} strokeWidth={cm.divergent ? 4 : 2} />
                    )}
                    {placed.map((p) => {
                      const info = participants.get(p.participantId);
                      const cy = h / 2 + p.offset * STEP;
                      return (
                        <path key={p.participantId} d={shapePath(roleShape(p.role), x(p.score), cy, 7)} fill="#005eb8" stroke="#fff" strokeWidth={1.2}>
                          <title>
                            {info?.label ?? 'Someone'} ({roleLabel(p.role)}): {score(p.score)}
                          </title>
                        </path>
                      );
                    })}
                  </svg>
                </li>
              );
            })}
          </ul>
        </>
      )}
      <ul className="app-legend" aria-label="Roles">
        {roles.map((r) => (
          <li key={r}>
            <MarkerIcon shape={roleShape(r)} colour="#005eb8" />
            {roleLabel(r)}
          </li>
        ))}
      </ul>
      <p className="app-chart__note">
        Each mark is one person’s score (0 to 100); its shape shows their role. ⚑ and a thick bar: scores {DIVERGENCE_FLAG} points
        or more apart.
      </p>
    </div>
  );
}

/** Each person's score per component, with the divergence and coverage of each component. */
export function DivergenceTable({ trend, words, participants }: DivergenceDotsProps) {
  const m = trend.measures;
  const people = m.components['shared-purpose'].scores.map((s) => s.participantId);
  return (
    <ScrollTable label="Scores by person, table" caption={'Each person’s score (0 to 100) per component; the spread of views is the highest minus the lowest'}>
      <table className="nhsuk-table app-table app-table--numbers app-table--wide" data-testid="divergence-table">
        <caption className="nhsuk-table__caption nhsuk-table__caption--s">
          Each person’s score (0 to 100) per component; divergence is the highest minus the lowest
        </caption>
        <thead className="nhsuk-table__head">
          <tr>
            <th scope="col">Person</th>
            {COMPONENT_IDS.map((c) => (
              <th scope="col" key={c}>
                {words.component(c)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="nhsuk-table__body">
          {people.map((pid) => {
            const info = participants.get(pid);
            return (
              <tr key={pid} data-participant={pid}>
                <th scope="row">
                  {info?.label ?? 'Someone'}
                  <span className="app-table__sub">{roleLabel(info?.role ?? 'other')}</span>
                </th>
                {COMPONENT_IDS.map((c) => (
                  <td key={c} data-component={c}>
                    {score(m.components[c].scores.find((s) => s.participantId === pid)?.score)}
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
        <tfoot>
          <tr data-row="divergence">
            <th scope="row">Spread of views</th>
            {COMPONENT_IDS.map((c) => {
              const cm = m.components[c];
              return (
                <td key={c} data-component={c}>
                  {cm.divergence === undefined ? NONE : score(cm.divergence)}
                  {cm.divergent && (
                    <>
                      {' '}
                      <span aria-hidden="true">⚑</span>
                      <span className="app-visually-hidden"> (views differ widely)</span>
                    </>
                  )}
                </td>
              );
            })}
          </tr>
          <tr data-row="coverage">
            <th scope="row">In place (the middle score)</th>
            {COMPONENT_IDS.map((c) => (
              <td key={c} data-component={c}>
                {score(m.coverage[c])}
              </td>
            ))}
          </tr>
        </tfoot>
      </table>
    </ScrollTable>
  );
}
