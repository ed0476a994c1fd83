/**
 * The customer's sign-in on a shop's storefront pages. Signing in by phone and one-time code
 * gives the phone-codes module's verification token (random, kept hashed on the platform with its
 * shop and phone, 15 minutes); the session cookie carries only that token and an HMAC of it, so
 * it holds nothing personal, cannot be forged, and ends when the token does. The cookie is
 * HttpOnly, SameSite=Lax, Secure when the request came over https, and scoped to the shop's
 * address (/s/<slug>), so one shop's session is never sent to another's pages.
 *
 * CSRF: every POST must come from the page's own origin (the Origin header, or the Referer when a
 * browser sends no Origin, must name this host), and a signed-in form also carries a per-session
 * token (an HMAC of the session's token) that a cross-site page cannot know. SameSite=Lax keeps
 * the cookie off cross-site POSTs as a third guard.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { storefrontPaths } from '../../../storefront/paths';

export const SESSION_COOKIE = 'sf_session';
/** The verification token's lifetime (phone-codes.ts), so the cookie ends with it. */
const SESSION_MAX_AGE_S = 15 * 60;

export class SessionKeys {
  private readonly secret: Buffer;

  /** `secret`: STOREFRONT_SESSION_SECRET when several instances share sessions; else random. */
  constructor(secret: string | undefined = process.env.STOREFRONT_SESSION_SECRET) {
    this.secret = secret ? Buffer.from(secret, 'utf8') : randomBytes(32);
  }

  private mac(purpose: string, text: string): string {
    return createHmac('sha256', this.secret).update(`${purpose}:${text}`).digest('base64url');
  }

  seal(token: string): string {
    return `${token}.${this.mac('session', token)}`;
  }

  /** The token a cookie value carries, or null when it does not check. */
  open(value: string | undefined): string | null {
    if (!value || value.length > 300) return null;
    const dot = value.lastIndexOf('.');
    if (dot <= 0) return null;
    const token = value.slice(0, dot);
    return same(value.slice(dot + 1), this.mac('session', token)) ? token : null;
  }

  csrfFor(token: string): string {
    return this.mac('csrf', token).slice(0, 32);
  }

  csrfMatches(token: string, given: string | undefined): boolean {
    return typeof given === 'string' && same(given, this.csrfFor(token));
  }
}

function same(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

export function cookieOf(request: FastifyRequest, name: string): string | undefined {
  const header = request.headers.cookie;
  if (typeof header !== 'string') return undefined;
  for (const part of header.split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return decodeURIComponent(rest.join('='));
  }
  return undefined;
}

const isHttps = (request: FastifyRequest) =>
  request.protocol === 'https' || request.headers['x-forwarded-proto'] === 'https';

function cookie(request: FastifyRequest, slug: string, value: string, maxAge: number): string {
  const parts = [
    `${SESSION_COOKIE}=${encodeURIComponent(value)}`,
    `Path=${storefrontPaths.page(slug)}`,
    `Max-Age=${maxAge}`,
    'HttpOnly',
    'SameSite=Lax',
  ];
  if (isHttps(request)) parts.push('Secure');
  return parts.join('; ');
}

export function setSession(
  request: FastifyRequest,
  reply: FastifyReply,
  keys: SessionKeys,
  slug: string,
  token: string,
): void {
  reply.header('set-cookie', cookie(request, slug, keys.seal(token), SESSION_MAX_AGE_S));
}

export function clearSession(request: FastifyRequest, reply: FastifyReply, slug: string): void {
  reply.header('set-cookie', cookie(request, slug, '', 0));
}

/** Whether a POST comes from this host's own pages (see the file's comment). */
export function sameOrigin(request: FastifyRequest): boolean {
  const host = request.headers.host;
  const from = request.headers.origin ?? request.headers.referer;
  if (typeof from !== 'string' || !host) return false;
  try {
    return new URL(from).host === host;
  } catch {
    return false;
  }
}
