import { describe, expect, it } from 'vitest';
import { createNotifier, type Notified, type NotifierHost } from './notifier';

function browserHost(start: 'default' | 'granted' | 'denied', answer: 'granted' | 'denied') {
  let permission = start;
  let asked = false;
  const shown: string[] = [];
  let requests = 0;
  const host: NotifierHost = {
    desktopNotify: null,
    browser: {
      permission: () => permission,
      requestPermission: async () => {
        requests += 1;
        permission = answer;
        return answer;
      },
      show: (title, body) => shown.push(`${title}|${body}`),
    },
    askedBefore: () => asked,
    rememberAsked: () => {
      asked = true;
    },
    now: () => 42,
  };
  return { host, shown, requests: () => requests };
}

describe('notify', () => {
  it('goes through the desktop bridge when there is one, and always in the page', async () => {
    const sent: unknown[] = [];
    const notifier = createNotifier({
      desktopNotify: async (notice) => {
        sent.push(notice);
        return { ok: true, value: { shown: true } };
      },
      browser: null,
      askedBefore: () => false,
      rememberAsked: () => undefined,
      now: () => 7,
    });
    const inApp: Notified[] = [];
    notifier.setInApp((notice) => inApp.push(notice));
    const notice = await notifier.notify('booking.new', '新预约', '王先生 4 人 19:00');
    expect(sent).toEqual([{ kind: 'booking.new', title: '新预约', body: '王先生 4 人 19:00' }]);
    expect(notice).toEqual({
      kind: 'booking.new',
      title: '新预约',
      body: '王先生 4 人 19:00',
      at: 7,
      via: 'desktop',
    });
    expect(inApp).toEqual([notice]);
    expect(notifier.log()).toEqual([notice]);
  });

  it('falls back to the page when the bridge shows nothing or fails', async () => {
    const notifier = createNotifier({
      desktopNotify: async () => ({ ok: false, error: 'forbidden_sender' }),
      browser: null,
      askedBefore: () => false,
      rememberAsked: () => undefined,
      now: () => 1,
    });
    expect((await notifier.notify('booking.soon', 'A', 'B')).via).toBeNull();
    const failing = createNotifier({
      desktopNotify: () => Promise.reject(new Error('gone')),
      browser: null,
      askedBefore: () => false,
      rememberAsked: () => undefined,
      now: () => 1,
    });
    expect((await failing.notify('booking.soon', 'A', 'B')).via).toBeNull();
  });

  it('asks the browser’s permission once, then uses it', async () => {
    const { host, shown, requests } = browserHost('default', 'granted');
    const notifier = createNotifier(host);
    expect((await notifier.notify('booking.new', 'T', 'B')).via).toBe('browser');
    expect((await notifier.notify('booking.new', 'T2', 'B2')).via).toBe('browser');
    expect(requests()).toBe(1);
    expect(shown).toEqual(['T|B', 'T2|B2']);
  });

  it('never asks again when refused, and still tells the page', async () => {
    const { host, shown, requests } = browserHost('default', 'denied');
    const notifier = createNotifier(host);
    const inApp: string[] = [];
    notifier.setInApp((notice) => inApp.push(notice.title));
    await notifier.notify('booking.new', 'T', 'B');
    await notifier.notify('booking.new', 'T2', 'B');
    expect(requests()).toBe(1);
    expect(shown).toEqual([]);
    expect(inApp).toEqual(['T', 'T2']);
  });

  it('does not ask when it asked in an earlier session', async () => {
    const { host, requests } = browserHost('default', 'granted');
    const notifier = createNotifier({ ...host, askedBefore: () => true });
    expect((await notifier.notify('booking.new', 'T', 'B')).via).toBeNull();
    expect(requests()).toBe(0);
  });

  it('keeps the last hundred notices', async () => {
    const notifier = createNotifier(browserHost('denied', 'denied').host);
    for (let i = 0; i < 105; i += 1) await notifier.notify('booking.soon', `n${i}`, '');
    expect(notifier.log()).toHaveLength(100);
    expect(notifier.log()[0]?.title).toBe('n5');
  });
});
