/**
 * The storefront part (店铺装修): the shop's mini-program page, drafted block by block in the
 * console, published as numbered immutable versions by the platform, scheduled, rolled back, and
 * served at /s/<slug> (platform/storefront). The platform judges a publish against the version
 * that is live when it arrives (invariants/).
 */
import { definePart } from '../parts/define';
import { publishAnyway, stalePublish } from './invariants/stale-publish';
import { storefrontMutations } from './mutations';
import { storefrontPermissions } from './permissions';
import { storefrontTables } from './tables';

export const storefrontPart = definePart({
  id: 'storefront',
  namespace: 'storefront',
  tables: storefrontTables,
  mutations: storefrontMutations,
  rules: [{ invariant: stalePublish, actions: [publishAnyway] }],
  permissions: storefrontPermissions,
  pages: ['storefront'],
});
