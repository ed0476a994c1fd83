/**
 * The platform's calendar routes as the console calls them (platform/bookings/calendar-routes.ts):
 * the shop's feeds, making or rotating one (its URL is shown only then), and what the refresh
 * job last saw of each subscription. Online only; a failure is the caller's to word.
 */
import { z } from 'zod';

import type { PlatformAccess } from '../../../platform-api/access';

export type { PlatformAccess };

const feedInfoSchema = z.object({
  scope: z.string(),
  createdAt: z.number(),
  rotatedAt: z.number(),
});
export type FeedInfo = z.infer<typeof feedInfoSchema>;

const rotatedSchema = feedInfoSchema.extend({ path: z.string() });
const statesSchema = z.object({
  subscriptions: z.array(
    z.object({
      subscriptionId: z.string(),
      fetchedAt: z.number(),
      okAt: z.number().nullable(),
      error: z.string().nullable(),
    }),
  ),
});
export type SubscriptionState = z.infer<typeof statesSchema>['subscriptions'][number];

async function call<T>(
  access: PlatformAccess,
  vendorId: string,
  path: string,
  schema: z.ZodType<T>,
  body?: unknown,
): Promise<T> {
  const base = access.platformUrl.replace(/\/+$/, '');
  const response = await fetch(`${base}/v1/vendors/${vendorId}${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: {
      authorization: `Bearer ${access.token}`,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
    cache: 'no-store',
    signal: AbortSignal.timeout(15_000),
  });
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  return schema.parse(await response.json());
}

export const listFeeds = (access: PlatformAccess, vendorId: string) =>
  call(access, vendorId, '/calendar-feeds', z.object({ feeds: z.array(feedInfoSchema) })).then(
    (body) => body.feeds,
  );

/** Makes or rotates the feed; returns its full URL, shown once. */
export async function rotateFeed(access: PlatformAccess, vendorId: string, scope: string) {
  const made = await call(access, vendorId, '/calendar-feeds/rotate', rotatedSchema, { scope });
  return { ...made, url: access.platformUrl.replace(/\/+$/, '') + made.path };
}

export const subscriptionStates = (access: PlatformAccess, vendorId: string) =>
  call(access, vendorId, '/calendar-subscriptions/state', statesSchema).then(
    (body) => body.subscriptions,
  );
