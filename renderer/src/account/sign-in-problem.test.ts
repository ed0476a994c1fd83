/**
 * Defect 9 of issue 9, the console's side: a sign-in the platform slows down says how long to
 * wait, in Chinese and in English, with the wait the platform sent.
 */
import 'fake-indexeddb/auto';
import i18next from 'i18next';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resources } from '../i18n/resources';
import { SyncError } from '../platform-api/sync-error';
import { startPlatformHarness, type PlatformHarness } from '../sync/test-support/platform-harness';
import { signInToPlatform } from './sign-in';
import { signInProblemText } from './sign-in-problem';

let platform: PlatformHarness;

beforeAll(async () => {
  platform = await startPlatformHarness(undefined, {
    signInLimit: { freeFailures: 1, firstDelayMs: 30_000 },
  });
}, 60_000);
afterAll(async () => platform?.stop());

async function translator(language: 'zh-CN' | 'en') {
  const instance = i18next.createInstance();
  await instance.init({ resources, lng: language, ns: ['account'], defaultNS: 'account' });
  return instance.getFixedT(language, 'account');
}

describe('a slowed-down sign-in', () => {
  it('tells the shop how long to wait, with the wait the platform sent', async () => {
    const shop = await platform.createShop('老王面馆');
    const attempt = () =>
      signInToPlatform(
        { platformUrl: platform.url, login: shop.login, password: 'wrong', deviceName: '前台' },
        { mayReach: async () => true },
      ).catch((error: unknown) => error);
    expect(await attempt()).toMatchObject({ code: 'bad_credentials' });
    const slowed = await attempt();
    expect(slowed).toBeInstanceOf(SyncError);
    expect(slowed).toMatchObject({ code: 'rate_limited', retryAfterSeconds: 30 });
    expect(signInProblemText(slowed, await translator('zh-CN'))).toBe(
      '登录失败次数太多，请 30 秒后再试。',
    );
    expect(signInProblemText(slowed, await translator('en'))).toBe(
      'Too many failed sign-ins. Try again in 30 s.',
    );
  });

  it('says minutes for a long wait', async () => {
    const error = new SyncError('rate_limited', 'slowed', 429, 150);
    expect(signInProblemText(error, await translator('en'))).toBe(
      'Too many failed sign-ins. Try again in 3 min.',
    );
    expect(signInProblemText(error, await translator('zh-CN'))).toBe(
      '登录失败次数太多，请 3 分钟后再试。',
    );
  });
});
