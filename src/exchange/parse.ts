/**
 * Reading a file that claims to be ours: size, JSON, format name, format version, then every
 * record (zod), then the links between records. The first problem found is described in words a
 * person can act on; nothing is written anywhere by this module.
 */
import type { z } from 'zod';
import {
  ANSWERS_FORMAT,
  BACKUP_FORMAT,
  BACKUP_TABLES,
  FORMAT_VERSION,
  INCOMING_LIMITS,
  INVITATION_FORMAT,
  MAX_IMPORT_BYTES,
  type BackupTable,
  type AnswersPacket,
  type Backup,
  type DataFile,
  type InvitationPacket,
} from './format';
import { answersPacketSchema, backupSchema, invitationPacketSchema } from './schema';

export type ProblemKind = 'too-big' | 'not-json' | 'not-ours' | 'newer' | 'invalid' | 'wrong-kind';

export interface ImportProblem {
  kind: ProblemKind;
  message: string;
}

export type ParseResult = { ok: true; file: DataFile } | { ok: false; problem: ImportProblem };

export class ImportError extends Error {
  readonly kind: ProblemKind | 'storage' | 'conflict';
  constructor(kind: ImportError['kind'], message: string) {
    super(message);
    this.name = 'ImportError';
    this.kind = kind;
  }
}

const FORMATS: ReadonlySet<string> = new Set([BACKUP_FORMAT, ANSWERS_FORMAT, INVITATION_FORMAT]);

function megabytes(bytes: number): string {
  return (bytes / 1024 / 1024).toLocaleString('en-GB', { maximumFractionDigits: 1 });
}

export const problems = {
  tooBig: (bytes: number): ImportProblem => ({
    kind: 'too-big',
    message: `This file is ${megabytes(bytes)} MB. Files from this app are never larger than ${megabytes(MAX_IMPORT_BYTES)} MB, so it was not opened.`,
  }),
  notJson: (): ImportProblem => ({
    kind: 'not-json',
    message: 'This file is not a backup from this app: it is not a JSON data file (perhaps a spreadsheet, a document or a damaged download).',
  }),
  notOurs: (): ImportProblem => ({
    kind: 'not-ours',
    message: 'This file is not a backup from this app. It is a JSON data file, but not one this app saved.',
  }),
  newer: (version: number): ImportProblem => ({
    kind: 'newer',
    message: `This backup was made by a newer version (format ${version}). Update the app, then try again.`,
  }),
  invalid: (detail: string): ImportProblem => ({
    kind: 'invalid',
    message: `This file is damaged or was edited by hand, so none of it was taken in. ${detail}.`,
  }),
};

const TABLE_WORDS: Record<BackupTable, [string, string]> = {
  programmes: ['programme', 'programmes'],
  rounds: ['round', 'rounds'],
  participants: ['person', 'people'],
  responses: ['answer', 'answers'],
  judgements: ['view of a pair', 'views of pairs'],
  actions: ['action', 'actions'],
  events: ['event', 'events'],
  lessons: ['lesson', 'lessons'],
};

/** Field names as people say them ("its round", not "roundId"). */
const FIELD_WORDS: Record<string, string> = {
  id: 'its id',
  programmeId: 'its programme',
  roundId: 'its round',
  participantId: 'its person',
  promptId: 'its question',
  componentId: 'its component',
  pairKey: 'its pair',
  personKey: 'its person key',
  createdAt: 'the time it was made',
  updatedAt: 'the time it was last changed',
};
const fieldWords = (parts: readonly PropertyKey[]) =>
  parts.map((p, i) => (typeof p === 'number' ? `item ${p + 1}` : i === parts.length - 1 || parts.length === 1 ? (FIELD_WORDS[String(p)] ?? String(p)) : String(p))).join(' ');

const short = (text: string, max = 60) => (text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text);

/** A record of a file named as a person knows it: "The round “November board”", else "Round 3 in the file". */
function recordName(table: string, index: number, row: unknown): string {
  const words = TABLE_WORDS[table as BackupTable] ?? [table, table];
  const fields: Record<string, string> = { programmes: 'name', rounds: 'title', participants: 'label', actions: 'text', events: 'title', lessons: 'text' };
  const value = row && typeof row === 'object' ? (row as Record<string, unknown>)[fields[table] ?? ''] : undefined;
  if (typeof value === 'string' && value.trim()) return `The ${words[0]} “${short(value.trim())}”`;
  return `${words[0].charAt(0).toUpperCase()}${words[0].slice(1)} ${index + 1} in the file`;
}

/** Human words for where a problem is: "The round “November board”: date", "The file's exportedAt". */
function describePath(path: readonly PropertyKey[], root: unknown): { where: string; field: string } {
  const parts = [...path];
  const inData = parts[0] === 'data';
  if (inData) parts.shift();
  if (parts.length === 0) return { where: 'The file', field: '' };
  const [table, index, ...rest] = parts;
  if (typeof index === 'number') {
    const field = fieldWords(rest);
    const row = valueAt(root, inData ? ['data', table!, index] : [table!, index]);
    return { where: recordName(String(table), index, row), field };
  }
  if (!inData && (table === 'participant' || table === 'programme' || table === 'round')) {
    const tableName = table === 'participant' ? 'participants' : `${String(table)}s`;
    return { where: recordName(tableName, 0, valueAt(root, [table])), field: fieldWords([index, ...rest].filter((p) => p !== undefined)) };
  }
  if (path[0] === 'data' && index === undefined) return { where: `The ${String(table)} table`, field: '' };
  return { where: "The file's", field: parts.map((p) => (typeof p === 'number' ? `item ${p + 1}` : String(p))).join(' ') };
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let node = root;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return node;
}

export function describeIssue(root: unknown, issue: z.core.$ZodIssue): string {
  const { where, field } = describePath(issue.path, root);
  let what = issue.message;
  if (valueAt(root, issue.path) === undefined && issue.path.length > 0) what = 'is missing';
  else if (issue.code === 'invalid_value' && issue.path.at(-1) === 'format') what = 'is not a format this app knows';
  else if (issue.code === 'unrecognized_keys') what = `has fields this app does not know (${issue.keys.join(', ')})`;
  else if (/^(Invalid|Too)/.test(what)) what = 'is not valid';
  if (where === 'The file') return `The file ${what}`;
  if (where === "The file's") return `The file's ${field} ${what}`;
  return field ? `${where}: ${field} ${what}` : `${where} ${what}`;
}

function firstProblem(root: unknown, error: z.ZodError): ImportProblem {
  return problems.invalid(describeIssue(root, error.issues[0]!));
}

/** Parse text that should be one of our files. Never throws. */
export function parseDataFile(text: string): ParseResult {
  const trimmed = text.replace(/^\uFEFF/, '').trim();
  let json: unknown;
  try {
    json = JSON.parse(trimmed);
  } catch {
    return { ok: false, problem: problems.notJson() };
  }
  return parseDataObject(json);
}

/**
 * The file's shape, checked before any work that grows with it: no value nested deeper than
 * INCOMING_LIMITS.depth, no key that could reach an object's prototype, no table with more
 * records than INCOMING_LIMITS.records, no other list longer than 1,000 items. One pass, no
 * recursion (a file nested 100,000 deep must not exhaust the stack).
 */
export function checkShape(json: object, format: string): string | undefined {
  if (format === BACKUP_FORMAT) {
    const data = (json as { data?: unknown }).data;
    if (data && typeof data === 'object') {
      for (const table of BACKUP_TABLES) {
        const rows = (data as Record<string, unknown>)[table];
        const max = INCOMING_LIMITS.records[table];
        if (Array.isArray(rows) && rows.length > max) {
          const [, many] = TABLE_WORDS[table];
          return `It holds ${rows.length.toLocaleString('en-GB')} ${many}; a backup from this app holds at most ${max.toLocaleString('en-GB')}`;
        }
      }
    }
  }
  const stack: [unknown, number, boolean][] = [[json, 0, false]];
  while (stack.length > 0) {
    const [value, depth, isTable] = stack.pop()!;
    if (value === null || typeof value !== 'object') continue;
    if (depth > INCOMING_LIMITS.depth) return `It nests values more than ${INCOMING_LIMITS.depth} levels deep, which no file from this app does`;
    if (Array.isArray(value)) {
      if (!isTable && value.length > 1000) return 'It holds a list of more than 1,000 items inside a record, which no file from this app does';
      for (const item of value) stack.push([item, depth + 1, false]);
      continue;
    }
    for (const key of Object.keys(value)) {
      if (key === '__proto__' || key === 'constructor' || key === 'prototype') return `It has a field called “${key}”, which no file from this app has`;
      stack.push([(value as Record<string, unknown>)[key], depth + 1, depth === 1 && format === BACKUP_FORMAT]);
    }
  }
  return undefined;
}

/** Check an already-parsed value (e.g. from QR codes). Never throws. */
export function parseDataObject(json: unknown): ParseResult {
  if (json === null || typeof json !== 'object' || Array.isArray(json)) return { ok: false, problem: problems.notOurs() };
  const { format, formatVersion } = json as { format?: unknown; formatVersion?: unknown };
  if (typeof format !== 'string' || !FORMATS.has(format)) return { ok: false, problem: problems.notOurs() };
  if (typeof formatVersion === 'number' && Number.isInteger(formatVersion) && formatVersion > FORMAT_VERSION) {
    return { ok: false, problem: problems.newer(formatVersion) };
  }
  const shapeProblem = checkShape(json, format);
  if (shapeProblem) return { ok: false, problem: problems.invalid(shapeProblem) };
  try {
    if (format === BACKUP_FORMAT) {
      const parsed = backupSchema.safeParse(json);
      if (!parsed.success) return { ok: false, problem: firstProblem(json, parsed.error) };
      const backup = parsed.data as unknown as Backup;
      const linkProblem = checkBackupLinks(backup);
      return linkProblem ? { ok: false, problem: problems.invalid(linkProblem) } : { ok: true, file: backup };
    }
    if (format === ANSWERS_FORMAT) {
      const parsed = answersPacketSchema.safeParse(json);
      if (!parsed.success) return { ok: false, problem: firstProblem(json, parsed.error) };
      const packet = parsed.data as unknown as AnswersPacket;
      const linkProblem = checkAnswersPacket(packet);
      return linkProblem ? { ok: false, problem: problems.invalid(linkProblem) } : { ok: true, file: packet };
    }
    const parsed = invitationPacketSchema.safeParse(json);
    if (!parsed.success) return { ok: false, problem: firstProblem(json, parsed.error) };
    const packet = parsed.data as unknown as InvitationPacket;
    if (packet.round.programmeId !== packet.programme.id) {
      return { ok: false, problem: problems.invalid('The round in this invitation belongs to a different programme') };
    }
    return { ok: true, file: packet };
  } catch {
    // A pathological input (e.g. nesting deep enough to exhaust the stack) is still just a bad file.
    return { ok: false, problem: problems.invalid('The file could not be checked') };
  }
}


/** Links between records: ids unique per table, every reference inside the file, one answer per question. */
export function checkBackupLinks(backup: Backup): string | undefined {
  const { data } = backup;
  const record = (table: BackupTable, index: number) => recordName(table, index, data[table][index]);
  for (const table of BACKUP_TABLES) {
    const seen = new Map<string, number>();
    const rows = data[table] as { id: string }[];
    for (let i = 0; i < rows.length; i++) {
      const first = seen.get(rows[i]!.id);
      if (first !== undefined) return `${record(table, i)} has the same id as ${record(table, first).replace(/^The /, 'the ')}`;
      seen.set(rows[i]!.id, i);
    }
  }
  const programmes = new Set(data.programmes.map((p) => p.id));
  const rounds = new Map(data.rounds.map((r) => [r.id, r]));
  const participants = new Map(data.participants.map((p) => [p.id, p]));
  const promptsByRound = new Map(data.rounds.map((r) => [r.id, new Set(r.prompts.map((p) => p.id))]));

  if (backup.scope.kind === 'programme' && !programmes.has(backup.scope.programmeId)) {
    return 'The programme this backup is for is not in it';
  }
  for (const [i, r] of data.rounds.entries()) {
    if (!programmes.has(r.programmeId)) return `${record('rounds', i)} belongs to a programme that is not in the file`;
  }
  for (const [i, p] of data.participants.entries()) {
    const round = rounds.get(p.roundId);
    if (!round) return `${record('participants', i)} belongs to a round that is not in the file`;
    if (round.programmeId !== p.programmeId) return `${record('participants', i)} is in a different programme from its round`;
  }
  const answerKeys = new Map<string, number>();
  for (const [i, r] of data.responses.entries()) {
    const participant = participants.get(r.participantId);
    if (!rounds.has(r.roundId)) return `${record('responses', i)} belongs to a round that is not in the file`;
    if (!participant) return `${record('responses', i)} is from a person who is not in the file`;
    if (participant.roundId !== r.roundId) return `${record('responses', i)} is from a person in another round`;
    if (!promptsByRound.get(r.roundId)!.has(r.promptId)) return `${record('responses', i)} answers a question its round did not ask`;
    const key = `${r.roundId}\u0000${r.participantId}\u0000${r.promptId}`;
    const first = answerKeys.get(key);
    if (first !== undefined) return `${record('responses', i)} answers the same question for the same person as ${record('responses', first).replace(/^A/, 'a')}`;
    answerKeys.set(key, i);
  }
  const judgementKeys = new Map<string, number>();
  for (const [i, j] of data.judgements.entries()) {
    const participant = participants.get(j.participantId);
    if (!rounds.has(j.roundId)) return `${record('judgements', i)} belongs to a round that is not in the file`;
    if (!participant) return `${record('judgements', i)} is from a person who is not in the file`;
    if (participant.roundId !== j.roundId) return `${record('judgements', i)} is from a person in another round`;
    const key = `${j.roundId}\u0000${j.participantId}\u0000${j.pairKey}`;
    const first = judgementKeys.get(key);
    if (first !== undefined) return `${record('judgements', i)} judges the same pair for the same person as ${record('judgements', first).replace(/^V/, 'v')}`;
    judgementKeys.set(key, i);
  }
  for (const [i, a] of data.actions.entries()) {
    if (!programmes.has(a.programmeId)) return `${record('actions', i)} belongs to a programme that is not in the file`;
    if (!rounds.has(a.roundId)) return `${record('actions', i)} belongs to a round that is not in the file`;
  }
  for (const table of ['events', 'lessons'] as const) {
    for (const [i, e] of data[table].entries()) {
      if (!programmes.has(e.programmeId)) return `${record(table, i)} belongs to a programme that is not in the file`;
    }
  }
  return undefined;
}

function checkAnswersPacket(packet: AnswersPacket): string | undefined {
  const record = (table: 'answers' | 'judgements', index: number) => recordName(table === 'answers' ? 'responses' : table, index, undefined);
  if (packet.participant.roundId !== packet.roundId) return 'The participant in this file belongs to a different round';
  if (packet.participant.programmeId !== packet.programmeId) return 'The participant in this file belongs to a different programme';
  const prompts = new Map<string, number>();
  for (const [i, a] of packet.answers.entries()) {
    const first = prompts.get(a.promptId);
    if (first !== undefined) return `${record('answers', i)} answers the same question as answer ${first + 1}`;
    prompts.set(a.promptId, i);
  }
  const pairs = new Map<string, number>();
  for (const [i, j] of packet.judgements.entries()) {
    const first = pairs.get(j.pairKey);
    if (first !== undefined) return `${record('judgements', i)} judges the same pair as view ${first + 1}`;
    pairs.set(j.pairKey, i);
  }
  return undefined;
}
