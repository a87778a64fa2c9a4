import type { ComponentId, VocabularyId } from '../model/types';
import type { ScaleMapping } from '../model/promptSets';
import type { JudgementValue, ResponseValue } from '../domain/types';
import type { RoleId } from '../model/vocabulary';
import type { PolarityWords } from '../model/polarity';

/** Every stored record has a UUID and ISO timestamps, so exports can merge by "newer wins". */
export interface StoredRecord {
  id: string;
  createdAt: string;
  updatedAt: string;
}

export type ProgrammeKind = 'team' | 'personal';

export interface CustomPrompt {
  id: string;
  componentId: ComponentId;
  text: string;
  help?: string;
}

export interface Programme extends StoredRecord {
  name: string;
  aim: string;
  organisations: string;
  vocabulary: VocabularyId;
  kind: ProgrammeKind;
  /** The programme's own names for components (issue: programme's own words). */
  componentLabels: Partial<Record<ComponentId, string>>;
  /** The programme's prompt set; undefined means the model's default prompts. */
  prompts?: CustomPrompt[];
  /** Pair keys (see model/tensions pairKey) of the alignment pairs this programme tracks. */
  trackedPairs: string[];
  /** How the programme's own diagnostic scale maps onto the five steps (set when a prompt set is imported). */
  scaleMapping?: ScaleMapping;
  /** The worked example (db/example.ts): made-up data, marked as such wherever the programme shows. */
  example?: boolean;
  /** Up to two measures of the programme's own, valued per round (db/outcomes.ts). */
  outcomeMeasures?: OutcomeMeasure[];
  /** The programme's own words for the pairs' polarity maps, by pair key (model/polarity.ts). */
  polarityMaps?: Partial<Record<string, PolarityWords>>;
}

/** A programme's own measure of what changed, for example "Patients home before noon" in "%". */
export interface OutcomeMeasure {
  id: string;
  name: string;
  /** Shown after the value and on the chart's axis; may be empty. */
  unit: string;
}

export type RoundStatus = 'open' | 'closed';

export interface Round extends StoredRecord {
  programmeId: string;
  title: string;
  /** ISO date yyyy-mm-dd. */
  date: string;
  stage: string;
  notes: string;
  isBaseline: boolean;
  status: RoundStatus;
  /** Components covered in this round (all eight unless a facilitator chose a subset). */
  components: ComponentId[];
  /** The prompts (id, component, text) this round was asked, frozen when the round starts. */
  prompts: CustomPrompt[];
  /** Set when the round was started from the previous round's answers. */
  previousRoundId?: string;
  /** "pulse": asked with the pulse set (one statement per component, see model/pulse). */
  promptSet?: 'pulse';
  /** Pairs this round asks about, when they are not the programme's tracked pairs (the pulse's three). */
  pairs?: string[];
  closedAt?: string;
  participantCount?: number;
  /** The programme's own outcome measures' values for this round, by measure id. */
  outcomes?: Record<string, number>;
}

export type Role = RoleId;

export interface Participant extends StoredRecord {
  roundId: string;
  programmeId: string;
  label: string;
  role: Role;
  anonymous: boolean;
  /** The same person across rounds (used for "start from the previous round"). */
  personKey: string;
}

export interface Response extends StoredRecord {
  roundId: string;
  participantId: string;
  promptId: string;
  componentId: ComponentId;
  value: ResponseValue | null;
  note: string;
  /** Pre-filled from the previous round and not yet confirmed or changed. */
  carriedForward: boolean;
}

export interface Judgement extends StoredRecord {
  roundId: string;
  participantId: string;
  /** Canonical pair key, see model/tensions pairKey. */
  pairKey: string;
  value: JudgementValue | null;
  note: string;
}

export type ActionStatus = 'open' | 'done' | 'dropped';

export interface Action extends StoredRecord {
  programmeId: string;
  /** The round in which the action was agreed. */
  roundId: string;
  text: string;
  componentId: ComponentId | null;
  /** The pair of components the action is about, if any (a pair key, model/tensions pairKey). */
  pairKey?: string;
  owner: string;
  /** ISO date or empty. */
  dueDate: string;
  status: ActionStatus;
  /** Rounds in which this action was reviewed and carried forward. */
  carriedInto: string[];
  /** The round at whose start the action was last reviewed (done, still open or dropped). */
  reviewedInRoundId?: string;
}

export interface ProgrammeEvent extends StoredRecord {
  programmeId: string;
  date: string;
  title: string;
  note: string;
}

export interface Lesson extends StoredRecord {
  programmeId: string;
  date: string;
  componentId: ComponentId | null;
  text: string;
}

/** Small key-value settings kept on the device (last place, last backup, ...). */
/**
 * One person's answers and pair judgements in one round, stored together (schema version 2 on).
 * A round of 15 people is 15 records rather than 1,000: IndexedDB's cost is per record, so a
 * restore, a dashboard or a programme deletion touches a few hundred records, not tens of
 * thousands. The items are complete Response and Judgement records, so exports, merges and
 * measures see exactly what they saw when each answer was its own record.
 */
/** Counts of one round's sheets, kept by db/roundStats.ts (schema version 5). */
export interface RoundStats {
  roundId: string;
  /** People with a sheet (answers or judgements) in the round. */
  sheets: number;
  /** Stored answers (one per person and statement; an evidence note on its own included). */
  answers: number;
  /** Answers pre-filled from the previous round and not yet confirmed or changed. */
  carried: number;
}

export interface AnswerSheet {
  roundId: string;
  participantId: string;
  /** At most one per prompt. */
  responses: Response[];
  /** At most one per pair. */
  judgements: Judgement[];
}

/** An invitation a facilitator made for a shared programme (kept on the facilitator's device). */
export interface ShareInvitation {
  jti: string;
  memberId: string;
  role: 'facilitator' | 'member';
  /** Who it is for, in the facilitator's words (never sent to the server). */
  label: string;
  link: string;
  createdAt: string;
  expiresAt: string;
  revokedAt?: string;
}

/**
 * A programme shared through a sync server, as this device takes part in it. The programme's
 * secret (its encryption key) is kept only here and in invitations.
 */
export interface Share {
  programmeId: string;
  /** The sync server's address, e.g. https://sync.trust.nhs.uk or this app's own origin. */
  server: string;
  token: string;
  memberId: string;
  role: 'facilitator' | 'member';
  jti: string;
  secret: string;
  createdAt: string;
  /** When everything this device had was last on the server. */
  lastSyncedAt?: string;
  invitations: ShareInvitation[];
  /** Why the server refused this device, when it has ("revoked", "expired", ...). */
  refused?: string;
}

/**
 * A record deleted on this device: kept so that the deletion travels to the other devices of a
 * shared programme, and so that neither sync nor a restore brings the record back (unless the
 * copy coming in was changed after the deletion: newer wins).
 */
export interface Tombstone {
  /** `${table}:${id}` */
  key: string;
  table: 'rounds' | 'participants' | 'actions' | 'events' | 'lessons';
  id: string;
  programmeId: string;
  /** For people: their round. */
  roundId?: string;
  deletedAt: string;
}

export interface Setting {
  key: string;
  value: unknown;
}
