/**
 * The storefront part's texts. The manifest's texts are under `part`; the pages' texts sit in
 * storefront/*.ts, one file per area, gathered here.
 */
import type { LocaleShape } from '../../shape';
import type zh from '../zh-CN/storefront';
import checks from './storefront/checks';
import editor from './storefront/editor';
import rules from './storefront/rules';
import versions from './storefront/versions';

export default {
  ...editor,
  ...versions,
  checks,
  part: {
    name: 'Storefront',
    tables: {
      storefrontBlock: 'Storefront page blocks',
      storefrontTheme: 'Storefront page theme',
      storefrontPublishRequest: 'Publish requests',
      storefrontVersion: 'Published versions',
      storefrontSchedule: 'Scheduled publishing',
      storefrontSite: 'Storefront address',
    },
    changes: {
      storefrontBlock: {
        add: 'Add a page block',
        edit: 'Edit a page block',
        move: 'Move a page block',
        remove: 'Remove a page block',
      },
      storefrontTheme: { put: 'Set the page theme', edit: 'Edit the page theme' },
      storefront: {
        publish: 'Publish the storefront',
        schedule: 'Schedule a storefront publish',
        cancelSchedule: 'Cancel a scheduled publish',
      },
    },
    rules,
    permissions: {
      storefront: {
        edit: 'Edit the storefront draft',
        publish: 'Publish, roll back and schedule the storefront',
      },
    },
  },
} satisfies LocaleShape<typeof zh>;
