/**
 * Who is asking, and may they touch this vendor. Every route under /v1/vendors/:vendorId passes
 * through `requireVendorScope`: no or a bad token is 401, a token without this vendor is 403.
 */
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { AUTH_SCHEME } from '../../domain/sync/protocol';
import { mayAccessVendor, sessionByToken, type Session } from '../accounts/store';
import type { Database } from '../db/database';
import { HttpError, parseOr400 } from './errors';

declare module 'fastify' {
  interface FastifyRequest {
    session: Session | null;
    vendorId: string | null;
  }
}

/** `Bearer <token>`; the scheme is case-insensitive (RFC 9110 section 11.1). */
function headerToken(header: string | undefined): string | undefined {
  const match = header ? /^(\S+)[ \t]+(\S+)[ \t]*$/.exec(header) : null;
  return match && match[1]!.toLowerCase() === AUTH_SCHEME.toLowerCase() ? match[2] : undefined;
}

function bearerToken(request: FastifyRequest, allowQueryToken: boolean): string | undefined {
  const fromHeader = headerToken(request.headers.authorization);
  if (fromHeader) return fromHeader;
  if (!allowQueryToken) return undefined;
  // The query as the app parsed it (query.ts), the same reading the log redacts by. Two tokens
  // are refused rather than one picked: which one a proxy or a log would keep is anyone's guess.
  const token = (request.query as Record<string, unknown> | undefined)?.token;
  if (Array.isArray(token)) throw new HttpError(400, 'invalid_request', 'more than one token');
  return typeof token === 'string' ? token : undefined;
}

export async function requireSession(
  db: Database,
  request: FastifyRequest,
  allowQueryToken = false,
): Promise<Session> {
  const token = bearerToken(request, allowQueryToken);
  if (!token) throw new HttpError(401, 'unauthenticated', 'sign in first: no device token');
  const session = token.length <= 128 ? await sessionByToken(db, token) : null;
  if (!session)
    throw new HttpError(401, 'unauthenticated', 'the device token is unknown or signed out');
  request.session = session;
  return session;
}

/** Lower-cased: the database compares uuids without case, the token check and pokes by text. */
const vendorParamsSchema = z.object({ vendorId: z.uuid().transform((id) => id.toLowerCase()) });

/** Authenticates, then checks the token covers :vendorId. Sets request.session and request.vendorId. */
export async function requireVendorScope(
  db: Database,
  request: FastifyRequest,
  allowQueryToken = false,
) {
  const session = await requireSession(db, request, allowQueryToken);
  const { vendorId } = parseOr400(vendorParamsSchema, request.params, 'params');
  if (!(await mayAccessVendor(db, session, vendorId))) {
    throw new HttpError(403, 'forbidden', 'this device token does not cover that vendor');
  }
  request.vendorId = vendorId;
}
