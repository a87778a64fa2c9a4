import type { JudgementValue } from '../domain/types';
import { parsePairKey } from '../domain/groups';
import type { Table } from 'dexie';
import type { ComponentId } from '../model/types';
import { changeSheet } from './answers';
import { db, newId, nowIso } from './database';
import { ValidationError } from './errors';
import { journalDone, journalWrite, type JournalEntry } from './journal';
import { bury } from './tombstones';
import { markChanged, notifySaved } from './settings';
import type { Action, ActionStatus, Judgement, Lesson, ProgrammeEvent } from './types';
import { LIMITS, optionalDate, optionalText, requiredDate, requiredText } from './validate';

async function write<T>(tables: Table[], body: () => Promise<T>): Promise<T> {
  const result = await db.transaction('rw', [...tables, db.settings], async () => {
    const value = await body();
    await markChanged();
    return value;
  });
  notifySaved();
  return result;
}

export async function recordJudgement(
  roundId: string,
  participantId: string,
  pairKey: string,
  change: { value?: JudgementValue | null; note?: string },
  /** The time of the change; set when a journalled change is replayed (see journal.ts). */
  at?: string,
): Promise<void> {
  if (change.value !== undefined && change.value !== null && ![0, 1, 2, 3].includes(change.value)) {
    throw new ValidationError('value', 'Choose one of the answers');
  }
  if (change.note !== undefined && change.note.length > LIMITS.note) {
    throw new ValidationError('note', `A note can be up to ${LIMITS.note} characters`);
  }
  const entry: JournalEntry = { kind: 'judgement', roundId, participantId, pairKey, change, at: at ?? nowIso() };
  const journalKey = journalWrite(entry);
  await write([db.rounds, db.sheets], async () => {
    const round = await db.rounds.get(roundId);
    if (!round) throw new ValidationError('round', 'This round no longer exists');
    if (round.status === 'closed') throw new ValidationError('round', 'This round is closed, so answers are locked.');
    const now = entry.at;
    await changeSheet(roundId, participantId, (sheet) => {
      const index = sheet.judgements.findIndex((j) => j.pairKey === pairKey);
      const existing = sheet.judgements[index];
      if (existing && at && existing.updatedAt >= at) return false; // a replay older than what is stored
      if (existing) {
        const next: Judgement = { ...existing, updatedAt: now };
        if (change.value !== undefined) next.value = change.value;
        if (change.note !== undefined) next.note = change.note;
        sheet.judgements[index] = next;
      } else {
        sheet.judgements.push({
          id: newId(),
          createdAt: now,
          updatedAt: now,
          roundId,
          participantId,
          pairKey,
          value: change.value ?? null,
          note: change.note ?? '',
        });
      }
    });
  });
  journalDone(journalKey, entry);
}

export interface ActionInput {
  text: string;
  componentId: ComponentId | null;
  /** A pair of components the action is about (pair key), or none. */
  pairKey?: string | null;
  owner?: string;
  dueDate?: string;
}

function checkAction(input: ActionInput) {
  if (input.pairKey && !parsePairKey(input.pairKey)) throw new ValidationError('pairKey', 'Choose a pair from the list');
  return {
    text: requiredText('text', 'what the action is', input.text, LIMITS.longText),
    componentId: input.componentId,
    pairKey: input.pairKey || undefined,
    owner: optionalText('owner', 'the owner', input.owner, LIMITS.name),
    dueDate: optionalDate('dueDate', 'the due date', input.dueDate),
  };
}

export async function addAction(programmeId: string, roundId: string, input: ActionInput): Promise<Action> {
  const checked = checkAction(input);
  const now = nowIso();
  const action: Action = { id: newId(), createdAt: now, updatedAt: now, programmeId, roundId, ...checked, status: 'open', carriedInto: [] };
  await write([db.actions], () => db.actions.add(action));
  return action;
}

export async function updateAction(id: string, input: ActionInput): Promise<void> {
  const checked = checkAction(input);
  await write([db.actions], () => db.actions.update(id, { ...checked, updatedAt: nowIso() }));
}

export async function setActionStatus(id: string, status: ActionStatus, carriedIntoRoundId?: string): Promise<void> {
  await write([db.actions], async () => {
    const action = await db.actions.get(id);
    if (!action) return;
    const carriedInto =
      carriedIntoRoundId && !action.carriedInto.includes(carriedIntoRoundId) ? [...action.carriedInto, carriedIntoRoundId] : action.carriedInto;
    await db.actions.update(id, { status, carriedInto, updatedAt: nowIso() });
  });
}

export type ReviewDecision = 'done' | 'open' | 'dropped';

/**
 * Record the review of an earlier action at the start of a round: done, still open (carried
 * forward into this round) or dropped. Changing one's mind in the same round is allowed.
 */
export async function reviewAction(id: string, roundId: string, decision: ReviewDecision): Promise<void> {
  if (!['done', 'open', 'dropped'].includes(decision)) throw new ValidationError('decision', 'Choose done, still open or dropped');
  await write([db.actions], async () => {
    const action = await db.actions.get(id);
    if (!action) throw new ValidationError('action', 'This action no longer exists');
    const others = action.carriedInto.filter((r) => r !== roundId);
    await db.actions.update(id, {
      status: decision,
      carriedInto: decision === 'open' ? [...others, roundId] : others,
      reviewedInRoundId: roundId,
      updatedAt: nowIso(),
    });
  });
}

export async function deleteAction(id: string): Promise<void> {
  await write([db.actions, db.tombstones], async () => {
    const action = await db.actions.get(id);
    if (action) await bury([{ table: 'actions', id, programmeId: action.programmeId }]);
    await db.actions.delete(id);
  });
}

export interface EventInput {
  date: string;
  title: string;
  note?: string;
}

export async function saveEvent(programmeId: string, input: EventInput, id?: string): Promise<ProgrammeEvent> {
  const checked = {
    date: requiredDate('date', 'the date', input.date),
    title: requiredText('title', 'a title', input.title, LIMITS.name),
    note: optionalText('note', 'the note', input.note, LIMITS.longText),
  };
  const now = nowIso();
  return write([db.events], async () => {
    const existing = id ? await db.events.get(id) : undefined;
    const record: ProgrammeEvent = existing
      ? { ...existing, ...checked, updatedAt: now }
      : { id: newId(), createdAt: now, updatedAt: now, programmeId, ...checked };
    await db.events.put(record);
    return record;
  });
}

export async function deleteEvent(id: string): Promise<void> {
  await write([db.events, db.tombstones], async () => {
    const event = await db.events.get(id);
    if (event) await bury([{ table: 'events', id, programmeId: event.programmeId }]);
    await db.events.delete(id);
  });
}

export interface LessonInput {
  date: string;
  componentId: ComponentId | null;
  text: string;
}

export async function saveLesson(programmeId: string, input: LessonInput, id?: string): Promise<Lesson> {
  const checked = {
    date: requiredDate('date', 'the date', input.date),
    componentId: input.componentId,
    text: requiredText('text', 'the lesson', input.text, LIMITS.longText),
  };
  const now = nowIso();
  return write([db.lessons], async () => {
    const existing = id ? await db.lessons.get(id) : undefined;
    const record: Lesson = existing
      ? { ...existing, ...checked, updatedAt: now }
      : { id: newId(), createdAt: now, updatedAt: now, programmeId, ...checked };
    await db.lessons.put(record);
    return record;
  });
}

export async function deleteLesson(id: string): Promise<void> {
  await write([db.lessons, db.tombstones], async () => {
    const lesson = await db.lessons.get(id);
    if (lesson) await bury([{ table: 'lessons', id, programmeId: lesson.programmeId }]);
    await db.lessons.delete(id);
  });
}
