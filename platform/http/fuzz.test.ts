/**
 * The standing fuzz suite (issue 9): every route the app registers (app.registeredRoutes, filled
 * by the onRoute hook, so new routes join by being registered) gets generated malformed
 * requests. Whatever arrives: never a 5xx, every refusal in the `{code, message, issues?}`
 * shape, a refused request changes nothing of the caller's shop, and nothing at all changes of
 * another shop's. The seed is printed; FUZZ_SEED=<seed> replays a run, FUZZ_RUNS sets its size.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorResponseSchema, PROTOCOL_VERSION, syncPaths } from '../../domain/sync/protocol';
import { backends, SETUP_TIMEOUT_MS } from '../test/backends';
import { menuCategory, menuItem } from '../test/fixtures';
import {
  fuzzBody,
  fuzzContentType,
  fuzzMethod,
  fuzzQuery,
  type FuzzRequest,
} from '../test/fuzz-requests';
import {
  outboxEntry,
  pushBody,
  startTestPlatform,
  vendorSnapshot,
  type Device,
  type TestPlatform,
} from '../test/server';
import { DEFAULT_BODY_LIMIT } from './app';
import type { RegisteredRoute } from './route-registry';

const seed = Number(process.env.FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 31));
const runsPerRoute = Number(process.env.FUZZ_RUNS ?? 100);
console.info(`fuzz: seed ${seed}, ${runsPerRoute} cases per route (FUZZ_SEED=${seed} replays)`);

const strictError = errorResponseSchema.strict();

describe.each(backends)('every route, fuzzed, on %s', (backend) => {
  let platform: TestPlatform;
  let shopA: { vendorId: string; login: string; device: Device };
  let shopB: { vendorId: string; login: string; device: Device };
  let agency: { providerId: string; device: Device };

  beforeAll(async () => {
    platform = await startTestPlatform(backend, {
      signInLimit: { addressFailures: 100_000, freeFailures: 100_000 },
    });
    shopA = await platform.vendor('老王面馆');
    shopB = await platform.vendor('Hotpot House');
    agency = await platform.provider('好运服务商', [shopA.vendorId]);
    for (const shop of [shopA, shopB]) {
      const category = menuCategory();
      const entries = [
        outboxEntry(shop.device, 'menuCategory.create', category),
        outboxEntry(shop.device, 'menuItem.create', menuItem(category.id)),
      ];
      await platform.call('POST', syncPaths.push(shop.vendorId), {
        token: shop.device.token,
        body: pushBody(shop.device, entries),
      });
    }
  }, SETUP_TIMEOUT_MS);
  afterAll(() => platform.close());

  /** What a well-formed request to a known route looks like, for damage to start from. */
  function exampleOf(route: RegisteredRoute): { body?: unknown; query?: Record<string, string> } {
    if (route.url === syncPaths.signIn) {
      return {
        body: {
          login: shopA.login,
          password: 'wrong',
          deviceId: shopA.device.deviceId,
          deviceName: '前台',
        },
      };
    }
    if (route.url.endsWith('/push')) {
      const category = menuCategory();
      const item = menuItem(category.id, { priceFen: 1800 });
      // Far-future seqs: a damaged copy is a gap, not an applied change, unless the damage hits seq.
      const entries = [
        outboxEntry(shopA.device, 'menuCategory.create', category),
        outboxEntry(shopA.device, 'menuItem.create', item),
      ].map((entry, index) => ({ ...entry, seq: 1_000 + index }));
      return { body: pushBody(shopA.device, entries) };
    }
    if (route.url.endsWith('/audit')) return { query: { limit: '10' } };
    if (route.url.endsWith('/pull')) {
      return { query: { protocolVersion: String(PROTOCOL_VERSION), cursor: '0', limit: '10' } };
    }
    return {};
  }

  /** Mostly the shop's own token, so most requests reach the handlers behind the auth check. */
  const authorizations = () =>
    fc.oneof(
      { weight: 6, arbitrary: fc.constant(`Bearer ${shopA.device.token}`) },
      fc.constantFrom<string | undefined>(
        `bearer ${shopA.device.token}`,
        `Bearer ${agency.device.token}`,
        undefined,
        'Bearer not-a-token',
        `Basic ${shopA.device.token}`,
        `Bearer ${'x'.repeat(10_000)}`,
        `Bearer ${shopA.device.token} extra`,
      ),
    );

  function fillPath(url: string): fc.Arbitrary<string> {
    const vendorIds = fc.constantFrom(
      shopA.vendorId,
      shopA.vendorId.toUpperCase(),
      shopB.vendorId,
      'not-a-uuid',
      '%00',
      '00000000-0000-0000-0000-000000000000',
      encodeURIComponent('\u0000'),
    );
    return vendorIds.map((vendorId) =>
      url.replace(':vendorId', vendorId).replace(/:[A-Za-z]+/g, 'x'),
    );
  }

  function requests(route: RegisteredRoute): fc.Arbitrary<FuzzRequest> {
    const example = exampleOf(route);
    return fc
      .record({
        method: fuzzMethod(route.method),
        path: fillPath(route.url),
        query: fuzzQuery(example.query),
        authorization: authorizations(),
        contentType: fuzzContentType,
        body: fuzzBody(example.body),
      })
      .map(({ authorization, contentType, ...request }) => ({
        ...request,
        headers: {
          ...(authorization ? { authorization } : {}),
          ...(contentType ? { 'content-type': contentType } : {}),
        },
      }));
  }

  async function send(request: FuzzRequest) {
    const withBody = request.method !== 'GET' && request.method !== 'HEAD';
    const response = await fetch(
      `${platform.url}${request.path}${request.query ? `?${request.query}` : ''}`,
      {
        method: request.method,
        headers: request.headers,
        body: withBody ? request.body : undefined,
        signal: AbortSignal.timeout(15_000),
      },
    );
    if (response.headers.get('content-type')?.includes('text/event-stream')) {
      await response.body?.cancel();
      return { status: response.status, text: '' };
    }
    return { status: response.status, text: await response.text() };
  }

  function expectWellFormed(request: FuzzRequest, result: { status: number; text: string }) {
    const what = `${request.method} ${request.path}?${request.query.slice(0, 200)}`;
    expect(result.status, what).toBeLessThan(500);
    if (result.status < 400 || request.method === 'HEAD') return;
    const body: unknown = JSON.parse(result.text);
    expect(strictError.safeParse(body).success, `${what}: ${result.text.slice(0, 300)}`).toBe(true);
  }

  it('registers the routes the suite must cover', () => {
    const routes = platform.app.registeredRoutes.map((route) => `${route.method} ${route.url}`);
    expect(routes).toEqual(
      expect.arrayContaining([
        'POST /v1/sign-in',
        'POST /v1/vendors/:vendorId/push',
        'GET /v1/vendors/:vendorId/pull',
        'GET /v1/vendors/:vendorId/poke',
        'GET /v1/vendors/:vendorId/audit',
      ]),
    );
  });

  it('answers every malformed request to every route with a 4xx in the error shape, changing nothing', async () => {
    const otherShopBefore = await vendorSnapshot(platform.db, shopB.vendorId);
    const tally: Record<string, Record<number, number>> = {};
    for (const [index, route] of platform.app.registeredRoutes.entries()) {
      // A fuzzed sign-out may have ended the last route's token: each route starts signed in.
      shopA.device = await platform.signIn(shopA.login);
      const counts: Record<number, number> = (tally[`${route.method} ${route.url}`] = {});
      await fc.assert(
        fc.asyncProperty(requests(route), async (request) => {
          const before = await vendorSnapshot(platform.db, shopA.vendorId);
          const result = await send(request);
          counts[result.status] = (counts[result.status] ?? 0) + 1;
          expectWellFormed(request, result);
          if (result.status >= 400) {
            expect(await vendorSnapshot(platform.db, shopA.vendorId)).toEqual(before);
          }
        }),
        { seed: seed + index, numRuns: runsPerRoute, endOnFailure: true },
      );
    }
    console.info(`fuzz on ${backend}, answers per route: ${JSON.stringify(tally)}`);
    expect(await vendorSnapshot(platform.db, shopB.vendorId)).toEqual(otherShopBefore);
    // Every registered route, a few dozen runs each: under a minute alone, near two beside other
    // suites on a loaded two-core machine.
  }, 300_000);

  it('refuses a body over the limit on every route that takes one, in the error shape', async () => {
    const huge = JSON.stringify({ padding: 'x'.repeat(DEFAULT_BODY_LIMIT + 10) });
    shopA.device = await platform.signIn(shopA.login);
    for (const route of platform.app.registeredRoutes.filter((each) => each.method === 'POST')) {
      const request: FuzzRequest = {
        method: 'POST',
        path: route.url.replace(':vendorId', shopA.vendorId),
        query: '',
        headers: {
          authorization: `Bearer ${shopA.device.token}`,
          'content-type': 'application/json',
        },
        body: huge,
      };
      const result = await send(request);
      expect(result.status).toBe(413);
      expectWellFormed(request, result);
    }
  });
});
