/// <reference types="node" />
/**
 * An HTTP proxy in front of the platform that misbehaves the way networks do: it drops a request
 * before the platform sees it, drops the answer after the platform has committed, delivers a
 * request twice (the copy late, so it overtakes later requests) and delays requests so that
 * several consoles' requests arrive out of order. While the platform restarts it answers 502.
 * Which fault hits which request comes from a seeded generator, so a failing run can be replayed.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export const faults = ['pass', 'dropRequest', 'dropResponse', 'duplicate', 'delay'] as const;
export type Fault = (typeof faults)[number];

export interface FaultProxyOptions {
  target: string;
  /** A number in [0, 1); seeded by the test. */
  random: () => number;
  /** Chance that a request meets a fault (spread evenly over the kinds). */
  faultRate?: number;
  maxDelayMs?: number;
}

interface Upstream {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

export class FaultProxy {
  readonly counts: Record<Fault | 'upstreamDown', number> = {
    pass: 0,
    dropRequest: 0,
    dropResponse: 0,
    duplicate: 0,
    delay: 0,
    upstreamDown: 0,
  };
  enabled = true;
  private readonly server: http.Server;
  private readonly pending = new Set<Promise<unknown>>();
  url = '';

  constructor(private readonly options: FaultProxyOptions) {
    this.server = http.createServer((request, response) => {
      void this.handle(request, response).catch(() => response.destroy());
    });
  }

  async listen(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this.url;
  }

  async close(): Promise<void> {
    await Promise.allSettled([...this.pending]);
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private pick(): Fault {
    if (!this.enabled) return 'pass';
    const { random, faultRate = 0.3 } = this.options;
    if (random() >= faultRate) return 'pass';
    const kinds = faults.filter((fault) => fault !== 'pass');
    return kinds[Math.floor(random() * kinds.length)]!;
  }

  private async handle(request: http.IncomingMessage, response: http.ServerResponse) {
    const body = await readBody(request);
    const fault = this.pick();
    this.counts[fault] += 1;
    const send = () => this.forward(request, body);
    const delay = () => Math.floor(this.options.random() * (this.options.maxDelayMs ?? 150));
    switch (fault) {
      case 'dropRequest':
        response.socket?.destroy();
        return;
      case 'delay':
        await sleep(delay());
        break;
      case 'duplicate': {
        // The copy arrives later than the original and than whatever the console sends next.
        const copyAfter = delay() + 20;
        this.track(sleep(copyAfter).then(send));
        break;
      }
      default:
        break;
    }
    const upstream = await send();
    if (fault === 'dropResponse') {
      response.socket?.destroy();
      return;
    }
    response.writeHead(upstream.status, withoutHopHeaders(upstream.headers));
    response.end(upstream.body);
  }

  private track(work: Promise<unknown>): void {
    const settled = work.catch(() => undefined);
    this.pending.add(settled);
    void settled.finally(() => this.pending.delete(settled));
  }

  private forward(request: http.IncomingMessage, body: Buffer): Promise<Upstream> {
    const target = new URL(request.url ?? '/', this.options.target);
    return new Promise((resolve) => {
      const upstream = http.request(
        target,
        {
          method: request.method,
          headers: { ...request.headers, host: target.host },
          agent: false,
        },
        (answer) => {
          readBody(answer).then(
            (data) =>
              resolve({ status: answer.statusCode ?? 502, headers: answer.headers, body: data }),
            () => resolve(this.badGateway()),
          );
        },
      );
      upstream.on('error', () => resolve(this.badGateway()));
      upstream.end(body);
    });
  }

  private badGateway(): Upstream {
    this.counts.upstreamDown += 1;
    const body = Buffer.from(JSON.stringify({ code: 'bad_gateway', message: 'platform down' }));
    return { status: 502, headers: { 'content-type': 'application/json' }, body };
  }
}

function readBody(stream: http.IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    stream.on('data', (chunk: Buffer) => chunks.push(chunk));
    stream.on('end', () => resolve(Buffer.concat(chunks)));
    stream.on('error', reject);
  });
}

function withoutHopHeaders(headers: http.IncomingHttpHeaders): http.OutgoingHttpHeaders {
  const copy: http.OutgoingHttpHeaders = { ...headers };
  for (const name of ['connection', 'keep-alive', 'transfer-encoding', 'content-length']) {
    delete copy[name];
  }
  return copy;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** mulberry32: a small seeded generator, so a run's faults can be replayed from its seed. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
