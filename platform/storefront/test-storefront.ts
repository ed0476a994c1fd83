/**
 * What the storefront's platform tests share: a shop with its profile pushed, documents, publish
 * requests and schedules as a desk makes them, and reading the shop's versions back.
 */
import { randomUUID } from 'node:crypto';
import { publishStorefront, schedulePublish } from '../../domain/storefront/mutations';
import {
  alwaysVisible,
  defaultTheme,
  STOREFRONT_SCHEMA_VERSION,
  type Block,
  type PublishRequest,
  type PublishSchedule,
  type StorefrontDocument,
  type StorefrontVersion,
} from '../../domain/storefront/schema';
import { sampleVendorProfile } from '../../domain/test-support/vendor-profile';
import type { Database } from '../db/database';
import { outboxEntry, pushAccepted, type Device, type TestPlatform } from '../test/server';

export interface TestShop {
  vendorId: string;
  device: Device;
  push: (name: string, args: unknown) => Promise<Record<string, unknown>>;
}

export async function shopWithProfile(platform: TestPlatform, name: string): Promise<TestShop> {
  const { vendorId, device } = await platform.vendor(name);
  const push = async (mutation: string, args: unknown) => {
    const { results } = await pushAccepted(platform, vendorId, device, [
      outboxEntry(device, mutation, args),
    ]);
    return results[0]!;
  };
  await push('vendorProfile.create', sampleVendorProfile({ id: vendorId, name }));
  return { vendorId, device, push };
}

export function noticeBlock(zh: string, en: string): Block {
  return {
    id: randomUUID(),
    type: 'notice',
    visibility: alwaysVisible(),
    text: { zh, en },
    tone: 'info',
  };
}

export function headerBlock(): Block {
  return {
    id: randomUUID(),
    type: 'header',
    visibility: alwaysVisible(),
    showHours: true,
    showAddress: true,
    showPhone: true,
  };
}

export function documentOf(blocks: Block[]): StorefrontDocument {
  return { schemaVersion: STOREFRONT_SCHEMA_VERSION, theme: defaultTheme(), blocks };
}

export function publishRequest(
  document: StorefrontDocument,
  overrides: Partial<PublishRequest> = {},
): PublishRequest {
  return {
    id: randomUUID(),
    document,
    note: 'test',
    basedOn: 0,
    rollbackOf: null,
    at: Date.now(),
    ...overrides,
  };
}

export function schedule(
  document: StorefrontDocument,
  publishAt: number,
  overrides: Partial<PublishSchedule> = {},
): PublishSchedule {
  return {
    id: randomUUID(),
    document,
    note: 'scheduled',
    publishAt,
    status: 'pending',
    versionNumber: null,
    createdAt: publishAt - 3_600_000,
    updatedAt: publishAt - 3_600_000,
    ...overrides,
  };
}

export const publish = (shop: TestShop, request: PublishRequest) =>
  shop.push(publishStorefront.name, { request });
export const addSchedule = (shop: TestShop, entry: PublishSchedule) =>
  shop.push(schedulePublish.name, { schedule: entry });

export async function versionsOf(db: Database, vendorId: string): Promise<StorefrontVersion[]> {
  const rows = await db.query<{ data: StorefrontVersion }>(
    `select data from ledger_entries where vendor_id = $1 and tbl = 'storefrontVersion'
     order by (data ->> 'number')::int`,
    [vendorId],
  );
  return rows.map((row) => row.data);
}
