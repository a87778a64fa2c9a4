/**
 * The files this app writes and reads: a backup (everything, or one programme), a participant's
 * answers for one round, and a round's invitation. Each names its format and format version so a
 * future app can read today's files and today's app can refuse tomorrow's clearly.
 */
import type { Action, Judgement, Lesson, Participant, Programme, ProgrammeEvent, Response, Round } from '../db/types';

export const BACKUP_FORMAT = 'change-model-self-assessment/backup';
export const ANSWERS_FORMAT = 'change-model-self-assessment/answers';
export const INVITATION_FORMAT = 'change-model-self-assessment/invitation';

/** Bump when a file written by this version could not be read by an older app; add a reader for the old one. */
export const FORMAT_VERSION = 1;

/** No backup this app writes comes near this; anything bigger is refused before it is read. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

/**
 * Bounds on what comes in, checked before any work that grows with them (see parse.ts): far above
 * what any real programme holds (a programme of 48 rounds x 30 people x 40 statements is 57,600
 * answers), far below what would freeze the tab or fill the disk.
 */
export const INCOMING_LIMITS = {
  /** Records per table in one backup. */
  records: {
    programmes: 1_000,
    rounds: 5_000,
    participants: 50_000,
    responses: 250_000,
    judgements: 100_000,
    actions: 20_000,
    events: 20_000,
    lessons: 20_000,
  },
  /** How deep any value may nest, counted from the top of the file (a backup's deepest field is 6). */
  depth: 12,
  /** Statements a round or a programme's prompt set may hold: 8 components x 30. */
  promptsPerRound: 240,
  /** Rounds an action can have been carried into. */
  carriedInto: 1_000,
  /** A QR hand-over, once inflated: an invitation or one person's answers is a few kilobytes. */
  inflatedQrBytes: 1024 * 1024,
  /** Codes in one QR hand-over. */
  qrCodes: 64,
  /** How far after this device's clock a record's timestamp may be (clocks drift; a year-9999 stamp would win every merge forever). */
  futureMs: 24 * 60 * 60 * 1000,
  /** The earliest plausible timestamp: before this app or the 2013 model existed. */
  earliest: '2000-01-01T00:00:00.000Z',
} as const;

/** Ids this app makes are UUIDs and statement ids such as "engagement.own-1a2b3c4d": letters, digits, '.', '_' and '-'. */
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;

/** The tables a backup carries, in the order they are written (parents before children). */
export const BACKUP_TABLES = ['programmes', 'rounds', 'participants', 'responses', 'judgements', 'actions', 'events', 'lessons'] as const;
export type BackupTable = (typeof BACKUP_TABLES)[number];

export interface BackupData {
  programmes: Programme[];
  rounds: Round[];
  participants: Participant[];
  responses: Response[];
  judgements: Judgement[];
  actions: Action[];
  events: ProgrammeEvent[];
  lessons: Lesson[];
}

export type BackupScope = { kind: 'all' } | { kind: 'programme'; programmeId: string; programmeName: string };

export interface Backup {
  format: typeof BACKUP_FORMAT;
  formatVersion: number;
  appVersion: string;
  exportedAt: string;
  scope: BackupScope;
  data: BackupData;
}

/**
 * One answer in a hand-over packet: the record without the ids and links the receiving device
 * knows already, to keep the QR codes few. Its creation time is taken to be its last change.
 */
export interface PacketAnswer {
  promptId: string;
  value: Response['value'];
  note: string;
  updatedAt: string;
}

export interface PacketJudgement {
  pairKey: string;
  value: Judgement['value'];
  note: string;
  updatedAt: string;
}

/** "My answers for this round": one participant's answers, handed to the facilitator's device. */
export interface AnswersPacket {
  format: typeof ANSWERS_FORMAT;
  formatVersion: number;
  appVersion: string;
  exportedAt: string;
  programmeId: string;
  roundId: string;
  roundTitle: string;
  participant: Participant;
  answers: PacketAnswer[];
  judgements: PacketJudgement[];
}

/** A round's invitation: enough of the programme and the round for another device to answer it. */
export interface InvitationPacket {
  format: typeof INVITATION_FORMAT;
  formatVersion: number;
  appVersion: string;
  exportedAt: string;
  programme: Omit<Programme, 'prompts'>;
  round: Round;
}

export type DataFile = Backup | AnswersPacket | InvitationPacket;

export function appVersion(): string {
  return typeof __APP_VERSION__ === 'string' ? __APP_VERSION__ : 'unknown';
}

export function emptyBackupData(): BackupData {
  return { programmes: [], rounds: [], participants: [], responses: [], judgements: [], actions: [], events: [], lessons: [] };
}
