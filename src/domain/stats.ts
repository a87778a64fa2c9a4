/** Small numeric helpers shared by the measures. Pure, no allocation beyond what is needed. */
import { LEVEL_MAX, LEVEL_MIN, SCORE_MAX } from './thresholds';
import type { JudgementValue, Level, ResponseValue } from './types';

/** True for an integer level 1–5 (anything else, e.g. corrupt data, counts as no level). */
export function isLevel(v: ResponseValue | unknown): v is Level {
  return typeof v === 'number' && Number.isInteger(v) && v >= LEVEL_MIN && v <= LEVEL_MAX;
}

/** True for an integer judgement 0–3. */
export function isJudgementValue(v: unknown): v is JudgementValue {
  return typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 3;
}

/** A level as a 0–100 score: (level − 1) / 4 × 100. */
export function levelToScore(level: Level): number {
  return ((level - LEVEL_MIN) / (LEVEL_MAX - LEVEL_MIN)) * SCORE_MAX;
}

/** Arithmetic mean; undefined for an empty list. */
export function mean(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined;
  let sum = 0;
  for (const v of values) sum += v;
  return sum / values.length;
}

/** Median; with an even count, the mean of the two middle values. Undefined for an empty list. */
export function median(values: readonly number[]): number | undefined {
  const n = values.length;
  if (n === 0) return undefined;
  const sorted = [...values].sort((x, y) => x - y);
  const mid = n >> 1;
  if (n % 2 === 1) return sorted[mid];
  const lo = sorted[mid - 1];
  const hi = sorted[mid];
  return lo === undefined || hi === undefined ? undefined : (lo + hi) / 2;
}

/** Max − min; undefined with fewer than `minCount` values. */
export function range(values: readonly number[], minCount = 2): number | undefined {
  if (values.length < minCount || values.length === 0) return undefined;
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of values) {
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  return hi - lo;
}

/** a − b, or undefined if either is undefined. */
export function difference(a: number | undefined, b: number | undefined): number | undefined {
  return a === undefined || b === undefined ? undefined : a - b;
}

/**
 * Rounds a measure to a whole number for display. Halves round away from zero, so that
 * +2.5 → 3 and −2.5 → −3 (Math.round would give −2), and −0 becomes 0.
 * Undefined stays undefined; formatting ("—", "%") belongs to the UI.
 */
export function roundForDisplay(x: number | undefined): number | undefined {
  if (x === undefined || !Number.isFinite(x)) return undefined;
  const r = Math.sign(x) * Math.round(Math.abs(x));
  return r === 0 ? 0 : r;
}

/**
 * Rounds a friction mean (0–3 scale) to one decimal place for display, halves away from zero.
 * Friction is the one measure not shown as a whole number: on a 0–3 scale a whole number would
 * show 1.75 (not flagged) as "2", the flag threshold, and hide the movement between rounds.
 */
export function roundFrictionForDisplay(x: number | undefined): number | undefined {
  if (x === undefined || !Number.isFinite(x)) return undefined;
  // Scale through a string-free epsilon so that 2.25 → 2.3 and 1.15 → 1.2 despite binary floats.
  const r = (Math.sign(x) * Math.round(Math.abs(x) * 10 + 1e-9)) / 10;
  return r === 0 ? 0 : r;
}
