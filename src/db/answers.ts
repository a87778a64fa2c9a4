/**
 * Reading and writing answers and pair judgements, which are stored in sheets: one record per
 * person per round (see AnswerSheet in types.ts). Callers work with plain Response and Judgement
 * records; only this module knows how they are grouped. Writers must run inside a transaction
 * that includes db.sheets.
 */
import { db } from './database';
import type { AnswerSheet, Judgement, Response } from './types';

export interface RoundAnswers {
  responses: Response[];
  judgements: Judgement[];
}

function flatten(sheets: readonly AnswerSheet[]): RoundAnswers {
  return { responses: sheets.flatMap((s) => s.responses), judgements: sheets.flatMap((s) => s.judgements) };
}

/** Every answer and judgement in these rounds. */
export async function answersOfRounds(roundIds: readonly string[]): Promise<RoundAnswers> {
  // One getAll per round through the roundId index: much faster than one cursor over anyOf().
  const perRound = await Promise.all(roundIds.map((id) => db.sheets.where('roundId').equals(id).toArray()));
  return flatten(perRound.flat());
}

/** Every answer and judgement in one round. */
export async function answersOfRound(roundId: string): Promise<RoundAnswers> {
  return flatten(await db.sheets.where('roundId').equals(roundId).toArray());
}

/** Every answer and judgement on this device (for a whole backup). */
export async function allAnswers(): Promise<RoundAnswers> {
  return flatten(await db.sheets.toArray());
}

export async function responsesOfRound(roundId: string): Promise<Response[]> {
  return (await answersOfRound(roundId)).responses;
}

export async function sheetOf(roundId: string, participantId: string): Promise<AnswerSheet | undefined> {
  return db.sheets.get([roundId, participantId]);
}

/** One person's answers in a round. */
export async function responsesOf(roundId: string, participantId: string): Promise<Response[]> {
  return (await sheetOf(roundId, participantId))?.responses ?? [];
}

/** One person's pair judgements in a round. */
export async function judgementsOf(roundId: string, participantId: string): Promise<Judgement[]> {
  return (await sheetOf(roundId, participantId))?.judgements ?? [];
}

/** How many answers these rounds hold. */
export async function countResponses(roundIds: readonly string[]): Promise<number> {
  return (await answersOfRounds(roundIds)).responses.length;
}

/** One key per (round, person): the sheet an answer or judgement belongs to. */
export const sheetKey = (r: { roundId: string; participantId: string }) => `${r.roundId}\u0000${r.participantId}`;

/**
 * The sheets that these answers or judgements belong to, read in one request, as copies ready to
 * change (a new, empty sheet for a person who has none yet), keyed by sheetKey.
 */
export async function sheetsFor(items: readonly { roundId: string; participantId: string }[]): Promise<Map<string, AnswerSheet>> {
  const wanted = new Map<string, [string, string]>();
  for (const r of items) wanted.set(sheetKey(r), [r.roundId, r.participantId]);
  const keys = [...wanted.values()];
  const found = await db.sheets.bulkGet(keys);
  const sheets = new Map<string, AnswerSheet>();
  keys.forEach(([roundId, participantId], i) => {
    const sheet = found[i];
    sheets.set(
      sheetKey({ roundId, participantId }),
      sheet ? { ...sheet, responses: [...sheet.responses], judgements: [...sheet.judgements] } : { roundId, participantId, responses: [], judgements: [] },
    );
  });
  return sheets;
}

/**
 * Read one person's sheet in a round (or start one), let `change` edit that copy, and write it
 * back: one read and one write. Nothing is written when `change` returns false.
 */
export async function changeSheet(roundId: string, participantId: string, change: (sheet: AnswerSheet) => boolean | void): Promise<void> {
  const sheet = (await sheetsFor([{ roundId, participantId }])).get(sheetKey({ roundId, participantId }))!;
  if (change(sheet) === false) return;
  await db.sheets.put(sheet);
}

/**
 * Store answers and judgements, each replacing the one for the same person, round and question
 * (or pair). Sheets are read once and written once, whatever the number of items.
 */
export async function putAnswers(items: { responses?: readonly Response[]; judgements?: readonly Judgement[] }): Promise<void> {
  const responses = items.responses ?? [];
  const judgements = items.judgements ?? [];
  if (responses.length + judgements.length === 0) return;
  const sheets = await sheetsFor([...responses, ...judgements]);
  for (const r of responses) replaceItem(sheets.get(sheetKey(r))!.responses, r, 'promptId');
  for (const j of judgements) replaceItem(sheets.get(sheetKey(j))!.judgements, j, 'pairKey');
  await db.sheets.bulkPut([...sheets.values()]);
}

function replaceItem<T, K extends keyof T>(items: T[], item: T, key: K): void {
  const at = items.findIndex((i) => i[key] === item[key]);
  if (at === -1) items.push(item);
  else items[at] = item;
}

/** Remove every answer and judgement of these rounds. */
export async function deleteAnswersOfRounds(roundIds: readonly string[]): Promise<void> {
  if (roundIds.length > 0) await db.sheets.where('roundId').anyOf([...roundIds]).delete();
}

/** Remove one person's answers and judgements in a round. */
export async function deleteAnswersOf(roundId: string, participantId: string): Promise<void> {
  await db.sheets.delete([roundId, participantId]);
}
