/**
 * Push and pull for one vendor. Both check the token's scope first (routes under
 * /v1/vendors/:vendorId, see auth.ts), then the protocol version, then the payload.
 */
import type { FastifyInstance } from 'fastify';
import {
  MIN_PROTOCOL_VERSION,
  PROTOCOL_VERSION,
  SPLIT_PAGES_SINCE,
  pullQuerySchema,
  pushRequestSchema,
  type PullResponse,
  type PushRequest,
  type PushResponse,
} from '../../domain/sync/protocol';
import type { Database } from '../db/database';
import type { PokeHub } from '../sync/poke-hub';
import { BadResumeError, CursorAheadError, readPull } from '../sync/pull';
import { applyPush } from '../sync/push';
import type { SyncRules } from '../sync/rules';
import { HttpError, parseOr400 } from './errors';

export function checkProtocolVersion(version: number): void {
  if (version < MIN_PROTOCOL_VERSION) {
    throw new HttpError(
      426,
      'client_too_old',
      `protocol ${version} is no longer served; update the console (platform speaks ${MIN_PROTOCOL_VERSION}..${PROTOCOL_VERSION})`,
    );
  }
  if (version > PROTOCOL_VERSION) {
    throw new HttpError(
      426,
      'client_too_new',
      `protocol ${version} is newer than this platform's ${PROTOCOL_VERSION}; the platform must be updated first`,
    );
  }
}

/** Every mutation must come from the device the token was issued to; newer versions wait. */
function checkPushedMutations(body: PushRequest, tokenDeviceId: string, rules: SyncRules): void {
  if (body.deviceId !== tokenDeviceId) {
    throw new HttpError(
      400,
      'device_mismatch',
      'deviceId is not the device this token was issued to',
    );
  }
  for (const [index, mutation] of body.mutations.entries()) {
    if (mutation.deviceId !== body.deviceId) {
      throw new HttpError(
        400,
        'device_mismatch',
        `mutations.${index}.deviceId differs from deviceId`,
      );
    }
    const current = rules.findMutation(mutation.name)?.version;
    // Rejecting it would lose the shop's change; refusing the push keeps it queued until the
    // platform is updated.
    if (current !== undefined && mutation.version > current) {
      throw new HttpError(
        426,
        'client_too_new',
        `${mutation.name} v${mutation.version} is newer than the platform's v${current}`,
      );
    }
  }
}

export function syncRoutes(
  scope: FastifyInstance,
  db: Database,
  rules: SyncRules,
  pokes: PokeHub,
): void {
  scope.post('/push', async (request): Promise<PushResponse> => {
    const body = parseOr400(pushRequestSchema, request.body, 'body');
    checkProtocolVersion(body.protocolVersion);
    checkPushedMutations(body, request.session!.deviceId, rules);
    const response = await applyPush(
      db,
      rules,
      { vendorId: request.vendorId!, deviceId: body.deviceId, mutations: body.mutations },
      (tx, vendorId) => pokes.announce(tx, vendorId),
    );
    request.log.info(
      {
        vendor: request.vendorId,
        device: body.deviceId,
        count: body.mutations.length,
        last: response.lastProcessedSeq,
        gap: response.gap,
        client: body.clientVersion,
      },
      'push',
    );
    return response;
  });

  scope.get('/pull', async (request): Promise<PullResponse> => {
    const query = parseOr400(pullQuerySchema, request.query, 'query');
    checkProtocolVersion(query.protocolVersion);
    try {
      return await readPull(db, {
        vendorId: request.vendorId!,
        deviceId: request.session!.deviceId,
        userId: request.session!.userId,
        cursor: query.cursor,
        limit: query.limit,
        after: query.after,
        splitMutations: query.protocolVersion >= SPLIT_PAGES_SINCE,
      });
    } catch (error) {
      if (error instanceof CursorAheadError) {
        throw new HttpError(409, 'cursor_ahead', `${error.message}; pull again from cursor 0`);
      }
      if (error instanceof BadResumeError) {
        throw new HttpError(400, 'invalid_request', `query.after: ${error.message}`, [
          { path: 'query.after', message: error.message },
        ]);
      }
      throw error;
    }
  });
}
