import type { ResponseValue } from '../domain/types';
import { changeSheet, sheetOf } from './answers';
import { db, newId, nowIso } from './database';
import { ValidationError } from './errors';
import { journalDone, journalWrite, type JournalEntry } from './journal';
import { markChanged, notifySaved } from './settings';
import type { Response } from './types';
import { LIMITS } from './validate';

const VALUES: ReadonlySet<unknown> = new Set([1, 2, 3, 4, 5, 'not-yet', 'dont-know', null]);

type ResponseChange = { value: ResponseValue | null } | { note: string } | { confirm: true };

/**
 * Write one change to one answer. Answers and notes are journalled first (see journal.ts), so a
 * reload a moment after the click still keeps them. `at` is the time of the change: now, or the
 * time a journalled change was made when it is replayed; a replay never beats a later change.
 */
export async function upsertResponse(roundId: string, participantId: string, promptId: string, change: ResponseChange, at?: string) {
  const entry: JournalEntry | undefined =
    'confirm' in change ? undefined : { kind: 'response', roundId, participantId, promptId, change, at: at ?? nowIso() };
  const journalKey = entry && journalWrite(entry);
  await db.transaction('rw', [db.rounds, db.sheets, db.settings], async () => {
    // Both reads at once: one round trip fewer on the path every answer takes (bench: save latency).
    const [round, sheet] = await Promise.all([db.rounds.get(roundId), sheetOf(roundId, participantId)]);
    const existing = sheet?.responses.find((r) => r.promptId === promptId);
    if (!round) throw new ValidationError('round', 'This round no longer exists');
    if (round.status === 'closed') throw new ValidationError('round', 'This round is closed, so answers are locked. Reopen it to change them.');
    const prompt = round.prompts.find((p) => p.id === promptId);
    if (!prompt) throw new ValidationError('prompt', 'This question is not part of the round');
    if (at && existing && existing.updatedAt >= at) return; // a replay older than what is stored
    const now = entry?.at ?? nowIso();
    const changed = markChanged();
    if (existing) {
      const next: Response = { ...existing, carriedForward: false, updatedAt: now };
      if ('value' in change) next.value = change.value;
      if ('note' in change) next.note = change.note;
      await db.sheets.put({ ...sheet!, responses: sheet!.responses.map((r) => (r.promptId === promptId ? next : r)) });
    } else {
      const record: Response = {
        id: newId(),
        createdAt: now,
        updatedAt: now,
        roundId,
        participantId,
        promptId,
        componentId: prompt.componentId,
        value: 'value' in change ? change.value : null,
        note: 'note' in change ? change.note : '',
        carriedForward: false,
      };
      await db.sheets.put(
        sheet ? { ...sheet, responses: [...sheet.responses, record] } : { roundId, participantId, responses: [record], judgements: [] },
      );
    }
    await changed;
  });
  if (journalKey && entry) journalDone(journalKey, entry);
  notifySaved();
}

/** Store an answer at once. `null` clears it. */
export async function recordResponse(roundId: string, participantId: string, promptId: string, value: ResponseValue | null) {
  if (!VALUES.has(value)) throw new ValidationError('value', 'Choose one of the answers');
  await upsertResponse(roundId, participantId, promptId, { value });
}

/** Store an evidence note (called while typing, debounced, and on blur/pagehide). */
export async function saveNote(roundId: string, participantId: string, promptId: string, note: string) {
  if (note.length > LIMITS.note) {
    throw new ValidationError('note', `A note can be up to ${LIMITS.note.toLocaleString('en-GB')} characters. Shorten it or split it across questions.`);
  }
  await upsertResponse(roundId, participantId, promptId, { note });
}

/** Confirm a carried-forward answer unchanged. */
export async function confirmResponse(roundId: string, participantId: string, promptId: string) {
  await upsertResponse(roundId, participantId, promptId, { confirm: true });
}

/** Confirm every carried-forward answer of one participant in a set of prompts. */
export async function confirmAllCarried(roundId: string, participantId: string, promptIds: string[]) {
  const wanted = new Set(promptIds);
  await db.transaction('rw', [db.sheets, db.settings], async () => {
    const now = nowIso();
    await changeSheet(roundId, participantId, (sheet) => {
      if (!sheet.responses.some((r) => r.carriedForward && wanted.has(r.promptId))) return false;
      sheet.responses = sheet.responses.map((r) => (r.carriedForward && wanted.has(r.promptId) ? { ...r, carriedForward: false, updatedAt: now } : r));
    });
    await markChanged();
  });
  notifySaved();
}
