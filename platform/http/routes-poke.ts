/**
 * The poke stream: server-sent events telling a console "this vendor's data changed, pull".
 * No data rides on it (an empty `data:` line, without which EventSource drops the event).
 * EventSource cannot send headers, so the token may also come as ?token= (see the protocol doc
 * for the trade-off); it is kept out of the logs.
 */
import type { FastifyInstance } from 'fastify';
import { POKE_EVENT } from '../../domain/sync/protocol';
import type { PokeHub } from '../sync/poke-hub';
import { corsHeaders } from './cors';

export interface PokeStreams {
  /** Ends every open stream, so a graceful shutdown does not wait on them. */
  endAll(): void;
}

export function pokeRoute(
  scope: FastifyInstance,
  pokes: PokeHub,
  heartbeatMs: number,
  extraOrigins: readonly string[],
): PokeStreams {
  const open = new Set<() => void>();
  scope.get('/poke', (request, reply) => {
    const vendorId = request.vendorId!;
    reply.hijack();
    const stream = reply.raw;
    stream.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache, no-transform',
      connection: 'keep-alive',
      'x-accel-buffering': 'no',
      ...corsHeaders(request, extraOrigins),
    });
    stream.write(': connected\nretry: 3000\n\n');
    const unsubscribe = pokes.subscribe(vendorId, () =>
      stream.write(`event: ${POKE_EVENT}\ndata:\n\n`),
    );
    const heartbeat = setInterval(() => stream.write(': heartbeat\n\n'), heartbeatMs);
    const end = () => {
      clearInterval(heartbeat);
      unsubscribe();
      open.delete(end);
      if (!stream.writableEnded) stream.end();
    };
    open.add(end);
    request.raw.on('close', end);
  });
  return { endAll: () => [...open].forEach((end) => end()) };
}
