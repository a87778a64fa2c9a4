import { COMPONENTS } from '../model/components';
import { DEFAULT_TENSION_PAIRS, pairKey } from '../model/tensions';
import type { VocabularyId } from '../model/types';
import { countResponses, deleteAnswersOfRounds } from './answers';
import { db, newId, nowIso } from './database';
import { ValidationError } from './errors';
import { markChanged, notifySaved } from './settings';
import type { CustomPrompt, Programme, ProgrammeKind } from './types';
import { LIMITS, optionalText, requiredText } from './validate';

export interface ProgrammeInput {
  name: string;
  aim?: string;
  organisations?: string;
  vocabulary?: VocabularyId;
  kind?: ProgrammeKind;
}

export function defaultPrompts(): CustomPrompt[] {
  return COMPONENTS.flatMap((c) =>
    c.prompts.map((p) => ({ id: p.id, componentId: c.id, text: p.text, ...(p.help ? { help: p.help } : {}) })),
  );
}

export function defaultTrackedPairs(): string[] {
  return DEFAULT_TENSION_PAIRS.map((p) => pairKey(p.a, p.b));
}

/** The prompt set a programme uses now (its own, or the model's). */
export function programmePrompts(programme: Pick<Programme, 'prompts'>): CustomPrompt[] {
  return programme.prompts && programme.prompts.length > 0 ? programme.prompts : defaultPrompts();
}

function checkProgramme(input: ProgrammeInput) {
  const vocabulary = input.vocabulary ?? '2013';
  if (vocabulary !== '2013' && vocabulary !== '2018') throw new ValidationError('vocabulary', 'Choose a vocabulary');
  return {
    name: requiredText('name', 'a name for the programme', input.name, LIMITS.name),
    aim: optionalText('aim', 'the aim', input.aim, LIMITS.longText),
    organisations: optionalText('organisations', 'the organisations', input.organisations, LIMITS.longText),
    vocabulary,
  };
}

export async function createProgramme(input: ProgrammeInput): Promise<Programme> {
  const checked = checkProgramme(input);
  const now = nowIso();
  const programme: Programme = {
    id: newId(),
    createdAt: now,
    updatedAt: now,
    ...checked,
    kind: input.kind ?? 'team',
    componentLabels: {},
    trackedPairs: defaultTrackedPairs(),
  };
  await db.transaction('rw', db.programmes, db.settings, async () => {
    await db.programmes.add(programme);
    await markChanged();
  });
  notifySaved();
  return programme;
}

export async function updateProgramme(id: string, input: ProgrammeInput): Promise<void> {
  const checked = checkProgramme(input);
  await db.transaction('rw', db.programmes, db.settings, async () => {
    const count = await db.programmes.update(id, { ...checked, updatedAt: nowIso() });
    if (count === 0 && !(await db.programmes.get(id))) throw new ValidationError('id', 'This programme no longer exists');
    await markChanged();
  });
  notifySaved();
}

export async function setTrackedPairs(id: string, pairKeys: string[]): Promise<void> {
  await db.transaction('rw', db.programmes, db.settings, async () => {
    await db.programmes.update(id, { trackedPairs: [...new Set(pairKeys)], updatedAt: nowIso() });
    await markChanged();
  });
  notifySaved();
}

export interface ProgrammeContents {
  rounds: number;
  participants: number;
  responses: number;
  actions: number;
  events: number;
  lessons: number;
}

/** What deleting a programme would remove, so the confirmation can name it. */
export async function programmeContents(id: string): Promise<ProgrammeContents> {
  const roundIds = await db.rounds.where('programmeId').equals(id).primaryKeys();
  const [participants, responses, actions, events, lessons] = await Promise.all([
    db.participants.where('programmeId').equals(id).count(),
    countResponses(roundIds),
    db.actions.where('programmeId').equals(id).count(),
    db.events.where('programmeId').equals(id).count(),
    db.lessons.where('programmeId').equals(id).count(),
  ]);
  return { rounds: roundIds.length, participants, responses, actions, events, lessons };
}

/** Delete a programme and everything in it, all or nothing. */
export async function deleteProgramme(id: string): Promise<void> {
  await db.transaction(
    'rw',
    [db.programmes, db.rounds, db.participants, db.sheets, db.actions, db.events, db.lessons, db.settings, db.shares, db.tombstones],
    async () => {
      const roundIds = await db.rounds.where('programmeId').equals(id).primaryKeys();
      // Deleting a programme removes it from this device only (for a shared one: this device leaves it).
      await db.shares.delete(id);
      await db.tombstones.where('programmeId').equals(id).delete();
      await deleteAnswersOfRounds(roundIds);
      await db.participants.where('programmeId').equals(id).delete();
      await db.rounds.where('programmeId').equals(id).delete();
      await db.actions.where('programmeId').equals(id).delete();
      await db.events.where('programmeId').equals(id).delete();
      await db.lessons.where('programmeId').equals(id).delete();
      await db.programmes.delete(id);
      const personal = await db.settings.get('personalProgrammeId');
      if (personal?.value === id) await db.settings.delete('personalProgrammeId');
      const last = await db.settings.get('lastLocation');
      if (last && typeof last.value === 'object' && last.value && (last.value as { programmeId?: string }).programmeId === id) {
        await db.settings.delete('lastLocation');
      }
      await markChanged();
    },
  );
  notifySaved();
}
