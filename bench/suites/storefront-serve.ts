/**
 * Issue 15: the served storefront page under load. A shop with a profile, a menu of 6 categories
 * of 12 items and a published page of five blocks is served by the real platform app (PGlite in
 * memory) at /s/<slug>; 200 requests are sent at once, round after round, and each one's time to
 * first byte (fetch resolving on the response's headers) and transferred size (the gzipped HTML,
 * images excluded: the page has none) are recorded. The baseline, interleaved round for round, is
 * a static file of the same bytes served from the same server, read from disk and gzipped per
 * request as the page is, so the ratio is what reading the shop's rows and rendering costs.
 */
import { randomUUID } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import { PROTOCOL_VERSION, syncPaths } from '../../domain/sync/protocol';
import { alwaysVisible, defaultTheme, type Block } from '../../domain/storefront/schema';
import { sampleVendorProfile } from '../../domain/test-support/vendor-profile';
import { storefrontPaths } from '../../storefront/paths';
import { createVendor } from '../../platform/accounts/store';
import { migrate } from '../../platform/db/migrate';
import { openDatabase } from '../../platform/db/open';
import { buildApp } from '../../platform/http/app';
import { storefrontRoutePaths } from '../../platform/http/routes-storefront';
import { menuCategory, menuItem } from '../../platform/test/fixtures';
import { compared, measured } from '../lib/stats';
import type { Suite } from '../lib/types';

const SUITE = 'storefront-serve';
const CONCURRENCY = 200;
const PASSWORD = 'bench-password-马';
const gzipAsync = promisify(gzip);

const text = (zh: string, en: string) => ({ zh, en });
function pageBlocks(): Block[] {
  const base = () => ({ id: randomUUID(), visibility: alwaysVisible() });
  return [
    { ...base(), type: 'header', showHours: true, showAddress: true, showPhone: true },
    {
      ...base(),
      type: 'notice',
      text: text('今日特价：黄焖鸡 8 折', '20% off today'),
      tone: 'info',
    },
    {
      ...base(),
      type: 'menu',
      title: text('菜单', 'Menu'),
      categoryIds: [],
      itemIds: [],
      showPhotos: true,
    },
    {
      ...base(),
      type: 'text',
      body: text('**欢迎光临**，营业至深夜。', '**Welcome**, open late.'),
    },
    { ...base(), type: 'booking', title: text('订座', 'Book a table'), serviceIds: [] },
  ] as Block[];
}

interface Sample {
  ttfbMs: number;
  bytes: number;
}

async function round(url: string): Promise<Sample[]> {
  return Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      const started = performance.now();
      const response = await fetch(url, {
        headers: { accept: 'text/html', 'accept-encoding': 'gzip' },
      });
      const ttfbMs = performance.now() - started;
      await response.arrayBuffer();
      if (response.status !== 200) throw new Error(`${url} answered ${response.status}`);
      return { ttfbMs, bytes: Number(response.headers.get('content-length') ?? 0) };
    }),
  );
}

const suite: Suite = {
  name: SUITE,
  issue: 15,
  description: `the served storefront page vs a static file of its size, ${CONCURRENCY} at once`,
  async run({ quick, log }) {
    const db = await openDatabase({});
    const dir = await mkdtemp(join(tmpdir(), 'bench-storefront-'));
    // The bench is one address sending thousands of requests: the per-address limit is off.
    const app = await buildApp({ db, logger: false, storefront: { limiter: { take: () => 0 } } });
    const staticFile = join(dir, 'page.html');
    app.get('/__bench/static.html', { config: { access: 'public' } }, async (_request, reply) => {
      const bytes = await readFile(staticFile);
      return reply
        .type('text/html; charset=utf-8')
        .header('content-encoding', 'gzip')
        .send(await gzipAsync(bytes));
    });
    try {
      await migrate(db);
      await app.listen({ host: '127.0.0.1', port: 0 });
      const address = app.server.address();
      const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
      const login = `storefront-${randomUUID()}@bench.test`;
      const vendorId = await createVendor(db, { name: '老王面馆', login, password: PASSWORD });
      const deviceId = randomUUID();
      const signIn = await fetch(origin + syncPaths.signIn, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ login, password: PASSWORD, deviceId, deviceName: 'bench' }),
      });
      const { token } = (await signIn.json()) as { token: string };
      const auth = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
      const categories = Array.from({ length: 6 }, (_, i) =>
        menuCategory({ sortKey: String.fromCharCode(98 + i), name: text(`分类${i}`, `Cat ${i}`) }),
      );
      const changes: Array<{ name: string; args: unknown }> = [
        { name: 'vendorProfile.create', args: sampleVendorProfile({ id: vendorId }) },
        ...categories.map((category) => ({ name: 'menuCategory.create', args: category })),
        ...categories.flatMap((category) =>
          Array.from({ length: 12 }, (_, j) => ({
            name: 'menuItem.create',
            args: menuItem(category.id, { sortKey: String.fromCharCode(98 + j) }),
          })),
        ),
        {
          name: 'storefront.publish',
          args: {
            request: {
              id: randomUUID(),
              document: { schemaVersion: 1, theme: defaultTheme(), blocks: pageBlocks() },
              note: 'bench',
              basedOn: 0,
              rollbackOf: null,
              at: Date.now(),
            },
          },
        },
      ];
      const pushed = await fetch(origin + syncPaths.push(vendorId), {
        method: 'POST',
        headers: auth,
        body: JSON.stringify({
          protocolVersion: PROTOCOL_VERSION,
          deviceId,
          mutations: changes.map((change, i) => ({
            id: randomUUID(),
            version: 1,
            deviceId,
            seq: i + 1,
            createdAt: Date.now(),
            ...change,
          })),
        }),
      });
      if (pushed.status !== 200) throw new Error(`seed push answered ${pushed.status}`);
      const claimed = await fetch(origin + storefrontRoutePaths.site(vendorId), {
        method: 'POST',
        headers: auth,
        body: JSON.stringify({ slug: 'laowang' }),
      });
      if (claimed.status !== 200) throw new Error(`slug claim answered ${claimed.status}`);

      const pageUrl = origin + storefrontPaths.page('laowang');
      const first = await fetch(pageUrl, { headers: { accept: 'text/html' } });
      const html = await first.text();
      if (first.status !== 200) throw new Error(`${pageUrl} answered ${first.status}: ${html}`);
      await writeFile(staticFile, html);
      const gzipped = (await gzipAsync(html)).length;
      log(`${SUITE}: page ${html.length} bytes, ${gzipped} gzipped`);

      const rounds = quick ? 2 : 10;
      const page: Sample[] = [];
      const file: Sample[] = [];
      await round(pageUrl); // warm-up: JIT, the database's caches
      await round(origin + '/__bench/static.html');
      for (let i = 0; i < rounds; i += 1) {
        page.push(...(await round(pageUrl)));
        file.push(...(await round(origin + '/__bench/static.html')));
      }
      const bytes = page[0]?.bytes ?? 0;
      return {
        rows: [
          compared(
            SUITE,
            `time to first byte, ${CONCURRENCY} concurrent`,
            measured(
              'GET /s/<slug>',
              page.map((s) => s.ttfbMs),
            ),
            measured(
              'static file, same size',
              file.map((s) => s.ttfbMs),
            ),
            {
              transferredBytes: bytes,
              transferredKB: Math.round((bytes / 1024) * 10) / 10,
              htmlBytes: Buffer.byteLength(html),
              requests: page.length,
            },
          ),
        ],
        notes: [
          `One shop: 6 categories × 12 items, a page of five blocks (header, notice, whole menu, text, booking); ${rounds} rounds of ${CONCURRENCY} requests at once per side, interleaved.`,
          'The page is rendered by storefront/render.tsx as it stands when the bench runs; sizes grow as the blocks gain their markup and stylesheet.',
          'The static baseline reads the same bytes from disk and gzips them per request, as the page is gzipped per request.',
        ],
      };
    } finally {
      await app.close();
      await db.close();
      await rm(dir, { recursive: true, force: true });
    }
  },
};

export default suite;
