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
  INVITATION_FORMAT,
  MAX_IMPORT_BYTES,
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

/** Human words for where a problem is: "Record 12 in rounds: date", "The file's exportedAt". */
function describePath(path: readonly PropertyKey[]): { where: string; field: string } {
  const parts = [...path];
  if (parts[0] === 'data') parts.shift();
  if (parts.length === 0) return { where: 'The file', field: '' };
  const [table, index, ...rest] = parts;
  if (typeof index === 'number') {
    const field = rest.map((p) => (typeof p === 'number' ? `item ${p + 1}` : String(p))).join(' ');
    return { where: `Record ${index + 1} in ${String(table)}`, field };
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
  const { where, field } = describePath(issue.path);
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

/** Check an already-parsed value (e.g. from QR codes). Never throws. */
export function parseDataObject(json: unknown): ParseResult {
  if (json === null || typeof json !== 'object' || Array.isArray(json)) return { ok: false, problem: problems.notOurs() };
  const { format, formatVersion } = json as { format?: unknown; formatVersion?: unknown };
  if (typeof format !== 'string' || !FORMATS.has(format)) return { ok: false, problem: problems.notOurs() };
  if (typeof formatVersion === 'number' && Number.isInteger(formatVersion) && formatVersion > FORMAT_VERSION) {
    return { ok: false, problem: problems.newer(formatVersion) };
  }
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

function readText(file: Blob): Promise<string> {
  if (typeof file.text === 'function') return file.text();
  // Older engines (and jsdom) only have FileReader.
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsText(file);
  });
}

/** Read a File (or Blob) from an <input type="file"> or a drop, refusing huge files unread. */
export async function readDataFile(file: Blob): Promise<ParseResult> {
  if (file.size > MAX_IMPORT_BYTES) return { ok: false, problem: problems.tooBig(file.size) };
  let text: string;
  try {
    text = await readText(file);
  } catch {
    return { ok: false, problem: problems.notJson() };
  }
  return parseDataFile(text);
}

function record(table: string, index: number): string {
  return `Record ${index + 1} in ${table}`;
}

/** Links between records: ids unique per table, every reference inside the file, one answer per question. */
export function checkBackupLinks(backup: Backup): string | undefined {
  const { data } = backup;
  for (const table of BACKUP_TABLES) {
    const seen = new Map<string, number>();
    const rows = data[table] as { id: string }[];
    for (let i = 0; i < rows.length; i++) {
      const first = seen.get(rows[i]!.id);
      if (first !== undefined) return `${record(table, i)} has the same id as record ${first + 1}`;
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
    if (!programmes.has(r.programmeId)) return `${record('rounds', i)}: programmeId does not match any programme in this file`;
  }
  for (const [i, p] of data.participants.entries()) {
    const round = rounds.get(p.roundId);
    if (!round) return `${record('participants', i)}: roundId does not match any round in this file`;
    if (round.programmeId !== p.programmeId) return `${record('participants', i)}: programmeId is not the programme of its round`;
  }
  const answerKeys = new Map<string, number>();
  for (const [i, r] of data.responses.entries()) {
    const participant = participants.get(r.participantId);
    if (!rounds.has(r.roundId)) return `${record('responses', i)}: roundId does not match any round in this file`;
    if (!participant) return `${record('responses', i)}: participantId does not match any participant in this file`;
    if (participant.roundId !== r.roundId) return `${record('responses', i)}: the participant is not in this round`;
    if (!promptsByRound.get(r.roundId)!.has(r.promptId)) return `${record('responses', i)}: promptId is not a question in its round`;
    const key = `${r.roundId}\u0000${r.participantId}\u0000${r.promptId}`;
    const first = answerKeys.get(key);
    if (first !== undefined) return `${record('responses', i)} answers the same question for the same person as record ${first + 1}`;
    answerKeys.set(key, i);
  }
  const judgementKeys = new Map<string, number>();
  for (const [i, j] of data.judgements.entries()) {
    const participant = participants.get(j.participantId);
    if (!rounds.has(j.roundId)) return `${record('judgements', i)}: roundId does not match any round in this file`;
    if (!participant) return `${record('judgements', i)}: participantId does not match any participant in this file`;
    if (participant.roundId !== j.roundId) return `${record('judgements', i)}: the participant is not in this round`;
    const key = `${j.roundId}\u0000${j.participantId}\u0000${j.pairKey}`;
    const first = judgementKeys.get(key);
    if (first !== undefined) return `${record('judgements', i)} judges the same pair for the same person as record ${first + 1}`;
    judgementKeys.set(key, i);
  }
  for (const [i, a] of data.actions.entries()) {
    if (!programmes.has(a.programmeId)) return `${record('actions', i)}: programmeId does not match any programme in this file`;
    if (!rounds.has(a.roundId)) return `${record('actions', i)}: roundId does not match any round in this file`;
  }
  for (const table of ['events', 'lessons'] as const) {
    for (const [i, e] of data[table].entries()) {
      if (!programmes.has(e.programmeId)) return `${record(table, i)}: programmeId does not match any programme in this file`;
    }
  }
  return undefined;
}

function checkAnswersPacket(packet: AnswersPacket): string | undefined {
  if (packet.participant.roundId !== packet.roundId) return 'The participant in this file belongs to a different round';
  if (packet.participant.programmeId !== packet.programmeId) return 'The participant in this file belongs to a different programme';
  const prompts = new Map<string, number>();
  for (const [i, a] of packet.answers.entries()) {
    const first = prompts.get(a.promptId);
    if (first !== undefined) return `${record('answers', i)} answers the same question as record ${first + 1}`;
    prompts.set(a.promptId, i);
  }
  const pairs = new Map<string, number>();
  for (const [i, j] of packet.judgements.entries()) {
    const first = pairs.get(j.pairKey);
    if (first !== undefined) return `${record('judgements', i)} judges the same pair as record ${first + 1}`;
    pairs.set(j.pairKey, i);
  }
  return undefined;
}
