/**
 * Warnings across rounds (issue 16): who is in the room and whether anything is seen to change.
 * Each is data with its numbers, for "What to look at next" to put into words. Like every flag
 * here, each is a question for the group, not a verdict. Thresholds: src/domain/thresholds.ts.
 */
import { COMPONENT_IDS, type ComponentId } from '../model/types';
import { ROLE_GROUP_IDS, type RoleGroupId } from '../model/vocabulary';
import { groupScores, participationByGroup } from './roles';
import { median } from './stats';
import {
  CARRIED_FORWARD_TIMES,
  NOT_YET_PERSISTING_ROUNDS,
  NOT_YET_QUESTIONED_AT,
  NOTHING_SEEN_ROUNDS,
  ONE_OWNER_MIN_OPEN_ACTIONS,
  ONE_OWNER_SHARE,
  PARTICIPATION_DROP_SHARE,
  SENIOR_FRONTLINE_GAP,
  SENIOR_FRONTLINE_MIN_PEOPLE,
} from './thresholds';
import type { RoundTrend } from './types';

/** Executives and managers. */
export const SENIOR_GROUPS: readonly RoleGroupId[] = ['senior'];
/** Clinical and other frontline staff. */
export const FRONTLINE_GROUPS: readonly RoleGroupId[] = ['clinical', 'staff'];
/** The voices whose absence makes a room "one level": clinical, frontline, patients and the public. */
export const GROUND_LEVEL_GROUPS: readonly RoleGroupId[] = ['clinical', 'staff', 'patient-public'];

export interface SideOfGap {
  median: number;
  people: number;
}

export type Warning =
  | { kind: 'senior-frontline'; componentId: ComponentId; senior: SideOfGap; frontline: SideOfGap; gap: number }
  | { kind: 'group-absent'; group: RoleGroupId; previous: number }
  | { kind: 'participation-drop'; group: RoleGroupId | 'all'; now: number; best: number; bestRoundId: string; drop: number }
  | { kind: 'one-level'; people: number; groups: RoleGroupId[] }
  | {
      kind: 'engagement-flat';
      /** Engagement's "in place" in each of the last NOTHING_SEEN_ROUNDS + 1 rounds, oldest first. */
      engagement: number[];
      /** Rigorous delivery's "in place" at the start and at the end of the same rounds. */
      delivery: [number, number];
      roundIds: string[];
    }
  | { kind: 'carried-forward'; actions: { id: string; text: string; times: number }[] }
  | { kind: 'one-owner'; owner: string; owned: number; open: number; share: number }
  | { kind: 'not-yet-late'; componentId: ComponentId; stage: string }
  | { kind: 'not-yet-persisting'; componentId: ComponentId; rounds: number };

export interface ActionInput {
  id: string;
  text: string;
  owner: string;
  status: string;
  carriedInto: readonly string[];
}

export interface WarningContext {
  /** Each round's recorded stage, by round id ('' or absent when not recorded). */
  stages?: ReadonlyMap<string, string>;
  /** The programme's actions as they are now: looked at only for the latest round. */
  actions?: readonly ActionInput[];
}

/** The warnings for the round at `index` of `trends` (sorted by date, as computeTrends returns them). */
export function warningsAcrossRounds(trends: readonly RoundTrend[], index: number, context: WarningContext = {}): Warning[] {
  const trend = trends[index];
  if (!trend) return [];
  const out: Warning[] = [];
  const participation = participationByGroup(trends.slice(0, index + 1));
  const now = participation[index]!;

  // Who is in the room: only for a round with at least two people (a quick check is one person).
  if (now.total >= 2) {
    const apart: Extract<Warning, { kind: 'senior-frontline' }>[] = [];
    for (const c of COMPONENT_IDS) {
      const senior = groupScores(trend.measures, c, SENIOR_GROUPS);
      const frontline = groupScores(trend.measures, c, FRONTLINE_GROUPS);
      if (senior.length < SENIOR_FRONTLINE_MIN_PEOPLE || frontline.length < SENIOR_FRONTLINE_MIN_PEOPLE) continue;
      const s = median(senior)!;
      const f = median(frontline)!;
      if (Math.abs(s - f) >= SENIOR_FRONTLINE_GAP) {
        apart.push({
          kind: 'senior-frontline',
          componentId: c,
          senior: { median: s, people: senior.length },
          frontline: { median: f, people: frontline.length },
          gap: Math.abs(s - f),
        });
      }
    }
    // Widest gap first.
    out.push(...apart.sort((x, y) => y.gap - x.gap));
    if (!GROUND_LEVEL_GROUPS.some((g) => now.groups[g] > 0)) {
      out.push({ kind: 'one-level', people: now.total, groups: ROLE_GROUP_IDS.filter((g) => now.groups[g] > 0) });
    }
  }

  // Participation eroding: against the previous round (a group gone) and the best earlier round.
  if (index > 0 && now.total > 0) {
    const previous = participation[index - 1]!;
    const absent = new Set<RoleGroupId>();
    for (const g of ROLE_GROUP_IDS) {
      if (g === 'other') continue; // "other" is not a role whose absence says anything
      if (previous.groups[g] > 0 && now.groups[g] === 0) {
        absent.add(g);
        out.push({ kind: 'group-absent', group: g, previous: previous.groups[g] });
      }
    }
    const earlier = participation.slice(0, index);
    const drop = (value: (row: (typeof participation)[number]) => number, group: RoleGroupId | 'all', minBest: number) => {
      let best = earlier[0]!;
      for (const row of earlier) if (value(row) > value(best)) best = row;
      const b = value(best);
      const n = value(now);
      if (b >= minBest && (b - n) / b >= PARTICIPATION_DROP_SHARE) {
        out.push({ kind: 'participation-drop', group, now: n, best: b, bestRoundId: best.roundId, drop: (b - n) / b });
      }
    };
    drop((row) => row.total, 'all', 1);
    for (const g of ROLE_GROUP_IDS) {
      if (g === 'other' || absent.has(g)) continue;
      drop((row) => row.groups[g], g, 2);
    }
  }

  // Nothing seen to change: engagement not up round after round while delivery rises.
  if (index >= NOTHING_SEEN_ROUNDS) {
    const span = trends.slice(index - NOTHING_SEEN_ROUNDS, index + 1);
    const engagement = span.map((t) => t.measures.coverage['engagement']);
    const delivery = span.map((t) => t.measures.coverage['rigorous-delivery']);
    if (engagement.every((v) => v !== undefined) && delivery[0] !== undefined && delivery[delivery.length - 1] !== undefined) {
      const e = engagement as number[];
      const flat = e.every((v, i) => i === 0 || v <= e[i - 1]!);
      const from = delivery[0];
      const to = delivery[delivery.length - 1]!;
      if (flat && to > from) {
        out.push({ kind: 'engagement-flat', engagement: e, delivery: [from, to], roundIds: span.map((t) => t.roundId) });
      }
    }
  }

  // Actions are read as they are now, so only for the latest round.
  if (index === trends.length - 1 && context.actions) {
    const open = context.actions.filter((a) => a.status === 'open');
    const carried = open
      .filter((a) => a.carriedInto.length >= CARRIED_FORWARD_TIMES)
      .map((a) => ({ id: a.id, text: a.text, times: a.carriedInto.length }))
      .sort((a, b) => b.times - a.times);
    if (carried.length > 0) out.push({ kind: 'carried-forward', actions: carried });
    if (open.length >= ONE_OWNER_MIN_OPEN_ACTIONS) {
      const byOwner = new Map<string, { name: string; n: number }>();
      for (const a of open) {
        const name = a.owner.trim();
        if (!name) continue;
        const key = name.toLocaleLowerCase('en-GB');
        const entry = byOwner.get(key) ?? { name, n: 0 };
        entry.n += 1;
        byOwner.set(key, entry);
      }
      const top = [...byOwner.values()].sort((a, b) => b.n - a.n)[0];
      if (top && top.n / open.length >= ONE_OWNER_SHARE) {
        out.push({ kind: 'one-owner', owner: top.name, owned: top.n, open: open.length, share: top.n / open.length });
      }
    }
  }

  // Stage-aware hints on "not yet at this stage".
  const stage = context.stages?.get(trend.roundId) ?? '';
  for (const c of trend.measures.notYet) {
    if (stage && NOT_YET_QUESTIONED_AT[c]?.includes(stage)) out.push({ kind: 'not-yet-late', componentId: c, stage });
    let running = 0;
    for (let i = index; i >= 0 && trends[i]!.measures.notYet.includes(c); i--) running += 1;
    if (running >= NOT_YET_PERSISTING_ROUNDS) out.push({ kind: 'not-yet-persisting', componentId: c, rounds: running });
  }
  return out;
}
