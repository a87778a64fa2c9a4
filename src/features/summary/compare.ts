import { roundForDisplay } from '../../domain/stats';
import { COMPONENT_IDS, type ComponentId } from '../../model/types';
import type { Words } from '../../model/words';
import type { PersonalHistory } from './usePersonalHistory';

/**
 * "Since last time, Leadership rose most (+25) and Spread fell most (−25)." Components asked in
 * different statements are said to be so, never compared silently (issue 14).
 */
export function changeSentence(history: PersonalHistory, words: Words, since: 'previous' | 'first'): string | undefined {
  const changed = new Set(since === 'previous' ? history.changedSincePrevious : history.changedSinceFirst);
  const moves: { id: ComponentId; by: number }[] = [];
  for (const id of COMPONENT_IDS) {
    const c = history.current.components[id].coverage;
    const by = since === 'previous' ? c.sincePrevious : c.sinceBaseline;
    const shown = roundForDisplay(by);
    if (shown !== undefined && shown !== 0) moves.push({ id, by: shown });
  }
  const when = since === 'previous' ? 'Since last time' : 'Since your first check';
  if (moves.length === 0) return `${when}, no component has moved.`;
  const name = (m: { id: ComponentId; by: number }) =>
    `${words.component(m.id)} (${m.by > 0 ? '+' : '−'}${Math.abs(m.by)}${changed.has(m.id) ? ', asked in different statements' : ''})`;
  const up = [...moves].sort((a, b) => b.by - a.by)[0]!;
  const down = [...moves].sort((a, b) => a.by - b.by)[0]!;
  const parts: string[] = [];
  if (up.by > 0) parts.push(`${name(up)} rose most`);
  if (down.by < 0) parts.push(`${name(down)} fell most`);
  return `${when}, ${parts.join(' and ')}.`;
}
