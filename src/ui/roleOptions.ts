import { ROLE_GROUPS, ROLES, type RoleId } from '../model/vocabulary';
import type { RadioOption } from './fields';

/** The roles as radio options, in their groups (each group's first role carries the group's heading). */
export function roleOptions(): RadioOption<RoleId>[] {
  return ROLE_GROUPS.flatMap((group) =>
    group.roles.map((id, i) => ({
      value: id,
      label: ROLES.find((r) => r.id === id)?.label ?? id,
      groupLabel: i === 0 && group.roles.length > 1 ? group.label : undefined,
    })),
  );
}
