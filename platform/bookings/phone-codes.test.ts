import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/database';
import { migrate } from '../db/migrate';
import { SandboxSmsProvider } from '../messages/sms';
import { backends, openTestDatabase, SETUP_TIMEOUT_MS, type TestDatabase } from '../test/backends';
import {
  DEFAULT_PHONE_CODE_POLICY as policy,
  sendPhoneCode,
  verifiedPhone,
  verifyPhoneCode,
} from './phone-codes';

const SHOP = '0b4cf7b6-2d0e-4b7e-9a55-222222222222';
const OTHER = '0b4cf7b6-2d0e-4b7e-9a55-333333333333';

describe.each(backends)('one-time phone codes on %s', (backend) => {
  let test: TestDatabase;
  let db: Database;
  let sms: SandboxSmsProvider;

  beforeAll(async () => {
    test = await openTestDatabase(backend);
    db = test.db;
    await migrate(db);
    sms = new SandboxSmsProvider(db);
  }, SETUP_TIMEOUT_MS);
  afterAll(() => test.drop());

  const send = (phone: string, now: number, address = '10.0.0.1') =>
    sendPhoneCode(db, sms, {
      vendorId: SHOP,
      shopName: '小馆',
      phone,
      address,
      locale: 'zh-CN',
      now,
    });
  const lastCode = async (phone: string) => {
    const sent = await sms.outbox(phone);
    return String(sent.at(-1)!.params.code);
  };
  const failure = (promise: Promise<unknown>) =>
    promise.then(
      () => null,
      (error: { statusCode: number; code: string }) => [error.statusCode, error.code],
    );

  it('keeps only a hash; the right code gives a token for this shop and phone, once', async () => {
    await send('13800000001', 0);
    const code = await lastCode('13800000001');
    expect(code).toMatch(/^\d{6}$/);
    const [stored] = await db.query<{ code_hash: string }>('select code_hash from phone_codes');
    expect(stored!.code_hash).not.toContain(code);
    const { verificationToken } = await verifyPhoneCode(db, {
      vendorId: SHOP,
      phone: '13800000001',
      code,
      now: 1,
    });
    expect(await verifiedPhone(db, SHOP, verificationToken, 2)).toBe('13800000001');
    expect(await verifiedPhone(db, OTHER, verificationToken, 2)).toBeNull();
    expect(await verifiedPhone(db, SHOP, verificationToken, policy.tokenTtlMs + 1)).toBeNull();
    expect(
      await failure(verifyPhoneCode(db, { vendorId: SHOP, phone: '13800000001', code, now: 3 })),
    ).toEqual([400, 'code_expired']);
  });

  it('expires a code after five minutes', async () => {
    await send('13800000002', 0);
    const code = await lastCode('13800000002');
    expect(
      await failure(
        verifyPhoneCode(db, { vendorId: SHOP, phone: '13800000002', code, now: policy.ttlMs }),
      ),
    ).toEqual([400, 'code_expired']);
  });

  it('counts wrong tries and after five the right code no longer works', async () => {
    await send('13800000003', 0);
    const code = await lastCode('13800000003');
    const wrong = code === '000000' ? '111111' : '000000';
    for (let i = 0; i < policy.maxAttempts; i += 1) {
      expect(
        await failure(
          verifyPhoneCode(db, { vendorId: SHOP, phone: '13800000003', code: wrong, now: 1 }),
        ),
      ).toEqual([400, 'code_wrong']);
    }
    expect(
      await failure(verifyPhoneCode(db, { vendorId: SHOP, phone: '13800000003', code, now: 2 })),
    ).toEqual([400, 'code_expired']);
  });

  it('waits a cool-down between codes and limits codes per phone and per address', async () => {
    await send('13800000004', 0);
    expect(await failure(send('13800000004', 1_000))).toEqual([429, 'code_cooldown']);
    for (let i = 1; i < policy.perPhonePerHour; i += 1)
      await send('13800000004', i * policy.resendAfterMs);
    expect(
      await failure(send('13800000004', policy.perPhonePerHour * policy.resendAfterMs)),
    ).toEqual([429, 'too_many_codes']);
    // An hour later the phone may ask again.
    await send('13800000004', 3_600_000 + policy.perPhonePerHour * policy.resendAfterMs);

    for (let i = 0; i < policy.perAddressPerHour; i += 1)
      await send(`139000000${String(i).padStart(2, '0')}`, 10, '10.9.9.9');
    expect(await failure(send('13900000099', 10, '10.9.9.9'))).toEqual([429, 'too_many_codes']);
  });

  it('sends the code text in the shop language chosen', async () => {
    await sendPhoneCode(db, sms, {
      vendorId: SHOP,
      shopName: 'Bistro',
      phone: '13800000005',
      address: 'a',
      locale: 'en',
      now: 0,
    });
    const [sent] = await sms.outbox('13800000005');
    expect(sent!.body).toMatch(/^\[Bistro\] Your verification code is \d{6}/);
  });
});
