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
