import { beforeEach, describe, expect, it } from 'vitest';
import { answersOfRound, responsesOf, responsesOfRound } from '../../src/db/answers';
import { db } from '../../src/db/database';
import { createProgramme, updateProgramme } from '../../src/db/programmes';
import { confirmAllCarried, confirmResponse, recordResponse, saveNote } from '../../src/db/responses';
import {
  addParticipant,
  checkRound,
  deleteRound,
  roundsNewestFirst,
  setRoundPromptSet,
  setRoundStatus,
  startRound,
  updateRound,
} from '../../src/db/rounds';
import { recordJudgement } from '../../src/db/workshop';
import { COMPONENT_IDS } from '../../src/model/types';
import { pairKey } from '../../src/model/tensions';
import { roomMinutes } from '../../src/model/pulse';
import { resetDb, tableCounts, validationMessage } from './db-helpers';

beforeEach(resetDb);

async function programme() {
  return createProgramme({ name: 'Rounds' });
}

describe('startRound', () => {
  it('marks the first round as the baseline and later ones not', async () => {
    const p = await programme();
    const first = await startRound(p.id, { title: ' Baseline ', date: '2026-01-10', stage: 'defining', notes: ' Board ' });
    const second = await startRound(p.id, { title: 'Second', date: '2026-03-03' });
    expect(await db.rounds.get(first.id)).toMatchObject({
      title: 'Baseline',
      date: '2026-01-10',
      stage: 'defining',
      notes: 'Board',
      isBaseline: true,
      status: 'open',
      programmeId: p.id,
    });
    expect((await db.rounds.get(second.id))!.isBaseline).toBe(false);
    expect(second.previousRoundId).toBeUndefined();
  });

  it('freezes the programme prompts for all eight components by default', async () => {
    const p = await programme();
    const round = await startRound(p.id, { title: 'R', date: '2026-01-10' });
    expect(round.components).toEqual([...COMPONENT_IDS]);
    expect(new Set(round.prompts.map((x) => x.componentId)).size).toBe(8);
    expect(round.prompts.length).toBeGreaterThanOrEqual(40);
  });

  it('always keeps shared purpose in a chosen subset, in model order', async () => {
    const p = await programme();
    const round = await startRound(p.id, { title: 'R', date: '2026-01-10', components: ['engagement', 'leadership'] });
    expect(round.components).toEqual(['shared-purpose', 'leadership', 'engagement']);
    expect(new Set(round.prompts.map((x) => x.componentId))).toEqual(new Set(round.components));
  });

  it.each([
    [{ title: '', date: '2026-01-10' }, 'title', 'Enter a title for the round'],
    [{ title: 't'.repeat(300), date: '2026-01-10' }, 'title', 'A title for the round must be 120 characters or fewer'],
    [{ title: 'R', date: '' }, 'date', 'Enter the date of the round'],
    [{ title: 'R', date: '2026-02-30' }, 'date', 'The date of the round must be a real date'],
    [{ title: 'R', date: '2025-02-29' }, 'date', 'The date of the round must be a real date'],
    [{ title: 'R', date: '30/02/2026' }, 'date', 'The date of the round must be a real date'],
    [{ title: 'R', date: '2026-01-10', notes: 'n'.repeat(20000) }, 'notes', 'The notes must be 4,000 characters or fewer'],
    [{ title: 'R', date: '2026-01-10', stage: 's'.repeat(201) }, 'stage', 'The stage must be 200 characters or fewer'],
  ])('rejects %o on %s and saves nothing', async (input, field, message) => {
    const p = await programme();
    const before = await tableCounts();
    expect(await validationMessage(startRound(p.id, input), field)).toBe(message);
    expect(await tableCounts()).toEqual(before);
  });

  it('accepts a leap day and notes of exactly 4,000 characters', async () => {
    const p = await programme();
    const round = await startRound(p.id, { title: 'R', date: '2028-02-29', notes: 'n'.repeat(4000) });
    expect((await db.rounds.get(round.id))!.notes).toHaveLength(4000);
  });

  it('refuses a round for a programme that no longer exists', async () => {
    expect(await validationMessage(startRound('gone', { title: 'R', date: '2026-01-10' }), 'programme')).toBe(
      'This programme no longer exists',
    );
    expect(await db.rounds.count()).toBe(0);
  });
});

describe('checkRound', () => {
  it('returns the trimmed values', () => {
    expect(checkRound({ title: ' A ', date: '2026-03-03', stage: ' testing ', notes: ' n ' })).toEqual({
      title: 'A',
      date: '2026-03-03',
      stage: 'testing',
      notes: 'n',
    });
  });
});

describe('roundsNewestFirst', () => {
  it('orders by date, newest first, and by when started for the same date', async () => {
    const p = await programme();
    const other = await createProgramme({ name: 'Other' });
    const jan = await startRound(p.id, { title: 'Jan', date: '2026-01-10' });
    const mar = await startRound(p.id, { title: 'Mar', date: '2026-03-03' });
    const feb = await startRound(p.id, { title: 'Feb', date: '2026-02-01' });
    await new Promise((r) => setTimeout(r, 2));
    const mar2 = await startRound(p.id, { title: 'Mar again', date: '2026-03-03' });
    await startRound(other.id, { title: 'Elsewhere', date: '2027-01-01' });
    expect((await roundsNewestFirst(p.id)).map((r) => r.id)).toEqual([mar2.id, mar.id, feb.id, jan.id]);
  });
});

describe('start from the previous round', () => {
  async function withAnswers() {
    const p = await programme();
    const first = await startRound(p.id, { title: 'Baseline', date: '2026-01-10' });
    const ana = await addParticipant(first.id, { label: 'Ana', role: 'clinician', personKey: 'person-ana' });
    const ben = await addParticipant(first.id, { label: 'Ben', role: 'patient-public', anonymous: true });
    const [p1, p2, p3] = first.prompts;
    await recordResponse(first.id, ana.id, p1!.id, 2);
    await saveNote(first.id, ana.id, p1!.id, 'Only on paper');
    await recordResponse(first.id, ana.id, p2!.id, 'dont-know');
    await recordResponse(first.id, ben.id, p1!.id, 4);
    // A cleared answer with no note is not worth carrying.
    await recordResponse(first.id, ben.id, p3!.id, 3);
    await recordResponse(first.id, ben.id, p3!.id, null);
    await recordJudgement(first.id, ana.id, pairKey('leadership', 'engagement'), { value: 1 });
    return { p, first, ana, ben, prompts: [p1!, p2!, p3!] as const };
  }

  it('copies people and their answers, marked as carried forward, leaving the old round as it was', async () => {
    const { p, first, ana, prompts } = await withAnswers();
    const oldResponses = await responsesOfRound(first.id);
    const second = await startRound(p.id, { title: 'Next', date: '2026-03-03', fromPrevious: true });
    expect(second.previousRoundId).toBe(first.id);
    expect(second.isBaseline).toBe(false);

    const people = await db.participants.where('roundId').equals(second.id).toArray();
    expect(people.map((x) => x.label).sort()).toEqual(['Ana', 'Ben']);
    const newAna = people.find((x) => x.label === 'Ana')!;
    expect(newAna.id).not.toBe(ana.id);
    expect(newAna).toMatchObject({ personKey: 'person-ana', role: 'clinician', programmeId: p.id });
    expect(people.find((x) => x.label === 'Ben')!.anonymous).toBe(true);

    const carried = await responsesOf(second.id, newAna.id);
    expect(carried.map((r) => [r.promptId, r.value, r.note, r.carriedForward]).sort()).toEqual(
      [
        [prompts[0].id, 2, 'Only on paper', true],
        [prompts[1].id, 'dont-know', '', true],
      ].sort(),
    );
    expect((await responsesOfRound(second.id)).length).toBe(3);
    // Judgements are a view of this moment: they start blank each round.
    expect((await answersOfRound(second.id)).judgements.length).toBe(0);
    expect(await responsesOfRound(first.id)).toEqual(oldResponses);
  });

  it('carries from the newest round, not the baseline', async () => {
    const { p, prompts } = await withAnswers();
    const second = await startRound(p.id, { title: 'Second', date: '2026-02-01', fromPrevious: true });
    const ana2 = (await db.participants.where('roundId').equals(second.id).toArray()).find((x) => x.label === 'Ana')!;
    await recordResponse(second.id, ana2.id, prompts[0].id, 5);
    const third = await startRound(p.id, { title: 'Third', date: '2026-03-03', fromPrevious: true });
    expect(third.previousRoundId).toBe(second.id);
    const ana3 = (await db.participants.where('roundId').equals(third.id).toArray()).find((x) => x.label === 'Ana')!;
    const row = (await responsesOf(third.id, ana3.id)).find((r) => r.promptId === prompts[0].id)!;
    expect(row).toMatchObject({ value: 5, carriedForward: true });
  });

  it('only carries answers to prompts the new round asks', async () => {
    const { p } = await withAnswers();
    const second = await startRound(p.id, { title: 'Subset', date: '2026-03-03', fromPrevious: true, components: ['engagement'] });
    const wanted = new Set(second.prompts.map((x) => x.id));
    const rows = await responsesOfRound(second.id);
    // The answered prompts were the first three shared-purpose prompts, which the subset keeps.
    expect(rows.length).toBe(3);
    expect(rows.every((r) => wanted.has(r.promptId))).toBe(true);
  });

  it('starts blank without the option, and on the first round even with it', async () => {
    const { p } = await withAnswers();
    const blank = await startRound(p.id, { title: 'Blank', date: '2026-03-03' });
    expect(await db.participants.where('roundId').equals(blank.id).count()).toBe(0);
    const other = await createProgramme({ name: 'Fresh' });
    const first = await startRound(other.id, { title: 'First', date: '2026-03-03', fromPrevious: true });
    expect(first.previousRoundId).toBeUndefined();
    expect(first.isBaseline).toBe(true);
  });

  it('takes the programme prompts as they are now', async () => {
    const { p } = await withAnswers();
    await db.programmes.update(p.id, { prompts: [{ id: 'own.1', componentId: 'shared-purpose', text: 'Our own words' }] });
    await updateProgramme(p.id, { name: 'Rounds' });
    const next = await startRound(p.id, { title: 'Own words', date: '2026-03-03', fromPrevious: true });
    expect(next.prompts).toEqual([{ id: 'own.1', componentId: 'shared-purpose', text: 'Our own words' }]);
    expect((await responsesOfRound(next.id)).length).toBe(0);
  });

  it('clears the carried mark when an answer is changed, confirmed, or confirmed in bulk', async () => {
    const { p, prompts } = await withAnswers();
    const second = await startRound(p.id, { title: 'Next', date: '2026-03-03', fromPrevious: true });
    const people = await db.participants.where('roundId').equals(second.id).toArray();
    const ana = people.find((x) => x.label === 'Ana')!;
    const ben = people.find((x) => x.label === 'Ben')!;
    await recordResponse(second.id, ana.id, prompts[0].id, 3);
    await confirmResponse(second.id, ana.id, prompts[1].id);
    const anaRows = await responsesOf(second.id, ana.id);
    expect(anaRows.map((r) => [r.promptId, r.value, r.carriedForward]).sort()).toEqual(
      [
        [prompts[0].id, 3, false],
        [prompts[1].id, 'dont-know', false],
      ].sort(),
    );
    expect((await responsesOf(second.id, ben.id))[0]!.carriedForward).toBe(true);
    await confirmAllCarried(second.id, ben.id, [prompts[0].id]);
    expect((await responsesOf(second.id, ben.id))[0]).toMatchObject({ value: 4, carriedForward: false });
  });
});

describe('updateRound', () => {
  it('changes the details and never the baseline mark or answers', async () => {
    const p = await programme();
    const round = await startRound(p.id, { title: 'A', date: '2026-01-10', stage: 'defining' });
    await updateRound(round.id, { title: 'B', date: '2026-01-12', stage: 'testing', notes: 'Moved' });
    expect(await db.rounds.get(round.id)).toMatchObject({ title: 'B', date: '2026-01-12', stage: 'testing', notes: 'Moved', isBaseline: true });
  });

  it('changes nothing when a field is bad', async () => {
    const p = await programme();
    const round = await startRound(p.id, { title: 'A', date: '2026-01-10' });
    expect(await validationMessage(updateRound(round.id, { title: 'B', date: '2026-02-30' }), 'date')).toMatch(/real date/);
    expect(await validationMessage(updateRound(round.id, { title: 'B', date: '2026-01-10', notes: 'x'.repeat(20000) }), 'notes')).toMatch(
      /4,000/,
    );
    expect((await db.rounds.get(round.id))!.title).toBe('A');
  });

  it('says so when the round was deleted meanwhile (for example in another tab)', async () => {
    expect(await validationMessage(updateRound('gone', { title: 'B', date: '2026-01-12' }), 'round')).toBe('This round no longer exists');
    expect(await db.rounds.count()).toBe(0);
  });
});

describe('participants and status', () => {
  it('adds a participant with a fresh person key, and validates the label', async () => {
    const p = await programme();
    const round = await startRound(p.id, { title: 'A', date: '2026-01-10' });
    const person = await addParticipant(round.id, { label: ' Ana ', role: 'frontline' });
    expect(person).toMatchObject({ label: 'Ana', role: 'frontline', anonymous: false, programmeId: p.id, roundId: round.id });
    expect(person.personKey).toMatch(/^[0-9a-f-]{36}$/);
    expect(await validationMessage(addParticipant(round.id, { label: '', role: 'other' }), 'label')).toBe('Enter a name or label');
    expect(await validationMessage(addParticipant('gone', { label: 'X', role: 'other' }), 'round')).toMatch(/no longer exists/);
    expect(await db.participants.count()).toBe(1);
  });

  it('closing counts the people who answered and locks the round; reopening unlocks it', async () => {
    const p = await programme();
    const round = await startRound(p.id, { title: 'A', date: '2026-01-10' });
    const ana = await addParticipant(round.id, { label: 'Ana', role: 'clinician' });
    await addParticipant(round.id, { label: 'Ben', role: 'manager' });
    const carl = await addParticipant(round.id, { label: 'Carl', role: 'manager' });
    await recordResponse(round.id, ana.id, round.prompts[0]!.id, 3);
    await saveNote(round.id, carl.id, round.prompts[0]!.id, 'A note but no answer');
    await setRoundStatus(round.id, 'closed');
    const closed = await db.rounds.get(round.id);
    expect(closed).toMatchObject({ status: 'closed', participantCount: 1 });
    expect(closed!.closedAt).toMatch(/^\d{4}-/);
    expect(await validationMessage(recordResponse(round.id, ana.id, round.prompts[1]!.id, 2), 'round')).toMatch(/closed/);
    expect(await validationMessage(addParticipant(round.id, { label: 'Dee', role: 'other' }), 'round')).toMatch(/closed/);
    await setRoundStatus(round.id, 'open');
    await recordResponse(round.id, ana.id, round.prompts[1]!.id, 2);
    expect((await responsesOf(round.id, ana.id)).length).toBe(2);
  });
});

describe('deleteRound', () => {
  it('removes the round with its people, answers and judgements only', async () => {
    const p = await programme();
    const keep = await startRound(p.id, { title: 'Keep', date: '2026-01-10' });
    const keepPerson = await addParticipant(keep.id, { label: 'Ana', role: 'clinician' });
    await recordResponse(keep.id, keepPerson.id, keep.prompts[0]!.id, 2);
    const before = await tableCounts();
    const gone = await startRound(p.id, { title: 'Gone', date: '2026-03-03', fromPrevious: true });
    const person = await addParticipant(gone.id, { label: 'Ben', role: 'manager' });
    await recordResponse(gone.id, person.id, gone.prompts[0]!.id, 4);
    await recordJudgement(gone.id, person.id, pairKey('spread', 'leadership'), { value: 3 });
    await deleteRound(gone.id);
    expect(await tableCounts()).toEqual(before);
  });
});

describe('the pulse prompt set', () => {
  it('asks one statement per component, shared purpose first, and the three pairs the seeds cite most', async () => {
    const p = await programme();
    const round = await startRound(p.id, { title: 'Pulse', date: '2026-03-03', promptSet: 'pulse' });
    expect(round.prompts.map((x) => x.componentId)).toEqual([...COMPONENT_IDS]);
    expect(round.prompts[0]!.componentId).toBe('shared-purpose');
    expect(new Set(round.prompts.map((x) => x.id)).size).toBe(8);
    expect(round).toMatchObject({ promptSet: 'pulse', pairs: ['transparent-measurement|engagement', 'leadership|engagement', 'improvement-methodology|rigorous-delivery'] });
    const { pairsForRound } = await import('../../src/features/workshop/roundPairs');
    // The round's own pairs, even where the programme tracks others.
    expect(pairsForRound({ trackedPairs: [pairKey('spread', 'leadership')] }, round).map((x) => x.key)).toEqual(round.pairs);
    expect(roomMinutes(10, 8, 3)).toBe(44); // 10 x (8 x 25 s + 3 x 20 s) = 2,600 s, 43.3 min, rounded up
    expect(roomMinutes(15, 35, 11)).toBe(274);
  });

  it('switches a round to the pulse and back before anyone answers, and never after', async () => {
    const p = await programme();
    const round = await startRound(p.id, { title: 'Board', date: '2026-03-03', components: ['shared-purpose', 'leadership'] });
    const person = await addParticipant(round.id, { label: 'Asha', role: 'clinician' });
    await setRoundPromptSet(round.id, 'pulse');
    const pulse = (await db.rounds.get(round.id))!;
    expect(pulse.prompts).toHaveLength(8);
    expect(pulse.components).toEqual([...COMPONENT_IDS]);
    await setRoundPromptSet(round.id, 'full');
    const full = (await db.rounds.get(round.id))!;
    expect(full.promptSet).toBeUndefined();
    expect(full.pairs).toBeUndefined();
    expect(full.prompts.length).toBeGreaterThan(8);
    await recordResponse(round.id, person.id, full.prompts[0]!.id, 3);
    expect(await validationMessage(setRoundPromptSet(round.id, 'pulse'), 'round')).toMatch(/started answering/);
    expect((await db.rounds.get(round.id))!.prompts).toEqual(full.prompts);
  });
});

describe('a pulse round on the trend charts', () => {
  it('is marked as asked in other words, for every component', async () => {
    const { promptSetChanges } = await import('../../src/model/promptSets');
    const p = await programme();
    const full = await startRound(p.id, { title: 'Full', date: '2026-03-03' });
    const pulse = await startRound(p.id, { title: 'Pulse', date: '2026-04-03', promptSet: 'pulse' });
    const changes = promptSetChanges([full, pulse]);
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({ roundId: pulse.id, components: [...COMPONENT_IDS] });
  });
});
