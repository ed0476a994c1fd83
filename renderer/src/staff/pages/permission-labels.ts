/** Permission and part labels from the parts' own texts (domain/parts/text-keys.ts). */
import type { TFunction } from 'i18next';
import { partOfPermission } from '@domain/parts';
import { textKeys } from '@domain/parts/text-keys';

export function permissionLabel(t: TFunction, permission: string): string {
  const part = partOfPermission(permission);
  return part ? t(textKeys.permission(part, permission)) : permission;
}
