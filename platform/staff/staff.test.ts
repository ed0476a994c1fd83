/**
 * The platform's permission check and audit log against a real server (issue 11): a change
 * needing a right is judged by the staff records as its desk saw them (`pulledSeq` plus the desk's
 * own earlier changes), turned down into Needs attention when its maker had no right and nobody
 * with it approved, and written to the audit log either way. One shop never sees another's staff.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { auditPath, type AuditResponse } from '../../domain/staff/audit';
import { hashPin } from '../../domain/staff/pin';
import type { PinHash, StaffMember } from '../../domain/staff/schema';
import type { OutboxEntry } from '../../domain/outbox';
import { backends, SETUP_TIMEOUT_MS } from '../test/backends';
import { menuCategory, menuItem } from '../test/fixtures';
import { PulledRows, pullToEnd } from '../test/pull-client';
import {
  outboxEntry,
  pushAccepted,
  resetSeqs,
  startTestPlatform,
  type Device,
  type TestPlatform,
} from '../test/server';

let pin: PinHash;
beforeAll(async () => {
  pin = await hashPin('1234', { iterations: 100_000 });
});

function member(name: string, roleId: string): StaffMember {
  return { id: randomUUID(), name, roleId, active: true, pin, createdAt: 1_764_000_000_000 };
}

describe.each(backends)('staff permissions on the platform, on %s', (backend) => {
  let platform: TestPlatform;
  let shop: { vendorId: string; login: string; device: Device };
  let itemId: string;

  beforeAll(async () => {
    platform = await startTestPlatform(backend);
  }, SETUP_TIMEOUT_MS);
  afterAll(() => platform.close());

  /** The last server seq the shop has: what a desk that just pulled would record. */
  async function latestSeq(vendorId = shop.vendorId): Promise<number> {
    const [row] = await platform.db.query<{ last_seq: number }>(
      'select last_seq from vendor_seqs where vendor_id = $1',
      [vendorId],
    );
    return Number(row!.last_seq);
  }

  /** A change made at the desk by `actor` (approved by `approver`), having pulled `pulledSeq`. */
  function made(
    name: string,
    args: unknown,
    who: { actor?: string; approver?: string; pulledSeq?: number; device?: Device } = {},
  ): OutboxEntry {
    const entry = outboxEntry(who.device ?? shop.device, name, args);
    return {
      ...entry,
      ...(who.actor ? { actorStaffId: who.actor } : {}),
      ...(who.approver ? { approverStaffId: who.approver } : {}),
      ...(who.pulledSeq !== undefined ? { pulledSeq: who.pulledSeq } : {}),
    };
  }

  const push = (entries: OutboxEntry[], device = shop.device, vendorId = shop.vendorId) =>
    pushAccepted(platform, vendorId, device, entries);

  const priceChange = (priceFen: number) => ({ id: itemId, priceFen, updatedAt: Date.now() });

  async function priceOnPlatform(): Promise<number> {
    const [row] = await platform.db.query<{ data: { priceFen: number } }>(
      `select data from entities where vendor_id = $1 and tbl = 'menuItem' and id = $2`,
      [shop.vendorId, itemId],
    );
    return row!.data.priceFen;
  }

  async function audit(query = ''): Promise<AuditResponse> {
    const result = await platform.call('GET', `${auditPath(shop.vendorId)}${query}`, {
      token: shop.device.token,
    });
    expect(result.status).toBe(200);
    return result.body as AuditResponse;
  }

  let owner: StaffMember;
  let manager: StaffMember;
  let cashier: StaffMember;

  beforeEach(async () => {
    resetSeqs();
    shop = await platform.vendor(`老王面馆 ${randomUUID().slice(0, 4)}`);
    const category = menuCategory();
    const item = menuItem(category.id, { priceFen: 2200 });
    itemId = item.id;
    // Before staff exist the desk acts as the owner, as every console did before this issue.
    const before = await push([
      made('menuCategory.create', category),
      made('menuItem.create', item),
      made('menuItem.update', priceChange(2300), { pulledSeq: 0 }),
    ]);
    expect(before.results.map((result) => result.status)).toEqual([
      'applied',
      'applied',
      'applied',
    ]);
    owner = member('王老板', 'owner');
    manager = member('李店长', 'manager');
    cashier = member('小张', 'cashier');
    const setUp = await push([
      made('staffMember.create', owner, { pulledSeq: await latestSeq() }),
      made('staffMember.create', manager, { actor: owner.id, pulledSeq: await latestSeq() }),
      made('staffMember.create', cashier, { actor: owner.id, pulledSeq: await latestSeq() }),
    ]);
    expect(setUp.results.map((result) => result.status)).toEqual(['applied', 'applied', 'applied']);
  });

  it('turns down a price change by a cashier alone, into Needs attention with who it was', async () => {
    const pushed = await push([
      made('menuItem.update', priceChange(100), {
        actor: cashier.id,
        pulledSeq: await latestSeq(),
      }),
    ]);
    expect(pushed.results[0]).toMatchObject({
      status: 'rejected',
      reason: 'invariant_violated',
      rule: 'staff.notPermitted',
      details: { permission: 'menu.editPrices', problem: 'notPermitted', actorName: '小张' },
    });
    expect(await priceOnPlatform()).toBe(2300);
    const rows = new PulledRows();
    await pullToEnd(platform, shop.vendorId, shop.device, rows);
    const item = rows.tables.get('attentionItem')?.get(pushed.results[0]!.mutationId as string);
    expect(item).toMatchObject({ rule: 'staff.notPermitted', madeBy: cashier.id });
    expect((await audit()).entries[0]).toMatchObject({
      status: 'rejected',
      actorName: '小张',
      approverName: null,
      permissions: ['menu.editPrices'],
    });
  });

  it('applies it when a manager approved, and the audit log names both', async () => {
    const pushed = await push([
      made('menuItem.update', priceChange(2600), {
        actor: cashier.id,
        approver: manager.id,
        pulledSeq: await latestSeq(),
      }),
    ]);
    expect(pushed.results[0]).toMatchObject({ status: 'applied' });
    expect(await priceOnPlatform()).toBe(2600);
    const [entry] = (await audit()).entries;
    expect(entry).toMatchObject({
      name: 'menuItem.update',
      status: 'applied',
      actorStaffId: cashier.id,
      actorName: '小张',
      approverStaffId: manager.id,
      approverName: '李店长',
      deviceId: shop.device.deviceId,
      deviceName: '前台电脑',
      records: [{ table: 'menuItem', id: itemId }],
    });
  });

  it('judges by the role at the time: a manager demoted later keeps what was done before', async () => {
    const beforeDemotion = await latestSeq();
    // Another desk (the owner's) demotes the manager.
    const ownerDesk = await platform.signIn(shop.login);
    await push(
      [
        made(
          'staffMember.update',
          { id: manager.id, roleId: 'cashier' },
          { actor: owner.id, pulledSeq: beforeDemotion, device: ownerDesk },
        ),
      ],
      ownerDesk,
    );
    const afterDemotion = await latestSeq();
    const pushed = await push([
      // Made offline before the desk heard of the demotion: counts as a manager's.
      made('menuItem.update', priceChange(2700), { actor: manager.id, pulledSeq: beforeDemotion }),
      // Made after the desk pulled the demotion: a cashier's, turned down.
      made('menuItem.update', priceChange(2800), { actor: manager.id, pulledSeq: afterDemotion }),
    ]);
    expect(pushed.results.map((result) => result.status)).toEqual(['applied', 'rejected']);
    expect(await priceOnPlatform()).toBe(2700);
    const { entries } = await audit(`?staffId=${manager.id}`);
    expect(entries.map((entry) => [entry.name, entry.status])).toEqual([
      ['menuItem.update', 'rejected'],
      ['menuItem.update', 'applied'],
    ]);
  });

  it("counts the desk's own earlier changes it has not pulled back yet", async () => {
    const pulled = await latestSeq();
    const newManager = member('赵经理', 'manager');
    const pushed = await push([
      made('staffMember.create', newManager, { actor: owner.id, pulledSeq: pulled }),
      made('menuItem.update', priceChange(2900), { actor: newManager.id, pulledSeq: pulled }),
    ]);
    expect(pushed.results.map((result) => result.status)).toEqual(['applied', 'applied']);
  });

  it('gives a custom role the rights it lists as of then', async () => {
    const pulled = await latestSeq();
    const role = {
      id: randomUUID(),
      name: '价格员',
      permissions: ['menu.editPrices'],
      createdAt: 1,
    };
    const pricer = member('周会计', role.id);
    await push([
      made('staffRole.create', role, { actor: owner.id, pulledSeq: pulled }),
      made('staffMember.create', pricer, { actor: owner.id, pulledSeq: pulled }),
    ]);
    const withRight = await latestSeq();
    // The owner's other desk takes the right away.
    const ownerDesk = await platform.signIn(shop.login);
    await push(
      [
        made(
          'staffRole.update',
          { id: role.id, permissions: [] },
          { actor: owner.id, pulledSeq: withRight, device: ownerDesk },
        ),
      ],
      ownerDesk,
    );
    const pushed = await push([
      made('menuItem.update', priceChange(3000), { actor: pricer.id, pulledSeq: withRight }),
      made('menuItem.update', priceChange(3100), {
        actor: pricer.id,
        pulledSeq: await latestSeq(),
      }),
    ]);
    expect(pushed.results.map((result) => result.status)).toEqual(['applied', 'rejected']);
  });

  it('turns down, once staff exist, a change that names nobody, old consoles included', async () => {
    const pushed = await push([
      made('menuItem.update', priceChange(10), { pulledSeq: await latestSeq() }),
      // A console from before staff sends no pulledSeq: judged by the staff as they are now.
      made('menuItem.update', priceChange(20)),
      // A change that needs no right goes through whoever makes it.
      made('menuCategory.update', { id: randomUUID(), hidden: true }),
    ]);
    const problemOf = (result: Record<string, unknown>) =>
      (result.details as { problem?: string } | undefined)?.problem;
    expect(pushed.results.map((result) => [result.status, problemOf(result)])).toEqual([
      ['rejected', 'noActor'],
      ['rejected', 'noActor'],
      ['applied', undefined],
    ]);
  });

  it('refuses staff changes by a manager, even one a cashier got approved by a manager', async () => {
    const pushed = await push([
      made(
        'staffMember.update',
        { id: cashier.id, roleId: 'owner' },
        { actor: cashier.id, approver: manager.id, pulledSeq: await latestSeq() },
      ),
    ]);
    expect(pushed.results[0]).toMatchObject({
      status: 'rejected',
      details: { permission: 'staff.manage', approverName: '李店长' },
    });
  });

  it("never shows one shop's staff to another, nor lets it name them", async () => {
    const other = await platform.vendor('Hotpot House');
    const rows = new PulledRows();
    await pullToEnd(platform, other.vendorId, other.device, rows);
    expect(rows.tables.get('staffMember')).toBeUndefined();
    const audited = await platform.call('GET', auditPath(other.vendorId), {
      token: other.device.token,
    });
    expect(audited.body.entries).toEqual([]);
    const stranger = await platform.call('GET', auditPath(shop.vendorId), {
      token: other.device.token,
    });
    expect(stranger.status).toBe(403);
    // The other shop sets up its own owner, then claims this shop's owner made a price change.
    const category = menuCategory();
    const item = menuItem(category.id);
    const theirOwner = member('Boss', 'owner');
    const pushed = await push(
      [
        made('menuCategory.create', category, { device: other.device }),
        made('menuItem.create', item, { device: other.device }),
        made('staffMember.create', theirOwner, { device: other.device, pulledSeq: 0 }),
        made(
          'menuItem.update',
          { id: item.id, priceFen: 1, updatedAt: 1 },
          { device: other.device, actor: owner.id, pulledSeq: 3 },
        ),
      ],
      other.device,
      other.vendorId,
    );
    expect(pushed.results.map((result) => result.status)).toEqual([
      'applied',
      'applied',
      'applied',
      'rejected',
    ]);
    expect(pushed.results[3]).toMatchObject({ details: { problem: 'actorInactive' } });
  });

  it('pages and filters the audit log, newest first', async () => {
    const pulled = await latestSeq();
    for (const priceFen of [3200, 3300, 3400]) {
      await push([
        made('menuItem.update', priceChange(priceFen), { actor: manager.id, pulledSeq: pulled }),
      ]);
    }
    const first = await audit('?limit=2');
    expect(first.entries).toHaveLength(2);
    expect(first.nextBefore).toBe(first.entries[1]!.serverSeq);
    const second = await audit(`?limit=2&before=${first.nextBefore}`);
    expect(second.entries[0]!.serverSeq).toBeLessThan(first.entries[1]!.serverSeq);
    expect(
      (await audit(`?staffId=${cashier.id}`)).entries.every(
        (e) => e.actorStaffId === cashier.id || e.approverStaffId === cashier.id,
      ),
    ).toBe(true);
    const bad = await platform.call('GET', `${auditPath(shop.vendorId)}?limit=0&x=1`, {
      token: shop.device.token,
    });
    expect(bad.status).toBe(400);
    expect(bad.body.code).toBe('invalid_request');
  });
});
