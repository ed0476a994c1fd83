/**
 * Defect 4 of issue 9: one push cannot stall the platform. An oversized change is rejected on
 * its own as invalid_args (never the whole push), and a push stops taking changes once its row
 * budget is spent, answering for a prefix the console continues from.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { MAX_ROW_OPS_PER_PUSH, syncPaths } from '../../domain/sync/protocol';
import { backends, SETUP_TIMEOUT_MS } from '../test/backends';
import { menuCategory } from '../test/fixtures';
import {
  outboxEntry,
  pushBody,
  resetSeqs,
  startTestPlatform,
  vendorSnapshot,
  type Device,
  type TestPlatform,
} from '../test/server';

describe.each(backends)('push limits on %s', (backend) => {
  let platform: TestPlatform;
  let shop: { vendorId: string; login: string; device: Device };

  beforeAll(async () => {
    platform = await startTestPlatform(backend, {
      signInLimit: { addressFailures: 100_000 },
    });
  }, SETUP_TIMEOUT_MS);
  afterAll(() => platform.close());
  beforeEach(async () => {
    resetSeqs();
    shop = await platform.vendor('老王面馆');
  });

  const push = (entries: ReturnType<typeof outboxEntry>[]) =>
    platform.call('POST', syncPaths.push(shop.vendorId), {
      token: shop.device.token,
      body: pushBody(shop.device, entries),
    });

  it("rejects the attacker's 120,000-row delete as invalid_args, quickly, and takes the next change", async () => {
    const ids = (count: number) => Array.from({ length: count }, () => randomUUID());
    const huge = outboxEntry(shop.device, 'menuItem.delete', {
      ids: ids(20_000),
      photoIds: ids(100_000),
    });
    const next = outboxEntry(shop.device, 'menuCategory.create', menuCategory());
    const started = performance.now();
    const result = await push([huge, next]);
    const seconds = (performance.now() - started) / 1000;
    expect(result.status).toBe(200);
    expect(result.body.results).toMatchObject([
      { status: 'rejected', reason: 'invalid_args' },
      { status: 'applied' },
    ]);
    // Not a timing assertion on the platform's speed: the rows were never touched at all.
    // Besides the new category there is only the shop's Needs-attention item for the refusal.
    const { entities } = await vendorSnapshot(platform.db, shop.vendorId);
    expect(entities.map((row) => row.tbl).sort()).toEqual(['attentionItem', 'menuCategory']);
    console.info(`120,000-row delete refused in ${seconds.toFixed(2)} s on ${backend}`);
  });

  it('stops a push at its row budget and goes on from there in the next push, without a gap', async () => {
    const perChange = 1_000;
    const changes = Math.ceil(MAX_ROW_OPS_PER_PUSH / perChange) + 2;
    const entries = Array.from({ length: changes }, () =>
      outboxEntry(shop.device, 'menuCategory.reorder', {
        moves: Array.from({ length: perChange }, () => ({ id: randomUUID(), sortKey: 'm' })),
      }),
    );
    const first = await push(entries);
    expect(first.status).toBe(200);
    expect(first.body.gap).toBeUndefined();
    const taken = first.body.results.length;
    expect(taken).toBe(MAX_ROW_OPS_PER_PUSH / perChange);
    expect(first.body.lastProcessedSeq).toBe(taken);
    const second = await push(entries.slice(taken));
    expect(second.body.results.map((r: { status: string }) => r.status)).toEqual(
      entries.slice(taken).map(() => 'applied'),
    );
    expect(second.body.lastProcessedSeq).toBe(changes);
  });

  it('takes one change bigger than the push budget on its own', async () => {
    const big = outboxEntry(shop.device, 'menuCategory.reorder', {
      moves: Array.from({ length: MAX_ROW_OPS_PER_PUSH + 1 }, () => ({
        id: randomUUID(),
        sortKey: 'm',
      })),
    });
    const small = outboxEntry(shop.device, 'menuCategory.create', menuCategory());
    const result = await push([big, small]);
    expect(result.body.results).toMatchObject([{ status: 'applied' }]);
    expect(result.body.lastProcessedSeq).toBe(1);
  });
});
