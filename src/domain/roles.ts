/**
 * Roles and participation: "in place" by role for one round, who took part by role group across
 * rounds (mobilisation-2010 §2.1 and Appendix 2: what moves people, and how they see the change,
 * differs by role; social-movements-2003: few staff take part in formal improvement work, so show
 * who did). Pure functions over the measures; names never enter here.
 */
import { ROLE_GROUP_IDS, ROLE_IDS, roleGroupOf, type RoleGroupId } from '../model/vocabulary';
import { COMPONENT_IDS, type ComponentId } from '../model/types';
import { median } from './stats';
import { ROLE_MIN_PEOPLE } from './thresholds';
import type { RoundMeasures } from './types';

export interface RoleInPlace {
  role: string;
  group: RoleGroupId;
  /** People of this role in the round. */
  people: number;
  /** Median score per component, only where at least ROLE_MIN_PEOPLE of them scored it. */
  inPlace: Partial<Record<ComponentId, number>>;
  /** How many of them scored each component. */
  scored: Record<ComponentId, number>;
}

export interface InPlaceByRole {
  /** Roles with at least ROLE_MIN_PEOPLE people, in the app's role order (unknown roles last). */
  roles: RoleInPlace[];
  /** Roles left out for having fewer people, and how many people they hold. */
  hiddenRoles: number;
  hiddenPeople: number;
}

/** Each participant's role in a round (every participant is in each component's scores). */
export function participantRoles(measures: RoundMeasures): string[] {
  return measures.components[COMPONENT_IDS[0]].scores.map((s) => s.role);
}

function roleOrder(role: string): number {
  const i = (ROLE_IDS as readonly string[]).indexOf(role);
  return i === -1 ? ROLE_IDS.length : i;
}

/** "In place" (the median score) by role for one round; a role with fewer than ROLE_MIN_PEOPLE people is hidden. */
export function inPlaceByRole(measures: RoundMeasures, minPeople = ROLE_MIN_PEOPLE): InPlaceByRole {
  const counts = new Map<string, number>();
  for (const role of participantRoles(measures)) counts.set(role, (counts.get(role) ?? 0) + 1);
  const roles: RoleInPlace[] = [];
  let hiddenRoles = 0;
  let hiddenPeople = 0;
  for (const [role, people] of [...counts].sort((a, b) => roleOrder(a[0]) - roleOrder(b[0]) || a[0].localeCompare(b[0]))) {
    if (people < minPeople) {
      hiddenRoles += 1;
      hiddenPeople += people;
      continue;
    }
    const inPlace: Partial<Record<ComponentId, number>> = {};
    const scored = {} as Record<ComponentId, number>;
    for (const c of COMPONENT_IDS) {
      const values = measures.components[c].scores.filter((s) => s.role === role && s.score !== undefined).map((s) => s.score!);
      scored[c] = values.length;
      const m = values.length >= minPeople ? median(values) : undefined;
      if (m !== undefined) inPlace[c] = m;
    }
    roles.push({ role, group: roleGroupOf(role), people, inPlace, scored });
  }
  return { roles, hiddenRoles, hiddenPeople };
}

export interface ParticipationRow {
  roundId: string;
  total: number;
  groups: Record<RoleGroupId, number>;
}

/** People per role group in each round, in the order given (groups keep older and finer roles comparable). */
export function participationByGroup(rounds: readonly { roundId: string; measures: RoundMeasures }[]): ParticipationRow[] {
  return rounds.map(({ roundId, measures }) => {
    const groups = Object.fromEntries(ROLE_GROUP_IDS.map((g) => [g, 0])) as Record<RoleGroupId, number>;
    const roles = participantRoles(measures);
    for (const role of roles) groups[roleGroupOf(role)] += 1;
    return { roundId, total: roles.length, groups };
  });
}

/** The scores of a set of role groups for one component (for the senior and frontline comparison). */
export function groupScores(measures: RoundMeasures, componentId: ComponentId, groups: readonly RoleGroupId[]): number[] {
  return measures.components[componentId].scores
    .filter((s) => s.score !== undefined && groups.includes(roleGroupOf(s.role)))
    .map((s) => s.score!);
}
