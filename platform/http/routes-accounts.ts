/** Sign-in, sign-out, "who am I" and the health check. */
import type { FastifyInstance } from 'fastify';
import { signInRequestSchema, syncPaths, type MeResponse } from '../../domain/sync/protocol';
import { normaliseLogin, signIn, signOut, vendorsOf } from '../accounts/store';
import {
  clearSignInFailures,
  DEFAULT_SIGN_IN_POLICY,
  recordSignInFailure,
  signInWaitSeconds,
  type SignInPolicy,
} from '../accounts/sign-in-throttle';
import type { Database } from '../db/database';
import { requireSession } from './auth';
import { HttpError, parseOr400 } from './errors';

export function accountRoutes(
  app: FastifyInstance,
  db: Database,
  policy: SignInPolicy = DEFAULT_SIGN_IN_POLICY,
): void {
  app.get(syncPaths.health, { config: { access: 'public' } }, async () => {
    await db.query('select 1');
    return { ok: true, database: db.kind };
  });

  app.post(syncPaths.signIn, { config: { access: 'public' } }, async (request, reply) => {
    const body = parseOr400(signInRequestSchema, request.body, 'body');
    const login = normaliseLogin(body.login);
    const waitSeconds = await signInWaitSeconds(db, login, request.ip, policy);
    if (waitSeconds > 0) {
      reply.header('retry-after', String(waitSeconds));
      throw new HttpError(
        429,
        'too_many_requests',
        `too many failed sign-ins; try again in ${waitSeconds} s`,
      );
    }
    const result = await signIn(db, body);
    if (!result) {
      await recordSignInFailure(db, login, request.ip, policy);
      throw new HttpError(401, 'bad_credentials', 'wrong login or password');
    }
    await clearSignInFailures(db, login);
    request.log.info({ account: result.account.id, device: result.deviceId }, 'signed in');
    return result;
  });

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
