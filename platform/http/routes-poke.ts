/**
 * The poke stream: server-sent events telling a console "this vendor's data changed, pull".
 * No data rides on it (an empty `data:` line, without which EventSource drops the event).
 * EventSource cannot send headers, so the token may also come as ?token= (see the protocol doc
 * for the trade-off); it is kept out of the logs. A stream lasts only as long as its access:
 * before each poke and on every heartbeat the token and its scope are checked again, so a
 * sign-out, a deleted session or an unlinked provider ends it within one heartbeat.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { POKE_EVENT } from '../../domain/sync/protocol';
import { mayAccessVendor, sessionByTokenHash } from '../accounts/store';
import type { Database } from '../db/database';
import type { PokeHub } from '../sync/poke-hub';
import { corsHeaders } from './cors';

export interface PokeStreams {
  /** Ends every open stream, so a graceful shutdown does not wait on them. */
  endAll(): void;
}

export interface PokeOptions {
  heartbeatMs: number;
  /** How often an idle stream's access is checked again; at most the heartbeat. */
  recheckMs: number;
  extraOrigins: readonly string[];
}

function streamHeaders(request: FastifyRequest, extraOrigins: readonly string[]) {
  return {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-cache, no-transform',
    connection: 'keep-alive',
    'x-accel-buffering': 'no',
    ...corsHeaders(request, extraOrigins),
  };
}

/** Whether the token that opened the stream still reaches the vendor. */
async function stillAllowed(db: Database, request: FastifyRequest): Promise<boolean> {
  const opened = request.session!;
  const session = await sessionByTokenHash(db, opened.tokenHash);
  return session !== null && (await mayAccessVendor(db, session, request.vendorId!));
}

export function pokeRoute(
  scope: FastifyInstance,
  db: Database,
  pokes: PokeHub,
  options: PokeOptions,
): PokeStreams {
  const open = new Set<() => void>();
  scope.get('/poke', (request, reply) => {
    // HEAD: the headers a stream would get, and no stream (Node sends nothing for a HEAD
    // response until it ends, so a held-open HEAD never even got its headers).
    if (request.method === 'HEAD') {
      return reply.headers(streamHeaders(request, options.extraOrigins)).status(200).send();
    }
    const vendorId = request.vendorId!;
    reply.hijack();
    const stream = reply.raw;
    stream.writeHead(200, streamHeaders(request, options.extraOrigins));
    stream.write(': connected\nretry: 3000\n\n');
    let ended = false;
    const whenAllowed = (write: () => void) => {
      stillAllowed(db, request).then(
        (allowed) => (ended ? undefined : allowed ? write() : end()),
        () => end(),
      );
    };
    const unsubscribe = pokes.subscribe(vendorId, () =>
      whenAllowed(() => stream.write(`event: ${POKE_EVENT}\ndata:\n\n`)),
    );
    const heartbeat = setInterval(() => stream.write(': heartbeat\n\n'), options.heartbeatMs);
    const recheck = setInterval(() => whenAllowed(() => undefined), options.recheckMs);
    const end = () => {
      ended = true;
      clearInterval(heartbeat);
      clearInterval(recheck);
      unsubscribe();
      open.delete(end);
      if (!stream.writableEnded) stream.end();
    };
    open.add(end);
    request.raw.on('close', end);
  });
  return { endAll: () => [...open].forEach((end) => end()) };
}
