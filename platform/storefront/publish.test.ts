import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPin } from '../../domain/staff/pin';
import { publishStorefront } from '../../domain/storefront/mutations';
import { cancelSchedule } from '../../domain/storefront/mutations';
import { JobRunner } from '../jobs/runner';
import { defaultSyncRules } from '../sync/rules';
import { backends, SETUP_TIMEOUT_MS } from '../test/backends';
import { outboxEntry, pushAccepted, startTestPlatform, type TestPlatform } from '../test/server';
import { storefrontScheduleJob } from './schedule-job';
import {
  addSchedule,
  documentOf,
  noticeBlock,
  publish,
  publishRequest,
  schedule,
  shopWithProfile,
  versionsOf,
  type TestShop,
} from './test-storefront';

const HOUR = 3_600_000;

describe.each(backends)('publishing the storefront on %s', (backend) => {
  let platform: TestPlatform;

  beforeAll(async () => {
    platform = await startTestPlatform(backend);
  }, SETUP_TIMEOUT_MS);
  afterAll(() => platform.close());

  const seqOf = async (shop: TestShop, table: string, id: string) => {
    const [row] = await platform.db.query<{ seq: string }>(
      `select seq::text from ledger_entries where vendor_id = $1 and tbl = $2 and id = $3
       union all select seq::text from entities where vendor_id = $1 and tbl = $2 and id = $3`,
      [shop.vendorId, table, id],
    );
    return row ? Number(row.seq) : null;
  };

  it('numbers accepted publishes 1, 2 in the platform order, in the request’s own seq', async () => {
    const shop = await shopWithProfile(platform, '老王面馆');
    const first = publishRequest(documentOf([noticeBlock('一', 'one')]), { note: 'first' });
    const second = publishRequest(documentOf([noticeBlock('二', 'two')]), { basedOn: 1 });
    expect((await publish(shop, first)).status).toBe('applied');
    expect((await publish(shop, second)).status).toBe('applied');
    const versions = await versionsOf(platform.db, shop.vendorId);
    expect(versions.map(({ id, number, kind }) => ({ id, number, kind }))).toEqual([
      { id: first.id, number: 1, kind: 'publish' },
      { id: second.id, number: 2, kind: 'publish' },
    ]);
    expect(versions[0]).toMatchObject({
      document: first.document,
      note: 'first',
      rollbackOf: null,
      publishedBy: null,
    });
    expect(versions[0]!.publishedAt).toBeGreaterThan(0);
    // Desks pull the version with the request that made it: one server seq.
    const requestSeq = await seqOf(shop, 'storefrontPublishRequest', second.id);
    expect(requestSeq).not.toBeNull();
    expect(await seqOf(shop, 'storefrontVersion', second.id)).toBe(requestSeq);
  });

  it('names the same version when one request is applied twice', async () => {
    const shop = await shopWithProfile(platform, 'Hotpot House');
    const request = publishRequest(documentOf([noticeBlock('再', 'again')]));
    await publish(shop, request);
    // The same request again under another change id (a desk that re-sent it after a reset).
    expect((await publish(shop, request)).status).toBe('applied');
    const versions = await versionsOf(platform.db, shop.vendorId);
    expect(versions.map((version) => [version.id, version.number])).toEqual([[request.id, 1]]);
  });

  it('names the staff member who published, as the platform knows them', async () => {
    const shop = await shopWithProfile(platform, '有员工的店');
    const owner = {
      id: randomUUID(),
      name: '王老板',
      roleId: 'owner',
      active: true,
      pin: await hashPin('1234', { iterations: 100_000 }),
      createdAt: 1_764_000_000_000,
    };
    expect(await shop.push('staffMember.create', owner)).toMatchObject({ status: 'applied' });
    const request = publishRequest(documentOf([noticeBlock('老板发布', 'by the owner')]));
    const entry = {
      ...outboxEntry(shop.device, publishStorefront.name, { request }),
      actorStaffId: owner.id,
    };
    const { results } = await pushAccepted(platform, shop.vendorId, shop.device, [entry]);
    expect(results[0]!.status).toBe('applied');
    const [version] = await versionsOf(platform.db, shop.vendorId);
    expect(version).toMatchObject({ id: request.id, number: 1, publishedBy: '王老板' });
  });

  it('records a rollback as a new version of the old document', async () => {
    const shop = await shopWithProfile(platform, '回滚小馆');
    const old = publishRequest(documentOf([noticeBlock('旧', 'old')]));
    await publish(shop, old);
    await publish(shop, publishRequest(documentOf([noticeBlock('新', 'new')]), { basedOn: 1 }));
    const rollback = publishRequest(old.document, { basedOn: 2, rollbackOf: 1, note: '回滚' });
    await publish(shop, rollback);
    const versions = await versionsOf(platform.db, shop.vendorId);
    expect(versions[2]).toMatchObject({
      id: rollback.id,
      number: 3,
      kind: 'rollback',
      rollbackOf: 1,
      document: old.document,
    });
  });

  it('publishes a schedule at its time with no console connected, once', async () => {
    const shop = await shopWithProfile(platform, '定时小馆');
    let clock = Date.UTC(2026, 11, 7, 10);
    const runner = new JobRunner({
      db: platform.db,
      rules: defaultSyncRules,
      kinds: [storefrontScheduleJob],
      now: () => clock,
    });
    await publish(shop, publishRequest(documentOf([noticeBlock('早', 'morning')])));
    const due = schedule(documentOf([noticeBlock('晚', 'evening')]), clock + 2 * HOUR);
    expect((await addSchedule(shop, due)).status).toBe('applied');
    // Every desk is off from here: only the runner acts.
    await runner.tick();
    clock += HOUR;
    await runner.tick();
    expect(await versionsOf(platform.db, shop.vendorId)).toHaveLength(1);
    clock += HOUR;
    await runner.tick();
    clock += 2 * 60_000;
    await runner.tick();
    const versions = await versionsOf(platform.db, shop.vendorId);
    expect(versions.map(({ id, number, kind }) => ({ id, number, kind }))).toEqual([
      { id: versions[0]!.id, number: 1, kind: 'publish' },
      { id: due.id, number: 2, kind: 'scheduled' },
    ]);
    expect(versions[1]).toMatchObject({ document: due.document, publishedBy: null });
    expect(versions[1]!.publishedAt).toBe(clock - 2 * 60_000);
    const [stored] = await platform.db.query<{ data: Record<string, unknown> }>(
      `select data from entities where vendor_id = $1 and tbl = 'storefrontSchedule' and id = $2`,
      [shop.vendorId, due.id],
    );
    expect(stored!.data).toMatchObject({ status: 'published', versionNumber: 2 });
  });

  it('never publishes a cancelled schedule', async () => {
    const shop = await shopWithProfile(platform, '取消小馆');
    let clock = Date.UTC(2026, 11, 8, 10);
    const runner = new JobRunner({
      db: platform.db,
      rules: defaultSyncRules,
      kinds: [storefrontScheduleJob],
      now: () => clock,
    });
    const due = schedule(documentOf([noticeBlock('取消', 'cancelled')]), clock + HOUR);
    await addSchedule(shop, due);
    await runner.tick();
    await shop.push(cancelSchedule.name, { id: due.id, at: clock + 1000 });
    clock += 2 * HOUR;
    await runner.tick();
    expect(await versionsOf(platform.db, shop.vendorId)).toEqual([]);
    const [stored] = await platform.db.query<{ data: Record<string, unknown> }>(
      `select data from entities where vendor_id = $1 and tbl = 'storefrontSchedule' and id = $2`,
      [shop.vendorId, due.id],
    );
    expect(stored!.data).toMatchObject({ status: 'cancelled', versionNumber: null });
  });
});
