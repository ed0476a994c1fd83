/**
 * Calendar routes (issue 13). Under the vendor scope (a token for the shop): the shop's feeds
 * and making or rotating one, and what the refresh job last saw of each subscribed calendar.
 * Public: the feed itself, `GET /ical/v1/<secret>.ics`, which a calendar app polls without a
 * token; the secret is the only key, so an unknown one gets the same 404 as a rotated one.
 */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { idSchema } from '../../domain/ids';
import type { Database } from '../db/database';
import { HttpError, parseOr400 } from '../http/errors';
import {
  FEED_PATH_PREFIX,
  feedBySecret,
  feedPath,
  feedText,
  isFeedScope,
  listFeeds,
  rotateFeed,
} from './calendar-feeds';
import { subscriptionStates } from './calendar-subscriptions';

const rotateBodySchema = z.object({ scope: z.union([z.literal('shop'), idSchema]) }).strict();

/** Routes for the shop's own devices; register inside the /v1/vendors/:vendorId scope. */
export function calendarRoutes(scope: FastifyInstance, db: Database): void {
  scope.get('/calendar-feeds', async (request) => ({
    feeds: await listFeeds(db, request.vendorId!),
  }));

  scope.post('/calendar-feeds/rotate', async (request) => {
    const { scope: feedScope } = parseOr400(rotateBodySchema, request.body, 'body');
    const vendorId = request.vendorId!;
    if (!(await isFeedScope(db, vendorId, feedScope))) {
      throw new HttpError(404, 'not_found', 'no such staff member');
    }
    const feed = await rotateFeed(db, vendorId, feedScope, Date.now());
    return {
      scope: feed.scope,
      path: feedPath(feed.secret),
      createdAt: feed.createdAt,
      rotatedAt: feed.rotatedAt,
    };
  });

  scope.get('/calendar-subscriptions/state', async (request) => ({
    subscriptions: await subscriptionStates(db, request.vendorId!),
  }));
}

const feedQuerySchema = z.object({ lang: z.enum(['zh', 'en']).optional() });

/** The public feed; register on the app itself. */
export function publicCalendarRoutes(app: FastifyInstance, db: Database): void {
  app.get(`${FEED_PATH_PREFIX}:file`, { config: { access: 'public' } }, async (request, reply) => {
    const { file } = request.params as { file: string };
    const query = feedQuerySchema.safeParse(request.query);
    const secret = file.endsWith('.ics') ? file.slice(0, -4) : '';
    const feed = secret ? await feedBySecret(db, secret) : null;
    if (!feed) throw new HttpError(404, 'not_found', 'no such calendar');
    const text = await feedText(
      db,
      feed,
      Date.now(),
      query.success ? (query.data.lang ?? 'zh') : 'zh',
    );
    return reply
      .header('content-type', 'text/calendar; charset=utf-8')
      .header('cache-control', 'private, max-age=300')
      .header('content-disposition', 'inline; filename="bookings.ics"')
      .send(text);
  });
}
