/** Sign-in, sign-out, "who am I" and the health check. */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { signInRequestSchema, syncPaths, type MeResponse } from '../../domain/sync/protocol';
import { normaliseLogin, signIn, signOut, vendorsOf } from '../accounts/store';
import type { Database } from '../db/database';
import { requireSession } from './auth';
import { HttpError, parseOr400 } from './errors';

export interface SignInLimit {
  /** Attempts per client address and login per window. */
  max: number;
  timeWindowMs: number;
}

export function accountRoutes(app: FastifyInstance, db: Database, signInLimit: SignInLimit): void {
  app.get(syncPaths.health, { config: { access: 'public' } }, async () => {
    await db.query('select 1');
    return { ok: true, database: db.kind };
  });

  app.post(
    syncPaths.signIn,
    {
      config: {
        access: 'public',
        rateLimit: {
          max: signInLimit.max,
          timeWindow: signInLimit.timeWindowMs,
          // Counted per address and login, after the body is parsed: guessing one account's
          // password is slowed down without one busy shop network locking out its colleagues.
          hook: 'preHandler',
          keyGenerator: (request: FastifyRequest) => {
            const login = (request.body as { login?: unknown } | undefined)?.login;
            return `${request.ip}|${typeof login === 'string' ? normaliseLogin(login) : ''}`;
          },
        },
      },
    },
    async (request) => {
      const body = parseOr400(signInRequestSchema, request.body, 'body');
      const result = await signIn(db, body);
      if (!result) throw new HttpError(401, 'bad_credentials', 'wrong login or password');
      request.log.info({ account: result.account.id, device: body.deviceId }, 'signed in');
      return result;
    },
  );

  app.post(syncPaths.signOut, async (request, reply) => {
    const session = await requireSession(db, request);
    await signOut(db, session);
    return reply.status(204).send();
  });

  app.get(syncPaths.me, async (request): Promise<MeResponse> => {
    const session = await requireSession(db, request);
    return {
      account: session.account,
      deviceId: session.deviceId,
      vendors: await vendorsOf(db, session.account),
    };
  });
}
