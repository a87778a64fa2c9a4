/**
 * The worked example programme (src/db/example.ts): what its story shows, worked out by hand from
 * the levels it gives (every statement of a component alike: level 2 → 25, 3 → 50, 4 → 75, 5 → 100),
 * and that it loads once, through the file check and the restore merge, and is removed in one step.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { computeTrends, inPlaceByRole, roundInputsFromRecords, trackedPairsOf, warningsAcrossRounds, type Warning } from '../../src/domain';
import { buildExampleBackup, EXAMPLE_NAME, findExample, loadExample, removeExample } from '../../src/db/example';
import { db } from '../../src/db/database';
import { parseDataObject } from '../../src/exchange/parse';
import { resetDb, tableCounts } from './db-helpers';

beforeEach(resetDb);

const today = new Date('2026-12-01T12:00:00Z');

function exampleTrends() {
  const backup = buildExampleBackup(today);
  const programme = backup.data.programmes[0]!;
  const trends = computeTrends(roundInputsFromRecords(backup.data), trackedPairsOf(programme));
  const context = { stages: new Map(backup.data.rounds.map((r) => [r.id, r.stage])), actions: backup.data.actions };
  return { backup, trends, context };
}

function kinds(list: Warning[]) {
  return list.map((w) => w.kind);
}

describe('the example’s story', () => {
  it('is three rounds, six months apart in all, the last one open', () => {
    const { backup } = exampleTrends();
    expect(backup.data.rounds.map((r) => [r.title, r.date, r.stage, r.status])).toEqual([
      ['Baseline', '2026-06-02', 'designing', 'closed'],
      ['Spring review', '2026-09-01', 'testing', 'closed'],
      ['Summer review', '2026-11-24', 'spreading', 'open'],
    ]);
    expect(backup.data.participants.filter((p) => p.roundId === backup.data.rounds[0]!.id)).toHaveLength(8);
    expect(new Set(backup.data.participants.map((p) => p.role)).size).toBeGreaterThanOrEqual(7);
    expect(backup.data.programmes[0]).toMatchObject({ name: EXAMPLE_NAME, example: true, kind: 'team' });
  });

  it('passes the same check as a file', () => {
    const { backup } = exampleTrends();
    const checked = parseDataObject(JSON.parse(JSON.stringify(backup)));
    expect(checked.ok).toBe(true);
  });

  it('latest round: senior and frontline apart, a group’s drop, a partner gone, engagement flat, actions carried and on one person, spread still not yet', () => {
    const { backup, trends, context } = exampleTrends();
    const [r1, , r3] = backup.data.rounds.map((r) => r.id) as [string, string, string];
    const list = warningsAcrossRounds(trends, 2, context);
    expect(kinds(list)).toEqual([
      'senior-frontline',
      'senior-frontline',
      'group-absent',
      'participation-drop',
      'engagement-flat',
      'carried-forward',
      'one-owner',
      'not-yet-late',
      'not-yet-persisting',
    ]);
    expect(list.filter((w) => w.kind === 'senior-frontline')).toEqual([
      // Helen, Marcus and Nadia give engagement 5 (100); Priya, Tom, Sam and Dee give it 2 (25).
      { kind: 'senior-frontline', componentId: 'engagement', senior: { median: 100, people: 3 }, frontline: { median: 25, people: 4 }, gap: 75 },
      // Frontline staff answer "don't know" to half of system drivers and 2 to the rest: 25.
      { kind: 'senior-frontline', componentId: 'system-drivers', senior: { median: 50, people: 3 }, frontline: { median: 25, people: 4 }, gap: 25 },
    ]);
    expect(list).toContainEqual({ kind: 'group-absent', group: 'partner', previous: 1 });
    // Clinical staff: Priya, Tom, Dr Okafor and Leah at the baseline; Priya and Tom now.
    expect(list).toContainEqual({ kind: 'participation-drop', group: 'clinical', now: 2, best: 4, bestRoundId: r1, drop: 0.5 });
    expect(list).toContainEqual({ kind: 'engagement-flat', engagement: [50, 50, 25], delivery: [25, 75], roundIds: backup.data.rounds.map((r) => r.id) });
    const carried = list.find((w) => w.kind === 'carried-forward');
    expect(carried).toMatchObject({ actions: [{ text: 'Share the discharge-by-noon figures with each ward every week', times: 2 }] });
    expect(list).toContainEqual({ kind: 'one-owner', owner: 'Priya', owned: 3, open: 5, share: 0.6 });
    expect(list).toContainEqual({ kind: 'not-yet-late', componentId: 'spread', stage: 'spreading' });
    expect(list).toContainEqual({ kind: 'not-yet-persisting', componentId: 'spread', rounds: 3 });
    expect(trends[2]!.roundId).toBe(r3);
  });

  it('latest round by role: the two managers and the two nurses shown, three people in roles of one hidden', () => {
    const { trends } = exampleTrends();
    const byRole = inPlaceByRole(trends[2]!.measures);
    expect(byRole.roles.map((r) => [r.role, r.people, r.inPlace.engagement, r.inPlace['system-drivers']])).toEqual([
      ['manager', 2, 100, 50],
      ['nurse-midwife', 2, 25, 25],
    ]);
    expect([byRole.hiddenRoles, byRole.hiddenPeople]).toEqual([3, 3]);
  });

  it('spring review: only senior people and a partner came', () => {
    const { backup, trends, context } = exampleTrends();
    const r1 = backup.data.rounds[0]!.id;
    const list = warningsAcrossRounds(trends, 1, context);
    expect(list).toEqual([
      { kind: 'one-level', people: 3, groups: ['senior', 'partner'] },
      { kind: 'group-absent', group: 'clinical', previous: 4 },
      { kind: 'group-absent', group: 'staff', previous: 1 },
      { kind: 'group-absent', group: 'patient-public', previous: 1 },
      { kind: 'participation-drop', group: 'all', now: 3, best: 8, bestRoundId: r1, drop: 0.625 },
    ]);
  });
});

describe('loading and removing the example', () => {
  it('loads once through the restore, marked as an example, and is removed in one step leaving nothing', async () => {
    const before = await tableCounts();
    const id = await loadExample(today);
    const programme = await db.programmes.get(id);
    expect(programme).toMatchObject({ name: EXAMPLE_NAME, example: true });
    expect(await db.rounds.where('programmeId').equals(id).count()).toBe(3);
    expect(await db.actions.where('programmeId').equals(id).count()).toBe(6);
    expect(await db.roundStats.count()).toBe(3);

    // A second load finds the one already here.
    expect(await loadExample(today)).toBe(id);
    expect(await db.programmes.count()).toBe(1);
    expect((await findExample())?.id).toBe(id);

    await removeExample();
    expect(await findExample()).toBeUndefined();
    expect(await tableCounts()).toEqual(before);
    expect(await db.roundStats.count()).toBe(0);
  });

  it('leaves the person’s own programmes alone when it is removed', async () => {
    const { createProgramme } = await import('../../src/db/programmes');
    const own = await createProgramme({ name: 'Our real programme' });
    await loadExample(today);
    await removeExample();
    expect((await db.programmes.toArray()).map((p) => p.id)).toEqual([own.id]);
  });
});
