import { db, newId, nowIso } from './database';
import { newestOpenRound, personalProgrammeOf } from './personal';
import { rememberParticipant, rememberPlace } from './place';
import { defaultTrackedPairs, programmePrompts } from './programmes';
import { getSetting, markChanged, notifySaved } from './settings';
import type { Participant, Programme, Round } from './types';
import { todayIso } from './validate';

/** The one personal programme that holds a person's quick checks on this device. */
export const PERSONAL_PROGRAMME_NAME = 'My quick checks';
export const SOLO_PARTICIPANT_LABEL = 'Me';
/** The same person across quick checks, so later rounds can be compared and carried forward. */
export const SOLO_PERSON_KEY = 'solo';

export interface QuickCheckPlace {
  programmeId: string;
  roundId: string;
  participantId: string;
  /** True when an unfinished quick check was continued rather than a new one started. */
  continued: boolean;
}

/**
 * "Quick check 3: 28 November 2026, 14:05": numbered, with the date and the local time, so two
 * checks on one day are told apart (issue 14). Without a number or time (older callers), the date only.
 */
export function quickCheckTitle(isoDate: string, at?: Date, number?: number): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  const words = date.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  const time = at ? `, ${at.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit', hour12: false })}` : '';
  return number ? `Quick check ${number}: ${words}${time}` : `Quick check ${words}${time}`;
}

async function findPersonalProgramme(): Promise<Programme | undefined> {
  const id = await getSetting<string>('personalProgrammeId');
  const [remembered, personal] = await Promise.all([id ? db.programmes.get(id) : undefined, db.programmes.where('kind').equals('personal').toArray()]);
  return personalProgrammeOf(remembered ? [remembered, ...personal] : personal, id);
}

/** The newest open quick-check round (of the personal programme), with its participant. */
export async function findUnfinishedQuickCheck(): Promise<{ programme: Programme; round: Round; participant?: Participant } | undefined> {
  const programme = await findPersonalProgramme();
  if (!programme) return undefined;
  const round = newestOpenRound(await db.rounds.where('programmeId').equals(programme.id).toArray());
  if (!round) return undefined;
  const participants = await db.participants.where('roundId').equals(round.id).toArray();
  return { programme, round, participant: participants[0] };
}

/**
 * One action from home: find (or create) the personal programme, then either continue the
 * newest unfinished quick check (`mode: 'continue'`, the default when one exists) or start a
 * new round with a single participant, "Me". All in one transaction: nothing half-made.
 */
export async function startQuickCheck(mode: 'continue' | 'new' = 'continue'): Promise<QuickCheckPlace> {
  let place: QuickCheckPlace | undefined;
  await db.transaction('rw', [db.programmes, db.rounds, db.participants, db.settings], async () => {
    const now = nowIso();
    let programme = await findPersonalProgramme();
    if (!programme) {
      programme = {
        id: newId(),
        createdAt: now,
        updatedAt: now,
        name: PERSONAL_PROGRAMME_NAME,
        aim: 'My own checks, on my own, of whether I have thought about all eight components.',
        organisations: '',
        vocabulary: '2013',
        kind: 'personal',
        componentLabels: {},
        trackedPairs: defaultTrackedPairs(),
      };
      await db.programmes.add(programme);
    }
    await db.settings.put({ key: 'personalProgrammeId', value: programme.id });

    if (mode === 'continue') {
      const unfinished = await findUnfinishedQuickCheck();
      if (unfinished) {
        const participant = unfinished.participant ?? (await addSolo(unfinished.round, now));
        place = { programmeId: programme.id, roundId: unfinished.round.id, participantId: participant.id, continued: true };
        return;
      }
    }

    const existing = await db.rounds.where('programmeId').equals(programme.id).count();
    const date = todayIso();
    const round: Round = {
      id: newId(),
      createdAt: now,
      updatedAt: now,
      programmeId: programme.id,
      title: quickCheckTitle(date, new Date(now), existing + 1),
      date,
      stage: '',
      notes: '',
      isBaseline: existing === 0,
      status: 'open',
      components: [...new Set(programmePrompts(programme).map((p) => p.componentId))],
      prompts: programmePrompts(programme),
    };
    await db.rounds.add(round);
    const participant = await addSolo(round, now);
    await markChanged();
    place = { programmeId: programme.id, roundId: round.id, participantId: participant.id, continued: false };
  });
  notifySaved();
  const result = place!;
  await rememberParticipant(result.roundId, result.participantId);
  await rememberPlace({ programmeId: result.programmeId, roundId: result.roundId, participantId: result.participantId });
  return result;
}

async function addSolo(round: Round, now: string): Promise<Participant> {
  const name = (await getSetting<string>('soloParticipantName'))?.trim() || SOLO_PARTICIPANT_LABEL;
  const participant: Participant = {
    id: newId(),
    createdAt: now,
    updatedAt: now,
    roundId: round.id,
    programmeId: round.programmeId,
    label: name,
    role: 'other',
    anonymous: false,
    personKey: SOLO_PERSON_KEY,
  };
  await db.participants.add(participant);
  return participant;
}
