/**
 * Which permissions a change needs, from the parts' declarations (domain/parts/define.ts
 * PermissionDeclaration). A change none guards needs none: anyone at the desk may make it.
 */
import type { RowOp } from '../mutations/row-ops';
import type { PermissionDeclaration } from '../parts/define';
import { parts } from '../parts';

const guardsByMutation = new Map<string, Array<{ permission: string; when?: PermissionWhen }>>();
type PermissionWhen = NonNullable<NonNullable<PermissionDeclaration['guards']>[number]['when']>;
for (const part of parts) {
  for (const permission of part.permissions ?? []) {
    for (const guard of permission.guards ?? []) {
      const list = guardsByMutation.get(guard.mutation) ?? [];
      list.push({ permission: permission.id, when: guard.when });
      guardsByMutation.set(guard.mutation, list);
    }
  }
}

export function requiredPermissions(
  mutation: string,
  args: unknown,
  ops: readonly RowOp[],
): string[] {
  return (guardsByMutation.get(mutation) ?? [])
    .filter((guard) => !guard.when || guard.when(args, ops))
    .map((guard) => guard.permission);
}

/** Whether any change of this name can need a permission (so the platform records it). */
export function isGuarded(mutation: string): boolean {
  return guardsByMutation.has(mutation);
}

/** Every declared permission, grouped by the part that declares it, in the parts' order. */
export function permissionsByPart(): Array<{ part: string; namespace: string; ids: string[] }> {
  return parts
    .filter((part) => (part.permissions ?? []).length > 0)
    .map((part) => ({
      part: part.id,
      namespace: part.namespace,
      ids: (part.permissions ?? []).map((permission) => permission.id),
    }));
}
