import { COMPONENT_IDS, type ComponentId } from '../model/types';
import { answersOfRound, deleteAnswersOf, deleteAnswersOfRounds, putAnswers, responsesOfRound } from './answers';
import { db, newId, nowIso } from './database';
import { bury } from './tombstones';
import { ValidationError } from './errors';
import { programmePrompts } from './programmes';
import { PULSE_PAIRS, PULSE_PROMPTS } from '../model/pulse';
import { markChanged, notifySaved } from './settings';
import type { Participant, Response, Role, Round } from './types';
import { LIMITS, optionalText, requiredDate, requiredText } from './validate';

export interface RoundInput {
  title: string;
  date: string;
  stage?: string;
  notes?: string;
  /** Components to cover; shared purpose is always included. Defaults to all eight. */
  components?: ComponentId[];
  /** Pre-fill each participant's previous answers, marked as carried forward. */
  fromPrevious?: boolean;
  /** "pulse": one statement per component and three pairs (model/pulse); default the programme's full set. */
  promptSet?: 'full' | 'pulse';
}

/** Rounds of a programme, newest first (by date, then by when they were started). */
export async function roundsNewestFirst(programmeId: string): Promise<Round[]> {
  const rounds = await db.rounds.where('programmeId').equals(programmeId).toArray();
  return rounds.sort((x, y) => (y.date === x.date ? y.createdAt.localeCompare(x.createdAt) : y.date.localeCompare(x.date)));
}

function normaliseComponents(components: ComponentId[] | undefined): ComponentId[] {
  if (!components || components.length === 0) return [...COMPONENT_IDS];
  const chosen = new Set<ComponentId>(components);
  chosen.add('shared-purpose');
  return COMPONENT_IDS.filter((id) => chosen.has(id));
}

export function checkRound(input: RoundInput) {
  return {
    title: requiredText('title', 'a title for the round', input.title, LIMITS.name),
    date: requiredDate('date', 'the date of the round', input.date),
    stage: optionalText('stage', 'the stage', input.stage, LIMITS.shortText),
    notes: optionalText('notes', 'the notes', input.notes, LIMITS.longText),
  };
}

export async function startRound(programmeId: string, input: RoundInput): Promise<Round> {
  const checked = checkRound(input);
  const components = normaliseComponents(input.components);
  let created: Round | undefined;
  await db.transaction('rw', [db.programmes, db.rounds, db.participants, db.sheets, db.settings], async () => {
    const programme = await db.programmes.get(programmeId);
    if (!programme) throw new ValidationError('programme', 'This programme no longer exists');
    const existing = await roundsNewestFirst(programmeId);
    const previous = existing[0];
    const now = nowIso();
    const round: Round = {
      id: newId(),
      createdAt: now,
      updatedAt: now,
      programmeId,
      ...checked,
      isBaseline: existing.length === 0,
      status: 'open',
      components,
      prompts: (input.promptSet === 'pulse' ? [...PULSE_PROMPTS] : programmePrompts(programme)).filter((p) => components.includes(p.componentId)),
      ...(input.promptSet === 'pulse' ? { promptSet: 'pulse' as const, pairs: [...PULSE_PAIRS] } : {}),
      ...(input.fromPrevious && previous ? { previousRoundId: previous.id } : {}),
    };
    await db.rounds.add(round);
    if (input.fromPrevious && previous) await carryForward(previous, round, now);
    await markChanged();
    created = round;
  });
  notifySaved();
  return created!;
}

/** Copy the previous round's participants and answers into a new round, marked as carried forward. */
async function carryForward(previous: Round, round: Round, now: string): Promise<void> {
  const promptIds = new Set(round.prompts.map((p) => p.id));
  const oldParticipants = await db.participants.where('roundId').equals(previous.id).toArray();
  const idMap = new Map<string, string>();
  const participants: Participant[] = oldParticipants.map((p) => {
    const id = newId();
    idMap.set(p.id, id);
    return { ...p, id, roundId: round.id, createdAt: now, updatedAt: now };
  });
  const oldResponses = await responsesOfRound(previous.id);
  const responses: Response[] = oldResponses
    .filter((r) => promptIds.has(r.promptId) && idMap.has(r.participantId) && (r.value !== null || r.note))
    .map((r) => ({
      ...r,
      id: newId(),
      roundId: round.id,
      participantId: idMap.get(r.participantId)!,
      carriedForward: true,
      createdAt: now,
      updatedAt: now,
    }));
  await db.participants.bulkAdd(participants);
  await putAnswers({ responses });
}

export async function updateRound(roundId: string, input: Omit<RoundInput, 'fromPrevious'>): Promise<void> {
  const checked = checkRound(input);
  await db.transaction('rw', db.rounds, db.settings, async () => {
    // Saying so beats a silent no-op when another tab deleted the round meanwhile.
    const count = await db.rounds.update(roundId, { ...checked, updatedAt: nowIso() });
    if (count === 0 && !(await db.rounds.get(roundId))) throw new ValidationError('round', 'This round no longer exists');
    await markChanged();
  });
  notifySaved();
}

export interface ParticipantInput {
  label: string;
  role: Role;
  anonymous?: boolean;
  personKey?: string;
}

export async function addParticipant(roundId: string, input: ParticipantInput): Promise<Participant> {
  const label = requiredText('label', 'a name or label', input.label, LIMITS.name);
  let created: Participant | undefined;
  await db.transaction('rw', db.rounds, db.participants, db.settings, async () => {
    const round = await db.rounds.get(roundId);
    if (!round) throw new ValidationError('round', 'This round no longer exists');
    if (round.status === 'closed') throw new ValidationError('round', 'This round is closed. Reopen it to add people.');
    const now = nowIso();
    created = {
      id: newId(),
      createdAt: now,
      updatedAt: now,
      roundId,
      programmeId: round.programmeId,
      label,
      role: input.role,
      anonymous: input.anonymous ?? false,
      personKey: input.personKey ?? newId(),
    };
    await db.participants.add(created);
    await markChanged();
  });
  notifySaved();
  return created!;
}

export async function setRoundStatus(roundId: string, status: Round['status']): Promise<void> {
  await db.transaction('rw', [db.rounds, db.participants, db.sheets, db.settings], async () => {
    const now = nowIso();
    if (status === 'closed') {
      // Who took part: anyone who gave an answer or a judgement of their own in this round
      // (answers carried forward from the previous round and never confirmed do not count).
      const [{ responses, judgements }, participants] = await Promise.all([
        answersOfRound(roundId),
        db.participants.where('roundId').equals(roundId).primaryKeys(),
      ]);
      const listed = new Set(participants);
      const answered = new Set(
        [
          ...responses.filter((r) => r.value !== null && !r.carriedForward).map((r) => r.participantId),
          ...judgements.filter((j) => j.value !== null).map((j) => j.participantId),
        ].filter((id) => listed.has(id)),
      );
      await db.rounds.update(roundId, { status, closedAt: now, participantCount: answered.size, updatedAt: now });
    } else {
      await db.rounds.update(roundId, { status, updatedAt: now });
    }
    await markChanged();
  });
  notifySaved();
}

export async function deleteRound(roundId: string): Promise<void> {
  await db.transaction('rw', [db.rounds, db.participants, db.sheets, db.settings, db.tombstones], async () => {
    const round = await db.rounds.get(roundId);
    if (round) {
      const people = await db.participants.where('roundId').equals(roundId).toArray();
      await bury([
        { table: 'rounds', id: roundId, programmeId: round.programmeId },
        ...people.map((p) => ({ table: 'participants' as const, id: p.id, programmeId: p.programmeId, roundId })),
      ]);
    }
    await deleteAnswersOfRounds([roundId]);
    await db.participants.where('roundId').equals(roundId).delete();
    await db.rounds.delete(roundId);
    await markChanged();
  });
  notifySaved();
}

async function openRoundOf(roundId: string): Promise<Round> {
  const round = await db.rounds.get(roundId);
  if (!round) throw new ValidationError('round', 'This round no longer exists');
  if (round.status === 'closed') throw new ValidationError('round', 'This round is closed. Reopen it to change who took part.');
  return round;
}

export async function updateParticipant(participantId: string, input: Omit<ParticipantInput, 'personKey'>): Promise<void> {
  const label = requiredText('label', 'a name or label', input.label, LIMITS.name);
  await db.transaction('rw', db.rounds, db.participants, db.settings, async () => {
    const participant = await db.participants.get(participantId);
    if (!participant) throw new ValidationError('participant', 'This person is no longer in the round');
    await openRoundOf(participant.roundId);
    await db.participants.update(participantId, {
      label,
      role: input.role,
      anonymous: input.anonymous ?? participant.anonymous,
      updatedAt: nowIso(),
    });
    await markChanged();
  });
  notifySaved();
}

/** Remove a person from a round with their answers and judgements, all or nothing. */
export async function removeParticipant(participantId: string): Promise<void> {
  await db.transaction('rw', [db.rounds, db.participants, db.sheets, db.settings, db.tombstones], async () => {
    const participant = await db.participants.get(participantId);
    if (!participant) return;
    await openRoundOf(participant.roundId);
    await bury([{ table: 'participants', id: participantId, programmeId: participant.programmeId, roundId: participant.roundId }]);
    await deleteAnswersOf(participant.roundId, participantId);
    await db.participants.delete(participantId);
    await markChanged();
  });
  notifySaved();
}

/**
 * Change which components an open round covers (shared purpose always stays). Prompts already
 * frozen in the round keep their wording; newly added components take the programme's prompts.
 * Answers to components taken out are kept, so putting a component back restores them.
 */
export async function setRoundComponents(roundId: string, components: ComponentId[]): Promise<void> {
  const chosen = normaliseComponents(components);
  await db.transaction('rw', [db.programmes, db.rounds, db.settings], async () => {
    const round = await openRoundOf(roundId);
    const programme = await db.programmes.get(round.programmeId);
    if (!programme) throw new ValidationError('programme', 'This programme no longer exists');
    const frozen = new Set(round.prompts.map((p) => p.componentId));
    const prompts = [
      ...round.prompts.filter((p) => chosen.includes(p.componentId)),
      ...(round.promptSet === 'pulse' ? PULSE_PROMPTS : programmePrompts(programme)).filter(
        (p) => chosen.includes(p.componentId) && !frozen.has(p.componentId),
      ),
    ];
    const order = new Map(COMPONENT_IDS.map((id, i) => [id, i]));
    prompts.sort((x, y) => order.get(x.componentId)! - order.get(y.componentId)!);
    await db.rounds.update(roundId, { components: chosen, prompts, updatedAt: nowIso() });
    await markChanged();
  });
  notifySaved();
}

/**
 * Switch an open round between the programme's full set and the pulse set, before anyone has
 * answered (the set-up screen offers it when the room would take over an hour). Once there is an
 * answer the round keeps the set it was asked with: a round is never asked in two sets.
 */
export async function setRoundPromptSet(roundId: string, set: 'full' | 'pulse'): Promise<void> {
  await db.transaction('rw', [db.programmes, db.rounds, db.sheets, db.settings], async () => {
    const round = await openRoundOf(roundId);
    const programme = await db.programmes.get(round.programmeId);
    if (!programme) throw new ValidationError('programme', 'This programme no longer exists');
    const sheets = await db.sheets.where('roundId').equals(roundId).toArray();
    const answered = sheets.some(
      (s) => s.responses.some((r) => !r.carriedForward && (r.value !== null || r.note)) || s.judgements.some((j) => j.value !== null || j.note),
    );
    if (answered) throw new ValidationError('round', 'People have started answering this round, so its statements stay as they are.');
    const components = set === 'pulse' ? [...COMPONENT_IDS] : round.components;
    const source = set === 'pulse' ? PULSE_PROMPTS : programmePrompts(programme);
    const change: Partial<Round> = { components, prompts: source.filter((p) => components.includes(p.componentId)), updatedAt: nowIso() };
    if (set === 'pulse') Object.assign(change, { promptSet: 'pulse', pairs: [...PULSE_PAIRS] });
    await db.rounds.update(roundId, set === 'pulse' ? change : { ...change, promptSet: undefined, pairs: undefined });
    // Answers carried from the previous round stay stored: they match the full set's statements
    // only, so they show again if the round goes back to the full set.
    await markChanged();
  });
  notifySaved();
}
