/**
 * How Needs attention words an item: by its rule's texts in the rule's part (domain/parts/
 * text-keys.ts) with the rule's details as facts, else by the generic text of the rejection's
 * reason. Pure, so the wording of every rule is testable with the platform's real details.
 */
import type { TFunction } from 'i18next';
import { permissionLabelKey, ruleTextKeys } from '@domain/parts/text-keys';

/**
 * A rule's details as facts for its message: localized names ({zh, en}) in the shop's language,
 * a name the platform did not know as "unnamed", a permission by its label; lists and objects
 * are left out.
 */
export function messageFacts(
  details: Record<string, unknown> | null,
  language: string,
  t: TFunction,
): Record<string, string | number> {
  const facts: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(details ?? {})) {
    const permissionKey =
      key === 'permission' && typeof value === 'string' ? permissionLabelKey(value) : undefined;
    // A permission the rule names is worded by its part's label ("修改价格"), not its id.
    if (permissionKey) facts[key] = t(permissionKey);
    else if (typeof value === 'string' || typeof value === 'number') facts[key] = value;
    else if (value === null && key.endsWith('Name')) facts[key] = t('sync:attention.unnamed');
    else if (value && typeof value === 'object' && 'zh' in value) {
      const { zh, en } = value as { zh?: string | null; en?: string | null };
      facts[key] = (language.startsWith('en') ? en || zh : zh) ?? t('sync:attention.unnamed');
    }
  }
  return facts;
}

export interface AttentionTexts {
  reason: string;
  todo: string;
  actionLabel: (actionId: string) => string;
}

export function attentionTexts(
  row: { rule: string | null; reason: string; details: Record<string, unknown> | null },
  t: TFunction,
  language: string,
): AttentionTexts {
  const facts = messageFacts(row.details, language, t);
  const keys = row.rule ? ruleTextKeys(row.rule) : undefined;
  return {
    reason: keys ? t(keys.message, facts) : t(`sync:attention.reason.${row.reason}`),
    todo: keys ? t(keys.todo, facts) : t(`sync:attention.todo.${row.reason}`),
    actionLabel: (id) => (keys ? t(keys.action(id), facts) : id),
  };
}
