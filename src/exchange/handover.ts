/**
 * Hand-over without a network: a participant's answers for one round go to the facilitator's
 * device, and a round's invitation goes the other way, by file or by QR codes. Merging follows
 * the same newer-wins rule as backups, keyed by (round, participant, question), so importing the
 * same answers twice changes nothing.
 */
import { sheetOf } from '../db/answers';
import { db, nowIso } from '../db/database';
import { markChanged, notifySaved } from '../db/settings';
import type { Programme } from '../db/types';
import { appVersion, ANSWERS_FORMAT, FORMAT_VERSION, INVITATION_FORMAT, type AnswersPacket, type InvitationPacket } from './format';
import { storageFailure } from './import';
import { emptyCounts, mergeAnswersPacket, mergeInvitation, type MergeCounts } from './mergeIncoming';
import { ImportError } from './parse';
import { slug, stamp } from './export';

/** One participant's answers and judgements in a round, as a small packet. Only answered prompts travel. */
export async function buildAnswersPacket(roundId: string, participantId: string): Promise<AnswersPacket> {
  const [round, participant, sheet] = await Promise.all([db.rounds.get(roundId), db.participants.get(participantId), sheetOf(roundId, participantId)]);
  const responses = sheet?.responses ?? [];
  const judgements = sheet?.judgements ?? [];
  if (!round) throw new ImportError('conflict', 'This round no longer exists');
  if (!participant || participant.roundId !== roundId) throw new ImportError('conflict', 'This person is not in this round');
  const order = new Map(round.prompts.map((p, i) => [p.id, i]));
  return {
    format: ANSWERS_FORMAT,
    formatVersion: FORMAT_VERSION,
    appVersion: appVersion(),
    exportedAt: nowIso(),
    programmeId: round.programmeId,
    roundId,
    roundTitle: round.title,
    participant,
    answers: responses
      .filter((r) => (r.value !== null || r.note.trim() !== '') && order.has(r.promptId))
      .sort((a, b) => order.get(a.promptId)! - order.get(b.promptId)!)
      .map((r) => ({ promptId: r.promptId, value: r.value, note: r.note, updatedAt: r.updatedAt })),
    judgements: judgements
      .filter((j) => j.value !== null || j.note.trim() !== '')
      .map((j) => ({ pairKey: j.pairKey, value: j.value, note: j.note, updatedAt: j.updatedAt })),
  };
}

/** What another device needs to answer a round: the programme's words and the round's frozen prompts. */
export async function buildInvitation(roundId: string): Promise<InvitationPacket> {
  const round = await db.rounds.get(roundId);
  if (!round) throw new ImportError('conflict', 'This round no longer exists');
  const programme = await db.programmes.get(round.programmeId);
  if (!programme) throw new ImportError('conflict', 'This programme no longer exists');
  // The round carries its own prompts; the programme's current prompt set is left at home to keep the codes few.
  const programmeWithoutPrompts: Omit<Programme, 'prompts'> = { ...programme };
  delete (programmeWithoutPrompts as Partial<Programme>).prompts;
  return {
    format: INVITATION_FORMAT,
    formatVersion: FORMAT_VERSION,
    appVersion: appVersion(),
    exportedAt: nowIso(),
    programme: programmeWithoutPrompts,
    round,
  };
}

export function answersFileName(packet: AnswersPacket): string {
  return `change-model-answers-${slug(packet.roundTitle)}-${slug(packet.participant.label)}-${stamp(new Date(packet.exportedAt))}.json`;
}

export function invitationFileName(packet: InvitationPacket): string {
  return `change-model-invitation-${slug(packet.programme.name)}-${slug(packet.round.title)}.json`;
}

export interface AnswersImportResult extends MergeCounts {
  programmeId: string;
  roundId: string;
  roundTitle: string;
  participantLabel: string;
}

/** Merge one participant's answers into the round on this device, as that participant (see mergeIncoming). All or nothing. */
export async function importAnswersPacket(packet: AnswersPacket): Promise<AnswersImportResult> {
  let counts = emptyCounts();
  let roundTitle = packet.roundTitle;
  try {
    await db.transaction('rw', [db.rounds, db.participants, db.sheets, db.settings], async () => {
      const merged = await mergeAnswersPacket(packet);
      counts = merged.counts;
      roundTitle = merged.round.title;
      if (counts.added + counts.updated > 0) await markChanged();
    });
  } catch (error) {
    throw storageFailure(error);
  }
  if (counts.added + counts.updated > 0) notifySaved();
  return { ...counts, programmeId: packet.programmeId, roundId: packet.roundId, roundTitle, participantLabel: packet.participant.label };
}

export interface InvitationImportResult extends MergeCounts {
  programmeId: string;
  roundId: string;
  programmeName: string;
  roundTitle: string;
}

/** Add the programme and round of an invitation to this device; never changes what is already here (see mergeIncoming). */
export async function importInvitation(packet: InvitationPacket): Promise<InvitationImportResult> {
  let counts = emptyCounts();
  try {
    await db.transaction('rw', [db.programmes, db.rounds, db.settings], async () => {
      counts = await mergeInvitation(packet);
      if (counts.added > 0) await markChanged();
      // This device answers the round; its hand-over page shows what a participant needs.
      const invited = ((await db.settings.get('invitedRounds'))?.value as string[] | undefined) ?? [];
      if (!invited.includes(packet.round.id)) await db.settings.put({ key: 'invitedRounds', value: [...invited, packet.round.id].slice(-200) });
    });
  } catch (error) {
    throw storageFailure(error);
  }
  if (counts.added > 0) notifySaved();
  return {
    ...counts,
    programmeId: packet.programme.id,
    roundId: packet.round.id,
    programmeName: packet.programme.name,
    roundTitle: packet.round.title,
  };
}
