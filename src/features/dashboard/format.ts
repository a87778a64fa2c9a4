/** Display formatting for the dashboard. Measures stay unrounded until here (PRODUCT.md, "Measures"). */
import { roundForDisplay, roundFrictionForDisplay } from '../../domain/stats';

export const NONE = '—';

/** A 0–100 measure as a whole number, or "—". */
export function score(x: number | undefined): string {
  const r = roundForDisplay(x);
  return r === undefined ? NONE : String(r);
}

/** A share 0–1 as a whole percentage, or "—". */
export function percent(x: number | undefined): string {
  const r = roundForDisplay(x === undefined ? undefined : x * 100);
  return r === undefined ? NONE : `${r}%`;
}

/** Friction (0–3) to one decimal place, or "—". */
export function friction(x: number | undefined): string {
  const r = roundFrictionForDisplay(x);
  return r === undefined ? NONE : r.toFixed(1);
}

/** A change with its sign ("+13", "−25", "0"), or "—". Uses a true minus sign. */
export function signed(x: number | undefined, kind: 'score' | 'friction' | 'percent' = 'score'): string {
  if (x === undefined) return NONE;
  const v = kind === 'friction' ? roundFrictionForDisplay(x) : roundForDisplay(kind === 'percent' ? x * 100 : x);
  if (v === undefined) return NONE;
  const text = kind === 'friction' ? Math.abs(v).toFixed(1) : String(Math.abs(v));
  const unit = kind === 'percent' ? ' pts' : '';
  if (v === 0) return `${kind === 'friction' ? '0.0' : '0'}${unit}`;
  return `${v > 0 ? '+' : '−'}${text}${unit}`;
}

/** Words for a change: "up 13", "down 25", "no change", or undefined when there is nothing to compare. */
export function changeWords(x: number | undefined, kind: 'score' | 'friction' = 'score'): string | undefined {
  if (x === undefined) return undefined;
  const v = kind === 'friction' ? roundFrictionForDisplay(x) : roundForDisplay(x);
  if (v === undefined) return undefined;
  if (v === 0) return 'no change';
  const text = kind === 'friction' ? Math.abs(v).toFixed(1) : String(Math.abs(v));
  return `${v > 0 ? 'up' : 'down'} ${text}`;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function parts(iso: string): [number, number, number] | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m ? [Number(m[1]), Number(m[2]), Number(m[3])] : undefined;
}

/** "15 July 2025" for an ISO date, read as a calendar day whatever the time zone. */
export function longDate(iso: string): string {
  const p = parts(iso);
  return p ? `${p[2]} ${MONTHS[p[1] - 1]} ${p[0]}` : iso;
}

/** "Jul 2025" for chart axes. */
export function shortDate(iso: string): string {
  const p = parts(iso);
  return p ? `${MONTHS[p[1] - 1]!.slice(0, 3)} ${p[0]}` : iso;
}

/** Days since 1970 for an ISO date: the x position of a round or event on a time axis. */
export function dayNumber(iso: string): number {
  const p = parts(iso);
  return p ? Date.UTC(p[0], p[1] - 1, p[2]) / 86_400_000 : NaN;
}

/** ISO date of a day number. */
export function isoOfDay(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

/** "a, b and c". */
export function joinList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** "1 person", "3 people". */
export function people(n: number): string {
  return `${n} ${n === 1 ? 'person' : 'people'}`;
}
