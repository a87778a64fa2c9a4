import { Dexie, type EntityTable } from 'dexie';
import type {
  Action,
  Judgement,
  Lesson,
  Participant,
  Programme,
  ProgrammeEvent,
  Response,
  Round,
  Setting,
} from './types';

export const DB_NAME = 'change-model';

/**
 * The app's one source of truth. Every schema change adds a new `version(n)` with an
 * upgrade function and a test that opens a database written by version n - 1.
 */
export class ChangeModelDB extends Dexie {
  programmes!: EntityTable<Programme, 'id'>;
  rounds!: EntityTable<Round, 'id'>;
  participants!: EntityTable<Participant, 'id'>;
  responses!: EntityTable<Response, 'id'>;
  judgements!: EntityTable<Judgement, 'id'>;
  actions!: EntityTable<Action, 'id'>;
  events!: EntityTable<ProgrammeEvent, 'id'>;
  lessons!: EntityTable<Lesson, 'id'>;
  settings!: EntityTable<Setting, 'key'>;

  constructor(name = DB_NAME) {
    super(name);
    this.version(1).stores({
      programmes: 'id, updatedAt, kind',
      rounds: 'id, programmeId, [programmeId+date], updatedAt',
      participants: 'id, roundId, programmeId, [roundId+personKey], updatedAt',
      responses: 'id, roundId, [roundId+participantId], &[roundId+participantId+promptId], updatedAt',
      judgements: 'id, roundId, [roundId+participantId], &[roundId+participantId+pairKey], updatedAt',
      actions: 'id, programmeId, roundId, [programmeId+status], updatedAt',
      events: 'id, programmeId, [programmeId+date], updatedAt',
      lessons: 'id, programmeId, [programmeId+date], updatedAt',
      settings: 'key',
    });
  }
}

export const db = new ChangeModelDB();

export function newId(): string {
  return crypto.randomUUID();
}

export function nowIso(): string {
  return new Date().toISOString();
}
