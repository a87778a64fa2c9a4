/**
 * "In place" by role, participation by role group and the warnings across rounds (issue 16), on
 * small hand-worked rounds: one statement per component, so a person's score for a component is
 * (level − 1) / 4 × 100 of their one answer (1 → 0, 2 → 25, 3 → 50, 4 → 75, 5 → 100).
 */
import { describe, expect, it } from 'vitest';
import {
  computeTrends,
  inPlaceByRole,
  participationByGroup,
  warningsAcrossRounds,
  type ActionInput,
  type Level,
  type RoundInput,
  type Warning,
} from '../../src/domain';
import { COMPONENT_IDS, type ComponentId } from '../../src/model/types';

type Answers = Partial<Record<ComponentId, Level | 'not-yet'>>;

let people = 0;
function round(id: string, date: string, who: Array<[role: string, answers: Answers]>): RoundInput {
  const participants = who.map(([role]) => ({ id: `p${++people}`, role }));
  return {
    id,
    date,
    participants,
    prompts: COMPONENT_IDS.map((c) => ({ id: `${c}.1`, componentId: c })),
    responses: who.flatMap(([, answers], i) =>
      Object.entries(answers).map(([c, value]) => ({ participantId: participants[i]!.id, promptId: `${c}.1`, value: value! })),
    ),
    judgements: [],
  };
}

/** n people of a role, each answering every component at `level`. */
function many(n: number, role: string, answers: Answers = {}): Array<[string, Answers]> {
  return Array.from({ length: n }, () => [role, answers] as [string, Answers]);
}

function warnings(rounds: RoundInput[], context = {}, index = rounds.length - 1): Warning[] {
  return warningsAcrossRounds(computeTrends(rounds, []), index, context);
}

function ofKind<K extends Warning['kind']>(list: Warning[], kind: K): Extract<Warning, { kind: K }>[] {
  return list.filter((w): w is Extract<Warning, { kind: K }> => w.kind === kind);
}

describe('in place by role', () => {
  const r = round('r1', '2026-01-10', [
    ['nurse-midwife', { engagement: 2, leadership: 3 }],
    ['nurse-midwife', { engagement: 4 }],
    ['nurse-midwife', { engagement: 5 }],
    ['manager', { engagement: 5, leadership: 4 }],
    ['manager', { engagement: 5, leadership: 2 }],
    ['doctor', { engagement: 1 }],
  ]);
  const [trend] = computeTrends([r], []);
  const result = inPlaceByRole(trend!.measures);

  it('gives the median per role, in the app’s role order, and hides a role of one person', () => {
    expect(result.roles.map((x) => [x.role, x.people])).toEqual([
      ['manager', 2],
      ['nurse-midwife', 3],
    ]);
    expect(result.hiddenRoles).toBe(1);
    expect(result.hiddenPeople).toBe(1);
    const nurses = result.roles.find((x) => x.role === 'nurse-midwife')!;
    expect(nurses.inPlace.engagement).toBe(75); // 25, 75, 100
    const managers = result.roles.find((x) => x.role === 'manager')!;
    expect(managers.inPlace.engagement).toBe(100);
    expect(managers.inPlace.leadership).toBe(50); // 75 and 25
  });

  it('never shows one person’s score as a role’s: a component only one of them scored has no median', () => {
    const nurses = result.roles.find((x) => x.role === 'nurse-midwife')!;
    expect(nurses.scored.leadership).toBe(1);
    expect(nurses.inPlace.leadership).toBeUndefined();
    expect(nurses.inPlace.spread).toBeUndefined();
  });
});

describe('participation by role group', () => {
  it('counts older broad roles and the finer ones in the same group', () => {
    const trends = computeTrends(
      [
        round('r1', '2026-01-10', [...many(2, 'clinician'), ...many(1, 'frontline'), ...many(1, 'executive')]),
        round('r2', '2026-04-10', [...many(1, 'doctor'), ...many(2, 'nurse-midwife'), ...many(1, 'support-ancillary')]),
      ],
      [],
    );
    const rows = participationByGroup(trends);
    expect(rows.map((r) => [r.total, r.groups.clinical, r.groups.staff, r.groups.senior])).toEqual([
      [4, 2, 1, 1],
      [4, 3, 1, 0],
    ]);
  });
});

describe('senior and frontline views apart', () => {
  it('flags a component 25 points or more apart with two people or more each side, with both medians', () => {
    const list = warnings([
      round('r1', '2026-01-10', [
        ['manager', { engagement: 5, spread: 3 }],
        ['executive', { engagement: 5, spread: 3 }],
        ['nurse-midwife', { engagement: 4, spread: 2 }],
        ['admin-clerical', { engagement: 3, spread: 2 }],
      ]),
    ]);
    const found = ofKind(list, 'senior-frontline');
    expect(found).toEqual([
      {
        kind: 'senior-frontline',
        componentId: 'engagement',
        senior: { median: 100, people: 2 },
        frontline: { median: 62.5, people: 2 },
        gap: 37.5,
      },
      // spread: 50 against 25, exactly 25 apart: flagged (25 or more)
      { kind: 'senior-frontline', componentId: 'spread', senior: { median: 50, people: 2 }, frontline: { median: 25, people: 2 }, gap: 25 },
    ]);
  });

  it('says nothing with only one person on a side', () => {
    const list = warnings([
      round('r1', '2026-01-10', [
        ['manager', { engagement: 5 }],
        ['nurse-midwife', { engagement: 1 }],
        ['doctor', { engagement: 1 }],
      ]),
    ]);
    expect(ofKind(list, 'senior-frontline')).toEqual([]);
  });
});

describe('participation eroding', () => {
  it('names a role group present last round and absent now', () => {
    const list = warnings([
      round('r1', '2026-01-10', [...many(2, 'manager'), ...many(1, 'patient-public'), ...many(2, 'doctor')]),
      round('r2', '2026-04-10', [...many(2, 'manager'), ...many(2, 'doctor')]),
    ]);
    expect(ofKind(list, 'group-absent')).toEqual([{ kind: 'group-absent', group: 'patient-public', previous: 1 }]);
  });

  it('says nothing of a role absent in the baseline and present later', () => {
    const list = warnings([
      round('r1', '2026-01-10', [...many(2, 'manager'), ...many(2, 'doctor')]),
      round('r2', '2026-04-10', [...many(2, 'manager'), ...many(2, 'doctor'), ...many(1, 'patient-public')]),
    ]);
    expect(ofKind(list, 'group-absent')).toEqual([]);
    expect(ofKind(list, 'participation-drop')).toEqual([]);
  });

  it('flags 30 % fewer people than the best earlier round (exactly 30 % included), and a group’s own drop', () => {
    const list = warnings([
      round('r1', '2026-01-10', [...many(6, 'nurse-midwife'), ...many(4, 'manager')]), // 10, the best
      round('r2', '2026-04-10', [...many(5, 'nurse-midwife'), ...many(4, 'manager')]), // 9
      round('r3', '2026-07-10', [...many(3, 'nurse-midwife'), ...many(4, 'manager')]), // 7: 30 % fewer
    ]);
    expect(ofKind(list, 'participation-drop')).toEqual([
      { kind: 'participation-drop', group: 'all', now: 7, best: 10, bestRoundId: 'r1', drop: 0.3 },
      { kind: 'participation-drop', group: 'clinical', now: 3, best: 6, bestRoundId: 'r1', drop: 0.5 },
    ]);
  });

  it('does not flag 20 % fewer', () => {
    const list = warnings([
      round('r1', '2026-01-10', [...many(5, 'nurse-midwife'), ...many(5, 'manager')]),
      round('r2', '2026-04-10', [...many(4, 'nurse-midwife'), ...many(4, 'manager')]),
    ]);
    expect(ofKind(list, 'participation-drop')).toEqual([]);
  });
});

describe('only one level in the room', () => {
  it('flags a round with no clinical, frontline or patient voice', () => {
    const list = warnings([round('r1', '2026-01-10', [...many(3, 'manager'), ...many(1, 'executive'), ...many(1, 'partner')])]);
    expect(ofKind(list, 'one-level')).toEqual([{ kind: 'one-level', people: 5, groups: ['senior', 'partner'] }]);
  });

  it('says nothing once a patient representative takes part, nor for a quick check of one person', () => {
    expect(ofKind(warnings([round('r1', '2026-01-10', [...many(3, 'manager'), ...many(1, 'patient-public')])]), 'one-level')).toEqual([]);
    expect(ofKind(warnings([round('r1', '2026-01-10', many(1, 'manager'))]), 'one-level')).toEqual([]);
  });
});

describe('nothing seen to change', () => {
  const team = (engagement: Level, delivery: Level) => [...many(2, 'nurse-midwife', { engagement, 'rigorous-delivery': delivery }), ...many(2, 'manager', { engagement, 'rigorous-delivery': delivery })];

  it('flags engagement not up for two rounds while delivery rises, with the numbers', () => {
    const list = warnings([round('r1', '2026-01-10', team(3, 2)), round('r2', '2026-04-10', team(3, 3)), round('r3', '2026-07-10', team(2, 4))]);
    expect(ofKind(list, 'engagement-flat')).toEqual([
      { kind: 'engagement-flat', engagement: [50, 50, 25], delivery: [25, 75], roundIds: ['r1', 'r2', 'r3'] },
    ]);
  });

  it('says nothing when engagement rose in either round, or with only two rounds', () => {
    expect(ofKind(warnings([round('r1', '2026-01-10', team(3, 2)), round('r2', '2026-04-10', team(2, 3)), round('r3', '2026-07-10', team(3, 4))]), 'engagement-flat')).toEqual([]);
    expect(ofKind(warnings([round('r1', '2026-01-10', team(3, 2)), round('r2', '2026-04-10', team(3, 4))]), 'engagement-flat')).toEqual([]);
  });

  const action = (id: string, owner: string, carried: number, status = 'open'): ActionInput => ({
    id,
    text: `Action ${id}`,
    owner,
    status,
    carriedInto: Array.from({ length: carried }, (_, i) => `r${i + 2}`),
  });

  it('lists open actions carried forward twice or more, most carried first; not a done one', () => {
    const rounds = [round('r1', '2026-01-10', team(3, 3)), round('r2', '2026-04-10', team(3, 3))];
    const list = warnings(rounds, { actions: [action('a', 'Sam', 2), action('b', 'Ali', 3), action('c', 'Sam', 1), action('d', 'Jo', 4, 'done')] });
    expect(ofKind(list, 'carried-forward')).toEqual([
      {
        kind: 'carried-forward',
        actions: [
          { id: 'b', text: 'Action b', times: 3 },
          { id: 'a', text: 'Action a', times: 2 },
        ],
      },
    ]);
    // The actions are as they are now: an earlier round does not claim them.
    expect(ofKind(warnings(rounds, { actions: [action('b', 'Ali', 3)] }, 0), 'carried-forward')).toEqual([]);
  });

  it('says nothing with no actions', () => {
    const list = warnings([round('r1', '2026-01-10', team(3, 3))], { actions: [] });
    expect(ofKind(list, 'carried-forward')).toEqual([]);
    expect(ofKind(list, 'one-owner')).toEqual([]);
  });

  it('flags 60 % or more of the open actions with one owner (names compared without case or spaces), from three open actions', () => {
    const list = warnings([round('r1', '2026-01-10', team(3, 3))], {
      actions: [action('a', 'Sam', 0), action('b', ' sam ', 0), action('c', 'SAM', 0), action('d', 'Ali', 0), action('e', '', 0), action('f', 'Sam', 0, 'done')],
    });
    expect(ofKind(list, 'one-owner')).toEqual([{ kind: 'one-owner', owner: 'Sam', owned: 3, open: 5, share: 0.6 }]);
    const two = warnings([round('r1', '2026-01-10', team(3, 3))], { actions: [action('a', 'Sam', 0), action('b', 'Sam', 0)] });
    expect(ofKind(two, 'one-owner')).toEqual([]);
    const spread = warnings([round('r1', '2026-01-10', team(3, 3))], { actions: [action('a', 'Sam', 0), action('b', 'Ali', 0), action('c', 'Jo', 0)] });
    expect(ofKind(spread, 'one-owner')).toEqual([]);
  });
});

describe('stage-aware hints', () => {
  const notYetSpread = () => [...many(2, 'nurse-midwife', { spread: 'not-yet', engagement: 3 }), ...many(2, 'manager', { spread: 'not-yet', engagement: 3 })];

  it('questions "not yet" on spread at the spreading or sustaining stage, not before', () => {
    const rounds = [round('r1', '2026-01-10', notYetSpread())];
    expect(ofKind(warnings(rounds, { stages: new Map([['r1', 'spreading']]) }), 'not-yet-late')).toEqual([
      { kind: 'not-yet-late', componentId: 'spread', stage: 'spreading' },
    ]);
    expect(ofKind(warnings(rounds, { stages: new Map([['r1', 'sustaining']]) }), 'not-yet-late')).toHaveLength(1);
    expect(ofKind(warnings(rounds, { stages: new Map([['r1', 'testing']]) }), 'not-yet-late')).toEqual([]);
    expect(ofKind(warnings(rounds), 'not-yet-late')).toEqual([]);
  });

  it('notes "not yet" persisting three rounds running, and not when the run is broken', () => {
    const three = [round('r1', '2026-01-10', notYetSpread()), round('r2', '2026-04-10', notYetSpread()), round('r3', '2026-07-10', notYetSpread())];
    expect(ofKind(warnings(three), 'not-yet-persisting')).toEqual([{ kind: 'not-yet-persisting', componentId: 'spread', rounds: 3 }]);
    const broken = [
      round('r1', '2026-01-10', notYetSpread()),
      round('r2', '2026-04-10', [...many(4, 'manager', { spread: 3 })]),
      round('r3', '2026-07-10', notYetSpread()),
      round('r4', '2026-10-10', notYetSpread()),
    ];
    expect(ofKind(warnings(broken), 'not-yet-persisting')).toEqual([]);
  });
});
