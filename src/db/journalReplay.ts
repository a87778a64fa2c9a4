/**
 * At start-up, write what a page that went away left in the journal (see journal.ts), each at
 * the time it was made, so a later change is never overwritten. A change that can no longer be
 * written (the round was closed or deleted since) is dropped.
 */
import { dropJournal, pendingJournal } from './journal';
import { upsertResponse } from './responses';
import { recordJudgement } from './workshop';
import type { JudgementValue, ResponseValue } from '../domain/types';

const RESPONSE_VALUES: ReadonlySet<unknown> = new Set([1, 2, 3, 4, 5, 'not-yet', 'dont-know', null]);

export async function replayJournal(): Promise<number> {
  let replayed = 0;
  for (const { key, entry } of pendingJournal()) {
    try {
      if (entry.kind === 'response') {
        if ('value' in entry.change && !RESPONSE_VALUES.has(entry.change.value)) throw new Error('not an answer');
        const change = 'note' in entry.change ? { note: entry.change.note } : { value: entry.change.value as ResponseValue | null };
        await upsertResponse(entry.roundId, entry.participantId, entry.promptId, change, entry.at);
      } else {
        const change: { value?: JudgementValue | null; note?: string } = {};
        if ('value' in entry.change) change.value = entry.change.value as JudgementValue | null;
        if (typeof entry.change.note === 'string') change.note = entry.change.note;
        await recordJudgement(entry.roundId, entry.participantId, entry.pairKey, change, entry.at);
      }
      replayed++;
    } catch {
      // The round or question is gone or locked: nothing to keep.
    }
    dropJournal(key);
  }
  return replayed;
}
