/**
 * zod schemas for every file the app reads. Nothing from a file reaches the database until the
 * whole file has passed these, and every failure is turned into words a person can act on
 * ("Record 12 in rounds: date is not a real date").
 *
 * Records are loose objects: fields this version does not know (added later as optional fields)
 * are kept, so a restore never drops them.
 */
import { z } from './zod';
import { POLARITY_TEXT_MAX } from '../model/polarity';
import { OUTCOME_MEASURES_MAX, OUTCOME_VALUE_MAX } from '../db/outcomeLimits';
import { isIsoDate, LIMITS } from '../db/validate';
import { COMPONENT_IDS } from '../model/types';
import { ROLE_IDS } from '../model/vocabulary';
import { ALL_PAIRS } from '../model/tensions';
import { ANSWERS_FORMAT, BACKUP_FORMAT, ID_PATTERN, INCOMING_LIMITS, INVITATION_FORMAT } from './format';

const PAIR_KEYS: ReadonlySet<string> = new Set(ALL_PAIRS.map(([a, b]) => `${a}|${b}`));

const text = (max: number) =>
  z.string({ error: 'should be text' }).max(max, { error: `is longer than ${max.toLocaleString('en-GB')} characters` });
const requiredText = (max: number) => text(max).refine((v) => v.trim().length > 0, { error: 'is empty' });
const id = z
  .string({ error: 'should be an id (text)' })
  .min(1, { error: 'is empty' })
  .max(100, { error: 'is longer than 100 characters, so it is not an id this app made' })
  .regex(ID_PATTERN, { error: 'is not an id this app made (ids use only letters, digits, dots, dashes and underscores)' });
const EARLIEST = Date.parse(INCOMING_LIMITS.earliest);
const timestamp = z.iso
  .datetime({ offset: true, error: 'is not a real date and time' })
  .refine((v) => Date.parse(v) >= EARLIEST, { error: 'is before the year 2000, so it cannot be a time this app recorded' })
  .refine((v) => Date.parse(v) <= Date.now() + INCOMING_LIMITS.futureMs, {
    error: "is in the future (after tomorrow by this device's clock), so it cannot be a time this app recorded",
  });
const isoDate = z.string({ error: 'should be a date' }).refine(isIsoDate, { error: 'is not a real date' });
const optionalIsoDate = z.string({ error: 'should be a date or empty' }).refine((v) => v === '' || isIsoDate(v), { error: 'is not a real date' });
const componentId = z.enum(COMPONENT_IDS, { error: 'is not one of the eight components' });
const pairKey = z.string({ error: 'should be a pair of components' }).refine((v) => PAIR_KEYS.has(v), {
  error: 'is not a pair of two different components',
});
const bool = z.boolean({ error: 'should be true or false' });
const list = <T extends z.ZodType>(item: T) => z.array(item, { error: 'should be a list' });
/** A list of at most `max` items, none twice. */
const set = <T extends z.ZodType>(item: T, max: number, what: string) =>
  list(item)
    .max(max, { error: `lists more than ${max.toLocaleString('en-GB')} ${what}` })
    .refine((items) => new Set(items).size === items.length, { error: `names the same ${what.replace(/s$/, '')} twice` });

const record = <T extends z.ZodRawShape>(shape: T) => z.looseObject(shape, { error: 'is not a record' });

const stored = {
  id,
  createdAt: timestamp,
  updatedAt: timestamp,
};

export const customPromptSchema = record({
  id,
  componentId,
  text: requiredText(LIMITS.longText),
  help: text(LIMITS.longText).optional(),
});

const prompts = list(customPromptSchema).max(INCOMING_LIMITS.promptsPerRound, {
  error: `holds more than ${INCOMING_LIMITS.promptsPerRound} statements`,
});

export const programmeSchema = record({
  ...stored,
  name: requiredText(LIMITS.name),
  aim: text(LIMITS.longText),
  organisations: text(LIMITS.longText),
  vocabulary: z.enum(['2013', '2018'], { error: 'is not a vocabulary this app knows' }),
  kind: z.enum(['team', 'personal'], { error: 'should be "team" or "personal"' }),
  componentLabels: z.partialRecord(componentId, text(LIMITS.name), { error: 'should be a list of component names' }),
  prompts: prompts.optional(),
  trackedPairs: set(pairKey, ALL_PAIRS.length, 'pairs'),
  example: bool.optional(),
  polarityMaps: z
    .record(
      pairKey,
      record({
        givesA: text(POLARITY_TEXT_MAX).optional(),
        givesB: text(POLARITY_TEXT_MAX).optional(),
        tooFarA: text(POLARITY_TEXT_MAX).optional(),
        tooFarB: text(POLARITY_TEXT_MAX).optional(),
        tryThis: text(POLARITY_TEXT_MAX).optional(),
      }),
      { error: 'should be a list of pairs in the programme’s words' },
    )
    .optional(),
  outcomeMeasures: list(record({ id, name: requiredText(LIMITS.name), unit: text(LIMITS.shortText) }))
    .max(OUTCOME_MEASURES_MAX, { error: `lists more than ${OUTCOME_MEASURES_MAX} outcome measures` })
    .optional(),
});

export const roundSchema = record({
  ...stored,
  programmeId: id,
  title: requiredText(LIMITS.name),
  date: isoDate,
  stage: text(LIMITS.shortText),
  notes: text(LIMITS.longText),
  isBaseline: bool,
  status: z.enum(['open', 'closed'], { error: 'should be "open" or "closed"' }),
  components: set(componentId, COMPONENT_IDS.length, 'components').refine((c) => c.length > 0, { error: 'names no components' }),
  prompts,
  previousRoundId: id.optional(),
  promptSet: z.enum(['pulse'], { error: 'is not a prompt set this app knows' }).optional(),
  pairs: set(pairKey, ALL_PAIRS.length, 'pairs').optional(),
  closedAt: timestamp.optional(),
  participantCount: z.number({ error: 'should be a number' }).int({ error: 'should be a whole number' }).min(0).optional(),
  outcomes: z
    .record(id, z.number({ error: 'should be a number' }).refine((v) => Number.isFinite(v) && Math.abs(v) <= OUTCOME_VALUE_MAX, { error: 'is not a number this app can keep' }), {
      error: 'should be a list of values by measure',
    })
    .refine((v) => Object.keys(v).length <= OUTCOME_MEASURES_MAX, { error: `holds more than ${OUTCOME_MEASURES_MAX} outcome values` })
    .optional(),
});

export const participantSchema = record({
  ...stored,
  roundId: id,
  programmeId: id,
  label: requiredText(LIMITS.name),
  role: z.enum(ROLE_IDS, { error: 'is not a role this app knows' }),
  anonymous: bool,
  personKey: id,
});

const responseValue = z.union([z.literal([1, 2, 3, 4, 5]), z.literal('not-yet'), z.literal('dont-know'), z.null()], {
  error: 'is not one of the answers (1 to 5, "not-yet", "dont-know" or empty)',
});
const judgementValue = z.union([z.literal([0, 1, 2, 3]), z.null()], { error: 'is not one of the judgements (0 to 3 or empty)' });

export const responseSchema = record({
  ...stored,
  roundId: id,
  participantId: id,
  promptId: id,
  componentId,
  value: responseValue,
  note: text(LIMITS.note),
  carriedForward: bool,
});

export const judgementSchema = record({
  ...stored,
  roundId: id,
  participantId: id,
  pairKey,
  value: judgementValue,
  note: text(LIMITS.note),
});

export const actionSchema = record({
  ...stored,
  programmeId: id,
  roundId: id,
  text: requiredText(LIMITS.longText),
  componentId: componentId.nullable(),
  pairKey: pairKey.optional(),
  owner: text(LIMITS.name),
  dueDate: optionalIsoDate,
  status: z.enum(['open', 'done', 'dropped'], { error: 'should be "open", "done" or "dropped"' }),
  carriedInto: set(id, INCOMING_LIMITS.carriedInto, 'rounds'),
});

export const eventSchema = record({
  ...stored,
  programmeId: id,
  date: isoDate,
  title: requiredText(LIMITS.name),
  note: text(LIMITS.longText),
});

export const lessonSchema = record({
  ...stored,
  programmeId: id,
  date: isoDate,
  componentId: componentId.nullable(),
  text: requiredText(LIMITS.longText),
});

const header = {
  formatVersion: z.number({ error: 'should be a number' }).int({ error: 'should be a whole number' }).min(1),
  appVersion: text(100),
  exportedAt: timestamp,
};

export const backupSchema = z.object(
  {
    format: z.literal(BACKUP_FORMAT),
    ...header,
    scope: z.discriminatedUnion(
      'kind',
      [z.object({ kind: z.literal('all') }), z.object({ kind: z.literal('programme'), programmeId: id, programmeName: text(LIMITS.name) })],
      { error: 'should say whether the backup holds everything or one programme' },
    ),
    data: z.object(
      {
        programmes: list(programmeSchema),
        rounds: list(roundSchema),
        participants: list(participantSchema),
        responses: list(responseSchema),
        judgements: list(judgementSchema),
        actions: list(actionSchema),
        events: list(eventSchema),
        lessons: list(lessonSchema),
      },
      { error: 'is not a set of tables' },
    ),
  },
  { error: 'is not a backup' },
);

const packetStamps = { updatedAt: timestamp };

export const answersPacketSchema = z.object({
  format: z.literal(ANSWERS_FORMAT),
  ...header,
  programmeId: id,
  roundId: id,
  roundTitle: text(LIMITS.name),
  participant: participantSchema,
  answers: list(z.object({ promptId: id, value: responseValue, note: text(LIMITS.note), ...packetStamps }, { error: 'is not an answer' })).max(INCOMING_LIMITS.promptsPerRound, {
    error: `holds more than ${INCOMING_LIMITS.promptsPerRound} answers`,
  }),
  judgements: list(z.object({ pairKey, value: judgementValue, note: text(LIMITS.note), ...packetStamps }, { error: 'is not a judgement' })).max(ALL_PAIRS.length, {
    error: `holds more than ${ALL_PAIRS.length} views of pairs`,
  }),
});

export const invitationPacketSchema = z.object({
  format: z.literal(INVITATION_FORMAT),
  ...header,
  programme: programmeSchema,
  round: roundSchema,
});

const RECORD_SCHEMAS = {
  programmes: programmeSchema,
  rounds: roundSchema,
  participants: participantSchema,
  responses: responseSchema,
  judgements: judgementSchema,
  actions: actionSchema,
  events: eventSchema,
  lessons: lessonSchema,
} as const;

/** One record checked against its table's schema (sync takes records one by one): the record, or undefined. */
export function validRecord(table: keyof typeof RECORD_SCHEMAS, value: unknown): Record<string, unknown> & { id: string } | undefined {
  const parsed = RECORD_SCHEMAS[table].safeParse(value);
  return parsed.success ? (parsed.data as Record<string, unknown> & { id: string }) : undefined;
}
