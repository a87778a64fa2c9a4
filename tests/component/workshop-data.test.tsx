/** Workshop data: people in a round, the components a session covers, closing, and the review of actions. */
import { beforeEach, describe, expect, it } from 'vitest';
import { allAnswers } from '../../src/db/answers';
import { db } from '../../src/db/database';
import { createProgramme, setTrackedPairs } from '../../src/db/programmes';
import { recordResponse } from '../../src/db/responses';
import {
  addParticipant,
  removeParticipant,
  setRoundComponents,
  setRoundStatus,
  startRound,
  updateParticipant,
} from '../../src/db/rounds';
import type { Action, Round } from '../../src/db/types';
import { addAction, recordJudgement, reviewAction } from '../../src/db/workshop';
import { actionsForReview, isOverdue } from '../../src/features/actions/review';
import { pairsForRound, parsePairKey, participantProgress } from '../../src/features/workshop/roundPairs';
import { resetDb, validationMessage } from '../unit/db-helpers';

beforeEach(async () => {
  await resetDb();
});

async function setUp() {
  const programme = await createProgramme({ name: 'Frailty pathway' });
  const round = await startRound(programme.id, { title: 'Workshop one', date: '2026-03-01' });
  return { programme, round };
}

describe('people in a round', () => {
  it('renames a person and changes their role, and refuses a blank name', async () => {
    const { round } = await setUp();
    const person = await addParticipant(round.id, { label: 'Sam', role: 'clinician' });
    await updateParticipant(person.id, { label: '  Sam K ', role: 'manager', anonymous: true });
    const stored = await db.participants.get(person.id);
    expect(stored).toMatchObject({ label: 'Sam K', role: 'manager', anonymous: true, personKey: person.personKey });
    expect(await validationMessage(updateParticipant(person.id, { label: '  ', role: 'manager' }), 'label')).toBe('Enter a name or label');
  });

  it('removes a person with their answers and judgements, leaving everyone else untouched', async () => {
    const { round } = await setUp();
    const [a, b] = [await addParticipant(round.id, { label: 'A', role: 'clinician' }), await addParticipant(round.id, { label: 'B', role: 'manager' })];
    for (const p of [a, b]) {
      await recordResponse(round.id, p.id, 'shared-purpose.1', 4);
      await recordJudgement(round.id, p.id, 'shared-purpose|system-drivers', { value: 2 });
    }
    await removeParticipant(a.id);
    expect(await db.participants.where('roundId').equals(round.id).primaryKeys()).toEqual([b.id]);
    expect(((await allAnswers()).responses).map((r) => r.participantId)).toEqual([b.id]);
    expect(((await allAnswers()).judgements).map((j) => j.participantId)).toEqual([b.id]);
  });

  it('does not change who took part in a closed round', async () => {
    const { round } = await setUp();
    const person = await addParticipant(round.id, { label: 'A', role: 'clinician' });
    await setRoundStatus(round.id, 'closed');
    expect(await validationMessage(removeParticipant(person.id), 'round')).toMatch(/closed/);
    expect(await validationMessage(updateParticipant(person.id, { label: 'B', role: 'other' }), 'round')).toMatch(/closed/);
    expect(await db.participants.count()).toBe(1);
  });
});

describe('components a session covers', () => {
  it('keeps shared purpose whatever is chosen, and freezes the prompts of the chosen components', async () => {
    const { round } = await setUp();
    await setRoundComponents(round.id, ['engagement', 'transparent-measurement']);
    const stored = (await db.rounds.get(round.id))!;
    expect(stored.components).toEqual(['shared-purpose', 'transparent-measurement', 'engagement']);
    expect(new Set(stored.prompts.map((p) => p.componentId))).toEqual(new Set(stored.components));
    expect(stored.prompts.map((p) => p.componentId)).toEqual([...stored.prompts.map((p) => p.componentId)].sort(
      (x, y) => stored.components.indexOf(x) - stored.components.indexOf(y),
    ));
  });

  it('keeps answers to a component taken out, so putting it back restores them', async () => {
    const { round } = await setUp();
    const person = await addParticipant(round.id, { label: 'A', role: 'clinician' });
    await recordResponse(round.id, person.id, 'engagement.1', 5);
    await setRoundComponents(round.id, ['shared-purpose']);
    expect((await db.rounds.get(round.id))!.prompts.some((p) => p.componentId === 'engagement')).toBe(false);
    expect((await allAnswers()).responses.length).toBe(1);
    await setRoundComponents(round.id, ['shared-purpose', 'engagement']);
    expect((await db.rounds.get(round.id))!.prompts.some((p) => p.id === 'engagement.1')).toBe(true);
  });

  it('refuses to change a closed round', async () => {
    const { round } = await setUp();
    await setRoundStatus(round.id, 'closed');
    expect(await validationMessage(setRoundComponents(round.id, ['shared-purpose']), 'round')).toMatch(/closed/);
    expect((await db.rounds.get(round.id))!.components).toHaveLength(8);
  });
});

describe('closing a round', () => {
  it('records how many took part: people with an answer or judgement of their own', async () => {
    const { programme, round } = await setUp();
    const [a, b, c] = [
      await addParticipant(round.id, { label: 'A', role: 'clinician' }),
      await addParticipant(round.id, { label: 'B', role: 'manager' }),
      await addParticipant(round.id, { label: 'C', role: 'partner' }),
    ];
    await recordResponse(round.id, a.id, 'shared-purpose.1', 3);
    await recordJudgement(round.id, b.id, 'shared-purpose|system-drivers', { value: 1 });
    await setRoundStatus(round.id, 'closed');
    expect((await db.rounds.get(round.id))!.participantCount).toBe(2);
    expect(await validationMessage(recordResponse(round.id, c.id, 'shared-purpose.1', 3), 'round')).toMatch(/closed/);

    // Answers carried into the next round do not count until the person confirms or changes them.
    await setRoundStatus(round.id, 'open');
    const next = await startRound(programme.id, { title: 'Workshop two', date: '2026-06-01', fromPrevious: true });
    await setRoundStatus(next.id, 'closed');
    expect((await db.rounds.get(next.id))!.participantCount).toBe(0);
  });
});

describe('reviewing actions at the start of a round', () => {
  it('carries a still-open action forward once, and records done or dropped', async () => {
    const { programme, round } = await setUp();
    const next = await startRound(programme.id, { title: 'Workshop two', date: '2026-06-01' });
    const action = await addAction(programme.id, round.id, { text: 'Share the measures', componentId: 'transparent-measurement', owner: 'Asha' });
    await reviewAction(action.id, next.id, 'open');
    await reviewAction(action.id, next.id, 'open');
    expect(await db.actions.get(action.id)).toMatchObject({ status: 'open', carriedInto: [next.id], reviewedInRoundId: next.id });
    await reviewAction(action.id, next.id, 'done');
    expect(await db.actions.get(action.id)).toMatchObject({ status: 'done', carriedInto: [], reviewedInRoundId: next.id });
    await reviewAction(action.id, next.id, 'dropped');
    expect((await db.actions.get(action.id))!.status).toBe('dropped');
  });

  it('lists open actions from earlier rounds only, and keeps those already reviewed here', async () => {
    const { programme, round: first } = await setUp();
    const second = await startRound(programme.id, { title: 'Two', date: '2026-06-01' });
    const third = await startRound(programme.id, { title: 'Three', date: '2026-09-01' });
    const fromFirst = await addAction(programme.id, first.id, { text: 'first', componentId: null });
    const doneEarlier = await addAction(programme.id, first.id, { text: 'done at two', componentId: null });
    const fromSecond = await addAction(programme.id, second.id, { text: 'second', componentId: null });
    const fromThird = await addAction(programme.id, third.id, { text: 'third', componentId: null });
    await reviewAction(doneEarlier.id, second.id, 'done');
    await reviewAction(fromFirst.id, second.id, 'open');
    const actions = await db.actions.toArray();
    const rounds = await db.rounds.toArray();

    const atSecond = actionsForReview(actions, rounds, second.id);
    expect(atSecond.pending.map((a) => a.text)).toEqual([]);
    // Both were agreed in the same round (often in the same millisecond here): their order is not the point.
    expect(atSecond.all.map((a) => a.text).sort()).toEqual(['done at two', 'first']);

    const atThird = actionsForReview(actions, rounds, third.id);
    expect(atThird.pending.map((a) => a.id).sort()).toEqual([fromFirst.id, fromSecond.id].sort());
    expect(atThird.all.map((a) => a.id)).not.toContain(fromThird.id);
    expect(actionsForReview(actions, rounds, first.id).all).toEqual([]);
  });

  it('orders rounds on the same date by when they were started', () => {
    const round = (id: string, date: string, createdAt: string) => ({ id, date, createdAt }) as Round;
    const action = (id: string, roundId: string) => ({ id, roundId, status: 'open', carriedInto: [], createdAt: id }) as unknown as Action;
    const rounds = [round('later', '2026-01-01', '2026-01-01T10:00:00Z'), round('earlier', '2026-01-01', '2026-01-01T09:00:00Z')];
    expect(actionsForReview([action('x', 'earlier')], rounds, 'later').pending).toHaveLength(1);
    expect(actionsForReview([action('y', 'later')], rounds, 'earlier').pending).toHaveLength(0);
  });

  it('flags an open action past its due date, never a done one', () => {
    expect(isOverdue({ status: 'open', dueDate: '2026-01-01' }, '2026-01-02')).toBe(true);
    expect(isOverdue({ status: 'open', dueDate: '2026-01-02' }, '2026-01-02')).toBe(false);
    expect(isOverdue({ status: 'done', dueDate: '2026-01-01' }, '2026-01-02')).toBe(false);
    expect(isOverdue({ status: 'open', dueDate: '' }, '2026-01-02')).toBe(false);
  });
});

describe('pairs in a round', () => {
  it('asks about tracked pairs whose two components the round covers', async () => {
    const { programme, round } = await setUp();
    await setTrackedPairs(programme.id, ['shared-purpose|system-drivers', 'leadership|engagement', 'nonsense', 'shared-purpose|shared-purpose']);
    await setRoundComponents(round.id, ['shared-purpose', 'system-drivers', 'engagement']);
    const [p, r] = [(await db.programmes.get(programme.id))!, (await db.rounds.get(round.id))!];
    expect(pairsForRound(p, r).map((x) => x.key)).toEqual(['shared-purpose|system-drivers']);
    expect(parsePairKey('a|b|c')).toBeUndefined();
  });

  it('counts progress without carried-forward answers', () => {
    const progress = participantProgress(
      { prompts: [{ id: 'p1', componentId: 'shared-purpose', text: '' }, { id: 'p2', componentId: 'shared-purpose', text: '' }] },
      [{ key: 'shared-purpose|system-drivers', a: 'shared-purpose', b: 'system-drivers' }],
      [
        { promptId: 'p1', value: 3, note: '', carriedForward: false },
        { promptId: 'p2', value: 4, note: '', carriedForward: true },
        { promptId: 'gone', value: 4, note: '', carriedForward: false },
      ],
      [{ pairKey: 'shared-purpose|system-drivers', value: 0, note: '' }],
    );
    expect(progress).toEqual({ answered: 1, carried: 1, prompts: 2, judged: 1, pairs: 1, started: true });
  });
});
