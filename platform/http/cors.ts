/**
 * CORS for the console's own origins only: the desktop app (app://console) and the browser build
 * served from loopback (http://127.0.0.1:<port>, http://localhost:<port>). Tokens travel in the
 * Authorization header, never in cookies, so no credentials mode is needed.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { APP_ORIGIN } from '../../domain/ipc-contract';

const loopback = /^http:\/\/(127\.0\.0\.1|localhost|\[::1\])(:\d{1,5})?$/;

export function isConsoleOrigin(origin: string, extra: readonly string[] = []): boolean {
  return origin === APP_ORIGIN || loopback.test(origin) || extra.includes(origin);
}

export function corsHeaders(
  request: FastifyRequest,
  extra: readonly string[] = [],
): Record<string, string> {
  const origin = request.headers.origin;
  if (!origin || !isConsoleOrigin(origin, extra)) return {};
  return { 'access-control-allow-origin': origin, vary: 'Origin' };
}

export function installCors(app: FastifyInstance, extraOrigins: readonly string[] = []): void {
  app.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
    const headers = corsHeaders(request, extraOrigins);
    for (const [name, value] of Object.entries(headers)) reply.header(name, value);
    if (request.method === 'OPTIONS' && request.headers['access-control-request-method']) {
      if (!headers['access-control-allow-origin']) {
        return reply
          .status(403)
          .send({ code: 'origin_not_allowed', message: 'origin not allowed' });
      }
      return reply
        .status(204)
        .header('access-control-allow-methods', 'GET, POST, OPTIONS')
        .header('access-control-allow-headers', 'authorization, content-type')
        .header('access-control-max-age', '600')
        .send();
    }
  });
}
