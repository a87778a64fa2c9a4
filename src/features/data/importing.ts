/** What a checked file holds, in words, and taking it in: shared by the data page and the hand-over page. */
import type { AnswersPacket, Backup, DataFile, InvitationPacket } from '../../exchange/format';
import { ANSWERS_FORMAT, BACKUP_FORMAT } from '../../exchange/format';
import { importAnswersPacket, importInvitation } from '../../exchange/handover';
import { describeCounts, importBackup } from '../../exchange/import';
import { planInvitation, planRestore, refuseAnswers } from '../../exchange/mergeIncoming';
import { ImportError } from '../../exchange/parse';
import { describeStorageError } from '../../db/errors';

export interface FileDescription {
  kind: 'backup' | 'answers' | 'invitation';
  title: string;
  details: string[];
  action: string;
}

const dateTime = (iso: string) =>
  new Date(iso).toLocaleString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' });

function count(n: number, one: string, many: string): string {
  return `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;
}

export function describeFile(file: DataFile): FileDescription {
  if (file.format === BACKUP_FORMAT) {
    const b = file as Backup;
    const d = b.data;
    return {
      kind: 'backup',
      title: b.scope.kind === 'all' ? 'A backup of everything' : `A backup of the programme “${b.scope.programmeName}”`,
      details: [
        `Made on ${dateTime(b.exportedAt)} by version ${b.appVersion} of this app.`,
        `It holds ${count(d.programmes.length, 'programme', 'programmes')}, ${count(d.rounds.length, 'round', 'rounds')}, ${count(
          d.participants.length,
          'person',
          'people',
        )} taking part, ${count(d.responses.length, 'answer', 'answers')}, ${count(d.actions.length, 'action', 'actions')}, ${count(
          d.events.length,
          'event',
          'events',
        )} and ${count(d.lessons.length, 'lesson', 'lessons')}.`,
        'Nothing on this device is deleted. A record that is already here is replaced only if the copy in the file is newer.',
      ],
      action: 'Restore this backup',
    };
  }
  if (file.format === ANSWERS_FORMAT) {
    const a = file as AnswersPacket;
    return {
      kind: 'answers',
      title: `Answers from ${a.participant.label} for the round “${a.roundTitle}”`,
      details: [
        `Saved on ${dateTime(a.exportedAt)}: ${count(a.answers.length, 'answer', 'answers')} and ${count(a.judgements.length, 'view', 'views')} of how pairs of components work together.`,
        'They join the round as this person. Taking in the same answers twice changes nothing; a newer answer replaces an older one.',
      ],
      action: 'Take in these answers',
    };
  }
  const i = file as InvitationPacket;
  return {
    kind: 'invitation',
    title: `An invitation to the round “${i.round.title}” of “${i.programme.name}”`,
    details: [
      `The round is dated ${new Date(`${i.round.date}T12:00:00`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' })} and asks ${count(
        i.round.prompts.length,
        'question',
        'questions',
      )}.`,
      'Taking it in lets you answer the round on this device, then hand your answers back to the person running it.',
    ],
    action: 'Add this round to this device',
  };
}

/** What taking the file in would do on this device, said before anything is written. */
export interface ImportPlanView {
  /** Set when the file cannot be taken in at all; the action is then not offered. */
  refusal?: string;
  /** Things to know first, one sentence each. */
  notes: string[];
}

const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const MAX_NOTES = 12;

/** Read-only: what the one merge would do with this file here (see exchange/mergeIncoming.ts). */
export async function planFor(file: DataFile): Promise<ImportPlanView> {
  if (file.format === BACKUP_FORMAT) {
    const { newIds, deletedHere } = await planRestore((file as Backup).data);
    const notes = newIds.slice(0, MAX_NOTES).map((n) => `${capital(n.what)} is taken in as a new record: ${n.why}.`);
    if (newIds.length > MAX_NOTES) notes.push(`${count(newIds.length - MAX_NOTES, 'more record is', 'more records are')} taken in as new records for the same reason.`);
    if (deletedHere > 0) notes.push(`${count(deletedHere, 'record was', 'records were')} deleted on this device after this backup was made, so ${deletedHere === 1 ? 'it is' : 'they are'} not brought back.`);
    return { notes };
  }
  if (file.format === ANSWERS_FORMAT) {
    const refusal = await refuseAnswers(file as AnswersPacket);
    return refusal ? { refusal, notes: [] } : { notes: [] };
  }
  const invitation = file as InvitationPacket;
  const plan = await planInvitation(invitation);
  if (plan.refusal) return { refusal: plan.refusal, notes: [] };
  const notes: string[] = [];
  if (plan.localProgramme) {
    notes.push(
      `The programme “${plan.localProgramme.name}” is already on this device. It is kept exactly as it is here: an invitation never changes a programme's settings, rounds or statements.`,
    );
    notes.push(plan.addsRound ? `The round “${invitation.round.title}” is added to it.` : 'The round is already on this device too, so nothing changes.');
  }
  return { notes };
}

export interface ImportOutcome {
  message: string;
  link?: { to: string; text: string };
}

/** Take in a checked file; throws an Error whose message says what happened (nothing written). */
export async function takeIn(file: DataFile): Promise<ImportOutcome> {
  try {
    if (file.format === BACKUP_FORMAT) {
      const summary = await importBackup(file as Backup);
      const b = file as Backup;
      const link = b.scope.kind === 'programme' ? { to: `/programmes/${b.scope.programmeId}`, text: `Go to “${b.scope.programmeName}”` } : { to: '/', text: 'Go to your programmes' };
      const renamed = summary.newIds.length ? ` ${count(summary.newIds.length, 'record was', 'records were')} taken in as new, because ${summary.newIds.length === 1 ? 'its id belongs' : 'their ids belong'} here to another programme or round.` : '';
      return { message: `Backup restored. ${describeCounts(summary)}${renamed}`, link };
    }
    if (file.format === ANSWERS_FORMAT) {
      const r = await importAnswersPacket(file as AnswersPacket);
      return {
        message: `${r.participantLabel}’s answers are in the round “${r.roundTitle}”. ${describeCounts(r)}`,
        link: { to: `/programmes/${r.programmeId}/rounds/${r.roundId}`, text: `Go to “${r.roundTitle}”` },
      };
    }
    const r = await importInvitation(file as InvitationPacket);
    return {
      message: `The round “${r.roundTitle}” of “${r.programmeName}” is on this device${r.added + r.updated === 0 ? ' already, and up to date' : ''}.`,
      link: { to: `/programmes/${r.programmeId}/rounds/${r.roundId}`, text: 'Answer the round' },
    };
  } catch (error) {
    if (error instanceof ImportError) throw error;
    throw new Error(describeStorageError(error), { cause: error });
  }
}
