import 'fake-indexeddb/auto';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '@domain/ids';
import { createCategory, createItem, updateItem } from '@domain/menu/mutations';
import { hashPin } from '@domain/staff/pin';
import type { PinHash, StaffMember } from '@domain/staff/schema';
import { sampleCategory, sampleItem } from '@domain/menu/fixtures/menu';
import { setChangeAuthority } from '../db/change-authority';
import { mutate } from '../db/mutate';
import { VendorDb } from '../db/vendor-db';
import { deskAuthority, type ApprovalRequest } from './desk-authority';
import { checkMemberPin, setDeskMember } from './desk-store';

let pin: PinHash;
beforeAll(async () => {
  pin = await hashPin('2468', { iterations: 100_000 });
});

const opened: VendorDb[] = [];
afterEach(async () => {
  setChangeAuthority(null);
  for (const db of opened.splice(0)) await db.delete();
});

function member(name: string, roleId: string): StaffMember {
  return { id: newId(), name, roleId, active: true, pin, createdAt: 1 };
}

/** A desk with a menu item and, once `staff` is given, those members synced in. */
async function desk(staff: StaffMember[] = []) {
  const db = new VendorDb(newId());
  opened.push(db);
  const category = sampleCategory();
  const item = sampleItem({ id: newId(), categoryId: category.id });
  await mutate(db, createCategory, category);
  await mutate(db, createItem, item);
  await db.staffMember.bulkPut(staff);
  const asked: ApprovalRequest[] = [];
  let answer: string | null = null;
  setChangeAuthority(
    deskAuthority(() => async (request) => {
      asked.push(request);
      return answer;
    }),
  );
  const changePrice = (priceFen: number) =>
    mutate(db, updateItem, { id: item.id, priceFen, updatedAt: 2 });
  return { db, item, asked, approveAs: (id: string | null) => (answer = id), changePrice };
}

describe('the desk authority', () => {
  it('names nobody and asks nothing before the shop has staff', async () => {
    const { changePrice, asked } = await desk();
    const entry = await changePrice(2500);
    expect(entry.actorStaffId).toBeUndefined();
    expect(entry.pulledSeq).toBe(0);
    expect(asked).toEqual([]);
  });

  it('names the member at the desk, and asks nobody when their role allows it', async () => {
    const manager = member('李店长', 'manager');
    const { db, changePrice, asked } = await desk([manager]);
    await setDeskMember(db, manager.id);
    expect(await changePrice(2500)).toMatchObject({ actorStaffId: manager.id });
    expect(asked).toEqual([]);
  });

  it('asks for approval when a cashier changes a price, and records both', async () => {
    const [owner, manager, cashier] = [
      member('王老板', 'owner'),
      member('李店长', 'manager'),
      member('小张', 'cashier'),
    ];
    const { db, changePrice, asked, approveAs } = await desk([owner, manager, cashier]);
    await setDeskMember(db, cashier.id);
    approveAs(manager.id);
    const entry = await changePrice(2600);
    expect(entry).toMatchObject({ actorStaffId: cashier.id, approverStaffId: manager.id });
    expect(asked).toHaveLength(1);
    expect(asked[0]!.permission).toBe('menu.editPrices');
    expect(asked[0]!.approvers.map((each) => each.name).sort()).toEqual(['李店长', '王老板']);
  });

  it('saves nothing when the approval is cancelled or comes from someone without the right', async () => {
    const [manager, cashier, other] = [
      member('李店长', 'manager'),
      member('小张', 'cashier'),
      member('小王', 'cashier'),
    ];
    const { db, item, changePrice, approveAs } = await desk([manager, cashier, other]);
    await setDeskMember(db, cashier.id);
    const before = await db.outbox.count();
    approveAs(null);
    await expect(changePrice(1)).rejects.toMatchObject({ code: 'not_permitted' });
    approveAs(other.id);
    await expect(changePrice(1)).rejects.toMatchObject({ code: 'not_permitted' });
    expect(await db.outbox.count()).toBe(before);
    expect((await db.menuItem.get(item.id))?.priceFen).toBe(item.priceFen);
  });

  it('refuses every guarded change on a locked desk (nobody at it)', async () => {
    const { changePrice } = await desk([member('李店长', 'manager')]);
    await expect(changePrice(1)).rejects.toMatchObject({ code: 'not_permitted' });
  });
});

describe('PIN checks on the desk', () => {
  it('locks a member out after five wrong PINs, on this desk, and the right PIN clears it', async () => {
    const cashier = member('小张', 'cashier');
    const { db } = await desk([cashier]);
    const now = 1_764_000_000_000;
    const results = [];
    for (let i = 0; i < 5; i += 1) results.push(await checkMemberPin(db, cashier.id, '0000', now));
    expect(results.map((result) => (result.ok ? 'ok' : result.problem))).toEqual([
      'wrong',
      'wrong',
      'wrong',
      'wrong',
      'locked',
    ]);
    // Locked: even the right PIN is not tried.
    expect(await checkMemberPin(db, cashier.id, '2468', now + 60_000)).toMatchObject({
      problem: 'locked',
    });
    expect(await checkMemberPin(db, cashier.id, '2468', now + 5 * 60_000)).toMatchObject({
      ok: true,
    });
    expect(await db.pinAttempts.count()).toBe(0);
  });

  it('refuses an inactive member whatever the PIN', async () => {
    const gone = { ...member('老李', 'manager'), active: false };
    const { db } = await desk([gone]);
    expect(await checkMemberPin(db, gone.id, '2468')).toEqual({ ok: false, problem: 'inactive' });
  });
});
