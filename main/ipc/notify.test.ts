import { describe, expect, it } from 'vitest';
import { notificationShower, type NotificationClass } from '../notifications';
import type { SenderEvent } from './invoke';
import { invokeChecked } from './invoke';
import { notifyHandlers } from './notify';

const allowed = ['app://console'];
const appEvent: SenderEvent = { senderFrame: { url: 'app://console/', parent: null } };

function recorder() {
  const shown: Array<{ title: string; body: string }> = [];
  const handlers = notifyHandlers<SenderEvent>({
    showNotification: (notice) => {
      shown.push(notice);
      return true;
    },
  });
  const call = (event: SenderEvent, args: unknown[]) =>
    invokeChecked('notify:show', event, args, handlers['notify:show'], allowed);
  return { shown, call };
}

describe('notify:show', () => {
  it('shows a notification for the console’s own page', async () => {
    const { shown, call } = recorder();
    const notice = { kind: 'booking.new', title: '新预约 A1', body: '王先生 4 人\n19:00' };
    expect(await call(appEvent, [notice])).toEqual({ ok: true, value: { shown: true } });
    expect(shown).toEqual([{ title: '新预约 A1', body: '王先生 4 人\n19:00' }]);
  });

  it('refuses other pages and frames, and shows nothing', async () => {
    const { shown, call } = recorder();
    const notice = { kind: 'booking.new', title: 'x', body: '' };
    const foreign = { senderFrame: { url: 'https://evil.example/', parent: null } };
    const subFrame = { senderFrame: { url: 'app://console/', parent: {} } };
    expect(await call(foreign, [notice])).toEqual({ ok: false, error: 'forbidden_sender' });
    expect(await call(subFrame, [notice])).toEqual({ ok: false, error: 'forbidden_sender' });
    expect(await call({ senderFrame: null }, [notice])).toEqual({
      ok: false,
      error: 'forbidden_sender',
    });
    expect(shown).toEqual([]);
  });

  it('refuses shapes the contract does not know', async () => {
    const { shown, call } = recorder();
    for (const args of [
      [],
      [{ kind: 'booking.new', title: '', body: '' }],
      [{ kind: 'booking.new', title: 'x'.repeat(121), body: '' }],
      [{ kind: '../x', title: 'x', body: '' }],
      [{ kind: 'booking.new', title: 'x', body: 1 }],
    ])
      expect((await call(appEvent, args)).ok).toBe(false);
    expect(shown).toEqual([]);
  });

  it('drops control characters but keeps lines', async () => {
    const { shown, call } = recorder();
    await call(appEvent, [{ kind: 'booking.soon', title: 'A\u0007B', body: 'one\ntwo\u001b' }]);
    expect(shown).toEqual([{ title: 'AB', body: 'one\ntwo' }]);
  });
});

describe('notificationShower', () => {
  function fakeNotification(supported: boolean) {
    const made: Array<{ options: unknown; shown: boolean; click?: () => void }> = [];
    const Fake = class {
      static isSupported = () => supported;
      record: (typeof made)[number];
      constructor(options: unknown) {
        this.record = { options, shown: false };
        made.push(this.record);
      }
      on(_event: 'click', listener: () => void) {
        this.record.click = listener;
      }
      show() {
        this.record.shown = true;
      }
    } satisfies NotificationClass;
    return { Fake, made };
  }

  it('shows one and brings the window forward on a click', () => {
    const { Fake, made } = fakeNotification(true);
    let focused = 0;
    const show = notificationShower(Fake, () => (focused += 1));
    expect(show({ title: 'T', body: 'B' })).toBe(true);
    expect(made).toMatchObject([{ options: { title: 'T', body: 'B' }, shown: true }]);
    made[0]!.click!();
    expect(focused).toBe(1);
  });

  it('answers false where the system has no notifications', () => {
    const { Fake, made } = fakeNotification(false);
    expect(notificationShower(Fake, () => undefined)({ title: 'T', body: 'B' })).toBe(false);
    expect(made).toEqual([]);
  });
});
