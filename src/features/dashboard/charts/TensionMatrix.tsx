import { useState, type KeyboardEvent } from 'react';
import { FRICTION_FLAG, IMBALANCE_FLAG } from '../../../domain/thresholds';
import type { PairMeasures, PairTrend, RoundTrend } from '../../../domain/types';
import { findTension } from '../../../model/tensions';
import type { Words } from '../../../model/words';
import { COMPONENT_IDS, type ComponentId } from '../../../model/types';
import { byWhatMatters, pairKey } from '../../../domain/groups';
import { NONE, friction, score, signed } from '../format';
import { ScrollTable } from './ChartFigure';
import { SMALL_SCREEN, useMediaQuery } from '../../../ui/useMediaQuery';

/** Element id of a pair's cell in the matrix (links from "What to look at next" point here). */
export function pairCellId(a: ComponentId, b: ComponentId): string {
  return `pair-${pairKey(a, b).replace('|', '--')}`;
}

/**
 * Shade bands for friction, each chosen so that its text colour passes 4.5:1. Bands rather
 * than a smooth scale, so that no shade falls where neither dark nor white text is readable.
 */
export function frictionBand(f: number | undefined): { background: string; color: string; band: number } {
  if (f === undefined) return { background: '#ffffff', color: '#4c6272', band: -1 };
  if (f >= 2.5) return { background: '#2b1f5c', color: '#ffffff', band: 4 };
  if (f >= FRICTION_FLAG) return { background: '#4a3d8f', color: '#ffffff', band: 3 };
  if (f >= 1.5) return { background: '#a9b4dd', color: '#212b32', band: 2 };
  if (f >= 0.75) return { background: '#d6dcef', color: '#212b32', band: 1 };
  return { background: '#f0f4f5', color: '#212b32', band: 0 };
}

function pairName(p: { a: ComponentId; b: ComponentId }, words: Words): string {
  return `${words.component(p.a)} and ${words.component(p.b)}`;
}

/** A short sentence for a cell: read by screen readers when the cell gets focus. */
export function pairSentence(p: PairMeasures, words: Words): string {
  const parts = [pairName(p, words) + (p.tracked ? ' (tracked pair)' : '')];
  if (p.friction === undefined) parts.push('nobody judged this pair');
  else {
    parts.push(`friction ${friction(p.friction)} of 3${p.frictionFlag ? ', flagged' : ''}`);
    parts.push(`${p.reportingFriction} of ${p.judgedBy} reported friction`);
  }
  if (p.imbalance !== undefined) parts.push(`gap ${score(p.imbalance)} points${p.imbalanceFlag ? ', flagged' : ''}`);
  return parts.join('; ');
}

export interface TensionMatrixProps {
  trend: RoundTrend;
  words: Words;
}

/**
 * Components × components for one round: each cell below the diagonal is a pair, shaded by
 * reported friction, with its number and markers for flags; the diagonal shows coverage.
 * Cells are buttons in one tab stop (arrow keys move between them); the panel below explains
 * the focused or hovered cell.
 */
export function TensionMatrix({ trend, words }: TensionMatrixProps) {
  const small = useMediaQuery(SMALL_SCREEN);
  return small ? <PairList trend={trend} words={words} /> : <MatrixGrid trend={trend} words={words} />;
}

/** The pairs worth a look, what matters first: flagged, then the other tracked pairs, then pairs only judged. */
function pairsToList(trend: RoundTrend): PairMeasures[] {
  return [...trend.measures.frictionMatrix.values()]
    .filter((p) => p.tracked || p.judgedBy > 0)
    .sort(byWhatMatters);
}

/**
 * On a phone the matrix is a list of pairs (a grid of 28 cells does not fit 360 px without
 * scrolling its names away): each pair's name, friction, gap and flags, flagged pairs first. Each
 * item carries the cell's id, so links from "What to look at next" land on it.
 */
function PairList({ trend, words }: TensionMatrixProps) {
  const pairs = pairsToList(trend);
  if (pairs.length === 0) return <p>No pair is tracked or was judged in this round.</p>;
  return (
    <ul className="app-pair-list" data-testid="pair-list">
      {pairs.map((p) => (
        <li key={p.key} id={pairCellId(p.a, p.b)} tabIndex={-1} className="app-pair-list__item" data-pair={p.key}>
          <span className="app-pair-list__name">
            {pairName(p, words)}
            {p.tracked && <span className="app-visually-hidden"> (tracked pair)</span>}
          </span>
          <span className="app-pair-list__numbers">
            Friction {p.friction === undefined ? NONE : `${friction(p.friction)} of 3`}
            {p.friction !== undefined && ` (${p.reportingFriction} of ${p.judgedBy} reported friction)`}; gap {score(p.imbalance)}
          </span>
          {(p.frictionFlag || p.imbalanceFlag) && (
            <span className="app-pair-list__flags">
              {p.frictionFlag && <strong className="nhsuk-tag nhsuk-tag--orange">Friction</strong>}{' '}
              {p.imbalanceFlag && <strong className="nhsuk-tag nhsuk-tag--yellow">Out of balance</strong>}
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}

function MatrixGrid({ trend, words }: TensionMatrixProps) {
  const m = trend.measures;
  const [focusKey, setFocusKey] = useState<string>(pairKey(COMPONENT_IDS[1], COMPONENT_IDS[0]));
  const [pinned, setPinned] = useState<string | undefined>(undefined);
  const [hovered, setHovered] = useState<string | undefined>(undefined);
  const [focused, setFocused] = useState<string | undefined>(undefined);
  const activeKey = hovered ?? focused ?? pinned;
  const active = activeKey ? m.frictionMatrix.get(activeKey) : undefined;
  const activeTrend = activeKey ? trend.allPairs.get(activeKey) : undefined;

  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>, row: number, col: number) => {
    const moves: Record<string, [number, number]> = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] };
    let target: [number, number] | undefined;
    if (event.key in moves) {
      const [dr, dc] = moves[event.key]!;
      const r = row + dr;
      const c = col + dc;
      if (r >= 1 && r < COMPONENT_IDS.length && c >= 0 && c < r) target = [r, c];
    } else if (event.key === 'Home') target = [row, 0];
    else if (event.key === 'End') target = [row, row - 1];
    if (!target) return;
    event.preventDefault();
    const a = COMPONENT_IDS[target[0]]!;
    const b = COMPONENT_IDS[target[1]]!;
    document.getElementById(pairCellId(a, b))?.focus();
  };

  return (
    <div className="app-matrix">
      {/* Named apart from the chart's section (axe: landmark-unique). */}
      <ScrollTable label="The matrix, scrolling sideways">
        <table className="app-matrix__table" data-testid="tension-matrix">
          <caption className="app-visually-hidden">
            Friction (0 to 3) for each pair of components, with how far each is in place on the diagonal. Use the arrow keys to move
            between pairs.
          </caption>
          <thead>
            <tr>
              <td />
              {COMPONENT_IDS.map((c, i) => (
                <th scope="col" key={c} className="app-matrix__col">
                  <span aria-hidden="true">{i + 1}</span>
                  <span className="app-visually-hidden">{words.component(c)}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {COMPONENT_IDS.map((rowId, r) => (
              <tr key={rowId}>
                <th scope="row" className="app-matrix__row">
                  <span className="app-matrix__num" aria-hidden="true">
                    {r + 1}
                  </span>{' '}
                  {words.component(rowId)}
                </th>
                {COMPONENT_IDS.map((colId, c) => {
                  if (c === r) {
                    return (
                      <td key={colId} className="app-matrix__diag">
                        <span className="app-visually-hidden">In place </span>
                        {score(m.coverage[rowId])}
                      </td>
                    );
                  }
                  if (c > r) return <td key={colId} className="app-matrix__blank" />;
                  const key = pairKey(rowId, colId);
                  const p = m.frictionMatrix.get(key)!;
                  const shade = frictionBand(p.friction);
                  const classes = ['app-matrix__cell'];
                  if (p.tracked) classes.push('app-matrix__cell--tracked');
                  if (activeKey === key) classes.push('app-matrix__cell--active');
                  return (
                    <td key={colId} className="app-matrix__td">
                      <button
                        type="button"
                        id={pairCellId(rowId, colId)}
                        className={classes.join(' ')}
                        style={{ background: shade.background, color: shade.color }}
                        tabIndex={focusKey === key ? 0 : -1}
                        aria-label={pairSentence(p, words)}
                        aria-pressed={pinned === key}
                        data-pair={key}
                        data-band={shade.band}
                        onFocus={() => {
                          setFocused(key);
                          setFocusKey(key);
                        }}
                        onBlur={() => setFocused(undefined)}
                        onMouseEnter={() => setHovered(key)}
                        onMouseLeave={() => setHovered(undefined)}
                        onClick={() => setPinned((old) => (old === key ? undefined : key))}
                        onKeyDown={(e) => onKeyDown(e, r, c)}
                      >
                        {p.frictionFlag && <span className="app-matrix__flag">▲</span>}
                        <span className="app-matrix__value">{p.friction === undefined ? NONE : friction(p.friction)}</span>
                        {p.imbalanceFlag && <span className="app-matrix__flag">◆</span>}
                      </button>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollTable>
      <MatrixKey />
      <div className="app-matrix__explain" data-testid="matrix-explain">
        {active ? (
          <PairExplanation p={active} change={activeTrend} words={words} coverage={m.coverage} />
        ) : (
          <p className="app-muted">
            Point at a cell, move to it with the Tab and arrow keys, or tap it, to see what its numbers mean.
          </p>
        )}
      </div>
    </div>
  );
}

export function MatrixKey() {
  return (
    <ul className="app-legend app-matrix__key" aria-label="Key to the matrix">
      <li>
        <span className="app-matrix__swatch" style={{ background: '#f0f4f5' }} />
        <span className="app-matrix__swatch" style={{ background: '#d6dcef' }} />
        <span className="app-matrix__swatch" style={{ background: '#a9b4dd' }} />
        <span className="app-matrix__swatch" style={{ background: '#4a3d8f' }} />
        <span className="app-matrix__swatch" style={{ background: '#2b1f5c' }} />
        Darker: more friction reported (0 reinforcing, 1 independent, 2 some friction, 3 pulling apart)
      </li>
      <li>
        <span aria-hidden="true">▲</span> friction {FRICTION_FLAG.toFixed(1)} or more
      </li>
      <li>
        <span aria-hidden="true">◆</span> a gap of {IMBALANCE_FLAG} points or more on a tracked pair
      </li>
      <li>
        <span className="app-matrix__swatch app-matrix__swatch--tracked" /> thick border: a pair this programme tracks
      </li>
      <li>— nobody judged the pair. The diagonal shows how far each component is in place.</li>
    </ul>
  );
}

function PairExplanation({
  p,
  change,
  words,
  coverage,
}: {
  p: PairMeasures;
  change: PairTrend | undefined;
  words: Words;
  coverage: Record<ComponentId, number | undefined>;
}) {
  const tension = findTension(p.a, p.b);
  return (
    <>
      <h4 className="app-matrix__explain-title">
        {pairName(p, words)}
        {p.tracked ? ' (a tracked pair)' : ''}
      </h4>
      {/* The tension in words first, the numbers after (PRODUCT.md). */}
      {tension && <p className="app-matrix__tension">{tension.tension}</p>}
      <p>
        <strong>Friction: </strong>
        {p.friction === undefined ? (
          'nobody judged this pair in this round.'
        ) : (
          <>
            {friction(p.friction)} of 3, the mean of {p.judgedBy} {p.judgedBy === 1 ? 'view' : 'views'}; {p.reportingFriction} of{' '}
            {p.judgedBy} said “some friction” or “pulling apart”.{' '}
            {p.frictionFlag ? `Flagged: ${FRICTION_FLAG.toFixed(1)} or more.` : `Not flagged (flagged at ${FRICTION_FLAG.toFixed(1)}).`}
            {change?.friction.sincePrevious !== undefined && ` Since the previous round: ${signed(change.friction.sincePrevious, 'friction')}.`}
          </>
        )}
      </p>
      <p>
        <strong>Gap: </strong>
        {p.imbalance === undefined ? (
          'needs both components to be rated (in place).'
        ) : (
          <>
            in place {score(coverage[p.a])} for {words.component(p.a)} and {score(coverage[p.b])} for {words.component(p.b)}, a gap
            of {score(p.imbalance)} points.{' '}
            {p.tracked
              ? p.imbalanceFlag
                ? `Flagged: ${IMBALANCE_FLAG} or more on a tracked pair.`
                : `Not flagged (flagged at ${IMBALANCE_FLAG} on a tracked pair).`
              : 'Only tracked pairs are flagged for a gap.'}
          </>
        )}
      </p>
    </>
  );
}

export interface PairsTableProps {
  trend: RoundTrend;
  words: Words;
}

/** Every tracked or judged pair: friction, how many judged it and reported friction, changes, imbalance and flags. */
export function PairsTable({ trend, words }: PairsTableProps) {
  // What matters first: flagged pairs, then the other tracked pairs, then pairs only judged (each in the model's order).
  const rows = pairsToList(trend);
  return (
    <ScrollTable label="Pairs, table" caption={'Pairs the programme tracks or someone judged in this round'}>
      <table className="nhsuk-table app-table app-table--numbers app-table--wide" data-testid="pairs-table">
        <caption className="nhsuk-table__caption nhsuk-table__caption--s">
          Pairs the programme tracks or someone judged in this round
        </caption>
        <thead className="nhsuk-table__head">
          <tr>
            <th scope="col">Pair</th>
            <th scope="col">Tracked</th>
            <th scope="col">Friction (0–3)</th>
            <th scope="col">People who judged it</th>
            <th scope="col">Reporting friction</th>
            <th scope="col">Friction since previous</th>
            <th scope="col">Gap</th>
            <th scope="col">Flags</th>
          </tr>
        </thead>
        <tbody className="nhsuk-table__body">
          {rows.map((p) => {
            const flags = [p.frictionFlag ? 'Friction' : '', p.imbalanceFlag ? 'Gap' : ''].filter(Boolean);
            return (
              <tr key={p.key} data-pair={p.key}>
                <th scope="row">{pairName(p, words)}</th>
                <td>{p.tracked ? 'Yes' : 'No'}</td>
                <td data-measure="friction">{friction(p.friction)}</td>
                <td data-measure="judged-by">{p.judgedBy}</td>
                <td data-measure="reporting">{p.reportingFriction}</td>
                <td data-measure="friction-change">{signed(trend.allPairs.get(p.key)?.friction.sincePrevious, 'friction')}</td>
                <td data-measure="imbalance">{score(p.imbalance)}</td>
                <td data-measure="flags">{flags.join(', ') || NONE}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </ScrollTable>
  );
}
