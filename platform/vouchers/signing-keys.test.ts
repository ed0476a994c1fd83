import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../domain/ids';
import { generateVoucherCodes } from '../../domain/vouchers/code';
import {
  voucherKeyMap,
  voucherKeysPath,
  voucherKeysResponseSchema,
  type VoucherKeysResponse,
} from '../../domain/vouchers/keys';
import { signVoucher, verifyVoucher, type VoucherPayload } from '../../domain/vouchers/signature';
import { migrate } from '../db/migrate';
import { buildApp } from '../http/app';
import { migrations } from '../migrations';
import { backends, openTestDatabase, SETUP_TIMEOUT_MS, type TestDatabase } from '../test/backends';
import { listen, startTestPlatform, type Device, type TestPlatform } from '../test/server';
import {
  currentSigningKey,
  ensureVoucherKey,
  publicVoucherKeys,
  rotateVoucherKey,
} from './signing-keys';

async function keysFrom(baseUrl: string, vendorId: string, device: Device) {
  const response = await fetch(baseUrl + voucherKeysPath(vendorId), {
    headers: { authorization: `Bearer ${device.token}` },
  });
  expect(response.status).toBe(200);
  return voucherKeysResponseSchema.parse(await response.json());
}

/** Signs a voucher of the shop with the platform's current key, as issuing will. */
async function issue(platform: TestPlatform, vendorId: string): Promise<string> {
  const key = await currentSigningKey(platform.db);
  const payload: VoucherPayload = {
    code: generateVoucherCodes(1)[0]!,
    vendorId,
    offerId: newId(),
    validFrom: 1_764_806_400_000,
    validUntil: 1_767_225_600_000,
    uses: 1,
    keyId: key.keyId,
  };
  return signVoucher(key.privateKey, payload);
}

const verifiesWith = async (response: VoucherKeysResponse, qr: string) =>
  (await verifyVoucher(voucherKeyMap(response.keys), qr)).ok;

describe.each(backends)('voucher signing keys on %s', (backend) => {
  let platform: TestPlatform;
  let shop: { vendorId: string; device: Device };

  beforeAll(async () => {
    platform = await startTestPlatform(backend);
    shop = await platform.vendor('老王面馆');
  }, SETUP_TIMEOUT_MS);
  afterAll(() => platform.close());
  afterEach(() => platform.db.query('delete from voucher_signing_keys'));

  it('makes the key once and keeps it across restarts of the app on the same database', async () => {
    const first = await keysFrom(platform.url, shop.vendorId, shop.device);
    expect(first.keys).toHaveLength(1);
    expect(first.keys[0]).toMatchObject({ retiredAt: null });
    const qr = await issue(platform, shop.vendorId);

    // A restart: a new app over the same database finds the key and makes none.
    const restarted = await buildApp({ db: platform.db, logger: false });
    const restartedUrl = await listen(restarted);
    try {
      expect(await keysFrom(restartedUrl, shop.vendorId, shop.device)).toEqual(first);
      expect(await verifiesWith(first, qr)).toBe(true);
      expect((await currentSigningKey(platform.db)).keyId).toBe(first.keys[0]!.keyId);
    } finally {
      await restarted.close();
    }
    if (platform.test.openAnother) {
      const second = await platform.another();
      try {
        expect(await keysFrom(second.url, shop.vendorId, shop.device)).toEqual(first);
      } finally {
        await second.close();
      }
    }
  });

  it('keeps one key when several callers make it at once', async () => {
    await Promise.all(Array.from({ length: 6 }, () => ensureVoucherKey(platform.db)));
    const signers = await Promise.all(
      Array.from({ length: 4 }, () => currentSigningKey(platform.db)),
    );
    expect(new Set(signers.map((key) => key.keyId)).size).toBe(1);
    expect(await publicVoucherKeys(platform.db)).toHaveLength(1);
  });

  it('rotates: new vouchers get the new key, vouchers issued before still verify', async () => {
    const before = await issue(platform, shop.vendorId);
    const old = (await publicVoucherKeys(platform.db))[0]!;
    const rotatedAt = old.createdAt + 1000;
    const fresh = await rotateVoucherKey(platform.db, rotatedAt);
    expect(fresh.keyId).not.toBe(old.keyId);
    const after = await issue(platform, shop.vendorId);
    expect(after.split('.')[3]).toBe(fresh.keyId);

    const listed = await keysFrom(platform.url, shop.vendorId, shop.device);
    expect(listed.keys).toEqual([
      { ...old, retiredAt: rotatedAt },
      { ...fresh, createdAt: rotatedAt, retiredAt: null },
    ]);
    expect(await verifiesWith(listed, before)).toBe(true);
    expect(await verifiesWith(listed, after)).toBe(true);
    // The retired key can no longer sign: its private half is gone from the database.
    const stored = await platform.db.query<{ key_id: string; has_private: boolean }>(
      'select key_id, private_key is not null as has_private from voucher_signing_keys order by created_at',
    );
    expect(stored).toEqual([
      { key_id: old.keyId, has_private: false },
      { key_id: fresh.keyId, has_private: true },
    ]);
    // A second rotation retires the second key and keeps both older ones listed.
    await rotateVoucherKey(platform.db, rotatedAt + 1000);
    const three = await publicVoucherKeys(platform.db);
    expect(three.map((key) => key.retiredAt)).toEqual([rotatedAt, rotatedAt + 1000, null]);
  });

  it("refuses another shop's token and no token, like every vendor route", async () => {
    const other = await platform.vendor('Hotpot House');
    const path = voucherKeysPath(shop.vendorId);
    const foreign = await platform.call('GET', path, { token: other.device.token });
    expect(foreign.status).toBe(403);
    expect(foreign.body).toMatchObject({ code: 'forbidden' });
    expect(foreign.body.keys).toBeUndefined();
    expect((await platform.call('GET', path)).status).toBe(401);
    // Its own shop's path works for the other shop, with the same platform keys.
    const own = await platform.call('GET', voucherKeysPath(other.vendorId), {
      token: other.device.token,
    });
    expect(own.status).toBe(200);
    expect(own.body).toEqual(await keysFrom(platform.url, shop.vendorId, shop.device));
    expect(platform.app.registeredRoutes).toContainEqual({
      method: 'GET',
      url: '/v1/vendors/:vendorId/voucher-keys',
      access: 'vendor',
    });
  });
});

describe.each(backends)('migration 13 (voucher-keys) on %s', (backend) => {
  let test: TestDatabase;
  afterEach(() => test.drop());

  it(
    'migrates from the version before with a shop in it; one current key at most',
    async () => {
      test = await openTestDatabase(backend);
      await migrate(
        test.db,
        migrations.filter((migration) => migration.version < 13),
      );
      await test.db.query("insert into vendors (id, name) values ($1, '老王面馆')", [newId()]);
      expect(await migrate(test.db)).toContain(13);
      expect(await test.db.query('select * from voucher_signing_keys')).toEqual([]);
      const insert = (keyId: string, privateKey: string | null, retiredAt: number | null) =>
        test.db.query(
          `insert into voucher_signing_keys (key_id, public_key, private_key, created_at, retired_at)
           values ($1, 'pub', $2, 1, $3)`,
          [keyId, privateKey, retiredAt],
        );
      await insert('AAAAAAAA', 'private', null);
      await insert('BBBBBBBB', null, 5);
      await expect(insert('CCCCCCCC', 'private', null)).rejects.toThrow();
      // A retired key keeps no private half, and a current one must have it.
      await expect(insert('DDDDDDDD', 'private', 5)).rejects.toThrow();
      await expect(insert('EEEEEEEE', null, null)).rejects.toThrow();
    },
    SETUP_TIMEOUT_MS,
  );
});
