/**
 * Storefront changes only the platform makes (sync/originate.ts knows them, the push route does
 * not, so no desk can send them): a due schedule carried out, and the shop's claimed address.
 * Their rows reach every desk by pull like any change. A scheduled publish writes nothing by its
 * own ops: its version number is the highest + 1 at the moment it applies, so it is written in
 * the change's transaction by versions.ts (sync/after-apply.ts), like a desk's publish.
 */
import { z } from 'zod';
import { idSchema } from '../../domain/ids';
import { defineMutation } from '../../domain/mutations/define';
import { storefrontSiteSchema } from '../../domain/storefront/schema';

export const publishScheduled = defineMutation({
  name: 'storefront.publishScheduled',
  version: 1,
  args: z.object({ scheduleId: idSchema, at: z.number().int() }),
  ops: () => [],
});

export const putStorefrontSite = defineMutation({
  name: 'storefrontSite.put',
  version: 1,
  args: z.object({ site: storefrontSiteSchema }),
  ops: ({ site }) => [{ op: 'put', table: 'storefrontSite', row: site }],
});

export const storefrontPlatformMutations = [publishScheduled, putStorefrontSite] as const;
