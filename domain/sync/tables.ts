/**
 * The sync part's one synced table: Needs attention. The platform writes an item when it turns a
 * change down (under the rejected change's server seq), so every desktop of the shop, its owner
 * and its provider see the same list; dismissing or fixing one is a change like any other.
 */
import { defineTable } from '../parts/define';

export const syncTables = [defineTable({ name: 'attentionItem', kind: 'entity' })] as const;
