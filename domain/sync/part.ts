/** The sync part: the shop-wide Needs attention list and the Sync page. */
import { definePart } from '../parts/define';
import { settleAttentionItem } from './attention';
import { syncTables } from './tables';

export const syncPart = definePart({
  id: 'sync',
  namespace: 'sync',
  tables: syncTables,
  mutations: [settleAttentionItem],
  pages: ['sync'],
});
