/** Short plain-words summaries of each chart, for everyone and for screen readers. */
import { DIVERGENCE_FLAG, FRICTION_FLAG, IMBALANCE_FLAG } from '../../domain/thresholds';
import type { PairRef, RoundTrend } from '../../domain/types';
import { pairKey } from '../../domain/groups';
import type { Words } from '../../model/words';
import { COMPONENT_IDS, type ComponentId } from '../../model/types';
import { friction, joinList, longDate, people, score, signed } from './format';

function extremes(values: [ComponentId, number | undefined][]) {
  const scored = values.filter((v): v is [ComponentId, number] => v[1] !== undefined);
  if (scored.length === 0) return undefined;
  const sorted = [...scored].sort((a, b) => a[1] - b[1]);
  return { low: sorted[0]!, high: sorted[sorted.length - 1]! };
}

export function radarSummary(trend: RoundTrend, words: Words, compare: RoundTrend | undefined, compareLabel: string | undefined): string {
  const m = trend.measures;
  const around = COMPONENT_IDS.filter((c) => c !== 'shared-purpose').map((c) => [c, m.coverage[c]] as [ComponentId, number | undefined]);
  const ends = extremes(around);
  if (!ends && m.coverage['shared-purpose'] === undefined) return 'Nobody has given a level to any prompt in this round yet, so nothing is shown as in place yet.';
  const parts: string[] = [];
  parts.push(`${words.component('shared-purpose')}, at the centre, is in place ${score(m.coverage['shared-purpose'])} of 100.`);
  if (ends) {
    parts.push(
      `Around it, “in place” is highest for ${words.component(ends.high[0])} (${score(ends.high[1])}) and lowest for ${words.component(ends.low[0])} (${score(ends.low[1])}).`,
    );
  }
  const missing = COMPONENT_IDS.filter((c) => m.coverage[c] === undefined);
  if (missing.length) parts.push(`Nobody rated ${joinList(missing.map((c) => words.component(c)))}.`);
  if (compare && compareLabel) {
    let up = 0;
    let down = 0;
    for (const c of COMPONENT_IDS) {
      const now = m.coverage[c];
      const before = compare.measures.coverage[c];
      if (now === undefined || before === undefined) continue;
      if (Math.round(now) > Math.round(before)) up += 1;
      else if (Math.round(now) < Math.round(before)) down += 1;
    }
    parts.push(`Compared with ${compareLabel}: ${up} went up, ${down} went down.`);
  }
  return parts.join(' ');
}

/**
 * `promptChanges`: rounds asked in different statements from the round before. A rise or fall
 * across such a change is said to be so, never compared silently (issue 14).
 */
export function linesSummary(
  trends: readonly RoundTrend[],
  words: Words,
  eventCount: number,
  promptChanges: readonly { roundId: string; components: readonly ComponentId[] }[] = [],
): string {
  if (trends.length === 0) return 'No rounds yet.';
  const first = trends[0]!;
  const last = trends[trends.length - 1]!;
  if (trends.length === 1) {
    return `One round so far (${longDate(first.date)}): the lines start when there is a second round to compare with.${eventCount ? ` ${eventCount} dated ${eventCount === 1 ? 'event is' : 'events are'} marked.` : ''}`;
  }
  const changes = COMPONENT_IDS.map((c) => [c, last.components[c].coverage.sinceBaseline] as [ComponentId, number | undefined]);
  const ends = extremes(changes);
  const parts = [`How far each component is in place in ${trends.length} rounds, from ${longDate(first.date)} to ${longDate(last.date)}.`];
  const since = new Set(trends.map((t) => t.roundId).slice(1));
  const changed = new Set(promptChanges.filter((c) => since.has(c.roundId)).flatMap((c) => c.components));
  const caveat = (c: ComponentId) => (changed.has(c) ? ', though its statements changed on the way' : '');
  if (ends) {
    if (ends.high[1] > 0) parts.push(`Since the baseline the biggest rise is ${words.component(ends.high[0])} (${signed(ends.high[1])}${caveat(ends.high[0])}).`);
    if (ends.low[1] < 0) parts.push(`The biggest fall is ${words.component(ends.low[0])} (${signed(ends.low[1])}${caveat(ends.low[0])}).`);
  }
  const falling = trends.flatMap((t) => t.fallingBack.map((c) => c));
  const latestFalling = last.fallingBack;
  if (latestFalling.length) parts.push(`Falling back in the latest round: ${joinList(latestFalling.map((c) => words.component(c)))}.`);
  else if (falling.length === 0) parts.push('Nothing has fallen back 15 points or more below its best.');
  if (eventCount) parts.push(`${eventCount} dated ${eventCount === 1 ? 'event is' : 'events are'} marked E1 onwards.`);
  return parts.join(' ');
}

export function matrixSummary(trend: RoundTrend, words: Words): string {
  const m = trend.measures;
  const judged = [...m.frictionMatrix.values()].filter((p) => p.judgedBy > 0);
  if (judged.length === 0) {
    return 'Nobody has judged how the components work together in this round, so there is no friction to show. The diagonal still shows how far each component is in place, and the gap is worked out from it.';
  }
  const flagged = judged.filter((p) => p.frictionFlag);
  const imbalanced = m.trackedPairs.filter((p) => p.imbalanceFlag);
  const name = (p: PairRef) => `${words.component(p.a)} and ${words.component(p.b)}`;
  const parts = [`${judged.length} of the 28 pairs were judged in this round.`];
  parts.push(
    flagged.length
      ? `Friction is ${FRICTION_FLAG.toFixed(1)} or more for ${joinList(flagged.map((p) => `${name(p)} (${friction(p.friction)})`))}.`
      : `No pair has friction of ${FRICTION_FLAG.toFixed(1)} or more.`,
  );
  parts.push(
    imbalanced.length
      ? `Tracked pairs out of balance by ${IMBALANCE_FLAG} points or more: ${joinList(imbalanced.map((p) => `${name(p)} (${score(p.imbalance)})`))}.`
      : `No tracked pair is out of balance by ${IMBALANCE_FLAG} points or more.`,
  );
  return parts.join(' ');
}

export function frictionLinesSummary(trends: readonly RoundTrend[], pairs: readonly PairRef[], words: Words, selected: RoundTrend): string {
  if (pairs.length === 0) return 'This programme tracks no pairs.';
  const flagged = pairs.filter((p) => selected.measures.frictionMatrix.get(pairKey(p.a, p.b))?.frictionFlag);
  const parts = [`Reported friction of the ${pairs.length} tracked pairs across ${trends.length} ${trends.length === 1 ? 'round' : 'rounds'}.`];
  parts.push(
    flagged.length
      ? `In the chosen round, flagged: ${joinList(flagged.map((p) => `${words.component(p.a)} × ${words.component(p.b)}`))}.`
      : 'In the chosen round no tracked pair is flagged.',
  );
  return parts.join(' ');
}

export function divergenceSummary(trend: RoundTrend, words: Words): string {
  const m = trend.measures;
  const scoredPeople = new Set(COMPONENT_IDS.flatMap((c) => m.components[c].scores.filter((s) => s.score !== undefined).map((s) => s.participantId)));
  if (scoredPeople.size === 0) return 'Nobody has scored any component in this round yet.';
  if (scoredPeople.size === 1) return 'Only one person has scored components in this round, so there is no spread of views yet.';
  const divergent = COMPONENT_IDS.filter((c) => m.components[c].divergent);
  const parts = [`${people(scoredPeople.size)} scored components in this round.`];
  parts.push(
    divergent.length
      ? `Views are ${DIVERGENCE_FLAG} points or more apart on ${joinList(divergent.map((c) => `${words.component(c)} (${score(m.components[c].divergence)})`))}.`
      : `No component has views ${DIVERGENCE_FLAG} points or more apart.`,
  );
  return parts.join(' ');
}
