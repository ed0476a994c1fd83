/**
 * Where a part's texts live: in its own namespace, under `part.` — table labels, change titles,
 * rule messages, what-to-do texts and fix labels. The Sync page and Needs attention look them up
 * here, and the contract test checks every one exists in both languages.
 */
import type { PartManifest } from './define';
import { partOfMutation, partOfPermission, partOfRule, partOfTable } from './index';

export const textKeys = {
  table: (part: PartManifest, table: string) => `${part.namespace}:part.tables.${table}`,
  change: (part: PartManifest, mutation: string) => `${part.namespace}:part.changes.${mutation}`,
  ruleMessage: (part: PartManifest, rule: string) => `${part.namespace}:part.rules.${rule}.message`,
  ruleTodo: (part: PartManifest, rule: string) => `${part.namespace}:part.rules.${rule}.todo`,
  ruleAction: (part: PartManifest, rule: string, action: string) =>
    `${part.namespace}:part.rules.${rule}.actions.${action}`,
  name: (part: PartManifest) => `${part.namespace}:part.name`,
  permission: (part: PartManifest, permission: string) =>
    `${part.namespace}:part.permissions.${permission}`,
};

/** Every text a part declares, with what it is for (for the contract test's messages). */
export function declaredTexts(part: PartManifest): Array<{ piece: string; key: string }> {
  return [
    { piece: 'name', key: textKeys.name(part) },
    ...part.tables.map((table) => ({
      piece: `table ${table.name}`,
      key: textKeys.table(part, table.name),
    })),
    ...part.mutations.map((mutation) => ({
      piece: `mutation ${mutation.name}`,
      key: textKeys.change(part, mutation.name),
    })),
    ...[
      ...(part.rules ?? []).map(({ invariant: { rule }, actions }) => ({ rule, actions })),
      ...(part.checks ?? []),
    ].flatMap(({ rule, actions = [] }) => [
      { piece: `rule ${rule} message`, key: textKeys.ruleMessage(part, rule) },
      { piece: `rule ${rule} what-to-do`, key: textKeys.ruleTodo(part, rule) },
      ...actions.map((action) => ({
        piece: `rule ${rule} action ${action.id}`,
        key: textKeys.ruleAction(part, rule, action.id),
      })),
    ]),
    ...(part.permissions ?? []).map((permission) => ({
      piece: `permission ${permission.id}`,
      key: textKeys.permission(part, permission.id),
    })),
  ];
}

/** The title key of a change by its mutation name; undefined for a name no part declares. */
export function changeTitleKey(mutation: string): string | undefined {
  const part = partOfMutation(mutation);
  return part && textKeys.change(part, mutation);
}

/** The label key of a permission; undefined for an id no part declares. */
export function permissionLabelKey(permission: string): string | undefined {
  const part = partOfPermission(permission);
  return part && textKeys.permission(part, permission);
}

export function tableLabelKey(table: string): string | undefined {
  const part = partOfTable(table);
  return part && textKeys.table(part, table);
}

/** The message, what-to-do and fix label keys of a rule; undefined for a rule no part declares. */
export function ruleTextKeys(
  rule: string,
): { message: string; todo: string; action: (id: string) => string } | undefined {
  const part = partOfRule(rule);
  if (!part) return undefined;
  return {
    message: textKeys.ruleMessage(part, rule),
    todo: textKeys.ruleTodo(part, rule),
    action: (id) => textKeys.ruleAction(part, rule, id),
  };
}
