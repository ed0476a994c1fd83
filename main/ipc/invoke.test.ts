import { describe, expect, it } from 'vitest';
import type { SenderEvent } from './invoke';
import { IpcFailure, invokeChecked } from './invoke';

const allowed = ['app://console'];
const appEvent: SenderEvent = { senderFrame: { url: 'app://console/index.html', parent: null } };

function calls() {
  const seen: unknown[][] = [];
  const impl = (_event: SenderEvent, name: string) => {
    seen.push([name]);
    return `value of ${name}`;
  };
  return { seen, impl };
}

describe('invokeChecked', () => {
  it('runs the handler for the app top frame and wraps the value', async () => {
    const { seen, impl } = calls();
    const result = await invokeChecked('secret:get', appEvent, ['token'], impl, allowed);
    expect(result).toEqual({ ok: true, value: 'value of token' });
    expect(seen).toEqual([['token']]);
  });

  it('refuses other origins, sub-frames and vanished frames before parsing anything', async () => {
    const { seen, impl } = calls();
    const events: SenderEvent[] = [
      { senderFrame: { url: 'https://evil.example/', parent: null } },
      { senderFrame: { url: 'app://console/index.html', parent: {} } },
      { senderFrame: null },
      {
        get senderFrame(): never {
          throw new Error('Render frame was disposed');
        },
      },
    ];
    for (const event of events) {
      const result = await invokeChecked('secret:get', event, ['token'], impl, allowed);
      expect(result).toEqual({ ok: false, error: 'forbidden_sender' });
    }
    expect(seen).toEqual([]);
  });

  it('refuses arguments that do not match the contract, including extra ones', async () => {
    const { seen, impl } = calls();
    for (const args of [[], [42], [''], ['token', 'extra'], ['x'.repeat(129)]]) {
      const result = await invokeChecked('secret:get', appEvent, args, impl, allowed);
      expect(result.ok ? 'ok' : result.error, JSON.stringify(args)).toBe('invalid_arguments');
    }
    expect(seen).toEqual([]);
  });

  it('answers a thrown error as failed instead of throwing across IPC', async () => {
    const result = await invokeChecked(
      'app:info',
      appEvent,
      [],
      () => {
        throw new Error('disk on fire');
      },
      allowed,
    );
    expect(result).toEqual({ ok: false, error: 'failed', message: 'disk on fire' });
  });

  it('passes the code of an IpcFailure through', async () => {
    const result = await invokeChecked(
      'secret:delete',
      appEvent,
      ['token'],
      async () => {
        throw new IpcFailure('unavailable');
      },
      allowed,
    );
    expect(result).toEqual({ ok: false, error: 'unavailable', message: 'unavailable' });
  });

  it('does not let a handler answer outside the contract', async () => {
    const result = await invokeChecked(
      'app:info',
      appEvent,
      [],
      () => ({ version: 1 }) as never,
      allowed,
    );
    expect(result).toEqual({ ok: false, error: 'failed', message: 'invalid result' });
  });
});
