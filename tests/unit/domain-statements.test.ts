import { describe, expect, it } from 'vitest';
import { componentStatements, statementViews } from '../../src/domain/statements';
import type { ResponseInput } from '../../src/domain/types';
import { componentNotes, displayNames, pairNotes } from '../../src/features/voices/notes';
import type { Judgement, Participant, Response, Round } from '../../src/db/types';

const prompts = [
  { id: 'p1', componentId: 'leadership' as const },
  { id: 'p2', componentId: 'leadership' as const },
  { id: 'p3', componentId: 'leadership' as const },
  { id: 's1', componentId: 'spread' as const },
];

function answers(rows: [string, string, ResponseInput['value']][]): ResponseInput[] {
  return rows.map(([participantId, promptId, value]) => ({ participantId, promptId, value }));
}

describe('which statement split the room', () => {
  it('ranks statements by how many steps apart people are, and by "don\'t know"', () => {
    const views = statementViews(
      prompts,
      answers([
        ['a', 'p1', 2], ['b', 'p1', 4], ['c', 'p1', 3], // 2 steps apart
        ['a', 'p2', 1], ['b', 'p2', 5], // 4 steps apart
        ['a', 'p3', 3], ['b', 'p3', 4], ['c', 'p3', 'dont-know'], // 1 step: not a split
        ['a', 's1', 'dont-know'], ['b', 's1', 'dont-know'], ['c', 's1', 5],
      ]),
    );
    const leadership = componentStatements(views, 'leadership');
    expect(leadership.split.map((v) => [v.promptId, v.low, v.high, v.spread, v.rated])).toEqual([
      ['p2', 1, 5, 4, 2],
      ['p1', 2, 4, 2, 3],
    ]);
    expect(leadership.unsure.map((v) => [v.promptId, v.dontKnow])).toEqual([['p3', 1]]);
    const spread = componentStatements(views, 'spread');
    expect(spread.split).toEqual([]); // one level only: nothing to split
    expect(spread.unsure.map((v) => [v.promptId, v.dontKnow])).toEqual([['s1', 2]]);
  });

  it('needs two people with a level, ignores "not yet" and people not listed, and keeps at most the limit', () => {
    const views = statementViews(
      prompts,
      answers([
        ['a', 'p1', 1], ['b', 'p1', 'not-yet'], // one level only
        ['a', 'p2', 1], ['x', 'p2', 5], // x is not in the round
        ['a', 'p3', 1], ['b', 'p3', 3],
      ]),
      new Set(['a', 'b']),
    );
    const result = componentStatements(views, 'leadership');
    expect(result.split.map((v) => v.promptId)).toEqual(['p3']);
    expect(views.find((v) => v.promptId === 'p1')).toMatchObject({ rated: 1, notYet: 1, spread: 0 });
    expect(componentStatements(views, 'leadership', 0).split).toEqual([]);
  });
});

const at = '2026-01-01T00:00:00.000Z';
const round = (id: string, date: string, title: string): Round => ({
  id, programmeId: 'prog', title, date, stage: '', notes: '', isBaseline: false, status: 'open', components: ['leadership'],
  prompts: [{ id: 'p1', componentId: 'leadership', text: 'Leaders talk about it' }, { id: 'p2', componentId: 'leadership', text: 'Leaders free up time' }],
  createdAt: `${date}T00:00:00.000Z`, updatedAt: at,
});
const person = (id: string, roundId: string, label: string, role: Participant['role'], anonymous = false, n = 0): Participant => ({
  id, roundId, programmeId: 'prog', label, role, anonymous, personKey: id, createdAt: `2026-01-01T00:00:0${n}.000Z`, updatedAt: at,
});
const response = (id: string, roundId: string, participantId: string, promptId: string, note: string): Response => ({
  id, roundId, participantId, promptId, componentId: 'leadership', value: 3, note, carriedForward: false, createdAt: at, updatedAt: at,
});

describe('notes shown back', () => {
  const rounds = [round('r2', '2026-03-01', 'Spring'), round('r1', '2026-01-01', 'Baseline')];
  const participants = [
    person('asha1', 'r1', 'Asha', 'clinician', false, 0),
    person('ben1', 'r1', 'Ben', 'clinician', true, 1),
    person('asha2', 'r2', 'Asha', 'clinician', false, 0),
  ];
  const responses = [
    response('n1', 'r1', 'ben1', 'p2', 'No time given'),
    response('n2', 'r1', 'asha1', 'p1', 'Board minutes, March'),
    response('n3', 'r2', 'asha2', 'p1', '  Mentioned at every huddle  '),
    response('n4', 'r2', 'asha2', 'p2', '   '),
  ];
  const judgements: Judgement[] = [
    { id: 'j1', roundId: 'r1', participantId: 'ben1', pairKey: 'leadership|engagement', value: 3, note: 'Told, not asked', createdAt: at, updatedAt: at },
    { id: 'j2', roundId: 'r2', participantId: 'asha2', pairKey: 'leadership|engagement', value: 1, note: 'Better now', createdAt: at, updatedAt: at },
  ];
  const sources = { rounds, participants, responses, judgements };

  it('lists notes newest round first, in statement order, with the statement and role and number', () => {
    const notes = componentNotes(sources, 'leadership', { showNames: false });
    expect(notes.map((n) => [n.roundTitle, n.statement, n.who, n.note])).toEqual([
      ['Spring', 'Leaders talk about it', 'Clinician 1', 'Mentioned at every huddle'],
      ['Baseline', 'Leaders talk about it', 'Clinician 1', 'Board minutes, March'],
      ['Baseline', 'Leaders free up time', 'Clinician 2', 'No time given'],
    ]);
  });

  it('names people only when names are shown, and never an anonymous person', () => {
    const notes = componentNotes(sources, 'leadership', { showNames: true });
    expect(notes.map((n) => n.who)).toEqual(['Asha', 'Asha', 'Clinician 2']);
    expect(displayNames(participants, true).get('ben1')).toBe('Clinician 2');
  });

  it('stops at the round shown, and lists pair notes the same way', () => {
    expect(componentNotes(sources, 'leadership', { showNames: false, uptoRoundId: 'r1' }).map((n) => n.roundTitle)).toEqual(['Baseline', 'Baseline']);
    expect(pairNotes(sources, 'leadership|engagement', { showNames: false }).map((n) => [n.roundTitle, n.note])).toEqual([
      ['Spring', 'Better now'],
      ['Baseline', 'Told, not asked'],
    ]);
  });
});
